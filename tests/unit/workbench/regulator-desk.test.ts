import { describe, expect, it } from 'vitest';
import { parseDeskFilters } from '#lib/workbench/regulator-desk.ts';

describe('parseDeskFilters', () => {
  it('keeps well-formed values', () => {
    expect(parseDeskFilters(new URLSearchParams('store=abc-1&tier=seriously-dishonest&code=RISK_INSPECTION&from=2026-06-01&to=2026-06-30'))).toEqual({
      storeId: 'abc-1', creditTier: 'seriously-dishonest', code: 'RISK_INSPECTION', from: '2026-06-01', to: '2026-06-30',
    });
  });
  it('drops malformed or empty values instead of failing', () => {
    expect(parseDeskFilters(new URLSearchParams('store=<x>&tier=AAA&code=risk&from=yesterday&to='))).toEqual({ storeId: undefined, creditTier: undefined, code: undefined, from: undefined, to: undefined });
  });
});
