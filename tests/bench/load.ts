/**
 * `npm run bench:load`: the built server against a bare node:http server that answers with the same lesson
 * bytes, measured with autocannon in one run, interleaved (bare, target, bare, target, ...), so each target's
 * ratio is to the bare run just before it. Seeds its own database (the 100,000-learner one when the project
 * has `db:seed:scale`), or uses BENCH_DATABASE_URL. Bounded: BENCH_ROUNDS (2) × BENCH_SECONDS (5) per target.
 * Needs `npm run build` first. Ports 4817 (bare) and 4818 (app), or BENCH_BARE_PORT / BENCH_APP_PORT.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BARE_PORT = Number(process.env['BENCH_BARE_PORT'] ?? 4817);
const APP_PORT = Number(process.env['BENCH_APP_PORT'] ?? 4818);
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 5);
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 2);
const CONNECTIONS = Number(process.env['BENCH_CONNECTIONS'] ?? 50);
const LESSON = 'cbec-fundamentals/01-what-is-cbec';
/** The sandbox declaration measured: a graded scenario, signed and checked on the server, recorded each time. */
const SCENARIO = 'import-9610-amount-paid';
const APP = `http://127.0.0.1:${APP_PORT}`;
const ACCEPT = 'br, gzip, deflate';

interface Target {
  name: string;
  path: string;
  /** A sequence each connection repeats instead of one request (the quiz submission). */
  cycle?: autocannon.Request[];
  method?: 'GET' | 'POST';
  body?: string;
  headers?: Record<string, string>;
  signedIn?: boolean;
}

interface Run {
  name: string;
  round: number;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  bareRps: number;
}

const children: ChildProcess[] = [];
function stopAll(): void {
  for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
}
process.on('exit', stopAll);
process.on('SIGINT', () => process.exit(130));

