import { describe, expect, it } from 'vitest';
import { BUSINESS_MODELS, STOCK_LOCATIONS } from '#lib/db/schema-sandbox.ts';
import { defaultOriginCountry, defaultStockLocation, hasMonthlySummary, hasReturns, isImportModel, modeOf } from '#lib/workbench/business-models.ts';
import { COUNTRY_BY_CODE } from '#sandbox';

describe.each([
  { model: 'export-9610', mode: '9610', imports: false, summary: true, stock: 'domestic', origin: '142' },
  { model: 'import-1210', mode: '1210', imports: true, summary: false, stock: 'bonded-centre', origin: '601' },
  { model: 'import-9610', mode: '9610', imports: true, summary: false, stock: 'overseas-warehouse', origin: '601' },
  { model: 'export-9710', mode: '9710', imports: false, summary: false, stock: 'domestic', origin: '142' },
  { model: 'export-9810', mode: '9810', imports: false, summary: false, stock: 'overseas-warehouse', origin: '142' },
] as const)('$model', (c) => {
  it('has its mode, direction, follow-ups and product defaults', () => {
    expect(modeOf(c.model)).toBe(c.mode);
    expect(isImportModel(c.model)).toBe(c.imports);
    expect(hasReturns(c.model)).toBe(c.imports);
    expect(hasMonthlySummary(c.model)).toBe(c.summary);
    expect(defaultStockLocation(c.model)).toBe(c.stock);
    expect(defaultOriginCountry(c.model)).toBe(c.origin);
  });
});

it('covers every business model with defaults from the code tables', () => {
  for (const m of BUSINESS_MODELS) {
    expect(STOCK_LOCATIONS).toContain(defaultStockLocation(m));
    expect(COUNTRY_BY_CODE.has(defaultOriginCountry(m))).toBe(true);
  }
});
