import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BUSINESS_MODELS } from '#lib/db/schema-sandbox.ts';
import { retailLimitRefusal } from '#lib/storefront/retail-limits.ts';

const base = { businessModel: 'import-9610' as const, freightFen: 0, pieces: 2, usedThisYearFen: 0, asOf: '2026-03-01' };

describe('retail limits at checkout', () => {
  it.each([
    ['at the single limit', { goodsFen: 500_000 }, null],
    ['one fen over it', { goodsFen: 499_001, freightFen: 1_000 }, 'SINGLE_LIMIT'],
    ['one piece over it (taxed in full, allowed)', { goodsFen: 800_000, pieces: 1 }, null],
    ['annual total reached exactly', { goodsFen: 100_000, usedThisYearFen: 2_500_000 }, null],
    ['annual total exceeded', { goodsFen: 100_001, usedThisYearFen: 2_500_000 }, 'ANNUAL_LIMIT'],
    ['one piece over the single limit still counts to the annual', { goodsFen: 800_000, pieces: 1, usedThisYearFen: 2_000_000 }, 'ANNUAL_LIMIT'],
    ['1210 bonded: same limits', { businessModel: 'import-1210' as const, goodsFen: 600_000 }, 'SINGLE_LIMIT'],
    ['2018 limits (¥2,000 single)', { goodsFen: 300_000, asOf: '2018-06-01' }, 'SINGLE_LIMIT'],
  ] as const)('%s', (_name, over, code) => {
    expect(retailLimitRefusal({ ...base, ...over })?.code ?? null).toBe(code);
  });

  it('never refuses an export store, whatever the amount', () => {
    const exports = BUSINESS_MODELS.filter((m) => m.startsWith('export-'));
    fc.assert(
      fc.property(fc.constantFrom(...exports), fc.nat(1e9), fc.nat(1e7), fc.integer({ min: 1, max: 999 }), fc.nat(1e9), (businessModel, goodsFen, freightFen, pieces, usedThisYearFen) => {
        expect(retailLimitRefusal({ businessModel, goodsFen, freightFen, pieces, usedThisYearFen, asOf: '2026-03-01' })).toBeNull();
      }),
    );
  });
});
