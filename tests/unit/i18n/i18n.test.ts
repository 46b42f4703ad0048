import { describe, expect, it } from 'vitest';
import { en } from '#i18n/en.ts';
import { zhCN } from '#i18n/zh-CN.ts';
import { t } from '#i18n/index.ts';
import { fillTemplate } from '#i18n/fill.ts';
import { localizePath, stripLocale, localeFromPath } from '#i18n/locales.ts';
import { formatDate, formatFen } from '#i18n/format.ts';

describe('dictionaries', () => {
  it('English has exactly the Chinese keys and the same placeholders', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort());
    for (const [k, v] of Object.entries(zhCN)) {
      // `{n}` and `{n, plural, …}` both name the placeholder n.
      const ph = (s: string) => [...s.matchAll(/\{(\w+)(?:\}|, plural,)/g)].map((m) => m[1]).sort();
      expect(ph(en[k as keyof typeof en]), k).toEqual(ph(v));
    }
  });

  it('counts with the plural rules of the language', () => {
    expect(t('en', 'course.lessons', { n: 1 })).toBe('1 lesson');
    expect(t('en', 'course.lessons', { n: 7 })).toBe('7 lessons');
    expect(t('en', 'course.lessons', { n: 0 })).toBe('0 lessons');
    expect(t('en', 'course.progress', { done: 0, total: 1 })).toBe('0 of 1 lesson complete');
    expect(t('zh-CN', 'course.lessons', { n: 1 })).toBe(t('zh-CN', 'course.lessons', { n: 1 }).replace('{n}', '1'));
    expect(fillTemplate('{n, plural, =0 {none} one {# item} other {# items}}', { n: 0 }, 'en')).toBe('none');
    expect(fillTemplate('{n, plural, one {# item} other {# items}}', { n: 2 }, 'en')).toBe('2 items');
  });

  it('no dictionary string shows a count without its plural rule', () => {
    for (const [k, v] of Object.entries(en)) expect(v, k).not.toMatch(/\{(?:n|count|errors|warnings|minutes|total)\} (?:[a-z]+s)\b(?<!\b(?:ms|is|was|has))/);
  });

  it('no English string hedges a plural with "(s)" instead of choosing its form', () => {
    for (const [k, v] of Object.entries(en)) expect(v, k).not.toMatch(/[a-z]\((?:s|es|zes)\)/);
    expect(t('en', 'progress.courses.quizzesLeft', { n: 1 })).toBe('1 quiz still to pass');
    expect(t('en', 'progress.courses.quizzesLeft', { n: 6 })).toBe('6 quizzes still to pass');
    expect(t('en', 'progress.courses.scenariosLeft', { n: 1 })).toBe('1 sandbox scenario still to pass');
  });

  it('fills placeholders', () => {
    expect(t('zh-CN', 'err.rateLimited', { minutes: 15 })).toBe('尝试次数过多，请在 15 分钟后再试。');
    expect(t('en', 'err.rateLimited', { minutes: 3 })).toContain('3 minutes');
  });
});

describe('locale paths', () => {
  it.each([
    ['/', 'en', '/en/'],
    ['/courses', 'en', '/en/courses'],
    ['/en/courses', 'zh-CN', '/courses'],
    ['/en', 'zh-CN', '/'],
  ] as const)('%s in %s is %s', (path, locale, expected) => {
    expect(localizePath(path, locale)).toBe(expected);
  });
  it('strips and detects the prefix', () => {
    expect(stripLocale('/en/admin')).toBe('/admin');
    expect(stripLocale('/english')).toBe('/english');
    expect(localeFromPath('/en/x')).toBe('en');
    expect(localeFromPath('/enterprise')).toBe('zh-CN');
  });
});

describe('formatting', () => {
  it('shows dates in Asia/Shanghai', () => {
    const lateUtc = new Date('2026-05-09T17:30:00Z');
    expect(formatDate(lateUtc, 'zh-CN')).toBe('2026年5月10日');
    expect(formatDate(lateUtc, 'en')).toBe('10 May 2026');
  });
  it('shows fen as yuan with thousands separators, exactly', () => {
    expect(formatFen(123456)).toBe('¥1,234.56');
    expect(formatFen(5)).toBe('¥0.05');
    expect(formatFen(-100)).toBe('-¥1.00');
    expect(formatFen(100000000007)).toBe('¥1,000,000,000.07');
    expect(() => formatFen(1.5)).toThrow(RangeError);
  });
});
