import { describe, expect, it } from 'vitest';
import { BUSINESS_MODELS } from '#lib/db/schema-sandbox.ts';
import { isImportModel } from '#lib/workbench/business-models.ts';
import { exportReturnDeadline, hasExportReturns } from '#lib/workbench/export-returns.ts';

describe('export returns', () => {
  it.each(BUSINESS_MODELS)('%s: export returns exactly for export models', (m) => {
    expect(hasExportReturns(m)).toBe(!isImportModel(m));
  });
  it('the deadline is one year (the rule pack\'s 365 days) after the export release', () => {
    expect(exportReturnDeadline('2026-05-11')).toBe('2027-05-11');
    expect(exportReturnDeadline('2024-03-01')).toBe('2025-03-01');
  });
});
