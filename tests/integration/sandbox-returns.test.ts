import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../helpers/db.ts';
import { signUp } from '#lib/auth/accounts.ts';
import { declarationEvents, declarationMessages, storeOrders } from '#lib/db/schema-sandbox.ts';
import { addProduct, createStore, listOrders, runMarketDay } from '#lib/workbench/stores.ts';
import { messageMap } from '../factories/messages.ts';
import { createStoreWithMarketDay, FORMULA } from '../factories/store.ts';
import { getOrderWorkspace, submitOrderDeclaration } from '#lib/workbench/declarations.ts';
import { latestStatusByOrder } from '#lib/workbench/declaration-details.ts';
import { addDays } from '#lib/workbench/calendar.ts';
import { decideDeclaration } from '#lib/workbench/regulator.ts';
import { draftReturn, orderFollowUps, returnableOrder, returnLinesOf, submitReturn } from '#lib/workbench/returns.ts';

let t: TestDatabase;
let learner: string;
let other: string;

const formula = { ...FORMULA, sku: 'IF-1' };

/** An import-9610 store with one market day: the ids of the orders that got released, and of one left open. */
async function importStore(name: string): Promise<{ storeId: string; released: string[]; open: string }> {
  const { storeId, orders } = await createStoreWithMarketDay(t.db, { ownerId: learner, name, product: formula, seed: 7, asOf: '2026-05-12' });
  const released: string[] = [];
  let open = '';
  for (const o of orders) {
    if (o.trap !== null) {
      open ||= o.id;
      continue;
    }
    const ws = await getOrderWorkspace(t.db, { orderId: o.id, userId: learner });
    const r = await submitOrderDeclaration(t.db, { userId: learner, orderId: o.id, xml: messageMap(ws.draft.messages) });
    // the risk draw holds an AEO list now and then: the regulator releases it, so the set of released orders is stable
    if (r.status === 'review' || r.status === 'inspection') await decideDeclaration(t.db, { declarationId: r.declarationId, actorId: learner, decision: 'release' });
    if (r.status === 'cleared' || r.status === 'review' || r.status === 'inspection') released.push(o.id);
  }
  if (open === '') open = orders.find((o) => !released.includes(o.id))?.id ?? '';
  return { storeId, released, open };
}

let shop: { storeId: string; released: string[]; open: string };

beforeAll(async () => {
  t = await createTestDatabase();
  learner = (await signUp(t.db, { role: 'learner', email: 'ret@example.cn', password: 'a-long-password', displayName: '学员戊' })).id;
  other = (await signUp(t.db, { role: 'learner', email: 'ret2@example.cn', password: 'a-long-password', displayName: '学员己' })).id;
  shop = await importStore('抚顺奶粉进口店');
});
afterAll(() => t.cleanup());

