import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase, ROOT, type TestDatabase } from '../helpers/db.ts';
import { resolve } from 'node:path';
import { seedDatabase } from '#lib/seed/seed.ts';
import { users } from '#lib/db/schema-auth.ts';
import { auditLog } from '#lib/db/schema-org.ts';
import { orderApplications, trainingOrders, trainingOrderSkills } from '#lib/db/schema-orders.ts';
import { dueRetentionTasks } from '#lib/training-orders/flow.ts';
import { orderCandidates } from '#lib/training-orders/candidates.ts';
import { listMyApplications } from '#lib/training-orders/applications.ts';
import { periodOf, talentView, toCsv } from '#lib/training-orders/talent.ts';
import { learnerProfiles } from '#lib/progress/profile.ts';

let t: TestDatabase;
const NOW = new Date('2026-12-03T04:00:00Z');
const id = async (email: string) => (await t.db.select({ id: users.id }).from(users).where(eq(users.email, email)))[0]!.id;

beforeAll(async () => {
  t = await createTestDatabase();
  await seedDatabase(t.db, { demo: true, now: NOW, contentRoot: resolve(ROOT, 'content') });
}, 60_000);
afterAll(() => t.cleanup());

describe('the demo data of order-based training', () => {
  it('the demo enterprise sees ranked, explained applicants; the demo learner has applied and holds an offer; a 3-month check is due', async () => {
    const ent = await id('enterprise@demo.academy');
    const learner = await id('learner@demo.academy');
    const open = (await t.db.select().from(trainingOrders).where(eq(trainingOrders.titleZh, '保税进口申报专员（第二期）')))[0]!;
    const { applicants } = await orderCandidates(t.db, { userId: ent, orderId: open.id });
    expect(applicants.length).toBeGreaterThanOrEqual(4);
    expect(applicants.some((a) => a.person.userId === learner && a.breakdown.eligible)).toBe(true);
    const fits = applicants.filter((a) => a.breakdown.eligible).map((a) => a.breakdown.fit);
    expect(fits).toEqual([...fits].sort((a, b) => b - a));
    const mine = await listMyApplications(t.db, learner);
    expect(mine.map((m) => m.app.status).sort()).toEqual(['active', 'offered']);
    const tasks = await dueRetentionTasks(t.db, ent, NOW);
    expect(tasks.map((x) => x.months)).toEqual([3]);
  });

  it('every open demo order, the wood enterprise’s included, has applicants who applied through the real path', async () => {
    const open = await t.db.select().from(trainingOrders).where(eq(trainingOrders.state, 'open'));
    const apps = await t.db.select().from(orderApplications);
    expect(open.map((o) => [o.titleZh, apps.some((a) => a.orderId === o.id && a.status === 'active')])).toEqual(open.map((o) => [o.titleZh, true]));
    const wood = open.find((o) => o.titleZh === '木制品亚马逊店铺运营')!;
    expect(apps.filter((a) => a.orderId === wood.id)).toHaveLength(2);
    const audits = await t.db.select().from(auditLog).where(eq(auditLog.action, 'order-application.applied'));
    expect(apps.filter((a) => a.orderId === wood.id).every((a) => audits.some((x) => x.target === a.id))).toBe(true);
  });
});

describe('the regional talent view', () => {
  it('counts open seats by skill against learners whose evidence meets the level, from live data', async () => {
    const view = await talentView(t.db, periodOf({}, NOW));
    const open = await t.db.select().from(trainingOrders).where(eq(trainingOrders.state, 'open'));
    const reqs = await t.db.select().from(trainingOrderSkills);
    const learners = (await t.db.select({ id: users.id }).from(users).where(eq(users.role, 'learner'))).map((u) => u.id);
    const profiles = await learnerProfiles(t.db, learners);
    for (const row of view.supply) {
      const asking = open.filter((o) => reqs.some((r) => r.orderId === o.id && r.skill === row.skill));
      const held = await t.db.select().from(orderApplications);
      const seats = asking.reduce((n, o) => n + o.seats - held.filter((a) => a.orderId === o.id && (a.status === 'offered' || a.status === 'accepted')).length, 0);
      const level = Math.max(...reqs.filter((r) => r.skill === row.skill && asking.some((o) => o.id === r.orderId)).map((r) => r.minLevel));
      const qualified = [...profiles.values()].filter((p) => (p.skills.find((s) => s.skill === row.skill)?.level ?? 0) >= level).length;
      expect(row).toEqual({ skill: row.skill, openSeats: seats, level, qualified, gap: Math.max(0, seats - qualified) });
    }
    expect(view.supply.length).toBeGreaterThan(0);
    const hired = view.byPark.find((r) => r.key === 'bonded-logistics');
    expect(hired).toMatchObject({ trainees: 2, hired: 2, retained: { 3: 1, 6: 0, 12: 0 } });
    expect(view.byInstitution.reduce((n, r) => n + r.hired, 0)).toBe(2);
    // Outside the period: nothing placed.
    const before = await talentView(t.db, periodOf({ from: '2020-01-01', to: '2020-12-31' }, NOW));
    expect(before.byPark).toEqual([]);
  });

  it('CSV with a byte-order mark, quoted cells and CRLF; periods from the page, swapped when reversed', () => {
    expect(toCsv([['技能', 'a,b', 'say "hi"'], [1, 2]])).toBe('\uFEFF技能,"a,b","say ""hi"""\r\n1,2\r\n');
    const p = periodOf({ from: '2026-03-01', to: '2026-01-01' }, NOW);
    expect([p.fromText, p.toText]).toEqual(['2026-01-01', '2026-03-01']);
    expect(p.from.toISOString()).toBe('2025-12-31T16:00:00.000Z');
    expect(p.to.toISOString()).toBe('2026-03-01T16:00:00.000Z');
    expect(periodOf({ from: 'junk', to: '2026-13-45' }, NOW).toText).toBe('2026-12-03');
  });
});
