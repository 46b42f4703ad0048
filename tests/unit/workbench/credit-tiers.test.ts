import { expect, it } from 'vitest';
import { CREDIT_TIERS } from '#sandbox';
import { tierInfo, tierLabel } from '#lib/workbench/credit-tiers.ts';

it('names every credit tier in both languages, the Order 282 names first', () => {
  for (const tier of CREDIT_TIERS) expect(tierInfo(tier)?.tier).toBe(tier);
  expect(tierLabel('zh-CN', 'regular')).toBe('常规企业');
  expect(tierLabel('en', 'regular')).toBe('Regular enterprise');
  expect(tierLabel('zh-CN', 'general')).not.toBe('general');
});

it('shows an unknown tier as its code', () => {
  expect(tierInfo('nonsense')).toBeUndefined();
  expect(tierLabel('en', 'nonsense')).toBe('nonsense');
});
