import { describe, expect, it } from 'vitest';
import { COUNTRIES } from '#sandbox';
import { STORE_LANGUAGES } from '#lib/db/schema-sandbox.ts';
import { countryName, countryOptions, likelyDestination } from '#lib/storefront/countries.ts';

describe('storefront country names', () => {
  it.each([
    ['344', 'ru', 'Россия'],
    ['142', 'ru', 'Китай'],
    ['133', 'ko', '대한민국'],
    ['116', 'ja', '日本'],
    ['601', 'ja', 'オーストラリア'],
    ['142', 'zh', '中国'],
    ['344', 'en', 'Russia'],
    ['143', 'ru', 'Таможенная территория Тайвань, Пэнху, Кинмэнь и Мацзу'],
  ] as const)('%s in %s is %s', (code, lang, name) => {
    expect(countryName(code, lang)).toBe(name);
  });

  it('names every customs country in every store language, never by its English name in ru, ko or ja', () => {
    for (const c of COUNTRIES) {
      for (const lang of STORE_LANGUAGES) {
        const name = countryName(c.code, lang);
        expect(name).not.toBe(c.code);
        if (lang === 'ru') expect(name).toMatch(/[\u0400-\u04ff]/);
        if (lang === 'ko') expect(name).toMatch(/[\uac00-\ud7af]/);
        if (lang === 'ja') expect(name).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      }
    }
  });

  it('answers an unknown code with the code', () => {
    expect(countryName('999', 'ru')).toBe('999');
  });

  it('offers the destinations in the shop language, sorted in its order, first choice by language', () => {
    const options = countryOptions(['502', '344', '116'], 'ru', 'ru');
    expect(options.map((o) => o.label)).toEqual(['Россия', 'Соединенные Штаты', 'Япония']);
    expect(options.map((o) => o.value)).toEqual(['344', '502', '116']);
    expect(likelyDestination('ko')).toBe('133');
    expect(likelyDestination('en')).toBe('502');
  });
});
