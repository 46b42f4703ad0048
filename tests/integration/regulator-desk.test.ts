import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../helpers/db.ts';
import { createAdmin, issueInviteCode, signUp } from '#lib/auth/accounts.ts';
import { declarationEvents, declarations } from '#lib/db/schema-sandbox.ts';
import { getOrderWorkspace, submitOrderDeclaration } from '#lib/workbench/declarations.ts';
import { decideMany, deskChoices, filterDesk, listDesk, mayOpenOnDesk } from '#lib/workbench/regulator-desk.ts';
import { declarationFigures, institutionLearnerStats } from '#lib/workbench/stats.ts';
import { users } from '#lib/db/schema-auth.ts';
import { institutions } from '#lib/db/schema-org.ts';
import { createLearner } from '../factories/learner.ts';
import { messageMap } from '../factories/messages.ts';
import { createStoreWithMarketDay } from '../factories/store.ts';

let t: TestDatabase;
let learner: string;
let regulator: string;
const held: string[] = [];
let storeId = '';

beforeAll(async () => {
  t = await createTestDatabase();
  learner = (await createLearner(t.db)).id;
  const admin = await createAdmin(t.db, { email: 'office-desk@example.cn', password: 'admin-password-1', displayName: 'Office' });
  const invite = await issueInviteCode(t.db, { adminId: admin.id, role: 'government', department: '抚顺海关' });
  regulator = (await signUp(t.db, { role: 'government', email: 'gov-desk@example.cn', password: 'a-long-password', displayName: '关员', inviteCode: invite.code })).id;
  const shop = await createStoreWithMarketDay(t.db, { ownerId: learner, name: '布控店', creditTier: 'seriously-dishonest', seed: 77, asOf: '2026-06-01' });
  storeId = shop.storeId;
  for (const o of shop.orders.filter((x) => x.trap === null)) {
    const ws = await getOrderWorkspace(t.db, { orderId: o.id, userId: learner });
    const r = await submitOrderDeclaration(t.db, { userId: learner, orderId: o.id, xml: messageMap(ws.draft.messages) });
    if (r.status === 'review' || r.status === 'inspection') held.push(r.declarationId);
  }
});
afterAll(() => t.cleanup());

