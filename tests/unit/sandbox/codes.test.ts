import { describe, expect, it } from 'vitest';
import { COUNTRY_BY_CODE } from '#sandbox/codes/countries.ts';
import { CURRENCY_BY_CODE } from '#sandbox/codes/currencies.ts';
import { DISTRICT_BY_CODE } from '#sandbox/codes/customs-districts.ts';
import { HS_LINES } from '#sandbox/codes/hs.ts';
import { isValidResidentId } from '#sandbox/codes/id-types.ts';
import { UNIT_BY_CODE } from '#sandbox/codes/units.ts';
import { isValidEnterpriseCode, usccCheckChar } from '#sandbox/rules/codes.ts';

describe('code tables', () => {
  it('hold the subsets the checks use', () => {
    for (const c of ['110', '116', '142', '304', '344', '502', '601', '701']) expect(COUNTRY_BY_CODE.has(c)).toBe(true);
    for (const c of ['142', '300', '502', '116']) expect(CURRENCY_BY_CODE.has(c)).toBe(true);
    for (const c of ['007', '035', '036', '096', '142']) expect(UNIT_BY_CODE.has(c)).toBe(true);
    expect(DISTRICT_BY_CODE.get('0804')?.evidence).toBe('U');
  });
  it('ship at least 60 HS lines across the required categories', () => {
    expect(HS_LINES.length).toBeGreaterThanOrEqual(60);
    const cats = new Set(HS_LINES.map((l) => l.category));
    for (const c of ['cosmetics', 'infant-formula', 'food', 'wine', 'watches', 'apparel', 'electronics', 'fushun']) expect(cats.has(c as never)).toBe(true);
    for (const hs of ['3304990099', '3304990041', '9102210090', '1901101010', '0410902100', '2205100000']) {
      expect(HS_LINES.find((l) => l.hs === hs)?.evidence).toBe('V');
    }
  });
  describe.each(HS_LINES.map((l) => [l.hs, l] as const))('%s', (_hs, l) => {
    it('is a 10-digit code with a source, a legal unit and sane rates', () => {
      expect(l.hs).toMatch(/^\d{10}$/);
      expect(l.source.length).toBeGreaterThan(0);
      expect(UNIT_BY_CODE.has(l.legalUnit)).toBe(true);
      expect(l.mfnTariffBp).toBeGreaterThanOrEqual(0);
      if (l.consumptionTax) expect(l.consumptionTax.rateBp).toBeLessThan(10_000);
    });
  });
  it('has unique HS codes', () => {
    expect(new Set(HS_LINES.map((l) => l.hs)).size).toBe(HS_LINES.length);
  });
});

describe('identity and enterprise codes', () => {
  it.each([['210402199003071520', true], ['210402199003071521', false], ['11010519491231002X', true], ['abc', false]])('resident ID %s → %s', (id, ok) => {
    expect(isValidResidentId(id)).toBe(ok);
  });
  it.each([['2104960035', true], ['91210400MA0Y8K3P6W', true], ['91210400MA0Y8K3P6X', false], ['12345', false]])('enterprise code %s → %s', (code, ok) => {
    expect(isValidEnterpriseCode(code)).toBe(ok);
  });
  it('computes the USCC check character (GB 32100 example)', () => {
    expect(usccCheckChar('91350100M000100Y4')).toBe('3');
  });
});
