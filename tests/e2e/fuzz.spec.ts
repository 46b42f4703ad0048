/**
 * Fuzzing the built server (issue 16, item 8): fast-check generates malformed inputs — wrong types,
 * huge strings, lone surrogates, NUL, RTL marks, negative money, huge numbers, missing fields, broken
 * encodings, XML bombs, external entities and deep nesting for the sandbox's message fields — and
 * sends them to every action of ACTION_PERMISSIONS (as a role allowed to call it, so the input is
 * read, and sometimes as no one or a wrong role) and to every route of ROUTE_PERMISSIONS. Expected:
 * never a 5xx, no error in the server's log, and nothing written when a batch was refused whole.
 * FUZZ_RUNS (default 10,000) and FUZZ_SEED reproduce a run.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import fc from 'fast-check';
import { eq } from 'drizzle-orm';
import { ACTION_PERMISSIONS, ROUTE_PERMISSIONS, authorizePath, mayCallAction, type Principal } from '#lib/auth/permissions.ts';
import { openDatabase, type OpenDatabase } from '#lib/db/client.ts';
import { users } from '#lib/db/schema-auth.ts';
import { signUp } from '#lib/auth/accounts.ts';
import { DEMO_ACCOUNTS } from '#lib/seed/seed.ts';
import { MESSAGE_KINDS } from '#sandbox/messages/types.ts';
import { ROOT, rowCounts, seededDatabase, sessionCookie, startOwnServer, type OwnServer } from './own-server.ts';

const RUNS = Number(process.env['FUZZ_RUNS'] ?? 10_000);
const SEED = Number(process.env['FUZZ_SEED'] ?? Date.now() % 2 ** 31);
const BATCH = 32;

/** Field names the actions read: every `name: z.…`, shorthand field and `form.get('name')` of src/actions. */
function actionFieldNames(): string[] {
  const names = new Set<string>(['lessonId', 'next', 'q:q1', 'q:q2', 'title_zh', 'title_en', 'description_zh', 'description_en', 'durationMs']);
  for (const f of readdirSync(join(ROOT, 'src', 'actions'))) {
    const src = readFileSync(join(ROOT, 'src', 'actions', f), 'utf8');
    for (const m of src.matchAll(/\b([a-zA-Z]\w*)\s*:\s*z\s*\./g)) names.add(m[1]!);
    for (const m of src.matchAll(/^\s+([a-zA-Z]\w*),$/gm)) names.add(m[1]!);
    for (const m of src.matchAll(/form\.get\('([^']+)'\)/g)) names.add(m[1]!);
  }
  for (const k of MESSAGE_KINDS) names.add(`xml_${k}`);
  for (const skip of ['input', 'accept', 'handler', 'code', 'message']) names.delete(skip);
  return [...names];
}

/** The page whose form posts each action without JavaScript (`?_action=NAME`), from the `actions.X.Y` the pages use. */
function actionPages(): Map<string, string> {
  const pages = new Map<string, string>();
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.astro')) {
        const route = p.slice(join(ROOT, 'src', 'pages', '[...lang]').length).replace(/\.astro$/, '').replace(/\/index$/, '') || '/';
        for (const m of readFileSync(p, 'utf8').matchAll(/actions\.(\w+\.\w+)/g)) if (!pages.has(m[1]!)) pages.set(m[1]!, route);
      }
    }
  };
  walk(join(ROOT, 'src', 'pages', '[...lang]'));
  return pages;
}

const LESSON = 'cbec-fundamentals/01-what-is-cbec';
const SCENARIO = 'import-9610-amount-paid';
const solution = Object.fromEntries(
  readdirSync(join(ROOT, 'content', 'scenarios', SCENARIO, 'solution')).map((f) => [f.slice(0, -4), readFileSync(join(ROOT, 'content', 'scenarios', SCENARIO, 'solution', f), 'utf8')]),
);

const BILLION_LAUGHS = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`).join('')}]><ceb:CEB311Message xmlns:ceb="http://www.chinaport.gov.cn/ceb">&lol9;</ceb:CEB311Message>`;
const XXE = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><ceb:CEB311Message xmlns:ceb="http://www.chinaport.gov.cn/ceb">&e;</ceb:CEB311Message>';
const PARAMETER_ENTITY = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY % p SYSTEM "http://127.0.0.1:1/evil.dtd">%p;]><x/>';

