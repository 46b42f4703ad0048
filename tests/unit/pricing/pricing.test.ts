import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lowestPrice, meetsMargin, parsePriceMinor, priceBreakdown, type PricingInput } from '#lib/pricing/pricing.ts';

const de: PricingInput = { fenPerUnit: 780, unitCostFen: 2500, freightFen: 9200, fulfilmentFen: 0, otherFen: 0, commissionBps: 1500, vatBps: 1900, dutyFixedFen: 2340, dutyRateBps: 0, dutyBaseFen: 0 };

describe('priceBreakdown', () => {
  it('works a VAT-inclusive price through to the margin in integer fen', () => {
    const b = priceBreakdown(de, 3199);
    expect(b.grossFen).toBe(24952); // 31.99 × 7.80 = 249.522 → 249.52
    expect(b.netFen).toBe(20968); // 249.52 / 1.19 = 209.68
    expect(b.vatFen).toBe(3984);
    expect(b.commissionFen).toBe(3743); // 15% of 249.52 = 37.428 → 37.43
    expect(b.dutyFen).toBe(2340);
    expect(b.profitFen).toBe(20968 - 3743 - 2500 - 9200 - 2340);
    expect(b.marginBps).toBe(Math.floor((b.profitFen * 10000) / b.netFen));
  });

  it('adds an ad valorem duty on its base', () => {
    const b = priceBreakdown({ ...de, dutyFixedFen: 0, dutyRateBps: 2500, dutyBaseFen: 2500 }, 1000);
    expect(b.dutyFen).toBe(625);
  });

  it('has no margin at a zero price', () => {
    expect(priceBreakdown(de, 0).marginBps).toBeNull();
    expect(meetsMargin(priceBreakdown(de, 0), 0)).toBe(false);
  });

  it('lowestPrice is the first grid price reaching the target', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 4000 }), (target) => {
      const p = lowestPrice(de, target, { step: 100, ending: 99, maxMinor: 50_000 });
      if (p === null) return;
      expect(meetsMargin(priceBreakdown(de, p), target)).toBe(true);
      if (p - 100 >= 0) expect(meetsMargin(priceBreakdown(de, p - 100), target)).toBe(false);
    }));
  });
});

describe('parsePriceMinor', () => {
  it.each([['16.99', 1699], ['16,99', 1699], ['17', 1700], [' 3.5 ', 350]])('%s → %d', (t, v) => expect(parsePriceMinor(t)).toBe(v));
  it.each(['', 'abc', '-1', '1.999', '1e3'])('rejects %s', (t) => expect(parsePriceMinor(t)).toBeNull());
});
