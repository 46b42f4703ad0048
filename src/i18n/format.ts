/** Dates and money shown the Chinese way: stored in UTC, shown in Asia/Shanghai; money in integer fen. */
import type { Locale } from './locales.ts';
import { pick } from './pick.ts';

export const TIME_ZONE = 'Asia/Shanghai';

const tag = (locale: Locale): string => (locale === 'en' ? 'en-GB' : 'zh-CN');

/**
 * One formatter per locale and kind, made on first use: constructing an Intl formatter costs far more than
 * formatting with it (a page listing a hundred dates spent a millisecond on constructors alone).
 */
function perLocale<F>(make: (locale: Locale) => F): (locale: Locale) => F {
  const made = new Map<Locale, F>();
  return (locale) => {
    let f = made.get(locale);
    if (f === undefined) made.set(locale, (f = make(locale)));
    return f;
  };
}

const dateFormat = perLocale((locale) => new Intl.DateTimeFormat(tag(locale), { timeZone: TIME_ZONE, year: 'numeric', month: 'long', day: 'numeric' }));
const dateTimeFormat = perLocale(
  (locale) =>
    new Intl.DateTimeFormat(tag(locale), {
      timeZone: TIME_ZONE,
      year: 'numeric',
      month: locale === 'en' ? 'short' : 'long',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hour12: false,
    }),
);
const listFormat = perLocale((locale) => new Intl.ListFormat(tag(locale), { type: 'conjunction' }));

export function formatDate(date: Date, locale: Locale): string {
  return dateFormat(locale).format(date);
}

export function formatDateTime(date: Date, locale: Locale): string {
  return dateTimeFormat(locale).format(date);
}

/** Items as one list in the reader's language: "A、B和C" / "A, B and C". */
export function formatList(items: readonly string[], locale: Locale): string {
  return listFormat(locale).format(items);
}

/** Items joined with the language's enumeration mark, without a final "and": "A、B、C" / "A, B, C". */
export function joinItems(items: readonly string[], locale: Locale): string {
  return items.join(pick(locale, { zh: '、', en: ', ' }));
}

/** ¥1,234.56 from 123456 fen, without floating-point arithmetic. */
export function formatFen(fen: number, currencySymbol = '¥'): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError('fen must be a safe integer');
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const yuan = Math.floor(abs / 100).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${currencySymbol}${yuan}.${(abs % 100).toString().padStart(2, '0')}`;
}