/** XML for the sandbox's message fields: bombs, entities, deep nesting, wide elements, broken and mutated real messages. */
const xmlArb: fc.Arbitrary<string> = fc.oneof(
  fc.constant(BILLION_LAUGHS),
  fc.constant(XXE),
  fc.constant(PARAMETER_ENTITY),
  fc.integer({ min: 1_000, max: 60_000 }).map((n) => `${'<a>'.repeat(n)}${'</a>'.repeat(n)}`),
  fc.integer({ min: 1_000, max: 20_000 }).map((n) => `<ceb:CEB311Message xmlns:ceb="http://www.chinaport.gov.cn/ceb">${'<x a="1"/>'.repeat(n)}</ceb:CEB311Message>`),
  fc.integer({ min: 100, max: 5_000 }).map((n) => `<x ${Array.from({ length: n }, (_, i) => `a${i}="${i}"`).join(' ')}/>`),
  fc.constantFrom(...Object.values(solution)).chain((xml) =>
    fc.tuple(fc.nat(xml.length), fc.nat(200), fc.string({ unit: 'binary', maxLength: 40 })).map(([at, cut, junk]) => xml.slice(0, at) + junk + xml.slice(Math.min(xml.length, at + cut))),
  ),
  fc.constantFrom(...Object.values(solution)).map((xml) => xml.replace(/>(\d+(\.\d+)?)</g, '>-$1<')),
  fc.constantFrom(...Object.values(solution)).map((xml) => xml.replace(/>(\d+(\.\d+)?)</g, '>99999999999999999999999<')),
  fc.constantFrom('<', '<?xml version="1.0"?>', '<![CDATA[', '<x>\u0000</x>', '<x>\uD800</x>', '\uFEFF<x/>', '<x xmlns:a="u" xmlns:a="v"/>'),
);

const loneSurrogates = fc.string({ unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)), minLength: 1, maxLength: 8 });
const controls = fc.string({ unit: fc.constantFrom('\u0000', '\u202e', '\u202d', '\u200f', '\u200e', '\u200b', '\ufeff', '\r', '\n', '\t', '\u0085', '\u2028', '\u0008', 'a', '中'), maxLength: 40 });
const numbers = fc.oneof(
  fc.integer().map(String),
  fc.double().map(String),
  fc.constantFrom('-1', '-0', '0', 'NaN', 'Infinity', '-Infinity', '1e309', '9007199254740993', '-99999999999999999999', '0x1F', '1e-7', '１２３', '1,000', '١٢٣', '12.345', '-0.01', '  7  ', '+5'),
);

function valueArb(ids: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { arbitrary: fc.string({ maxLength: 30 }), weight: 3 },
    { arbitrary: fc.string({ unit: 'binary', maxLength: 80 }), weight: 2 },
    { arbitrary: fc.tuple(fc.string({ maxLength: 10 }), loneSurrogates).map(([a, b]) => a + b), weight: 2 },
    { arbitrary: controls, weight: 2 },
    { arbitrary: numbers, weight: 3 },
    { arbitrary: fc.integer({ min: 2_000, max: 120_000 }).map((n) => '长'.repeat(n)), weight: 1 },
    { arbitrary: fc.constantFrom(...ids), weight: 4 },
    { arbitrary: fc.constantFrom(...ids).map((id) => `${id}\u0000`), weight: 1 },
    { arbitrary: fc.constantFrom('', ' ', '2026-02-30', '0000-00-00', '9999-12-31', '2026-13-01', '2026-06-01', 'true', 'on', 'release', 'reject', 'learner', 'admin', 'instructor', 'government', 'enterprise', 'en', 'zh-CN', '../../etc/passwd', '<script>alert(1)</script>', "' OR 1=1 --", '__proto__', 'constructor'), weight: 3 },
    { arbitrary: xmlArb, weight: 2 },
  );
}

/** A JSON value of the wrong shape: nested deep, arrays where strings go, numbers out of range. */
const jsonValueArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.integer({ min: 100, max: 3_000 }).map((n) => JSON.parse(`${'['.repeat(n)}${']'.repeat(n)}`) as unknown),
  fc.constantFrom(null, true, -1, 1e308, -0, [], {}, [[['x']]], { __proto__: { admin: true } }),
);

interface Attempt {
  what: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: Uint8Array<ArrayBuffer> | string;
  /** Whether it may write when accepted (an action, an API post, sign-out); refused ones never write. */
  post: boolean;
}

/** The low-level reason under a fetch failure (undici puts it in `cause`). */
function causeOf(e: unknown): string {
  const cause = (e as { cause?: unknown }).cause;
  return cause instanceof Error ? `${cause.name}: ${cause.message}` : '';
}

