import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fenToYuanText, gramsToKgText, parseKgToGrams, parseYuanToFen } from '#lib/workbench/money.ts';

describe('yuan → fen', () => {
  it('parses exactly, without floats', () => {
    expect(parseYuanToFen('199.00')).toBe(19_900);
    expect(parseYuanToFen('0.29')).toBe(29);
    expect(parseYuanToFen('1,299.9')).toBe(129_990);
    expect(parseYuanToFen(' 5 ')).toBe(500);
    expect(parseYuanToFen('¥12.34')).toBe(1234);
  });
  it('rejects what is not an amount', () => {
    for (const bad of ['', '-1', '1.234', 'abc', '1e3', '1.2.3', '.5', '99999999999999']) expect(parseYuanToFen(bad)).toBeNull();
  });
  it('round-trips every fen amount', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 1_000_000_000 }), (fen) => parseYuanToFen(fenToYuanText(fen)) === fen));
  });
  it('parses kg to grams and back', () => {
    expect(parseKgToGrams('0.35')).toBe(350);
    expect(parseKgToGrams('1.2345')).toBeNull();
    fc.assert(fc.property(fc.integer({ min: 0, max: 1_000_000 }), (g) => parseKgToGrams(gramsToKgText(g)) === g));
  });
});
