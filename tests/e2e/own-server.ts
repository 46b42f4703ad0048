/**
 * A built server of a spec's own, on a temporary file database, as `npm start` runs it
 * (src/server/http/serve.ts in front of dist/server/entry.mjs; one process, WEB_CONCURRENCY=1):
 * the fuzzing and crash-safety specs start, kill and restart it, read its log lines, and open its
 * database beside it (sessions are written there as the login fixture does).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { eq } from 'drizzle-orm';
import { createAuthSession, SESSION_COOKIE } from '#lib/auth/session.ts';
import { migrateDatabase, openDatabase, type OpenDatabase } from '#lib/db/client.ts';
import { users } from '#lib/db/schema-auth.ts';
import { seedDatabase } from '#lib/seed/seed.ts';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface ServerLog {
  /** Parsed JSON log lines (stdout and stderr). */
  records: Array<Record<string, unknown>>;
  /** Lines of stderr that are not JSON (an uncaught exception's stack, Astro's own error output). */
  rawErrors: string[];
}

export interface OwnServer {
  base: string;
  child: ChildProcess;
  log: ServerLog;
  /** Records of level `error` and raw stderr lines: what a clean run has none of. */
  errors(): string[];
  stop(): Promise<void>;
  /** SIGKILL: no shutdown, no flush; resolves once the process is gone. */
  kill(): Promise<void>;
}

/** A temporary folder with a migrated, seeded (demo accounts and stores) database file. */
export async function seededDatabase(prefix: string): Promise<{ dir: string; file: string; cleanup: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const file = join(dir, 'academy.db');
  const opened = await openDatabase({ url: `file:${file}` });
  await migrateDatabase(opened.db, join(ROOT, 'drizzle'));
  await seedDatabase(opened.db, { demo: true, contentRoot: join(ROOT, 'content') });
  opened.client.close();
  return { dir, file, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Starts the built server on a free loopback port; resolves when it logs `ready`. `script` is what Node runs:
 * src/server/http/serve.ts as `npm start` does, or the build's entry (`dist/server/entry.mjs`) started directly.
 */
export function startOwnServer(file: string, env: Record<string, string> = {}, script = join(ROOT, 'src', 'server', 'http', 'serve.ts')): Promise<OwnServer> {
  const child = spawn(process.execPath, [script], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, DATABASE_URL: `file:${file}`, PORT: '0', HOST: '127.0.0.1', WEB_CONCURRENCY: '1', INSECURE_COOKIES: '1', LOG_REQUESTS: '0', ...env },
  });
  const log: ServerLog = { records: [], rawErrors: [] };
  const lines = (stream: NodeJS.ReadableStream, onLine: (l: string) => void) => {
    let rest = '';
    stream.on('data', (d: Buffer) => {
      const parts = (rest + d.toString()).split('\n');
      rest = parts.pop() ?? '';
      for (const l of parts) if (l.trim() !== '') onLine(l);
    });
    stream.on('end', () => {
      if (rest.trim() !== '') onLine(rest);
      rest = '';
    });
  };
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start within 60 s: ${log.rawErrors.join('\n')}`)), 60_000);
    const take = (isErr: boolean) => (l: string) => {
      let record: Record<string, unknown> | null = null;
      try {
        const parsed: unknown = JSON.parse(l);
        if (parsed && typeof parsed === 'object') record = parsed as Record<string, unknown>;
      } catch {
        record = null;
      }
      if (record) log.records.push(record);
      else if (isErr) log.rawErrors.push(l);
      if (record?.['msg'] === 'ready') {
        clearTimeout(timer);
        const port = Number(record['port']);
        resolve({
          base: `http://127.0.0.1:${port}`,
          child,
          log,
          errors: () => [...log.records.filter((r) => r['level'] === 'error').map((r) => JSON.stringify(r)), ...log.rawErrors],
          stop: async () => {
            if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
            await exited;
          },
          kill: async () => {
            if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
            await exited;
          },
        });
      }
    };
    lines(child.stdout, take(false));
    lines(child.stderr, take(true));
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${signal ?? code}) before it was ready: ${log.rawErrors.join('\n')}`));
    });
  });
}

/** A session cookie header for the account with that e-mail, written straight into the database. */
export async function sessionCookie(opened: OpenDatabase, email: string): Promise<string> {
  const [user] = await opened.db.select({ id: users.id }).from(users).where(eq(users.email, email)).limit(1);
  if (!user) throw new Error(`no account ${email}`);
  const { token } = await createAuthSession(opened.db, user.id);
  return `${SESSION_COOKIE}=${token}`;
}

/** Row counts of every table of the database. */
export async function rowCounts(opened: OpenDatabase): Promise<Map<string, number>> {
  const tables = await opened.client.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__drizzle%' ORDER BY name");
  const out = new Map<string, number>();
  for (const row of tables.rows) {
    const name = row['name'] as string;
    const r = await opened.client.execute(`SELECT count(*) AS n FROM "${name.replace(/"/g, '""')}"`);
    out.set(name, Number(r.rows[0]?.['n'] ?? 0));
  }
  return out;
}
