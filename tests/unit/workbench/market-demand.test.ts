import { describe, expect, it } from 'vitest';
import { demandIndex, generateMarketDay, referencePriceFen, simulateMarketDay, type MarketOperations, type MarketProduct } from '#lib/workbench/market-day.ts';

const FORMULA: MarketProduct = { id: 'p1', sku: 'IF-900', hsCode: '1901101010', priceFen: 19_800, grossWeightG: 1100, netWeightG: 900 };
const ops = (quality: number, health: number, stock = 1000): MarketOperations => ({ products: new Map([['p1', { quality, stock }]]), health });
const day = (operations: MarketOperations, products: MarketProduct[] = [FORMULA], seed = 42) =>
  simulateMarketDay({ businessModel: 'import-9610', products, seed, asOf: '2026-05-10', operations, languages: ['zh'], titleOf: () => '婴儿配方奶粉' });

describe('market days that respond to operations', () => {
  it('the reference price of infant formula is 220 yuan per kg of net weight', () => {
    expect(referencePriceFen(FORMULA)).toBe(19_800);
  });

  it('demand rises with listing quality and account health, falls with price over the reference', () => {
    expect(demandIndex([FORMULA], ops(50, 100))).toBeCloseTo(1);
    expect(demandIndex([FORMULA], ops(100, 100))).toBeCloseTo(1.4);
    expect(demandIndex([FORMULA], ops(50, 0))).toBeCloseTo(0.5);
    expect(demandIndex([{ ...FORMULA, priceFen: 39_600 }], ops(50, 100))).toBeCloseTo(0.5);
  });

  it('without operations a day is exactly the seeded day; with neutral operations too', () => {
    const plain = generateMarketDay({ businessModel: 'import-9610', products: [FORMULA], seed: 42, asOf: '2026-05-10' });
    expect(day(ops(50, 100)).orders).toEqual(plain);
  });

  it('more demand adds orders after the seeded ones; less drops ordinary orders but keeps every trap', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const plain = generateMarketDay({ businessModel: 'import-9610', products: [FORMULA], seed, asOf: '2026-05-10' });
      const high = day(ops(100, 100), [{ ...FORMULA, priceFen: 9_900 }], seed).orders;
      expect(high.length).toBeGreaterThan(plain.length);
      const low = day(ops(0, 0), [FORMULA], seed).orders;
      expect(low.length).toBeLessThanOrEqual(plain.length);
      for (const t of plain.filter((o) => o.trap !== null)) expect(low.map((o) => o.orderNo)).toContain(t.orderNo);
      const firstClean = plain.find((o) => o.trap === null);
      if (firstClean) expect(low.map((o) => o.orderNo)).toContain(firstClean.orderNo);
    }
  });

  it('orders the stock cannot fill are lost and the rest of the stock is counted down', () => {
    const r = day(ops(50, 100, 2));
    expect(r.lostToStock).toBeGreaterThan(0);
    expect(r.stockLeft.get('p1')).toBeGreaterThanOrEqual(0);
  });

  it('is deterministic and brings at least one buyer message, in the buyers’ language', () => {
    const a = day(ops(30, 80));
    expect(day(ops(30, 80))).toEqual(a);
    expect(a.messages.length).toBeGreaterThan(0);
    expect(a.messages.every((m) => m.lang === 'zh')).toBe(true);
    for (const m of a.messages.filter((x) => x.orderNo !== null)) expect(m.body).toContain(m.orderNo);
  });

  it('poor listings bring more return requests over many days', () => {
    let poor = 0;
    let good = 0;
    for (let seed = 1; seed <= 80; seed++) {
      poor += day(ops(0, 100), [FORMULA], seed).returns;
      good += day(ops(100, 100), [FORMULA], seed).returns;
    }
    expect(poor).toBeGreaterThan(good);
  });

  it('export buyers from Russia write in Russian when the store lists it', () => {
    const GINSENG: MarketProduct = { id: 'p1', sku: 'GS-1', hsCode: '1211201000', priceFen: 19_800, grossWeightG: 1100, netWeightG: 900 };
    const langs = new Set<string>();
    for (let seed = 1; seed <= 40; seed++) {
      const r = simulateMarketDay({ businessModel: 'export-9610', products: [GINSENG], seed, asOf: '2026-05-10', operations: ops(20, 60), languages: ['zh', 'ru'], titleOf: (_, l) => (l === 'ru' ? 'Женьшень' : '人参') });
      for (const m of r.messages) langs.add(m.lang);
    }
    expect(langs.has('ru')).toBe(true);
    expect(langs.has('zh')).toBe(false);
  });
});
