import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../helpers/db.ts';
import { createAdmin, issueInviteCode, signUp } from '#lib/auth/accounts.ts';
import { declarationEvents } from '#lib/db/schema-sandbox.ts';
import { getOrderWorkspace, submitOrderDeclaration } from '#lib/workbench/declarations.ts';
import { decideMany, deskChoices, filterDesk, listDesk } from '#lib/workbench/regulator-desk.ts';
import { addProduct, createStore, listOrders, runMarketDay } from '#lib/workbench/stores.ts';

let t: TestDatabase;
let learner: string;
let regulator: string;
const held: string[] = [];
let storeId = '';

beforeAll(async () => {
  t = await createTestDatabase();
  learner = (await signUp(t.db, { role: 'learner', email: 'desk@example.cn', password: 'a-long-password', displayName: '学员' })).id;
  const admin = await createAdmin(t.db, { email: 'office-desk@example.cn', password: 'admin-password-1', displayName: 'Office' });
  const invite = await issueInviteCode(t.db, { adminId: admin.id, role: 'government', department: '抚顺海关' });
  regulator = (await signUp(t.db, { role: 'government', email: 'gov-desk@example.cn', password: 'a-long-password', displayName: '关员', inviteCode: invite.code })).id;
  const store = await createStore(t.db, { ownerId: learner, name: '布控店', businessModel: 'import-9610', creditTier: 'seriously-dishonest' });
  storeId = store.id;
  await addProduct(t.db, {
    sku: 'IF-900', hsCode: '1901101010', priceFen: 19_800, currency: '142', grossWeightG: 1100, netWeightG: 900, originCountry: '601', unit: '122',
    spec: '900克/罐', stockLocation: 'overseas-warehouse', texts: [{ lang: 'zh', title: '婴儿配方奶粉900克', description: '' }], storeId, ownerId: learner,
  });
  await runMarketDay(t.db, { storeId, ownerId: learner, seed: 77, asOf: '2026-06-01' });
  for (const o of (await listOrders(t.db, storeId)).filter((x) => x.trap === null)) {
    const ws = await getOrderWorkspace(t.db, { orderId: o.id, userId: learner });
    const r = await submitOrderDeclaration(t.db, { userId: learner, orderId: o.id, xml: Object.fromEntries(ws.draft.messages.map((m) => [m.kind, m.xml])) });
    if (r.status === 'review' || r.status === 'inspection') held.push(r.declarationId);
  }
});
afterAll(() => t.cleanup());

describe('the regulator desk', () => {
  it('summarises each held order\'s facts and filters by store, tier, code and period', async () => {
    expect(held.length).toBeGreaterThanOrEqual(2);
    const items = await listDesk(t.db);
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
    expect((await listDesk(t.db)).map((i) => i.id)).not.toContain(a);
  });
});
