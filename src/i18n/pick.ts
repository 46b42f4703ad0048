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
