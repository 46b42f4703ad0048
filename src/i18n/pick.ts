/** The reader's half of a bilingual pair, as the engine's code tables, findings and message specs carry them. */
import type { Locale } from './locales.ts';

interface Bilingual {
  zh: string;
  en: string;
}

/** `text.en` for English readers, `text.zh` otherwise; undefined in, undefined out (a code missing from a table). */
export function pick(locale: Locale, text: Bilingual): string;
export function pick(locale: Locale, text: Bilingual | undefined): string | undefined;
export function pick(locale: Locale, text: Bilingual | undefined): string | undefined {
  if (text === undefined) return undefined;
  return locale === 'en' ? text.en : text.zh;
}

/**
 * `pick` for text that cannot hold markup (an `<option>`, an attribute): an English name's quoted
 * Chinese term ("piece (只)", "forest-frog oil, 林蛙油") is dropped, since it cannot be marked as Chinese there.
 */
export function pickPlain(locale: Locale, text: Bilingual): string;
export function pickPlain(locale: Locale, text: Bilingual | undefined): string | undefined;
export function pickPlain(locale: Locale, text: Bilingual | undefined): string | undefined {
  const s = pick(locale, text);
  if (s === undefined || locale !== 'en') return s;
  return s.replace(/[,，]?\s*[\u3400-\u9fff]+/g, '').replace(/\s*\(\s*\)/g, '').replace(/\(\s*,\s*/g, '(').trim();
}
