import { describe, expect, it } from 'vitest';
import { checkSubmission, isSignable, parseMessage, serializeMessage, signMessage } from '#sandbox';
import type { BusinessModel } from '#lib/db/schema-sandbox.ts';
import { buildDraft, type DraftProduct, type DraftStore } from '#lib/workbench/drafts.ts';
import { generateMarketDay } from '#lib/workbench/market-day.ts';

const KEY = 'unit-test-key';
const products: DraftProduct[] = [
  { id: 'p1', sku: 'IF-900', hsCode: '1901101010', priceFen: 19_800, currency: '142', grossWeightG: 1100, netWeightG: 900, originCountry: '601', unit: '122', spec: '900克/罐', itemRecordNo: null, title: '婴儿配方奶粉900克' },
  { id: 'p2', sku: 'SC-50', hsCode: '3304990099', priceFen: 14_800, currency: '142', grossWeightG: 120, netWeightG: 50, originCountry: '116', unit: '140', spec: '50ml/瓶', itemRecordNo: null, title: '人参精华面霜50ml' },
];
const store = (m: BusinessModel): DraftStore => ({ businessModel: m, ebcCode: '2104961234', ebcName: '抚顺实训商贸有限公司', ebpCode: '2104960012', ebpName: '抚顺跨境优选电子商务平台有限公司' });

function declare(model: BusinessModel, seed: number, asOf: string) {
  const orders = generateMarketDay({ businessModel: model, products, seed, asOf });
  return orders.map((order) => {
    const draft = buildDraft({ store: store(model), products, order, asOf });
    const texts = draft.messages.map((d) => {
      const r = parseMessage(d.xml);
      if (!r.ok) throw new Error(`draft ${d.kind} does not parse`);
      return isSignable(r.parsed.message) ? serializeMessage(signMessage(r.parsed.message, KEY)) : d.xml;
    });
    const ledger = order.buyer.history.map((h) => ({ buyerIdType: '1', buyerIdNumber: order.buyer.idNumber, date: h.date, amountFen: h.amountFen }));
    const result = checkSubmission({ messages: texts, asOf, ledger, signatureKey: KEY, seed: 1, creditTier: 'advanced-certified', warehouseFilings: ['2104961234'] });
    return { order, result, errors: result.findings.filter((f) => f.severity === 'error').map((f) => f.code) };
  });
}

describe('declaration drafts', () => {
  for (const model of ['import-9610', 'import-1210', 'export-9610', 'export-9710', 'export-9810'] as const) {
    it(`${model}: non-trap drafts pass the engine, trap drafts fail with their trap code`, () => {
      let traps = 0;
      let clean = 0;
      for (let seed = 1; seed <= 12; seed++) {
        for (const { order, result, errors } of declare(model, seed, '2026-05-10')) {
          if (order.trap === null) {
            clean++;
            expect(errors, `${order.orderNo}: ${errors.join(',')}`).toEqual([]);
            expect(result.verdict.accepted).toBe(true);
          } else {
            traps++;
            expect(errors, `${order.orderNo} trap ${order.trap}`).toContain(order.trap);
            expect(result.verdict.accepted).toBe(false);
          }
        }
      }
      expect(clean).toBeGreaterThan(0);
      expect(traps).toBeGreaterThan(0);
    });
  }

  it('an import draft carries the withheld tax and a matching payment', () => {
    const [first] = generateMarketDay({ businessModel: 'import-9610', products, seed: 3, asOf: '2026-05-10' });
    if (!first) throw new Error('no order');
    const draft = buildDraft({ store: store('import-9610'), products, order: first, asOf: '2026-05-10' });
    expect(draft.kind).toBe('import-set');
    expect(draft.messages.map((m) => m.kind)).toEqual(['CEB311', 'CEB411', 'CEB511', 'CEB621']);
    const paid = /<ceb:acturalPaid>([^<]+)</.exec(draft.messages[0]?.xml ?? '')?.[1];
    const amount = /<ceb:amountPaid>([^<]+)</.exec(draft.messages[1]?.xml ?? '')?.[1];
    expect(paid).toBeDefined();
    expect(amount).toBe(paid);
  });
});
