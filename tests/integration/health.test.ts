import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '#lib/db/client.ts';
import { checkHealth, expectedMigrations } from '#lib/ops/health.ts';
import { createTestDatabase, ROOT, type TestDatabase } from '../helpers/db.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.cleanup());

describe('health', () => {
  it('is ok on a migrated database', async () => {
    const h = await checkHealth(t.db, join(ROOT, 'drizzle'));
    expect(h).toEqual({ ok: true, database: 'ok', migrations: { expected: expectedMigrations(join(ROOT, 'drizzle')), applied: h.migrations.applied, current: true } });
    expect(h.migrations.expected).toBeGreaterThan(0);
  });

  it('is not ok when the code ships a migration the database lacks, or on a database never migrated', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'academy-health-'));
    mkdirSync(join(dir, 'meta'));
    writeFileSync(join(dir, 'meta', '_journal.json'), JSON.stringify({ entries: new Array(99).fill({}) }));
    expect((await checkHealth(t.db, dir)).migrations.current).toBe(false);
    const fresh = await openDatabase({ url: `file:${join(dir, 'fresh.db')}` });
    const h = await checkHealth(fresh.db, join(ROOT, 'drizzle'));
    expect(h.ok).toBe(false);
    expect(h.migrations.applied).toBe(0);
    fresh.client.close();
    rmSync(dir, { recursive: true, force: true });
  });
});
