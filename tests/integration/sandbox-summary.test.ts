import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../helpers/db.ts';
import { declarationEvents, declarationMessages, storeOrders } from '#lib/db/schema-sandbox.ts';
import { addProduct, createStore, listOrders, runMarketDay } from '#lib/workbench/stores.ts';
import { createLearner } from '../factories/learner.ts';
import { messageMap } from '../factories/messages.ts';
import { createStoreWithMarketDay, GINSENG } from '../factories/store.ts';
import { getOrderWorkspace, submitOrderDeclaration } from '#lib/workbench/declarations.ts';
import { previousMonth as previousMonthOf } from '#sandbox';
import { releasedExportLists, submitMonthlySummary } from '#lib/workbench/summary.ts';

let t: TestDatabase;
let learner: string;
let other: string;


beforeAll(async () => {
  t = await createTestDatabase();
  learner = (await createLearner(t.db, { displayName: '学员丙' })).id;
  other = (await createLearner(t.db, { displayName: '学员丁' })).id;
});
afterAll(() => t.cleanup());

describe('monthly summary (CEB701 → CEB792)', () => {
  it('knows the previous month', () => {
    expect(previousMonthOf('2026-06-05')).toBe('2026-05');
    expect(previousMonthOf('2027-01-08')).toBe('2026-12');
  });

  it('summarises last month’s released export lists and records the CEB792 result', async () => {
    const { storeId, orders } = await createStoreWithMarketDay(t.db, { ownerId: learner, name: '抚顺参行', businessModel: 'export-9610', product: GINSENG, seed: 11, asOf: '2026-05-12' });
    const released: string[] = [];
    for (const o of orders.filter((x) => x.trap === null)) {
      const ws = await getOrderWorkspace(t.db, { orderId: o.id, userId: learner });
      const r = await submitOrderDeclaration(t.db, { userId: learner, orderId: o.id, xml: messageMap(ws.draft.messages) });
      if (r.status === 'cleared') released.push(o.id);
    }
    expect(released.length).toBeGreaterThan(0);
    const orderId = released[0] ?? '';
    const lists = await releasedExportLists(t.db, { storeId });
    expect(lists).toHaveLength(released.length);
    for (const l of lists) {
      expect(l.invtNo).toMatch(/^\d{4}2026E\d+$/);
      expect(l.releasedAt.slice(0, 7)).toBe('2026-05');
    }
    const own = lists.find((l) => l.orderNo === orders.find((o) => o.id === orderId)?.orderNo);
    const group = (l: (typeof lists)[number]) => ['ebcCode', 'trafMode', 'country', 'portCode'].every((k) => l.keys?.[k] === own?.keys?.[k]);
    const summarisable = lists.filter((l) => l.statisticsFlag !== 'A' && group(l)).map((l) => l.invtNo);
    expect(summarisable).toContain(own?.invtNo);

    // an open order of the store, another learner, a date in the wrong month: refused before anything is filed
    const open = orders.find((o) => !released.includes(o.id));
    expect(open).toBeDefined();
    if (open) await expect(submitMonthlySummary(t.db, { userId: learner, orderId: open.id, asOf: '2026-06-05' })).rejects.toMatchObject({ code: 'NOT_RELEASED' });
    await expect(submitMonthlySummary(t.db, { userId: other, orderId, asOf: '2026-06-05' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(submitMonthlySummary(t.db, { userId: learner, orderId, asOf: '2026-05-20' })).rejects.toMatchObject({ code: 'NO_LISTS' });
    await expect(submitMonthlySummary(t.db, { userId: learner, orderId, asOf: '2026-13-05' })).rejects.toMatchObject({ code: 'BAD_DATE' });

    const r = await submitMonthlySummary(t.db, { userId: learner, orderId, asOf: '2026-06-05' });
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(r.status).toBe('cleared');
    expect(r.month).toBe('2026-05');
    expect(r.lists).toEqual(summarisable);
    expect(r.summary?.sumNo).toMatch(/\S/);
    expect(r.summary?.rows).toBeGreaterThanOrEqual(summarisable.length);
    // stored: the signed CEB701, CEB702 receipts and the CEB792, and the timeline; the order itself is unchanged
    const msgs = await t.db.select().from(declarationMessages).where(eq(declarationMessages.declarationId, r.declarationId));
    const sent = msgs.find((m) => m.direction === 'sent');
    expect(sent?.messageKind).toBe('CEB701');
    expect(sent?.xml).toContain('<ds:SignatureValue>');
    for (const invtNo of summarisable) expect(sent?.xml).toContain(`<ceb:invtNo>${invtNo}</ceb:invtNo>`);
    expect(msgs.some((m) => m.direction === 'receipt' && m.messageKind === 'CEB792' && m.xml.includes(r.summary?.sumNo ?? '?'))).toBe(true);
    expect(msgs.some((m) => m.direction === 'receipt' && m.messageKind === 'CEB702')).toBe(true);
    const events = await t.db.select().from(declarationEvents).where(eq(declarationEvents.declarationId, r.declarationId));
    expect(events.map((e) => e.status)).toEqual(['accepted', 'cleared']);
    const [order] = await t.db.select().from(storeOrders).where(eq(storeOrders.id, orderId));
    expect(order?.status).toBe('released');

    // filed after the rule pack's deadline day (the 15th): the engine rejects it
    const late = await submitMonthlySummary(t.db, { userId: learner, orderId, asOf: '2026-06-25' });
    expect(late.status).toBe('rejected');
    expect(late.findings.map((f) => f.code)).toContain('SUMMARY_DEADLINE');
    expect(late.summary).toBeNull();
  });

  it('is only for export stores', async () => {
    const store = await createStore(t.db, { ownerId: learner, name: '进口铺', businessModel: 'import-9610', creditTier: 'advanced-certified' });
    await addProduct(t.db, { ...GINSENG, sku: 'IF-1', hsCode: '1901101010', unit: '122', originCountry: '601', stockLocation: 'overseas-warehouse', storeId: store.id, ownerId: learner });
    await runMarketDay(t.db, { storeId: store.id, ownerId: learner, seed: 3, asOf: '2026-05-12' });
    const [o] = await listOrders(t.db, store.id);
    if (!o) throw new Error('no order');
    await expect(submitMonthlySummary(t.db, { userId: learner, orderId: o.id, asOf: '2026-06-05' })).rejects.toMatchObject({ code: 'NOT_EXPORT' });
  });
});
