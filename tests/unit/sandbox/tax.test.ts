import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HS_BY_CODE } from '#sandbox/codes/hs.ts';
import { computeTax, contentFromModel, contentFromModelRegex, type TaxLineInput } from '#sandbox/tax/compute.ts';
import { allocateFen, divRoundHalfUp, lineAmountFen, parseFen } from '#sandbox/tax/money.ts';
import { fenToDecimal } from '#sandbox/messages/decimal.ts';

const line = (gcode: string, goodsFen: number, over: Partial<TaxLineInput> = {}): TaxLineInput => ({
  gnum: 1, gcode, qtyScaled: 100_000, unit: '007', goodsFen, extraFen: 0, ...over,
});

describe('money', () => {
  it.each([
    ['123.45', 12345, true], ['12.5', 1250, true], ['12.50000', 1250, true], ['0', 0, true], ['1.005', 101, false], ['1.004', 100, false], ['-2.50', -250, true],
  ])('parseFen(%s) = %d', (text, fen, exact) => {
    expect(parseFen(text)).toEqual({ fen, exact });
  });
  it('rounds half up in one place', () => {
    expect(divRoundHalfUp(5, 10)).toBe(1);
    expect(divRoundHalfUp(4, 10)).toBe(0);
    expect(divRoundHalfUp(15n, 10n)).toBe(2);
    expect(divRoundHalfUp(-15, 10)).toBe(-2);
    expect(lineAmountFen(150_000, 199)).toBe(299); // 1.5 × 1.99 = 2.985 → 2.99
  });
  it('allocates freight without losing a fen', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 1_000_000 }), fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 20 }), (total, weights) => {
      expect(allocateFen(total, weights).reduce((a, b) => a + b, 0)).toBe(total);
    }));
  });
  it('formats fen', () => {
    expect(fenToDecimal(12345)).toBe('123.45');
    expect(fenToDecimal(5)).toBe('0.05');
  });
});

