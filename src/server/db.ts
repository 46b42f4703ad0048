/**
 * The server's database handle. Opening it applies pending migrations once,
 * when this module is first evaluated at server start-up, never per request.
 */
import { DATABASE_AUTH_TOKEN, DATABASE_URL } from 'astro:env/server';
import { DEFAULT_DATABASE_URL, migrateDatabase, openDatabase, type Db } from '#lib/db/client.ts';
import { MIGRATIONS_DIR, resolveDatabaseUrl } from './paths.ts';

async function open(): Promise<Db> {
  const { db } = await openDatabase({ url: resolveDatabaseUrl(DATABASE_URL ?? DEFAULT_DATABASE_URL), authToken: DATABASE_AUTH_TOKEN });
  await migrateDatabase(db, MIGRATIONS_DIR);
  return db;
}

let ready: Promise<Db> | undefined;

/** The shared database, migrated. */
export function getDb(): Promise<Db> {
  ready ??= open();
  return ready;
}
