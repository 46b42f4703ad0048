/**
 * `npm run db:restore -- FILE`: replaces the live file database (DATABASE_URL, default
 * data/academy.db) with the backup FILE. Refuses while the server (any process) has the database
 * open, and when FILE fails `PRAGMA integrity_check`; the replaced file is kept beside it.
 */
import { resolve } from 'node:path';
import { DEFAULT_DATABASE_URL } from '#lib/db/client.ts';
import { databaseFile, restoreDatabase } from '#lib/ops/backup.ts';
import { ROOT } from './db.ts';

const file = process.argv[2];
const live = databaseFile(process.env['DATABASE_URL'] ?? DEFAULT_DATABASE_URL, ROOT);
if (!file || !live) {
  console.error(file ? 'DATABASE_URL is not a file database.' : 'Usage: npm run db:restore -- FILE');
  process.exit(2);
}
const result = await restoreDatabase(resolve(process.cwd(), file), live);
if (!result.ok) {
  console.error(result.reason === 'server-running' ? `Refused: stop the server first (${result.detail}).` : `Refused: ${file} fails the integrity check (${result.detail}).`);
  process.exit(1);
}
console.log(`Restored ${live} from ${file}${result.previous ? ` (the previous file is ${result.previous})` : ''}.`);
