/**
 * Page model of the storefront checkout: the two forms' state (place the order, generate a
 * training ID) in the shop's language, and the cart with what the form offers for this store
 * (destination countries for export, the retail limits for import).
 */
import { actions } from 'astro:actions';
import type { Db } from '#lib/db/client.ts';
import type { Store, StoreLanguage } from '#lib/db/schema-sandbox.ts';
import { loadCart, type CartItem } from '#lib/storefront/cart.ts';
import { countryOptions, likelyDestination } from '#lib/storefront/countries.ts';
import { storeLangTag } from '#lib/storefront/labels.ts';
import { retailLimitsOn } from '#lib/storefront/retail-limits.ts';
import { isImportModel } from '#lib/workbench/business-models.ts';
import { todayInChina } from '#lib/workbench/calendar.ts';
import { EXPORT_COUNTRIES } from '#lib/workbench/market-day.ts';
import { postedValues, type ActionPage } from '#server/forms.ts';
import { shopErrors } from '../_shop-page.ts';

/** The checkout form after this request: placed (the page redirects), or its errors and what to show in each field. */
export async function checkoutForm(page: ActionPage, lang: StoreLanguage) {
  const placed = page.getActionResult(actions.shop.checkout);
  const generated = page.getActionResult(actions.shop.trainingId);
  const failed = placed?.error ?? generated?.error;
  if (failed) page.response.status = failed.status;
  const posted = await postedValues(page.request);
  const v = (name: string): string => posted[name] ?? '';
  return {
    placed: placed !== undefined && !placed.error,
    /** A training ID was generated in this request. */
    generatedNow: generated?.data !== undefined,
    errors: shopErrors(failed, lang),
    v,
    /** A training ID just generated, else the one posted. */
    idNumber: generated?.data?.idNumber ?? v('idNumber'),
  };
}

export async function loadCheckout(db: Db, store: Pick<Store, 'id' | 'businessModel'>, items: readonly CartItem[], lang: StoreLanguage) {
  const cart = await loadCart(db, store, items, lang);
  const importing = isImportModel(store.businessModel);
  return {
    cart,
    currency: cart.lines[0]?.product.currency ?? '142',
    importing,
    limits: retailLimitsOn(todayInChina()),
    countries: importing ? [] : countryOptions(EXPORT_COUNTRIES, lang, storeLangTag(lang)),
    defaultCountry: likelyDestination(lang),
  };
}