function formBody(fields: Array<[string, string]>): string {
  // Bytes as a browser would never send them too: lone surrogates become their CESU-8 bytes.
  const enc = (s: string) =>
    [...s]
      .map((ch) => {
        const c = ch.charCodeAt(0);
        if (ch.length === 1 && c >= 0xd800 && c <= 0xdfff) return `%${(0xe0 | (c >> 12)).toString(16)}%${(0x80 | ((c >> 6) & 0x3f)).toString(16)}%${(0x80 | (c & 0x3f)).toString(16)}`;
        return encodeURIComponent(ch);
      })
      .join('');
  return fields.map(([k, v]) => `${enc(k)}=${enc(v)}`).join('&');
}

test.describe.configure({ timeout: 300_000 });

test('fuzzed inputs to every action and route: no 5xx, no server error, nothing written when refused', async () => {
  const db = await seededDatabase('academy-fuzz-');
  let server: OwnServer | undefined;
  let opened: OpenDatabase | undefined;
  try {
    opened = await openDatabase({ url: `file:${db.file}` });
    const accounts = await Promise.all(
      DEMO_ACCOUNTS.map(async (a) => {
        const [u] = await opened!.db.select({ role: users.role, status: users.status }).from(users).where(eq(users.email, a.email)).limit(1);
        if (!u) throw new Error(`no demo account ${a.email}`);
        return { principal: u, cookie: await sessionCookie(opened!, a.email) };
      }),
    );
    // Real ids of every table with an id column, so generated inputs also get past "not found" to the checks behind it.
    const ids: string[] = [LESSON, SCENARIO, 'cbec-fundamentals', 'fvtc', 'lnpu'];
    const tables = await opened.client.execute("SELECT m.name FROM sqlite_master m JOIN pragma_table_info(m.name) p ON p.name = 'id' WHERE m.type = 'table'");
    for (const row of tables.rows) {
      const r = await opened.client.execute(`SELECT CAST(id AS TEXT) AS id FROM "${row['name'] as string}" LIMIT 3`);
      for (const x of r.rows) if (typeof x['id'] === 'string') ids.push(x['id']);
    }
    const fields = actionFieldNames();
    const pages = actionPages();
    const value = valueArb(ids);
    server = await startOwnServer(db.file);
    const base = server.base;
    // The certificate signing key is made on the key set's first request (a write, by design): made before the fuzzing.
    expect((await fetch(`${base}/.well-known/jwks.json`)).status).toBe(200);
    const cookieFor = (allowed: (p: Principal) => boolean) => accounts.find((a) => allowed(a.principal))?.cookie;
    const actions = Object.keys(ACTION_PERMISSIONS);
    // Signing out everywhere ends every session of its account: a throwaway learner's, not a demo account's.
    const throwawayUser = await signUp(opened.db, { role: 'learner', email: 'fuzz-throwaway@example.cn', password: 'a-long-password', displayName: 'fuzz' });
    const throwaway = await sessionCookie(opened, throwawayUser.email);
    const actionCookie = new Map(actions.map((a) => [a, a === 'auth.signOutEverywhere' ? throwaway : cookieFor((p) => mayCallAction(p, a) === true)]));
    const routes = Object.keys(ROUTE_PERMISSIONS);

    const fieldsArb = fc.array(fc.tuple(fc.constantFrom(...fields), value), { maxLength: 12 });
    const actionAttempt: fc.Arbitrary<Attempt> = fc
      .record({
        action: fc.constantFrom(...actions),
        who: fc.constantFrom('allowed', 'allowed', 'allowed', 'allowed', 'allowed', 'allowed', 'nobody', 'any'),
        anyone: fc.nat(accounts.length - 1),
        shape: fc.constantFrom('form', 'form', 'form', 'form', 'multipart', 'json', 'json-garbage', 'raw', 'wrong-type', 'empty'),
        fields: fieldsArb,
        via: fc.constantFrom('script', 'script', 'script', 'page'),
        param: fc.constantFrom(...ids),
        json: fc.dictionary(fc.constantFrom(...fields), jsonValueArb, { maxKeys: 8 }),
        raw: fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.constantFrom('%ZZ=%', 'a=%ED%A0%80', '=&=&&=', 'a[b][c]=1', '{"a":', ' \n\t', '\u0000', 'x'.repeat(2_000_000))),
      })
      .map(({ action, who, anyone, shape, fields: fs, via, param, json, raw }) => {
        const cookie = who === 'nobody' ? undefined : who === 'allowed' || action === 'auth.signOutEverywhere' ? actionCookie.get(action) : accounts[anyone]?.cookie;
        const headers: Record<string, string> = { origin: base, ...(cookie ? { cookie } : {}) };
        let body: string | Uint8Array<ArrayBuffer> = '';
        if (shape === 'form') {
          headers['content-type'] = 'application/x-www-form-urlencoded';
          body = formBody(fs);
        } else if (shape === 'multipart') {
          const boundary = 'fuzzBoundary7MA4YWxkTrZu0gW';
          headers['content-type'] = `multipart/form-data; boundary=${boundary}`;
          body = new Uint8Array(Buffer.concat([
            ...fs.map(([k, v], i) =>
              Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k.replace(/["\r\n]/g, '')}"${i % 3 === 2 ? '; filename="x.xml"\r\nContent-Type: application/xml' : ''}\r\n\r\n${v}\r\n`),
            ),
            Buffer.from(`--${boundary}--\r\n`),
          ]));
        } else if (shape === 'json') {
          headers['content-type'] = 'application/json';
          body = JSON.stringify(json);
        } else if (shape === 'json-garbage') {
          headers['content-type'] = 'application/json';
          body = raw;
        } else if (shape === 'raw') {
          headers['content-type'] = 'application/x-www-form-urlencoded';
          body = raw;
        } else if (shape === 'wrong-type') {
          headers['content-type'] = 'text/xml';
          body = BILLION_LAUGHS;
        }
        // The form post a browser without JavaScript makes: to the form's own page, the action named in the query.
        const page = via === 'page' ? pages.get(action)?.replace(/\[[^\]]+\]/g, encodeURIComponent(param)) : undefined;
        const url = page ? `${base}${page}?_action=${encodeURIComponent(action)}` : `${base}/_actions/${action}`;
        return { what: `${action} (${who}, ${shape}${page ? ', page' : ''})`, method: 'POST', url, headers, body, post: true };
      });

    const segmentArb = fc.oneof(value.map((v) => encodeURIComponent(v.replace(/[\uD800-\uDFFF]/g, '\uFFFD')).slice(0, 1_500)), fc.constantFrom('%00', '%ED%A0%80', '..', '%2e%2e', '%2F', '%', 'x'.repeat(5_000), '.csv', 'a.csv', 'supply-demand.csv'));
    const queryArb = fc.array(fc.tuple(fc.constantFrom(...fields, 'q', 'page', 'month', 'store', 'tier', 'code', 'from', 'to', 'role', 'next', 'status', 'lang'), value.map((v) => v.slice(0, 600))), { maxLength: 5 });
    const routeAttempt: fc.Arbitrary<Attempt> = fc
      .record({ route: fc.constantFrom(...routes), segs: fc.array(segmentArb, { minLength: 3, maxLength: 3 }), query: queryArb, en: fc.boolean(), method: fc.constantFrom('GET', 'GET', 'GET', 'GET', 'HEAD', 'POST', 'PUT', 'DELETE'), json: jsonValueArb, signedIn: fc.boolean() })
      .map(({ route, segs, query, en, method, json, signedIn }) => {
        let i = 0;
        const path = route.replace(/\[[^\]]+\]/g, () => segs[i++] ?? 'x');
        // Signing out ends the session it is sent with: that one is the throwaway account's.
        const cookie = !signedIn ? undefined : route === '/signout' ? throwaway : cookieFor((p) => ['allowed', 'public'].includes(authorizePath(route, p)));
        const headers: Record<string, string> = { origin: base, ...(cookie ? { cookie } : {}), 'accept-language': 'zh-CN,xx-\u00e9;q=NaN,*;q=-1' };
        const withBody = method !== 'GET' && method !== 'HEAD';
        if (withBody) headers['content-type'] = 'application/json';
        const post = method === 'POST' && (route.startsWith('/api/') || route === '/signout');
        return { what: `${method} ${route}`, method, url: `${base}${en ? '/en' : ''}${path}?${formBody(query).slice(0, 12_000)}`, headers, ...(withBody ? { body: JSON.stringify(json) } : {}), post };
      });

    const sample = fc.sample(fc.oneof({ arbitrary: actionAttempt, weight: 13 }, { arbitrary: routeAttempt, weight: 7 }), { numRuns: RUNS, seed: SEED });
    // A page answers a refused form with the page and its errors (200), so its status cannot tell refused from
    // accepted: page posts run last, checked for 5xx and errors but not for writes (their actions' refusals are
    // checked through the script calls before them).
    const isPagePost = (a: Attempt) => a.what.endsWith(', page)');
    const all = [...sample.filter((a) => !isPagePost(a)), ...sample.filter(isPagePost)];
    console.log(`fuzz: ${all.length} inputs, seed ${SEED} (FUZZ_SEED=${SEED} repeats this run)`);
    // Every action (as a role that may call it, so its input is read) and every route is tried.
    if (RUNS >= 10_000) {
      for (const a of actions) expect(all.filter((x) => x.what.startsWith(`${a} (allowed`)).length, a).toBeGreaterThanOrEqual(40);
      for (const r of routes) expect(all.filter((x) => x.what.endsWith(` ${r}`)).length, r).toBeGreaterThanOrEqual(20);
    }

    const ignoredWrites = async () => {
      const counts = await rowCounts(opened!);
      // Refused sign-ins count towards the sign-in backoff by design (rate_limits and its audit lines).
      counts.delete('rate_limits');
      // Stored skill levels are derived from the evidence tables: any page that counts them (the talent view)
      // brings them up to date first (src/lib/progress/skill-level-store.ts), whoever asks.
      for (const derived of ['learner_skill_levels', 'skill_level_queue', 'skill_level_state']) counts.delete(derived);
      const throttled = await opened!.client.execute("SELECT count(*) AS n FROM audit_log WHERE action = 'signin.throttled'");
      counts.set('audit_log', (counts.get('audit_log') ?? 0) - Number(throttled.rows[0]?.['n'] ?? 0));
      return counts;
    };
    const failures: string[] = [];
    const statuses = new Map<number, number>();
    let acceptedPosts = 0;
    let checked = 0;
    for (let start = 0; start < all.length; start += BATCH) {
      const batch = all.slice(start, start + BATCH);
      const before = await ignoredWrites();
      const results = await Promise.all(
        batch.map(async (a) => {
          const send = async () => {
            const res = await fetch(a.url, { method: a.method, headers: a.headers, ...(a.body !== undefined ? { body: a.body } : {}), redirect: 'manual', signal: AbortSignal.timeout(30_000) });
            await res.arrayBuffer();
            return res.status;
          };
          try {
            return await send().catch(async (e: unknown) => {
              // A keep-alive socket the server closed just as the client reused it (after a HEAD answer without a
              // length): sent again once on a new one. A crash would show in the exit code and the log instead.
              if (causeOf(e).includes('other side closed')) return send();
              throw e;
            });
          } catch (e) {
            return `${(e as Error).name}: ${(e as Error).message} ${causeOf(e)}`;
          }
        }),
      );
      let wrote = false;
      results.forEach((r, i) => {
        const a = batch[i]!;
        if (typeof r === 'number') statuses.set(r, (statuses.get(r) ?? 0) + 1);
        if (process.env['FUZZ_DEBUG'] && r === 401) console.log(`refused 401 at ${start}: ${a.what}`);
        // A body the server refuses at its limit may close the connection before the whole body is sent.
        if (typeof r === 'string' && !(a.body && a.body.length > 1_048_576)) failures.push(`${a.what}: ${r} — ${a.url.slice(0, 200)}`);
        if (typeof r === 'number' && r >= 500) failures.push(`${a.what}: ${r} — ${a.url.slice(0, 200)} ${String(a.body ?? '').slice(0, 300)}`);
        if (typeof r === 'number' && a.post && r < 400) {
          wrote = true;
          if (process.env['FUZZ_DEBUG']) console.log(`accepted ${r} at ${start}: ${a.what} ${String(a.body ?? '').slice(0, 300)}`);
        }
      });
      if (wrote || batch.some(isPagePost)) acceptedPosts += 1;
      else {
        checked += 1;
        const after = await ignoredWrites();
        for (const [table, n] of after) if (n !== before.get(table)) failures.push(`batch at ${start}: refused inputs changed ${table} (${before.get(table)} → ${n}): ${batch.map((a) => a.what).join(', ')}`);
      }
      expect(server.child.exitCode, 'the server is still running').toBeNull();
    }
    console.log(`fuzz: statuses ${JSON.stringify(Object.fromEntries([...statuses].sort((x, y) => x[0] - y[0])))}; ${checked} batches refused whole and checked for writes, ${acceptedPosts} with an accepted write`);
    expect(failures.slice(0, 20)).toEqual([]);
    expect(server.errors().slice(0, 20)).toEqual([]);
  } finally {
    await server?.stop();
    opened?.client.close();
    db.cleanup();
  }
});
