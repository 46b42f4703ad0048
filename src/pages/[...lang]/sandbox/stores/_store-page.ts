/**
 * Page model of one store: the store and its lists from the database (`loadStorePage`), and what
 * the product and market-day forms propose (`storeFormDefaults`, pure: business-model defaults and
 * today's date in China).
 */
import { HS_LINES, type HsLine } from '#sandbox';
import type { Db } from '#lib/db/client.ts';
import type { BusinessModel } from '#lib/db/schema-sandbox.ts';
import { DEFAULT_CURRENCY, DEFAULT_UNIT, defaultOriginCountry, defaultStockLocation } from '#lib/workbench/business-models.ts';
import { todayInChina } from '#lib/workbench/calendar.ts';
import { WorkbenchError } from '#lib/workbench/errors.ts';
import { storeStats } from '#lib/workbench/stats.ts';
import { getWorkableStore } from '#lib/workbench/store-access.ts';
import { storeActivity } from '#lib/workbench/store-activity.ts';
import { teamOfStore } from '#lib/incubation/teams.ts';
import { listMarketDays, listOrders, listProducts, storefrontLanguages } from '#lib/workbench/stores.ts';
import { imagesText, parseAttributes, parseImages, reviewProduct } from '#lib/listing/listings.ts';
import type { Finding } from '#lib/listing/review.ts';
import { CATEGORY_ATTRIBUTES } from '#lib/listing/rules.ts';
import { t, type MessageKey } from '#i18n/index.ts';
import type { Locale } from '#i18n/locales.ts';
import { pickPlain } from '#i18n/pick.ts';

/** The storefront languages by their own names. */
export const LANG_NAMES: Readonly<Record<string, string>> = { zh: '中文', en: 'English', ru: 'Русский', ko: '한국어', ja: '日本語' };

/** What a new product and a market day start with when nothing was posted. */
export function storeFormDefaults(model: BusinessModel, now: Date = new Date()): Record<'currency' | 'originCountry' | 'unit' | 'stockLocation' | 'asOf', string> {
  return { currency: DEFAULT_CURRENCY, originCountry: defaultOriginCountry(model), unit: DEFAULT_UNIT, stockLocation: defaultStockLocation(model), asOf: todayInChina(now) };
}

/** An HS line in the picker: code, name, VAT rate, consumption tax and positive-list status. */
export function hsLabel(locale: Locale, hs: HsLine): string {
  const vat = t(locale, hs.vat === 'standard' ? 'workbench.product.vatStandard' : 'workbench.product.vatReduced');
  const ct = hs.consumptionTax ? t(locale, 'workbench.product.ct', { rate: hs.consumptionTax.rateBp / 100 }) : t(locale, 'workbench.product.noCt');
  const list = t(locale, hs.positiveList ? 'workbench.product.onList' : 'workbench.product.offList');
  return t(locale, 'workbench.product.hsLabel', { hs: hs.hs, name: pickPlain(locale, hs), vat, ct, list });
}

/** The HS picker's option groups, in the code table's order. */
export function hsGroups(): Array<{ category: string; lines: HsLine[] }> {
  const categories = [...new Set(HS_LINES.map((h) => h.category))];
  return categories.map((category) => ({ category, lines: HS_LINES.filter((h) => h.category === category) }));
}

/** A clearance time in words: seconds under two minutes, else minutes. */
export function durationText(locale: Locale, ms: number | null): string {
  if (ms === null) return t(locale, 'workbench.stats.na');
  return ms < 120_000 ? t(locale, 'workbench.stats.seconds', { n: Math.round(ms / 1000) }) : t(locale, 'workbench.stats.minutes', { n: Math.round(ms / 60_000) });
}

/** The store and everything its page lists (for a team store: the team and who did what), or null when the user may not work in it (the page answers 404). */
export async function loadStorePage(db: Db, input: { storeId: string; userId: string }) {
  let store;
  try {
    store = await getWorkableStore(db, input.storeId, input.userId);
  } catch (e) {
    if (e instanceof WorkbenchError) return null;
    throw e;
  }
  const [products, orders, days, stats, team] = await Promise.all([listProducts(db, store.id), listOrders(db, store.id), listMarketDays(db, store.id), storeStats(db, store.id), teamOfStore(db, store.id)]);
  // A team store shows who did what; a learner's own store is theirs alone.
  const activity = team ? await storeActivity(db, store.id) : [];
  const listings = new Map(products.map((p) => {
    const review = reviewProduct(p, store);
    return [p.id, { review, attributes: parseAttributes(p.attributes), images: parseImages(p.images), required: CATEGORY_ATTRIBUTES[review.category].required, published: p.publishedAt !== null }] as const;
  }));
  return { store, team, activity, products, listings, orders, days, stats, languages: storefrontLanguages(products), defaults: storeFormDefaults(store.businessModel) };
}

/** A finding's message in the reader's language: attribute, category and language values shown by name. */
/** Variables of a finding that quote the listing itself (a word, term or brand as the seller wrote it). */
const QUOTED = ['word', 'term', 'brand'] as const;

/**
 * A finding's message for `Message.astro`: enum variables in the reader's language, and the words quoted
 * from the listing as names, marked with their script's language so a Chinese word in an English sentence
 * is read as quoted text.
 */
export function findingMessage(locale: Locale, f: Finding): { key: MessageKey; vars: Record<string, string | number>; names: Record<string, string | { text: string; lang: string }> } {
  const vars: Record<string, string | number> = { ...f.vars };
  if (typeof vars['attribute'] === 'string') vars['attribute'] = t(locale, `listing.attr.${vars['attribute']}` as MessageKey);
  if (typeof vars['category'] === 'string') vars['category'] = t(locale, `listing.category.${vars['category']}` as MessageKey);
  if (typeof vars['lang'] === 'string') vars['lang'] = LANG_NAMES[vars['lang']] ?? vars['lang'];
  const names: Record<string, string | { text: string; lang: string }> = {};
  for (const k of QUOTED) {
    const v = vars[k];
    if (typeof v !== 'string') continue;
    names[k] = v;
    delete vars[k];
  }
  return { key: f.messageKey, vars, names };
}

/** The lesson page of a finding (`<course>/<lesson>` → `/courses/<course>/<lesson>`). */
export function lessonPath(lesson: string): string {
  return `/courses/${lesson}`;
}

/** The image lines of the edit form, white backgrounds marked in the reader's language. */
export function imagesFieldText(locale: Locale, images: Parameters<typeof imagesText>[0]): string {
  return imagesText(images, t(locale, 'listing.imagesWhite'));
}