describe('tax per line (within limits: tariff 0, VAT and CT at 70%)', () => {
  describe.each([
    // gcode, goods fen, asOf, customs, VAT, CT
    ['1901101010', 39_600, '2026-03-15', 0, 3_604, 0], // 13% × 70% = 9.1%
    ['0410902100', 12_800, '2026-03-15', 0, 806, 0], // 9% × 70% = 6.3%
    ['1901101010', 39_600, '2018-06-15', 0, 4_435, 0], // 16% × 70%
    ['1901101010', 39_600, '2017-06-15', 0, 4_712, 0], // 17% × 70% (U parameter)
    ['2204210000', 90_000, '2026-03-15', 0, 9_100, 7_000], // wine: CT 10%/(1-10%) × 70%, VAT 13%/(0.9) × 70%
  ])('%s %d fen on %s', (gcode, goods, asOf, customs, vat, ct) => {
    it('matches the combined-rate arithmetic', () => {
      const r = computeTax([line(gcode, goods)], { mode: 'retail', asOf });
      expect(r.customsTaxFen).toBe(customs);
      expect(r.vatFen).toBe(vat);
      expect(r.ctFen).toBe(ct);
    });
  });

  it('charges high-end cosmetics CT at ≥ 10 yuan per ml or g (15%)', () => {
    const above = computeTax([line('3304990099', 60_000, { unit: '142', contentPerPiece: 50 })], { mode: 'retail', asOf: '2026-03-15' });
    expect(above.lines[0]?.ctBasis).toBe('above-threshold');
    expect(above.ctFen).toBe(divRoundHalfUp(60_000 * 15 * 70, 85 * 100));
    const below = computeTax([line('3304990099', 20_000, { unit: '142', contentPerPiece: 100 })], { mode: 'retail', asOf: '2026-03-15' });
    expect(below.lines[0]?.ctBasis).toBe('below-threshold');
    expect(below.ctFen).toBe(0);
  });
  it('charges face masks CT at ≥ 15 yuan per piece', () => {
    expect(computeTax([line('3304990041', 1_600, { unit: '020' })], { mode: 'retail', asOf: '2026-03-15' }).lines[0]?.ctBasis).toBe('above-threshold');
    expect(computeTax([line('3304990041', 1_400, { unit: '020' })], { mode: 'retail', asOf: '2026-03-15' }).lines[0]?.ctBasis).toBe('below-threshold');
  });
  it('charges watches CT only at a taxable value ≥ 10,000 yuan each', () => {
    expect(computeTax([line('9102210090', 999_900, { unit: '008' })], { mode: 'retail', asOf: '2026-03-15' }).ctFen).toBe(0);
    const full = computeTax([line('9102210090', 1_200_000, { unit: '008' })], { mode: 'full', asOf: '2026-03-15' });
    expect(full.customsTaxFen).toBe(132_000);
    expect(full.ctFen).toBe(333_000);
    expect(full.vatFen).toBe(216_450);
  });
  it('reads content from the spec text', () => {
    expect(contentFromModel('50ml/瓶')).toBe(50);
    expect(contentFromModel('900克/罐')).toBe(900);
    expect(contentFromModel('1.5L')).toBe(1500);
    expect(contentFromModel('1kg/袋')).toBe(1000);
    expect(contentFromModel('无规格')).toBeUndefined();
  });
  it('reads content exactly as the regular expression it replaces', () => {
    const piece = fc.constantFrom('1', '50', '1.5', '0', '.', ' ', '\u3000', 'kg', 'Kg', 'KG', 'g', 'G', 'ml', 'mL', 'ML', 'l', 'L', '克', '千克', '公斤', '毫升', '升', 'x', '/', '瓶');
    const text = fc.array(fc.oneof(piece, fc.string({ maxLength: 3 })), { maxLength: 8 }).map((parts) => parts.join(''));
    fc.assert(fc.property(text, (s) => contentFromModel(s) === contentFromModelRegex(s)), { numRuns: 5000 });
  });
});

describe('tax properties', () => {
  const codes = [...HS_BY_CODE.keys()];
  it('is never negative', () => {
    fc.assert(fc.property(fc.constantFrom(...codes), fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 100_000 }), fc.constantFrom('retail', 'full'), fc.constantFrom('2017-01-01', '2018-06-01', '2026-03-15'), (gcode, goods, extra, mode, asOf) => {
      const r = computeTax([line(gcode, goods, { extraFen: extra })], { mode: mode, asOf });
      expect(r.customsTaxFen).toBeGreaterThanOrEqual(0);
      expect(r.vatFen).toBeGreaterThanOrEqual(0);
      expect(r.ctFen).toBeGreaterThanOrEqual(0);
    }));
  });
  it('is monotonic in the price', () => {
    fc.assert(fc.property(fc.constantFrom(...codes), fc.integer({ min: 0, max: 5_000_000 }), fc.integer({ min: 0, max: 100_000 }), fc.constantFrom('retail', 'full'), (gcode, goods, more, mode) => {
      const a = computeTax([line(gcode, goods)], { mode: mode, asOf: '2026-03-15' });
      const b = computeTax([line(gcode, goods + more)], { mode: mode, asOf: '2026-03-15' });
      expect(b.totalFen).toBeGreaterThanOrEqual(a.totalFen);
    }));
  });
  it('totals are sums of the rounded lines', () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.constantFrom(...codes), fc.integer({ min: 0, max: 1_000_000 })), { minLength: 1, maxLength: 10 }), (ls) => {
      const r = computeTax(ls.map(([g, v], i) => ({ ...line(g, v), gnum: i + 1 })), { mode: 'retail', asOf: '2026-03-15' });
      expect(r.vatFen).toBe(r.lines.reduce((a, l) => a + l.vatFen, 0));
      expect(r.totalFen).toBe(r.customsTaxFen + r.vatFen + r.ctFen);
    }));
  });
});
