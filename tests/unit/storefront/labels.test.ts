import { describe, expect, it } from 'vitest';
import { STORE_LANGUAGES } from '#lib/db/schema-sandbox.ts';
import { STOREFRONT_LABELS, STORE_LANGUAGE_NAMES, storeLangTag } from '#lib/storefront/labels.ts';

describe('storefront labels', () => {
  const keys = Object.keys(STOREFRONT_LABELS.zh).sort();
  it.each(STORE_LANGUAGES)('%s has every key, each non-empty', (lang) => {
    expect(Object.keys(STOREFRONT_LABELS[lang]).sort()).toEqual(keys);
    for (const k of keys) expect(STOREFRONT_LABELS[lang][k as keyof (typeof STOREFRONT_LABELS)['zh']].trim()).not.toBe('');
    expect(STORE_LANGUAGE_NAMES[lang]).toBeTruthy();
  });
  it('translates rather than copies: no label equal to the Chinese one outside zh (except shared CJK words)', () => {
    for (const lang of ['en', 'ru', 'ko'] as const) for (const k of keys) expect(STOREFRONT_LABELS[lang][k as 'note']).not.toBe(STOREFRONT_LABELS.zh[k as 'note']);
  });
  it('tags zh as zh-CN', () => {
    expect(storeLangTag('zh')).toBe('zh-CN');
    expect(storeLangTag('ru')).toBe('ru');
  });
});
