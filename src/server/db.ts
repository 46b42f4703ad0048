/**
 * The server's database handle. Opening it applies pending migrations and makes
 * the credential signing key when there is none, once, at server start-up (the
 * warm-up's /healthz), never per request.
 */
import { DATABASE_AUTH_TOKEN, DATABASE_URL } from 'astro:env/server';
import { DEFAULT_DATABASE_URL, migrateDatabase, openDatabase, type Db } from '#lib/db/client.ts';
import { ensureSigningKey } from '#lib/certificates/credential.ts';
import { MIGRATIONS_DIR, resolveDatabaseUrl } from './paths.ts';

async function open(): Promise<Db> {
  const { db } = await openDatabase({ url: resolveDatabaseUrl(DATABASE_URL ?? DEFAULT_DATABASE_URL), authToken: DATABASE_AUTH_TOKEN });
  await migrateDatabase(db, MIGRATIONS_DIR);
  // The credential signing key exists before the first certificate asks for it.
  await ensureSigningKey(db);
  return db;
}

let ready: Promise<Db> | undefined;

/** The shared database, migrated. */
export function getDb(): Promise<Db> {
  ready ??= open();
  return ready;
}