describe('the regulator desk', () => {
  it('summarises each held order\'s facts and filters by store, tier, code and period', async () => {
    expect(held.length).toBeGreaterThanOrEqual(2);
    const items = await listDesk(t.db, { id: regulator, role: 'government', institutionId: null });
    const one = items.find((i) => i.id === held[0]);
    expect(one?.facts?.goodsFen).toBeGreaterThan(0);
    expect(one?.facts?.lines[0]?.hsCode).toBe('1901101010');
    expect(one?.codes.some((c) => c.startsWith('RISK_'))).toBe(true);
    expect(filterDesk(items, { storeId }).length).toBe(held.length);
    expect(filterDesk(items, { storeId: 'nope' })).toEqual([]);
    expect(filterDesk(items, { creditTier: 'seriously-dishonest' }).length).toBe(held.length);
    expect(filterDesk(items, { creditTier: 'regular' })).toEqual([]);
    const code = one?.codes.find((c) => c.startsWith('RISK_')) ?? '';
    expect(filterDesk(items, { code }).map((i) => i.id)).toContain(held[0]);
    const today = new Date().toISOString().slice(0, 10);
    expect(filterDesk(items, { from: today, to: today }).length).toBe(held.length);
    expect(filterDesk(items, { to: '2020-01-01' })).toEqual([]);
    const choices = deskChoices(items);
    expect(choices.stores.map((s) => s.id)).toContain(storeId);
    expect(choices.codes).toContain(code);
  });

  it('decides several at once, each logged with the regulator as actor; a reject needs a reason', async () => {
    const [a, b] = held;
    if (!a || !b) throw new Error('need two held declarations');
    await expect(decideMany(t.db, { declarationIds: [a, b], actorId: regulator, decision: 'reject' })).rejects.toMatchObject({ code: 'NOTE_REQUIRED' });
    const r = await decideMany(t.db, { declarationIds: [a, b, a], actorId: regulator, decision: 'release', note: '单证相符' });
    expect(r.decided.map((d) => d.status)).toEqual(['cleared', 'cleared']);
    for (const id of [a, b]) {
      const events = await t.db.select().from(declarationEvents).where(eq(declarationEvents.declarationId, id));
      expect(events.find((e) => e.status === 'released')?.actorId).toBe(regulator);
    }
    const again = await decideMany(t.db, { declarationIds: [a], actorId: regulator, decision: 'release' });
    expect(again.failed).toEqual([{ declarationId: a, code: 'NOT_HELD' }]);
    expect((await listDesk(t.db, { id: regulator, role: 'government', institutionId: null })).map((i) => i.id)).not.toContain(a);
  });

  it('opens a decided declaration only to its reviewer and to instructors of the learner\'s institution', async () => {
    const [decided] = held;
    const stillHeld = held.slice(2).find(Boolean);
    if (!decided) throw new Error('need a decided declaration');
    await t.db.insert(institutions).values(['lnpu', 'fvtc'].map((id) => ({ id, nameZh: id, nameEn: id, kind: 'university' as const, createdAt: new Date() })));
    await t.db.update(users).set({ institutionId: 'lnpu' }).where(eq(users.id, learner));
    const other = await createLearner(t.db, { email: 'gov-other-desk@example.cn' });
    const as = async (id: string, role: string, institutionId: string | null) => {
      await t.db.update(users).set({ role: role as 'instructor', institutionId }).where(eq(users.id, id));
      return { id, role, institutionId };
    };
    expect(await mayOpenOnDesk(t.db, { id: regulator, role: 'government', institutionId: null }, decided)).toBe(true);
    expect(await mayOpenOnDesk(t.db, await as(other.id, 'government', null), decided)).toBe(false);
    expect(await mayOpenOnDesk(t.db, await as(other.id, 'instructor', 'fvtc'), decided)).toBe(false);
    expect(await mayOpenOnDesk(t.db, await as(other.id, 'instructor', 'lnpu'), decided)).toBe(true);
    expect(await mayOpenOnDesk(t.db, await as(other.id, 'government', null), 'no-such-declaration')).toBe(false);
    if (stillHeld) expect(await mayOpenOnDesk(t.db, await as(other.id, 'instructor', 'fvtc'), stillHeld)).toBe(true);
  });

  it('names a learner only to instructors of the learner\'s institution; government users get aggregates only', async () => {
    // after the previous test: the learner is of lnpu, and `other` is an instructor of lnpu
    const [lnpuInstructor] = await t.db.select({ id: users.id }).from(users).where(eq(users.email, 'gov-other-desk@example.cn'));
    const [me] = await t.db.select({ name: users.displayName }).from(users).where(eq(users.id, learner));
    // a first attempt customs accepted and a regulator then rejected, and one the engine rejected
    const at = new Date('2026-06-02T00:00:00Z');
    await t.db.insert(declarations).values(['after-review', 'by-engine'].map((id) => ({ id, userId: learner, kind: 'import-set', status: 'rejected' as const, attempt: 1, findings: '[]', asOf: '2026-06-02', createdAt: at, updatedAt: at })));
    await t.db.insert(declarationEvents).values([
      { declarationId: 'after-review', at, status: 'accepted', receiptCode: '120' },
      { declarationId: 'after-review', at, status: 'rejected', receiptCode: '100', actorId: regulator, note: '不符' },
      { declarationId: 'by-engine', at, status: 'rejected', receiptCode: '100' },
    ]);
    const queued = (viewer: { id: string; role: string; institutionId: string | null }) => listDesk(t.db, viewer);
    const gov = await queued({ id: regulator, role: 'government', institutionId: null });
    expect(gov.length).toBeGreaterThan(0);
    expect(gov.every((i) => i.learnerName === null)).toBe(true);
    expect((await queued({ id: lnpuInstructor!.id, role: 'instructor', institutionId: 'lnpu' })).every((i) => i.learnerName === me!.name)).toBe(true);
    expect((await queued({ id: lnpuInstructor!.id, role: 'instructor', institutionId: 'fvtc' })).every((i) => i.learnerName === null)).toBe(true);

    const figures = await declarationFigures(t.db);
    const all = await t.db.select({ id: declarations.id, attempt: declarations.attempt, status: declarations.status }).from(declarations);
    const accepted = new Set((await t.db.select({ id: declarationEvents.declarationId }).from(declarationEvents).where(eq(declarationEvents.status, 'accepted'))).map((e) => e.id));
    const first = all.filter((d) => d.attempt === 1);
    expect(figures).toMatchObject({
      learners: 1,
      submitted: all.length,
      firstAttempts: first.length,
      firstAccepted: first.filter((d) => accepted.has(d.id)).length,
      rejected: all.filter((d) => d.status === 'rejected').length,
      held: all.filter((d) => d.status === 'review' || d.status === 'inspection').length,
    });
    expect(figures.rejected).toBeGreaterThanOrEqual(2);
    expect(figures.firstAccepted).toBeLessThan(figures.firstAttempts);

    const own = await institutionLearnerStats(t.db, { institutionId: 'lnpu' });
    expect(own).toMatchObject({ total: 1, page: 1, pages: 1 });
    expect(own.rows[0]).toMatchObject({ userId: learner, name: me!.name, stats: { submitted: all.length, firstAttempts: first.length, rejected: figures.rejected } });
    expect(await institutionLearnerStats(t.db, { institutionId: 'fvtc' })).toMatchObject({ rows: [], total: 0 });
  });
});
