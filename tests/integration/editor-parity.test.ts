/**
 * The editor's live check against the server's verdict on real workbench drafts: for every
 * business model's market-day orders, for returns and for monthly summaries, every finding the
 * editor shows (same context: date, ledger, filings, released lists, the signing step to come)
 * is one the server also gives.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { Finding } from '#sandbox';
import { createTestDatabase, type TestDatabase } from '../helpers/db.ts';
import { signUp } from '#lib/auth/accounts.ts';
import { BUSINESS_MODELS, declarationMessages, type BusinessModel } from '#lib/db/schema-sandbox.ts';
import { SetChecker } from '#lib/editor/diagnostics.ts';
import { orderCheckContext, returnCheckContext } from '#lib/workbench/check-context.ts';
import { getOrderWorkspace, submitOrderDeclaration } from '#lib/workbench/declarations.ts';
import { addDays } from '#lib/workbench/calendar.ts';
import { draftReturn, returnableOrder, submitReturn } from '#lib/workbench/returns.ts';
import { addProduct, createStore, listOrders, runMarketDay } from '#lib/workbench/stores.ts';
import { releasedExportLists, submitMonthlySummary } from '#lib/workbench/summary.ts';
import { decideDeclaration } from '#lib/workbench/regulator.ts';

let t: TestDatabase;
let learner: string;

const PRODUCTS: Record<BusinessModel, { hsCode: string; unit: string; originCountry: string; stockLocation: 'domestic' | 'bonded-centre' | 'overseas-warehouse' }> = {
  'import-9610': { hsCode: '1901101010', unit: '122', originCountry: '601', stockLocation: 'overseas-warehouse' },
  'import-1210': { hsCode: '1901101010', unit: '122', originCountry: '601', stockLocation: 'bonded-centre' },
  'export-9610': { hsCode: '1211201000', unit: '035', originCountry: '142', stockLocation: 'domestic' },
  'export-9710': { hsCode: '4420900090', unit: '007', originCountry: '142', stockLocation: 'domestic' },
  'export-9810': { hsCode: '4420900090', unit: '007', originCountry: '142', stockLocation: 'overseas-warehouse' },
};

const key = (f: Finding): string => `${f.messageIndex ?? '-'}|${f.code}|${f.severity}|${f.path}`;

/** Editor findings the server does not give (the parity defect), as readable keys. */
function extra(editor: readonly Finding[], server: readonly Finding[]): string[] {
  const got = new Set(server.map(key));
  return editor.map(key).filter((k) => !got.has(k));
}

beforeAll(async () => {
  t = await createTestDatabase();
  learner = (await signUp(t.db, { role: 'learner', email: 'parity@example.cn', password: 'a-long-password', displayName: '学员' })).id;
});
afterAll(() => t.cleanup());

const released: Partial<Record<BusinessModel, string[]>> = {};

describe.each(BUSINESS_MODELS.map((m) => [m] as const))('%s market-day drafts', (model) => {
  it('the editor shows no finding on any order that the server does not give', async () => {
    const store = await createStore(t.db, { ownerId: learner, name: `对比店 ${model}`, businessModel: model, creditTier: 'advanced-certified' });
    await addProduct(t.db, {
      sku: `P-${model}`, priceFen: 19_800, currency: '142', grossWeightG: 1100, netWeightG: 900, spec: '900克/件',
      texts: [{ lang: 'zh', title: `测试商品 ${model}`, description: '' }], ...PRODUCTS[model], storeId: store.id, ownerId: learner,
    });
    await runMarketDay(t.db, { storeId: store.id, ownerId: learner, seed: 5, asOf: '2026-05-12' });
    const orders = await listOrders(t.db, store.id);
    expect(orders.length).toBeGreaterThan(0);
    const ok: string[] = [];
    for (const o of orders) {
      const ws = await getOrderWorkspace(t.db, { orderId: o.id, userId: learner });
      const texts = ws.draft.messages.map((m) => m.xml);
      const editor = new SetChecker({ context: orderCheckContext(ws) }).check(texts, 0).findings;
      expect(editor.map((f) => f.code), `${o.orderNo}: the signing step is still to come`).not.toContain('XML_MISSING_ELEMENT');
      const server = await submitOrderDeclaration(t.db, { userId: learner, orderId: o.id, xml: Object.fromEntries(ws.draft.messages.map((m) => [m.kind, m.xml])) });
      expect(extra(editor, server.findings), o.orderNo).toEqual([]);
      // a list the risk draw holds is released by the regulator, so later steps have released orders
      if (server.status === 'review' || server.status === 'inspection') await decideDeclaration(t.db, { declarationId: server.declarationId, actorId: learner, decision: 'release' });
      if (server.status !== 'rejected') ok.push(o.id);
    }
    released[model] = ok;
  });
});

describe('returns and summaries', () => {
  it('a return draft and an over-quantity edit: the editor agrees with the server', async () => {
    const orderId = released['import-9610']?.[0] ?? released['import-1210']?.[0] ?? '';
    expect(orderId).not.toBe('');
    const { ws, released: list } = await returnableOrder(t.db, { userId: learner, orderId });
    const draft = await draftReturn(t.db, { userId: learner, orderId, asOf: addDays(ws.asOf, 5), reason: '七天无理由' });
    const context = returnCheckContext(list);
    const over = draft.xml.replace(/(<ceb:InvtRefundList>[\s\S]*?<ceb:qty>)[^<]*(<\/ceb:qty>)/, '$199$2');
    const editorOver = new SetChecker({ context }).check([over], 0).findings;
    expect(editorOver.map((f) => f.code)).toContain('RETURN_GOODS_MISMATCH');
    const serverOver = await submitReturn(t.db, { userId: learner, orderId, xml: over });
    expect(extra(editorOver, serverOver.findings)).toEqual([]);
    const editor = new SetChecker({ context }).check([draft.xml], 0).findings;
    expect(editor.map((f) => f.code)).not.toContain('RETURN_LIST_UNKNOWN');
    const server = await submitReturn(t.db, { userId: learner, orderId, xml: draft.xml });
    expect(server.status).toBe('cleared');
    expect(extra(editor, server.findings)).toEqual([]);
  });

  it('a monthly summary as sent: the editor agrees with the server', async () => {
    const orderId = released['export-9610']?.[0] ?? '';
    expect(orderId).not.toBe('');
    const ws = await getOrderWorkspace(t.db, { orderId, userId: learner });
    const lists = await releasedExportLists(t.db, { storeId: ws.store.id });
    const sentOf = async (declarationId: string): Promise<string> =>
      (await t.db.select().from(declarationMessages).where(and(eq(declarationMessages.declarationId, declarationId), eq(declarationMessages.direction, 'sent'))))[0]?.xml ?? '';
    const r = await submitMonthlySummary(t.db, { userId: learner, orderId, asOf: '2026-06-05' });
    const editor = new SetChecker({ context: { asOf: '2026-06-05', releasedLists: lists, sign: true } }).check([await sentOf(r.declarationId)], 0).findings;
    expect(extra(editor, r.findings)).toEqual([]);
    // filed late: both say so
    const late = await submitMonthlySummary(t.db, { userId: learner, orderId, asOf: '2026-06-25' });
    const lateEditor = new SetChecker({ context: { asOf: '2026-06-25', releasedLists: lists, sign: true } }).check([await sentOf(late.declarationId)], 0).findings;
    expect(lateEditor.map((f) => f.code)).toContain('SUMMARY_DEADLINE');
    expect(extra(lateEditor, late.findings)).toEqual([]);
  });
});
