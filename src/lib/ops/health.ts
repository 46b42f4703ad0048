/**
 * The health of an instance for /healthz: the database answers, and every
 * committed migration (drizzle/meta/_journal.json) has been applied to it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';

export interface Health {
  ok: boolean;
  database: 'ok' | 'unreachable';
  migrations: { expected: number; applied: number | null; current: boolean };
}

/** Migrations the code ships. */
export function expectedMigrations(migrationsDir: string): number {
  const journal = JSON.parse(readFileSync(join(migrationsDir, 'meta', '_journal.json'), 'utf8')) as { entries?: unknown[] };
  return journal.entries?.length ?? 0;
}

export async function checkHealth(db: Db, migrationsDir: string): Promise<Health> {
  const expected = expectedMigrations(migrationsDir);
  try {
    await db.run(sql`select 1`);
  } catch {
    return { ok: false, database: 'unreachable', migrations: { expected, applied: null, current: false } };
  }
  let applied: number;
  try {
    const rows = await db.all<{ n: number }>(sql`select count(*) as n from __drizzle_migrations`);
    applied = Number(rows[0]?.n ?? 0);
  } catch {
    applied = 0;
  }
  const current = applied >= expected;
  return { ok: current, database: 'ok', migrations: { expected, applied, current } };
}
