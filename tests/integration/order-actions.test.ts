import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../helpers/db.ts';
import { signUp } from '#lib/auth/accounts.ts';
import { storeOrders } from '#lib/db/schema-sandbox.ts';
import { getOrderWorkspace, submitOrderDeclaration } from '#lib/workbench/declarations.ts';
import { cancelOrder, moveToGeneralTrade, orderActionsOf, splitOrder } from '#lib/workbench/order-actions.ts';
import { storeStats } from '#lib/workbench/stats.ts';
import { addProduct, createStore, listOrders, runMarketDay } from '#lib/workbench/stores.ts';

let t: TestDatabase;
let learner: string;
let storeId: string;
let productId: string;

beforeAll(async () => {
  t = await createTestDatabase();
  learner = (await signUp(t.db, { role: 'learner', email: 'split@example.cn', password: 'a-long-password', displayName: '学员' })).id;
  const store = await createStore(t.db, { ownerId: learner, name: '拆单测试店', businessModel: 'import-9610', creditTier: 'advanced-certified' });
  storeId = store.id;
  const p = await addProduct(t.db, {
    sku: 'IF-900', hsCode: '1901101010', priceFen: 19_800, currency: '142', grossWeightG: 1100, netWeightG: 900, originCountry: '601', unit: '122',
    spec: '900克/罐', stockLocation: 'overseas-warehouse', texts: [{ lang: 'zh', title: '婴儿配方奶粉900克', description: '' }], storeId, ownerId: learner,
  });
  productId = p.id;
  await runMarketDay(t.db, { storeId, ownerId: learner, seed: 9, asOf: '2026-05-12' });
});
afterAll(() => t.cleanup());

/** A copy of a market-day order made to hold `qty` tins (over the 5,000-yuan limit when qty ≥ 26). */
async function bigOrder(qty: number, no: string): Promise<string> {
  const [o] = await listOrders(t.db, storeId);
  if (!o) throw new Error('no order');
  const id = crypto.randomUUID();
  await t.db.insert(storeOrders).values({
    id, storeId, marketDayId: o.marketDayId, orderNo: no, buyer: JSON.stringify(o.buyer), lines: JSON.stringify([{ productId, sku: 'IF-900', hsCode: '1901101010', qty, priceFen: 19_800 }]),
    goodsFen: qty * 19_800, freightFen: 1_500, trap: 'POLICY_SINGLE_LIMIT', status: 'open', createdAt: new Date(),
  });
  return id;
}

describe('no dead ends for an order over the single limit', () => {
  it('the server rejects it; split makes orders within the limit that each declare and release', async () => {
    const id = await bigOrder(40, 'FSBIG0000001');
    const ws = await getOrderWorkspace(t.db, { orderId: id, userId: learner });
    const first = await submitOrderDeclaration(t.db, { userId: learner, orderId: id, xml: Object.fromEntries(ws.draft.messages.map((m) => [m.kind, m.xml])) });
    expect(first.findings.map((f) => f.code)).toContain('POLICY_SINGLE_LIMIT');
    const { orderNos } = await splitOrder(t.db, { userId: learner, orderId: id });
    expect(orderNos).toEqual(['FSBIG0000001-1', 'FSBIG0000001-2']);
    const [orig] = await t.db.select().from(storeOrders).where(eq(storeOrders.id, id));
    expect(orig?.status).toBe('split');
    expect((await getOrderWorkspace(t.db, { orderId: id, userId: learner })).open).toBe(false);
    const children = (await listOrders(t.db, storeId)).filter((o) => orderNos.includes(o.orderNo));
    expect(children.reduce((s, o) => s + (o.lines[0]?.qty ?? 0), 0)).toBe(40);
    for (const c of children) {
      expect(c.goodsFen + c.freightFen).toBeLessThanOrEqual(500_000);
      const cws = await getOrderWorkspace(t.db, { orderId: c.id, userId: learner });
      const r = await submitOrderDeclaration(t.db, { userId: learner, orderId: c.id, xml: Object.fromEntries(cws.draft.messages.map((m) => [m.kind, m.xml])) });
      expect(r.findings.map((f) => f.code)).not.toContain('POLICY_SINGLE_LIMIT');
    }
    expect((await orderActionsOf(t.db, id)).map((a) => a.action)).toEqual(['split']);
    await expect(splitOrder(t.db, { userId: learner, orderId: id })).rejects.toMatchObject({ code: 'NOT_OPEN' });
  });

  it('cancel needs a reason; general trade closes the order; both count in the store statistics', async () => {
    const a = await bigOrder(30, 'FSBIG0000002');
    const b = await bigOrder(30, 'FSBIG0000003');
    await expect(cancelOrder(t.db, { userId: learner, orderId: a, reason: '  ' })).rejects.toMatchObject({ code: 'REASON' });
    await cancelOrder(t.db, { userId: learner, orderId: a, reason: '顾客不同意拆单' });
    await moveToGeneralTrade(t.db, { userId: learner, orderId: b });
    const stats = await storeStats(t.db, storeId);
    expect(stats.byStatus.cancelled).toBe(1);
    expect(stats.byStatus['general-trade']).toBe(1);
    expect(stats.byStatus.split).toBe(1);
    expect((await orderActionsOf(t.db, a))[0]).toMatchObject({ action: 'cancel', reason: '顾客不同意拆单' });
    await expect(moveToGeneralTrade(t.db, { userId: learner, orderId: a })).rejects.toMatchObject({ code: 'NOT_OPEN' });
    const small = (await listOrders(t.db, storeId)).find((o) => o.status === 'open' && o.goodsFen + o.freightFen <= 500_000);
    if (small) await expect(splitOrder(t.db, { userId: learner, orderId: small.id })).rejects.toMatchObject({ code: 'NOT_OVER_LIMIT' });
  });
});