function waitForLine(child: ChildProcess, pattern: RegExp, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} did not start within 60 s`)), 60_000);
    const onData = (d: Buffer) => {
      if (pattern.test(d.toString())) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (d: Buffer) => process.stderr.write(`[${what}] ${d.toString()}`));
    child.once('exit', (code) => reject(new Error(`${what} exited (${code}) before it was ready`)));
  });
}

function seedDatabase(): { url: string; cleanup: () => void; scale: boolean } {
  const given = process.env['BENCH_DATABASE_URL'];
  if (given) return { url: given, cleanup: () => {}, scale: false };
  const dir = mkdtempSync(join(tmpdir(), 'academy-bench-'));
  const url = `file:${join(dir, 'bench.db')}`;
  const env = { ...process.env, DATABASE_URL: url };
  const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
  const scale = 'db:seed:scale' in scripts;
  const steps: string[][] = [['npx', 'tsx', 'scripts/seed.ts'], ...(scale ? [['npm', 'run', '--silent', 'db:seed:scale']] : [])];
  for (const [cmd, ...args] of steps) {
    const r = spawnSync(cmd!, args, { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'inherit'] });
    if (r.status !== 0) throw new Error(`${[cmd, ...args].join(' ')} failed`);
  }
  return { url, cleanup: () => rmSync(dir, { recursive: true, force: true }), scale };
}

async function signIn(): Promise<string> {
  const form = new URLSearchParams({ email: 'learner@demo.academy', password: 'demo-learner-2026' });
  const res = await fetch(`${APP}/_actions/auth.signIn`, { method: 'POST', body: form, headers: { Origin: APP } });
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('academy_session='));
  if (!res.ok || !cookie) throw new Error(`sign-in failed: ${res.status}`);
  return cookie.split(';')[0]!;
}

async function probe(t: Target, cookie: string): Promise<void> {
  if (t.cycle) return;
  const res = await fetch(`${APP}${t.path}`, { method: t.method ?? 'GET', body: t.body ?? null, headers: { ...t.headers, ...(t.signedIn ? { Cookie: cookie } : {}) }, redirect: 'manual' });
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`${t.name}: ${t.method ?? 'GET'} ${t.path} answered ${res.status}, not 200`);
}

async function measure(url: string, t: Target | undefined, cookie: string): Promise<{ rps: number; p50: number; p99: number; errors: number; timeouts: number; non2xx: number }> {
  const headers: Record<string, string> = { 'accept-encoding': ACCEPT, ...t?.headers, ...(t?.signedIn ? { cookie } : {}) };
  const r = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, method: t?.method ?? 'GET', headers, ...(t?.body ? { body: t.body } : {}), ...(t?.cycle ? { requests: t.cycle } : {}) });
  if (r.non2xx > 0) console.log(`  ${t?.name ?? 'bare'}: status codes ${JSON.stringify(r.statusCodeStats)}`);
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors, timeouts: r.timeouts, non2xx: r.non2xx };
}

/**
 * Quiz submissions as learners make them: open the quiz page (the server draws a paper the first time), post an
 * answer to every question of that paper (graded once and recorded), and again (a new paper is drawn). No two
 * connections hold one (learner, lesson) pair at once, so none answers another's paper; the learners
 * are the database's first ones, signed in by sessions made here. Both requests count.
 */
async function quizCycle(dbUrl: string): Promise<autocannon.Request[]> {
  const { openDatabase } = await import('#lib/db/client.ts');
  const { createAuthSession } = await import('#lib/auth/session.ts');
  const { sql } = await import('drizzle-orm');
  const lessons = readdirSync(join(ROOT, 'content', 'courses')).flatMap((course) =>
    readdirSync(join(ROOT, 'content', 'courses', course))
      .filter((f) => f.endsWith('.mdx') && /^quiz:/m.test(readFileSync(join(ROOT, 'content', 'courses', course, f), 'utf8')))
      .map((f) => `${course}/${f.slice(0, -4)}`),
  );
  const { db, client } = await openDatabase({ url: dbUrl });
  const learners = await db.all<{ id: string }>(sql`select id from users where role = 'learner' order by id limit ${Math.ceil((2 * CONNECTIONS) / lessons.length) + 1}`);
  const pairs: Array<{ cookie: string; lesson: string }> = [];
  for (const l of learners) {
    const { token } = await createAuthSession(db, l.id);
    for (const lesson of lessons) pairs.push({ cookie: `academy_session=${token}`, lesson });
  }
  client.close();
  // Lessons a learner may not open (government courses) drop out here.
  const open = (await Promise.all(pairs.map(async (p) => ((await fetch(`${APP}/courses/${p.lesson}/quiz`, { headers: { cookie: p.cookie } })).status === 200 ? p : null)))).filter((p) => p !== null);
  if (open.length < CONNECTIONS) throw new Error(`quiz submission: ${open.length} (learner, lesson) pairs for ${CONNECTIONS} connections`);
  // autocannon clears a connection's context at the end of each cycle, so a connection takes a pair per cycle: from
  // the free ones, given back when the cycle's submission is answered. Two connections never hold one pair at once
  // (a shared counter let a slow connection's pair come round again: its paper graded by the other, a 409).
  const free = [...open];
  let next = 0;
  type Ctx = { pair?: { cookie: string; lesson: string }; form?: string };
  return [
    {
      method: 'GET',
      setupRequest: (req, context) => {
        const ctx = context as Ctx;
        // Only a cycle cut short (a timeout) keeps its pair; with the free ones used up, the next in turn.
        ctx.pair ??= free.shift() ?? open[next++ % open.length]!;
        return { ...req, path: `/courses/${ctx.pair.lesson}/quiz`, headers: { cookie: ctx.pair.cookie } };
      },
      onResponse: (_status, body, context) => {
        const ctx = context as Ctx;
        const form = new URLSearchParams({ lessonId: ctx.pair!.lesson, paperId: /name="paperId" value="([^"]+)"/.exec(body)?.[1] ?? '' });
        for (const m of body.matchAll(/name="(q:[^"]+)" value="([^"]+)"/g)) if (!form.has(m[1]!)) form.set(m[1]!, m[2]!);
        ctx.form = form.toString();
      },
    },
    {
      method: 'POST',
      path: '/_actions/lessons.submitQuiz',
      setupRequest: (req, context) => {
        const ctx = context as Ctx;
        return { ...req, body: ctx.form ?? '', headers: { cookie: ctx.pair!.cookie, 'content-type': 'application/x-www-form-urlencoded', origin: APP } };
      },
      onResponse: (_status, _body, context) => {
        const ctx = context as Ctx;
        if (ctx.pair) free.push(ctx.pair);
      },
    },
  ];
}

/** The form of a scenario submission: its reference messages, one `xml_<KIND>` field each. */
function scenarioForm(): string {
  const dir = join(ROOT, 'content', 'scenarios', SCENARIO, 'solution');
  const fields = new URLSearchParams({ scenarioId: SCENARIO });
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.xml'))) fields.set(`xml_${f.slice(0, -4)}`, readFileSync(join(dir, f), 'utf8'));
  return fields.toString();
}

const fmt = (n: number, w = 8) => n.toFixed(n >= 100 ? 0 : 1).padStart(w);

async function main(): Promise<void> {
  const lessonFile = join(ROOT, 'dist', 'client', 'courses', LESSON, 'index.html');
  if (!existsSync(join(ROOT, 'dist', 'server', 'entry.mjs')) || !existsSync(lessonFile)) throw new Error('no build: run `npm run build` first');
  const brFile = `${lessonFile}.br`;
  const db = seedDatabase();
  try {
    const bare = spawn(process.execPath, [join(ROOT, 'tests', 'bench', 'bare-server.mjs'), existsSync(brFile) ? brFile : lessonFile, existsSync(brFile) ? 'br' : 'identity', String(BARE_PORT)], { stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(bare);
    const app = spawn(process.execPath, [join(ROOT, 'src', 'server', 'http', 'serve.ts')], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, PORT: String(APP_PORT), HOST: '127.0.0.1', DATABASE_URL: db.url, INSECURE_COOKIES: '1', ASTRO_NODE_LOGGING: 'disabled' },
    });
    children.push(app);
    await Promise.all([waitForLine(bare, /bare node:http/, 'bare'), waitForLine(app, /Server listening/, 'app')]);
    const cookie = await signIn();
    const form = 'application/x-www-form-urlencoded';
    const targets: Target[] = [
      { name: 'prerendered lesson', path: `/courses/${LESSON}/` },
      { name: 'catalogue (SSR)', path: '/courses' },
      { name: 'learner home', path: '/learn', signedIn: true },
      { name: 'sandbox home', path: '/sandbox', signedIn: true },
      // A quiz paper is graded once (docs/decisions/0020-quiz-papers.md): opening the learner's paper is what repeats.
      { name: 'quiz page', path: `/courses/${LESSON}/quiz`, signedIn: true },
      { name: 'quiz submission', path: '/', signedIn: true, cycle: [] },
      {
        name: 'sandbox declaration',
        path: '/_actions/scenarios.submit',
        method: 'POST',
        signedIn: true,
        body: scenarioForm(),
        headers: { 'content-type': form, origin: APP },
      },
    ];
    const only = process.env['BENCH_ONLY'];
    if (only) targets.splice(0, targets.length, ...targets.filter((t) => only.split(',').some((o) => t.name.includes(o.trim()))));
    for (const t of targets) if (t.cycle) t.cycle = await quizCycle(db.url);
    for (const t of targets) await probe(t, cookie);
    const cpu = cpus()[0]?.model ?? 'unknown CPU';
    console.log(`bench:load — ${availableParallelism()} cores (${cpu}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.versions.node}`);
    console.log(`database: ${db.scale ? 'demo + db:seed:scale (100,000 learners)' : process.env['BENCH_DATABASE_URL'] ? process.env['BENCH_DATABASE_URL'] : 'demo seed'}; ${CONNECTIONS} connections, ${SECONDS} s per run, ${ROUNDS} rounds, Accept-Encoding: ${ACCEPT}`);
    console.log(`sandbox declaration: the corrected messages of scenario ${SCENARIO}, signed, checked and recorded as an attempt each time`);
    const runs: Run[] = [];
    const header = `${'round'.padEnd(6)}${'target'.padEnd(22)}${'req/s'.padStart(8)}${'p50 ms'.padStart(8)}${'p99 ms'.padStart(8)}${'errors'.padStart(8)}${'timeout'.padStart(8)}${'non2xx'.padStart(8)}${'bare/s'.padStart(8)}${'ratio'.padStart(8)}`;
    console.log(header);
    for (let round = 1; round <= ROUNDS; round++) {
      for (const t of targets) {
        // BENCH_BARE=0 (the 200-connection check, bench:load:200) leaves out the bare runs: errors count there, not ratios.
        const b = process.env['BENCH_BARE'] === '0' ? { rps: Number.NaN } : await measure(`http://127.0.0.1:${BARE_PORT}/`, undefined, cookie);
        const m = await measure(`${APP}${t.path}`, t, cookie);
        const run: Run = { name: t.name, round, ...m, bareRps: b.rps };
        runs.push(run);
        console.log(`${String(round).padEnd(6)}${t.name.padEnd(22)}${fmt(m.rps)}${fmt(m.p50)}${fmt(m.p99)}${fmt(m.errors, 8)}${fmt(m.timeouts, 8)}${fmt(m.non2xx, 8)}${fmt(b.rps)}${(((100 * m.rps) / b.rps).toFixed(1) + '%').padStart(8)}`);
      }
    }
    console.log('\nsummary (median of runs)');
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] ?? 0;
    for (const t of targets) {
      const rs = runs.filter((r) => r.name === t.name);
      const ratios = rs.map((r) => (100 * r.rps) / r.bareRps);
      console.log(
        `${t.name.padEnd(22)} ${fmt(median(rs.map((r) => r.rps)))} req/s  p50 ${fmt(median(rs.map((r) => r.p50)), 5)} ms  p99 ${rs.map((r) => r.p99).join('/')} ms  errors ${rs.reduce((s, r) => s + r.errors + r.non2xx, 0)}  timeouts ${rs.reduce((s, r) => s + r.timeouts, 0)}  ratio to bare ${ratios.map((x) => x.toFixed(1) + '%').join('/')}`,
      );
    }
  } finally {
    stopAll();
    db.cleanup();
  }
}

await main();
