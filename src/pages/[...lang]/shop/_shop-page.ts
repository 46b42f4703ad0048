/**
 * What the storefront's pages share: the shop language a page is shown in, prices in the product's
 * currency, and a form's refusal in the shop's language (field messages are storefront label keys,
 * domain refusals come translated by the action; see src/actions/shop.ts).
 */
import { isInputError, type ActionError } from 'astro:actions';
import { CURRENCY_BY_CODE } from '#sandbox';
import { formatFen } from '#i18n/format.ts';
import { localizePath } from '#i18n/locales.ts';
import type { Db } from '#lib/db/client.ts';
import { STORE_LANGUAGES, type StoreLanguage } from '#lib/db/schema-sandbox.ts';
import { getPublicStore, type PublicStore } from '#lib/storefront/public.ts';
import { getDb } from '#server/db.ts';
import { pageLocale } from '#server/page.ts';
import { MAX_LINE_QTY } from '#lib/storefront/cart.ts';
import { STOREFRONT_LABELS, storefrontLabel, storefrontText, type StorefrontLabel } from '#lib/storefront/labels.ts';

export interface ShopPage extends PublicStore {
  locale: NonNullable<ReturnType<typeof pageLocale>>;
  db: Db;
  lang: StoreLanguage;
  /** The storefront's path in the site's language (`/en/shop/<slug>`). */
  base: string;
}

/** What every storefront page starts from: the site language, the public store of the slug and the shop language; null answers 404. */
export async function loadShopPage(params: Record<string, string | undefined>, url: URL): Promise<ShopPage | null> {
  const locale = pageLocale(params);
  const slug = params['slug'] ?? '';
  if (!locale || !/^[a-z0-9-]{1,40}$/.test(slug)) return null;
  const db = await getDb();
  const pub = await getPublicStore(db, slug);
  if (!pub) return null;
  return { ...pub, locale, db, lang: shopLanguage(url.searchParams.get('l'), pub.languages), base: localizePath(`/shop/${pub.store.slug}`, locale) };
}

/** The language asked for (`?l=`), if the store has it, else the store's first. */
function shopLanguage(asked: string | null, langs: readonly StoreLanguage[]): StoreLanguage {
  return (STORE_LANGUAGES as readonly string[]).includes(asked ?? '') ? (asked as StoreLanguage) : (langs[0] ?? 'zh');
}

/** ¥268.00 for CNY, else the ISO code before the amount. */
export function shopPrice(fen: number, currency: string): string {
  const iso = CURRENCY_BY_CODE.get(currency)?.iso ?? currency;
  return iso === 'CNY' ? formatFen(fen) : formatFen(fen, `${iso} `);
}

/** The colon after a label, in the shop's language. */
export function colon(lang: StoreLanguage): string {
  return lang === 'zh' || lang === 'ja' ? '：' : ': ';
}

export interface ShopErrors {
  fields: Record<string, string>;
  summary: { field: string | null; message: string }[];
}

const isLabel = (m: string): m is StorefrontLabel => Object.hasOwn(STOREFRONT_LABELS.zh, m);

/** A refused form's messages in the shop's language. */
export function shopErrors(error: ActionError | undefined, lang: StoreLanguage): ShopErrors {
  if (!error) return { fields: {}, summary: [] };
  if (isInputError(error)) {
    const fields: Record<string, string> = {};
    for (const [name, messages] of Object.entries(error.fields as Record<string, string[] | undefined>)) {
      const m = messages?.[0];
      if (m === undefined) continue;
      fields[name] = storefrontText(lang, isLabel(m) ? m : 'err.generic', { max: MAX_LINE_QTY });
    }
    return { fields, summary: Object.entries(fields).map(([field, message]) => ({ field, message })) };
  }
  return { fields: {}, summary: [{ field: null, message: error.message || storefrontLabel(lang, 'err.generic') }] };
}
