import { describe, expect, it } from 'vitest';
import { generateMarketDay, idCheckChar, type MarketProduct } from '#lib/workbench/market-day.ts';
import { isValidResidentId } from '#sandbox';

const products: MarketProduct[] = [
  { id: 'p1', sku: 'IF-900', hsCode: '1901101010', priceFen: 19_800, grossWeightG: 1100, netWeightG: 900 },
  { id: 'p2', sku: 'RJ-500', hsCode: '0410902100', priceFen: 12_800, grossWeightG: 650, netWeightG: 500 },
];

describe('market day', () => {
  it('is deterministic: same seed, products and date give the same orders', () => {
    const a = generateMarketDay({ businessModel: 'import-9610', products, seed: 42, asOf: '2026-05-10' });
    const b = generateMarketDay({ businessModel: 'import-9610', products: [...products].reverse(), seed: 42, asOf: '2026-05-10' });
    expect(a).toEqual(b);
    expect(a.length).toBeGreaterThanOrEqual(4);
    expect(a.length).toBeLessThanOrEqual(8);
  });

  it('differs with another seed or another date', () => {
    const a = generateMarketDay({ businessModel: 'import-9610', products, seed: 42, asOf: '2026-05-10' });
    expect(generateMarketDay({ businessModel: 'import-9610', products, seed: 43, asOf: '2026-05-10' })).not.toEqual(a);
    expect(generateMarketDay({ businessModel: 'import-9610', products, seed: 42, asOf: '2026-05-11' })).not.toEqual(a);
  });

  it('gives import buyers well-formed resident IDs (unless the trap is a mistyped one) and ledgers in the same year', () => {
    for (let seed = 1; seed <= 30; seed++) {
      for (const o of generateMarketDay({ businessModel: 'import-9610', products, seed, asOf: '2026-05-10' })) {
        expect(isValidResidentId(o.buyer.idNumber)).toBe(o.trap !== 'CODE_ID_NUMBER_INVALID');
        for (const h of o.buyer.history) expect(h.date.startsWith('2026-')).toBe(true);
        expect(o.goodsFen).toBe(o.lines.reduce((a, l) => a + l.qty * l.priceFen, 0));
        expect(/^FSI20260510\d{8}$/.test(o.orderNo)).toBe(true);
      }
    }
  });

  it('designs traps across seeds, and export buyers come from the country table', () => {
    const traps = new Set<string>();
    for (let seed = 1; seed <= 60; seed++) for (const o of generateMarketDay({ businessModel: 'import-9610', products, seed, asOf: '2026-05-10' })) if (o.trap) traps.add(o.trap);
    expect([...traps].sort()).toEqual(['CODE_ID_NUMBER_INVALID', 'MATCH_BUYER_PAYER', 'MATCH_CONSIGNEE', 'POLICY_ANNUAL_LIMIT', 'POLICY_SINGLE_LIMIT']);
    const exp = generateMarketDay({ businessModel: 'export-9610', products, seed: 5, asOf: '2026-05-10' });
    for (const o of exp) expect(o.buyer.country).not.toBe('142');
  });

  it('marks goods off the positive list as a trap whatever the seed', () => {
    const paraffin: MarketProduct = { id: 'p3', sku: 'WAX', hsCode: '2712200000', priceFen: 3000, grossWeightG: 1000, netWeightG: 1000 };
    for (const o of generateMarketDay({ businessModel: 'import-9610', products: [paraffin], seed: 9, asOf: '2026-05-10' })) expect(o.trap).toBe('POLICY_NOT_ON_POSITIVE_LIST');
  });

  it('computes the GB 11643 check character', () => {
    expect(idCheckChar('21040219900307152')).toBe('0');
  });
});
