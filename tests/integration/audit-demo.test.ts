/**
 * The audit log of the demo data reads like a log (issue 9 item 4): every action
 * written by the seeded flows (accounts, training orders, applications,
 * placements, incubation, certificates, classes, study hours) has words in both
 * languages, and every target resolves to a name, not a raw id.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { createTestDatabase, ROOT, type TestDatabase } from '../helpers/db.ts';
import { seedDatabase } from '#lib/seed/seed.ts';
import { listAuditLog } from '#lib/admin/audit.ts';
import { isMessageKey, t as text } from '#i18n/index.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  await seedDatabase(t.db, { demo: true, now: new Date('2026-11-20T02:00:00Z'), contentRoot: resolve(ROOT, 'content') });
}, 120_000);
afterAll(() => t.cleanup());

describe('the demo audit log', () => {
  it('has words for every action and a name for every target', async () => {
    const lines = await listAuditLog(t.db, 1_000);
    const actions = new Set(lines.map((l) => l.action));
    // the seeded flows reach well beyond accounts
    for (const a of ['training-order.created', 'order-application.applied', 'certificate.issue', 'class.create']) expect(actions, a).toContain(a);
    const unworded = [...actions].filter((a) => !isMessageKey(`audit.action.${a}`));
    expect(unworded).toEqual([]);
    const unnamed = lines.filter((l) => l.target && (l.target.kind === null || l.target.name === null)).map((l) => `${l.action} ${l.target?.id}`);
    expect(unnamed).toEqual([]);
    const order = lines.find((l) => l.action === 'training-order.created');
    expect(order?.target?.names?.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(order?.target?.path).toBe(`/training-orders/${order?.target?.id}`);
    const application = lines.find((l) => l.action === 'order-application.applied');
    expect(application?.target?.accountId).toBeTruthy();
    expect(application?.target?.name).toContain(' · ');
    const certificate = lines.find((l) => l.action === 'certificate.issue');
    expect(certificate?.target?.path).toMatch(/^\/verify\/[\w-]{16,}$/);
    expect(text('en', 'audit.action.order-application.applied')).toBe('applied to the training order');
  });
});
