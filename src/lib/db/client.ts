/**
 * Opens the database: an embedded libSQL file by default, or a libSQL server
 * (sqld/Turso) when the URL says so. File databases get WAL and a busy timeout
 * so concurrent requests wait instead of failing with SQLITE_BUSY.
 */
import { mkdirSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { createClient, type Client } from '@libsql/client';
import { drizzle, type LibSQLDatabase } from 'drizzle-orm/libsql';
import { migrate } from 'drizzle-orm/libsql/migrator';
import * as schema from './schema.ts';
import { gateWrites, WriteGate } from './write-gate.ts';

export type Db = LibSQLDatabase<typeof schema>;

export interface DbConfig {
  /** `file:data/academy.db` (default), `libsql://…`, `http://…` */
  url: string;
  authToken?: string | undefined;
}

export const DEFAULT_DATABASE_URL = 'file:data/academy.db';
const BUSY_TIMEOUT_MS = 5000;

export interface OpenDatabase {
  db: Db;
  client: Client;
}

/** Creates the folder of a file database (libSQL does not). */
function ensureFileFolder(url: string): void {
  if (!url.startsWith('file:')) return;
  const path = url.slice('file:'.length).split('?')[0] ?? '';
  if (path === '' || path === ':memory:') return;
  const abs = isAbsolute(path) ? path : resolve(process.cwd(), path);
  mkdirSync(dirname(abs), { recursive: true });
}

export async function openDatabase(config: DbConfig): Promise<OpenDatabase> {
  ensureFileFolder(config.url);
  // The client keeps a pool of connections to a file and a PRAGMA reaches only the one it ran on: the busy
  // timeout goes in the config so every pooled connection waits for a writer instead of failing with
  // SQLITE_BUSY (seen as 500s on concurrent quiz submissions from two server workers).
  const timeout = config.url.startsWith('file:') ? { timeout: BUSY_TIMEOUT_MS } : {};
  const client = createClient(config.authToken ? { url: config.url, authToken: config.authToken, ...timeout } : { url: config.url, ...timeout });
  if (config.url.startsWith('file:')) {
    await client.execute('PRAGMA journal_mode = WAL');
    await client.execute(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`);
    await client.execute('PRAGMA foreign_keys = ON');
    // Writers of this process queue on a promise, never in SQLite's synchronous busy wait (write-gate.ts).
    const gate = new WriteGate();
    const db = drizzle(gateWrites(client, gate), { schema });
    const transaction = db.transaction.bind(db);
    db.transaction = (fn, config) => gate.run(() => transaction(fn, config));
    return { db, client };
  }
  return { db: drizzle(client, { schema }), client };
}

/** Applies the committed drizzle-kit migrations that have not run yet. */
export async function migrateDatabase(db: Db, migrationsFolder: string): Promise<void> {
  await migrate(db, { migrationsFolder });
}
