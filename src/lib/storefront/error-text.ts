/**
 * A storefront refusal in the shop's language (the visitor reads the store in Russian, Korean…, not
 * in the site's zh-CN/en): each StorefrontError code → its label, amounts (`…Fen` values) as money.
 */
import { formatFen } from '#i18n/format.ts';
import type { StoreLanguage } from '../db/schema-sandbox.ts';
import type { StorefrontErrorCode } from './errors.ts';
import { storefrontText, type StorefrontLabel } from './labels.ts';

const LABEL_OF: Readonly<Record<StorefrontErrorCode, StorefrontLabel>> = {
  NOT_FOUND: 'err.notOnSale',
  QTY: 'err.qty',
  CART_FULL: 'err.cartFull',
  EMPTY: 'cartEmpty',
  UNPUBLISHED: 'err.unpublished',
  PRICE_CHANGED: 'err.priceChanged',
  CART_CHANGED: 'err.cartChanged',
  OUT_OF_STOCK: 'err.outOfStock',
  ID_FORMAT: 'err.idFormat',
  ID_CHECKSUM: 'err.idChecksum',
  ID_NOT_TRAINING: 'err.idReal',
  ID_BIRTH: 'err.idBirth',
  SINGLE_LIMIT: 'err.singleLimit',
  ANNUAL_LIMIT: 'err.annualLimit',
  COUNTRY: 'err.country',
  BUSY: 'err.busy',
};

export function storefrontErrorText(lang: StoreLanguage, code: StorefrontErrorCode, vars: Readonly<Record<string, string | number>> = {}): string {
  const filled: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(vars)) {
    if (k.endsWith('Fen') && typeof v === 'number') filled[k.slice(0, -3)] = formatFen(v);
    else filled[k] = v;
  }
  return storefrontText(lang, LABEL_OF[code], filled);
}