describe('returns (CEB625 → CEB626) of released import orders', () => {
  it('drafts from the released list and accepts a return within the window', async () => {
    const orderId = shop.released[0] ?? '';
    expect(orderId).not.toBe('');
    const { ws, released } = await returnableOrder(t.db, { userId: learner, orderId });
    expect(released.list.invtNo).toMatch(/\S{10,}/);
    expect(released.list.releasedAt).toBe(ws.asOf);

    const asOf = addDays(ws.asOf, 7);
    const draft = await draftReturn(t.db, { userId: learner, orderId, asOf, reason: '消费者七天无理由退货，商品未拆封' });
    expect(draft.xml).toContain(`<ceb:invtNo>${released.list.invtNo}</ceb:invtNo>`);
    expect(draft.xml).toContain(`<ceb:orderNo>${ws.order.orderNo}</ceb:orderNo>`);
    expect(draft.xml).toContain(`<ceb:appTime>${asOf.replaceAll('-', '')}093000</ceb:appTime>`);
    for (const l of returnLinesOf(released)) expect(draft.xml).toContain(`<ceb:gcode>${l.gcode}</ceb:gcode>`);

    const r = await submitReturn(t.db, { userId: learner, orderId, xml: draft.xml });
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(r.status).toBe('cleared');
    expect(r.asOf).toBe(asOf);
    expect(r.receiptStatus).toBe('399');

    // stored: the signed CEB625, its CEB626 receipts and the timeline; the order keeps its status and its own attempts
    const msgs = await t.db.select().from(declarationMessages).where(eq(declarationMessages.declarationId, r.declarationId));
    const sent = msgs.find((m) => m.direction === 'sent');
    expect(sent?.messageKind).toBe('CEB625');
    expect(sent?.xml).toContain('<ds:SignatureValue>');
    expect(msgs.filter((m) => m.direction === 'receipt' && m.messageKind === 'CEB626').length).toBeGreaterThanOrEqual(2);
    const events = await t.db.select().from(declarationEvents).where(eq(declarationEvents.declarationId, r.declarationId));
    expect(events.map((e) => [e.status, e.receiptCode])).toEqual([['accepted', '120'], ['cleared', '399']]);
    const [order] = await t.db.select().from(storeOrders).where(eq(storeOrders.id, orderId));
    expect(order?.status).toBe('released');
    const after = await getOrderWorkspace(t.db, { orderId, userId: learner });
    expect(after.declarations.map((d) => d.kind)).toEqual(['import-set']);
    expect((await latestStatusByOrder(t.db, [orderId])).get(orderId)).toBe('cleared');
    const listed = await orderFollowUps(t.db, { orderId, storeId: shop.storeId });
    expect(listed.map((d) => [d.id, d.kind, d.status])).toEqual([[r.declarationId, 'return', 'cleared']]);
  });

  it('checks a second return against what the accepted one took back: only the remainder is offered, more is RETURN_GOODS_MISMATCH', async () => {
    const orderId = shop.released[0] ?? '';
    const { ws, released } = await returnableOrder(t.db, { userId: learner, orderId });
    expect(released.list.returned?.length).toBeGreaterThan(0);
    expect(returnLinesOf(released).every((l) => l.qty === 0)).toBe(true);
    await expect(draftReturn(t.db, { userId: learner, orderId, asOf: addDays(ws.asOf, 8), reason: '再次退货' })).rejects.toMatchObject({ code: 'NO_LINES' });
    // the first (accepted) return's text again: every line is now over what is left
    const first = (await orderFollowUps(t.db, { orderId, storeId: shop.storeId })).find((d) => d.status === 'cleared');
    const [sent] = await t.db.select().from(declarationMessages).where(eq(declarationMessages.declarationId, first?.id ?? ''));
    const again = await submitReturn(t.db, { userId: learner, orderId, xml: sent?.xml ?? '' });
    expect(again.status).toBe('rejected');
    expect(again.findings.filter((f) => f.severity === 'error').map((f) => f.code)).toContain('RETURN_GOODS_MISMATCH');
  });

  it('rejects goods that are not on the list or exceed its quantity (RETURN_GOODS_MISMATCH)', async () => {
    const orderId = shop.released[1] ?? '';
    const { ws, released } = await returnableOrder(t.db, { userId: learner, orderId });
    const line = returnLinesOf(released)[0];
    if (!line) throw new Error('no line');
    const draft = await draftReturn(t.db, { userId: learner, orderId, asOf: addDays(ws.asOf, 3), reason: '破损' });
    const moreQty = draft.xml.replace(/(<ceb:InvtRefundList>[\s\S]*?<ceb:qty>)[^<]*(<\/ceb:qty>)/, `$1${line.qty + 5}$2`);
    expect(moreQty).not.toBe(draft.xml);
    const r1 = await submitReturn(t.db, { userId: learner, orderId, xml: moreQty });
    expect(r1.status).toBe('rejected');
    expect(r1.findings.map((f) => f.code)).toContain('RETURN_GOODS_MISMATCH');
    const otherGoods = draft.xml.replace(`<ceb:gcode>${line.gcode}</ceb:gcode>`, '<ceb:gcode>3304990099</ceb:gcode>');
    const r2 = await submitReturn(t.db, { userId: learner, orderId, xml: otherGoods });
    expect(r2.status).toBe('rejected');
    expect(r2.findings.map((f) => f.code)).toContain('RETURN_GOODS_MISMATCH');
    // the list's number with another order's number: the head must match the list
    const wrongOrder = draft.xml.replace(`<ceb:orderNo>${ws.order.orderNo}</ceb:orderNo>`, '<ceb:orderNo>FS-OTHER-0001</ceb:orderNo>');
    expect(wrongOrder).not.toBe(draft.xml);
    const r3 = await submitReturn(t.db, { userId: learner, orderId, xml: wrongOrder });
    expect(r3.status).toBe('rejected');
    expect(r3.findings.map((f) => f.code)).toContain('RETURN_MISMATCH');
    // the right order number with a list number that does not exist: an earlier list is found by its invtNo only
    const wrongList = draft.xml.replace(`<ceb:invtNo>${released.list.invtNo}</ceb:invtNo>`, '<ceb:invtNo>08042026I000000000</ceb:invtNo>');
    expect(wrongList).not.toBe(draft.xml);
    const r4 = await submitReturn(t.db, { userId: learner, orderId, xml: wrongList });
    expect(r4.status).toBe('rejected');
    expect(r4.findings.map((f) => f.code)).toContain('RETURN_LIST_UNKNOWN');
    // the draft itself refuses quantities above the list's or no goods at all
    await expect(draftReturn(t.db, { userId: learner, orderId, asOf: addDays(ws.asOf, 3), reason: '破损', qty: { [line.gnum]: line.qty + 1 } })).rejects.toMatchObject({ code: 'BAD_QTY' });
    await expect(draftReturn(t.db, { userId: learner, orderId, asOf: addDays(ws.asOf, 3), reason: '破损', qty: { [line.gnum]: 0 } })).rejects.toMatchObject({ code: 'NO_LINES' });
    await expect(draftReturn(t.db, { userId: learner, orderId, asOf: addDays(ws.asOf, -1), reason: '破损' })).rejects.toMatchObject({ code: 'BAD_DATE' });
    await expect(draftReturn(t.db, { userId: learner, orderId, asOf: '2026-02-30', reason: '破损' })).rejects.toMatchObject({ code: 'BAD_DATE' });
    await expect(draftReturn(t.db, { userId: learner, orderId, asOf: addDays(ws.asOf, 3), reason: '  ' })).rejects.toMatchObject({ code: 'REASON' });
  });

  it('refuses a return on an order that was not released, of another learner or of an export store', async () => {
    const released = shop.released[1] ?? '';
    expect(shop.open).not.toBe('');
    await expect(draftReturn(t.db, { userId: learner, orderId: shop.open, asOf: '2026-05-19', reason: '退货' })).rejects.toMatchObject({ code: 'NOT_RELEASED' });
    const draft = await draftReturn(t.db, { userId: learner, orderId: released, asOf: '2026-05-19', reason: '退货' });
    await expect(submitReturn(t.db, { userId: learner, orderId: shop.open, xml: draft.xml })).rejects.toMatchObject({ code: 'NOT_RELEASED' });
    await expect(draftReturn(t.db, { userId: other, orderId: released, asOf: '2026-05-19', reason: '退货' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(submitReturn(t.db, { userId: other, orderId: released, xml: draft.xml })).rejects.toMatchObject({ code: 'NOT_FOUND' });

    const store = await createStore(t.db, { ownerId: learner, name: '出口参行', businessModel: 'export-9610', creditTier: 'advanced-certified' });
    await addProduct(t.db, { ...formula, sku: 'GS-1', hsCode: '1211201000', unit: '035', originCountry: '142', stockLocation: 'domestic', storeId: store.id, ownerId: learner });
    await runMarketDay(t.db, { storeId: store.id, ownerId: learner, seed: 11, asOf: '2026-05-12' });
    const [o] = await listOrders(t.db, store.id);
    if (!o) throw new Error('no order');
    // an export store's order goes the CEB213 way, and it was never declared
    await expect(draftReturn(t.db, { userId: learner, orderId: o.id, asOf: '2026-05-19', reason: '退货' })).rejects.toMatchObject({ code: 'NOT_RELEASED' });
  });
  it('rejects a return applied for past the 30-day window with RETURN_WINDOW_EXPIRED (last: its in-time return takes the goods back)', async () => {
    const orderId = shop.released[1] ?? '';
    const { released } = await returnableOrder(t.db, { userId: learner, orderId });
    // day 31 is too late; day 30 is still in time
    const draft = await draftReturn(t.db, { userId: learner, orderId, asOf: addDays(released.list.releasedAt, 31), reason: '质量问题' });
    const r = await submitReturn(t.db, { userId: learner, orderId, xml: draft.xml });
    expect(r.status).toBe('rejected');
    expect(r.findings.filter((f) => f.severity === 'error').map((f) => f.code)).toEqual(['RETURN_WINDOW_EXPIRED']);
    expect(r.receiptStatus).toBe('100');
    const events = await t.db.select().from(declarationEvents).where(eq(declarationEvents.declarationId, r.declarationId));
    expect(events.map((e) => [e.status, e.receiptCode, e.note])).toEqual([['rejected', '100', 'RETURN_WINDOW_EXPIRED']]);
    const [order] = await t.db.select().from(storeOrders).where(eq(storeOrders.id, orderId));
    expect(order?.status).toBe('released');
    const last = await draftReturn(t.db, { userId: learner, orderId, asOf: addDays(released.list.releasedAt, 30), reason: '质量问题' });
    const inTime = await submitReturn(t.db, { userId: learner, orderId, xml: last.xml });
    expect(inTime.findings.map((f) => f.code)).not.toContain('RETURN_WINDOW_EXPIRED');
  });
});

describe('export returns (CEB213 → CEB214) of released export orders', () => {
  let orderId = '';
  beforeAll(async () => {
    const store = await createStore(t.db, { ownerId: learner, name: '抚顺参茸出口', businessModel: 'export-9610', creditTier: 'advanced-certified' });
    await addProduct(t.db, { ...formula, sku: 'GS-9', hsCode: '1211201000', unit: '035', originCountry: '142', stockLocation: 'domestic', storeId: store.id, ownerId: learner });
    await runMarketDay(t.db, { storeId: store.id, ownerId: learner, seed: 3, asOf: '2026-05-12' });
    for (const o of await listOrders(t.db, store.id)) {
      const ws = await getOrderWorkspace(t.db, { orderId: o.id, userId: learner });
      const r = await submitOrderDeclaration(t.db, { userId: learner, orderId: o.id, xml: messageMap(ws.draft.messages) });
      if (r.status === 'review' || r.status === 'inspection') await decideDeclaration(t.db, { declarationId: r.declarationId, actorId: learner, decision: 'release' });
      if (r.status !== 'rejected' && orderId === '') orderId = o.id;
    }
  });

  it('drafts a CEB213 from the released export list; the engine applies its 1-year window, its dated district rules and the released quantities', async () => {
    expect(orderId).not.toBe('');
    const late = await draftReturn(t.db, { userId: learner, orderId, asOf: '2027-06-01', reason: '退货' });
    expect(late.xml).toContain('CEB213Message');
    expect(late.xml).toContain(`<ceb:invtNo>${late.invtNo}</ceb:invtNo>`);
    const r = await submitReturn(t.db, { userId: learner, orderId, xml: late.xml });
    expect(r.status).toBe('rejected');
    expect(r.findings.map((f) => f.code)).toContain('RETURN_EXPORT_WINDOW_EXPIRED');
    // from 2026-04-01 a 9610 export may come back through another district (Dalian): accepted, CEB214 399
    const draft = await draftReturn(t.db, { userId: learner, orderId, asOf: '2026-06-02', reason: '境外买家退货：包装破损' });
    const dalian = draft.xml.replace(/(<ceb:InvtRefundHead>[\s\S]*?<ceb:customsCode>)[^<]*/, '$10900');
    const ok = await submitReturn(t.db, { userId: learner, orderId, xml: dalian });
    expect(ok.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(ok.status).toBe('cleared');
    expect(ok.receiptStatus).toBe('399');
    const listed = await orderFollowUps(t.db, { orderId, storeId: (await getOrderWorkspace(t.db, { orderId, userId: learner })).store.id });
    expect(listed.some((d) => d.id === ok.declarationId && d.kind === 'return')).toBe(true);
    // everything is back: a further return is over the released quantity, and none can be drafted
    const again = await submitReturn(t.db, { userId: learner, orderId, xml: draft.xml });
    expect(again.findings.map((f) => f.code)).toContain('RETURN_GOODS_MISMATCH');
    await expect(draftReturn(t.db, { userId: learner, orderId, asOf: '2026-06-03', reason: '退货' })).rejects.toMatchObject({ code: 'NO_LINES' });
    // an unknown list number is refused
    const wrong = draft.xml.replace(`<ceb:invtNo>${draft.invtNo}</ceb:invtNo>`, '<ceb:invtNo>08042026E000000000</ceb:invtNo>');
    expect((await submitReturn(t.db, { userId: learner, orderId, xml: wrong })).findings.map((f) => f.code)).toContain('RETURN_LIST_UNKNOWN');
  });
});
