/** A fresh, migrated libSQL file database per test file. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrateDatabase, openDatabase, type OpenDatabase } from '#lib/db/client.ts';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

export interface TestDatabase extends OpenDatabase {
  cleanup: () => void;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const dir = mkdtempSync(join(tmpdir(), 'academy-test-'));
  const opened = await openDatabase({ url: `file:${join(dir, 'test.db')}` });
  await migrateDatabase(opened.db, join(ROOT, 'drizzle'));
  return {
    ...opened,
    cleanup: () => {
      opened.client.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
