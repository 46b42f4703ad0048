/** Opens and migrates the database the same way the server does, for CLI scripts. */
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { DEFAULT_DATABASE_URL, migrateDatabase, openDatabase, type OpenDatabase } from '#lib/db/client.ts';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

export async function openScriptDatabase(): Promise<OpenDatabase> {
  let url = process.env['DATABASE_URL'] ?? DEFAULT_DATABASE_URL;
  if (url.startsWith('file:') && !url.startsWith('file:/')) url = `file:${resolve(ROOT, url.slice(5))}`;
  const opened = await openDatabase({ url, authToken: process.env['DATABASE_AUTH_TOKEN'] });
  await migrateDatabase(opened.db, resolve(ROOT, 'drizzle'));
  return opened;
}
