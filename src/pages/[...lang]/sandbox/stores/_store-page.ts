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
import { getOwnedStore, listMarketDays, listOrders, listProducts, storefrontLanguages } from '#lib/workbench/stores.ts';
import { t } from '#i18n/index.ts';
import type { Locale } from '#i18n/locales.ts';
import { pick } from '#i18n/pick.ts';

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
  return `${hs.hs} ${pick(locale, hs)} (${vat}; ${ct}; ${list})`;
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

/** The store and everything its page lists, or null when it is not the user's (the page answers 404). */
export async function loadStorePage(db: Db, input: { storeId: string; userId: string }) {
  let store;
  try {
    store = await getOwnedStore(db, input.storeId, input.userId);
  } catch (e) {
    if (e instanceof WorkbenchError) return null;
    throw e;
  }
  const [products, orders, days, stats] = await Promise.all([listProducts(db, store.id), listOrders(db, store.id), listMarketDays(db, store.id), storeStats(db, store.id)]);
  return { store, products, orders, days, stats, languages: storefrontLanguages(products), defaults: storeFormDefaults(store.businessModel) };
}
