/**
 * `npm run db:backup` and `npm run db:restore -- FILE`, end to end through the scripts: a live
 * database with rows, a backup while it is open, more writes, a restore refused while a process
 * holds the database and for a damaged file, then a restore that brings the backed-up rows back.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { integrityOf } from '#lib/ops/backup.ts';
import { ROOT } from '../helpers/db.ts';

const dir = mkdtempSync(join(tmpdir(), 'academy-backup-'));
const live = join(dir, 'live.db');
const env = { ...process.env, DATABASE_URL: `file:${live}` };
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function npm(script: string, ...args: string[]): { status: number | null; out: string; err: string } {
  const r = spawnSync('npm', ['run', '--silent', script, '--', ...args], { cwd: ROOT, env, encoding: 'utf8' });
  return { status: r.status, out: r.stdout.trim(), err: r.stderr };
}

/**
 * Runs SQL on the live file in a child process and returns the first column of the last result:
 * a libSQL client releases its file only when collected, so this test process never opens it.
 */
function sqlOn(file: string, statements: string[], options: { killAfter?: boolean } = {}): string {
  // killAfter: the process SIGKILLs itself after the statements, as a crashed server would, leaving its -wal file.
  const end = options.killAfter ? `process.kill(process.pid, 'SIGKILL');` : '';
  const code = `const { createClient } = require('@libsql/client'); (async () => { const c = createClient({ url: ${JSON.stringify(`file:${file}`)} }); let r; for (const s of ${JSON.stringify(statements)}) r = await c.execute(s); console.log(String(r.rows[0]?.[0] ?? '')); ${end} })();`;
  const r = spawnSync(process.execPath, ['-e', code], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0 && !options.killAfter) throw new Error(r.stderr);
  return r.stdout.trim();
}
const sql = (...statements: string[]): string => sqlOn(live, statements);

const insertUser = (id: string) => `insert into users (id, email, password_hash, display_name, role, status, created_at) values ('${id}', '${id}@example.cn', 'x', '${id}', 'learner', 'active', 0)`;
const countUsers = (): number => Number(sql('select count(*) from users'));
const addUser = (id: string): string => sql(insertUser(id));

describe('db:backup and db:restore', () => {
  it('backs up the open live database, and restores it only when nothing holds it and the copy is sound', async () => {
    const migrated = npm('db:migrate');
    expect(migrated.status, migrated.err).toBe(0);
    addUser('u1');
    addUser('u2');

    const backup = npm('db:backup', join(dir, 'backups'));
    expect(backup.status, backup.err).toBe(0);
    expect(backup.out).toMatch(/academy-\d{8}T\d{6}Z\.db$/);
    expect(readdirSync(join(dir, 'backups'))).toHaveLength(1);
    expect(await integrityOf(backup.out)).toBe('ok');

    addUser('u3');
    expect(countUsers()).toBe(3);

    // The "server": a process that has the file open.
    const holder = spawn(process.execPath, ['-e', `require('fs').openSync(${JSON.stringify(live)}, 'r'); console.log('open'); setInterval(() => {}, 1000)`]);
    // Until it says it has the file open (a fixed wait is too short on a busy machine).
    await new Promise((r) => holder.stdout.once('data', r));
    const refused = npm('db:restore', backup.out);
    expect(refused.status).toBe(1);
    expect(refused.err).toMatch(/stop the server/);
    holder.kill();
    await new Promise((r) => holder.on('exit', r));

    const damaged = join(dir, 'damaged.db');
    writeFileSync(damaged, 'SQLite format 3\0 this is not a database');
    const bad = npm('db:restore', damaged);
    expect(bad.status).toBe(1);
    expect(bad.err).toMatch(/integrity/);
    expect(countUsers()).toBe(3);

    const ok = npm('db:restore', backup.out);
    expect(ok.status, ok.err).toBe(0);
    expect(countUsers()).toBe(2);
    expect(sql('PRAGMA integrity_check')).toBe('ok');

    // A server killed without a checkpoint: its last write is only in live.db-wal. The restore keeps that log
    // with the replaced file (whose copy then still has the write) and starts the restored file without it.
    sqlOn(live, ['PRAGMA journal_mode = WAL', 'PRAGMA wal_autocheckpoint = 0', insertUser('u4')], { killAfter: true });
    expect(existsSync(`${live}-wal`), 'the killed writer left its log').toBe(true);
    const again = npm('db:restore', backup.out);
    expect(again.status, again.err).toBe(0);
    expect(countUsers()).toBe(2);
    const previous = /the previous file is (.+)\)\.$/.exec(again.out)?.[1];
    expect(previous, again.out).toBeDefined();
    expect(Number(sqlOn(previous!, ['select count(*) from users'])), 'the replaced file kept its last write').toBe(3);
  });
});
