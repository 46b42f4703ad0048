import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../helpers/db.ts';
import { users } from '#lib/db/schema-auth.ts';
import { declarationMessages, declarations, stores } from '#lib/db/schema-sandbox.ts';
import { seedDatabase } from '#lib/seed/seed.ts';
import { listReviewQueue } from '#lib/workbench/regulator.ts';
import { listOrders } from '#lib/workbench/stores.ts';
import { listPublicStores } from '#lib/storefront/public.ts';

let t: TestDatabase;
let learnerId = '';
const now = new Date('2026-12-03T04:00:00Z');

beforeAll(async () => {
  t = await createTestDatabase();
  await seedDatabase(t.db, { demo: true, now });
  learnerId = (await t.db.select({ id: users.id }).from(users).where(eq(users.email, 'learner@demo.academy')))[0]?.id ?? '';
});
afterAll(() => t.cleanup());

describe('the demo learner’s practice stores', () => {
  it('has an import, an export and a held store with market-day orders', async () => {
    const mine = await t.db.select().from(stores).where(eq(stores.ownerId, learnerId));
    expect(mine.map((s) => [s.businessModel, s.creditTier]).sort()).toEqual([
      ['export-9610', 'regular'],
      ['import-9610', 'advanced-certified'],
      ['import-9610', 'seriously-dishonest'],
    ]);
    for (const s of mine) expect((await listOrders(t.db, s.id)).length).toBeGreaterThanOrEqual(4);
    // Each demo listing passed the publish gate, so every demo store is on the public list.
    const open = (await listPublicStores(t.db)).map((s) => s.slug).sort();
    expect(open).toEqual(mine.map((s) => s.slug).sort());
  });

  it('declared through the engine: released, rejected, a return, a monthly summary and a held list, with customs receipts', async () => {
    const mine = await t.db.select().from(declarations).where(eq(declarations.userId, learnerId));
    const kinds = (kind: string) => mine.filter((d) => d.kind === kind);
    expect(kinds('import-set').some((d) => d.status === 'cleared')).toBe(true);
    expect(kinds('import-set').some((d) => d.status === 'rejected' && (JSON.parse(d.findings) as unknown[]).length > 0)).toBe(true);
    expect(kinds('export-set').some((d) => d.status === 'cleared')).toBe(true);
    expect(kinds('return').map((d) => d.status)).toEqual(['cleared']);
    expect(kinds('summary').map((d) => d.status)).toEqual(['cleared']);
    const receipts = await t.db.select().from(declarationMessages).where(eq(declarationMessages.direction, 'receipt'));
    const receiptKinds = new Set(receipts.map((r) => r.messageKind));
    for (const k of ['CEB622', 'CEB626', 'CEB604', 'CEB792']) expect(receiptKinds).toContain(k);
    const queue = await listReviewQueue(t.db);
    expect(queue.length).toBe(1);
    expect(queue[0]?.creditTier).toBe('seriously-dishonest');
  });

  it('runs once: seeding again adds nothing', async () => {
    const before = (await t.db.select({ id: declarations.id }).from(declarations)).length;
    await seedDatabase(t.db, { demo: true, now });
    expect((await t.db.select({ id: declarations.id }).from(declarations)).length).toBe(before);
  });
});
