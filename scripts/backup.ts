/**
 * `npm run db:backup [-- DIR]`: a consistent, integrity-checked copy of the live file database
 * (DATABASE_URL, default data/academy.db) as DIR/academy-<UTC time>.db (DIR defaults to backups/).
 */
import { resolve } from 'node:path';
import { DEFAULT_DATABASE_URL } from '#lib/db/client.ts';
import { backupDatabase, databaseFile } from '#lib/ops/backup.ts';
import { ROOT } from './db.ts';

const live = databaseFile(process.env['DATABASE_URL'] ?? DEFAULT_DATABASE_URL, ROOT);
if (!live) {
  console.error('DATABASE_URL is not a file database: back up the libSQL server (sqld/Turso) with its own tools.');
  process.exit(2);
}
try {
  const file = await backupDatabase(live, resolve(ROOT, process.argv[2] ?? 'backups'));
  console.log(file);
} catch (e) {
  console.error(`Backup failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
