/**
 * A visitor's cart on a public storefront. The cookie holds only product ids and quantities
 * (`<productId>_<qty>` joined by `.`); every read checks them against the database, so prices,
 * titles and what is on sale always come from the store, never from the client. Bounded: at most
 * MAX_CART_LINES products and MAX_LINE_QTY pieces of each. Framework-free.
 */
import { DEFAULT_STOCK } from '../buyer-messages/operations.ts';
import type { Db } from '../db/client.ts';
import { productStock } from '../db/schema-buyer-messages.ts';
import type { BusinessModel, Store, StoreLanguage } from '../db/schema-sandbox.ts';
import { isImportModel } from '../workbench/business-models.ts';
import { listProducts, titleWithLang, type ProductWithTexts } from '../workbench/stores.ts';
import { inArray } from 'drizzle-orm';
import { StorefrontError } from './errors.ts';
import { onStorefront } from './public.ts';

export const MAX_CART_LINES = 20;
export const MAX_LINE_QTY = 99;

export interface CartItem {
  productId: string;
  qty: number;
}

const ITEM = /^([A-Za-z0-9-]{1,64})_(\d{1,3})$/;

/** The cart cookie's items; anything malformed is left out, duplicates are merged, the bounds applied. */
export function parseCart(raw: string | undefined | null): CartItem[] {
  const out: CartItem[] = [];
  for (const part of (raw ?? '').slice(0, 4096).split('.')) {
    const m = ITEM.exec(part);
    if (!m) continue;
    const qty = Number(m[2]);
    if (qty < 1) continue;
    const had = out.find((x) => x.productId === m[1]);
    if (had) had.qty = Math.min(MAX_LINE_QTY, had.qty + qty);
    else if (out.length < MAX_CART_LINES) out.push({ productId: m[1] ?? '', qty: Math.min(MAX_LINE_QTY, qty) });
  }
  return out;
}

export function serializeCart(items: readonly CartItem[]): string {
  return items.map((i) => `${i.productId}_${i.qty}`).join('.');
}

/**
 * The cart after adding `qty` pieces of a product (`mode: 'add'`) or setting its quantity (`'set'`,
 * 0 removes it). Refuses a quantity out of 1…MAX_LINE_QTY and a new product in a full cart.
 */
export function changeCart(items: readonly CartItem[], productId: string, qty: number, mode: 'add' | 'set'): CartItem[] {
  const min = mode === 'set' ? 0 : 1;
  if (!Number.isSafeInteger(qty) || qty < min || qty > MAX_LINE_QTY) throw new StorefrontError('QTY', { max: MAX_LINE_QTY });
  const had = items.find((i) => i.productId === productId);
  if (!had) {
    if (qty === 0) return [...items];
    if (items.length >= MAX_CART_LINES) throw new StorefrontError('CART_FULL', { n: MAX_CART_LINES });
    return [...items, { productId, qty }];
  }
  const next = mode === 'add' ? had.qty + qty : qty;
  if (next > MAX_LINE_QTY) throw new StorefrontError('QTY', { max: MAX_LINE_QTY });
  return next === 0 ? items.filter((i) => i !== had) : items.map((i) => (i === had ? { productId, qty: next } : i));
}

export interface CartLine {
  product: ProductWithTexts;
  title: string;
  /** The language the title is in (the shop's, or Chinese when the listing has none in it). */
  titleLang: StoreLanguage;
  qty: number;
  unitFen: number;
  lineFen: number;
  /** Units in stock now. */
  stock: number;
}

export interface CartView {
  lines: CartLine[];
  goodsFen: number;
  freightFen: number;
  /** Items of the cookie that are not (or no longer) on sale in this store, left out. */
  dropped: number;
  /** The cart as it should be stored after the check (dropped items removed). */
  items: CartItem[];
}

/**
 * Shipping of a storefront order (a teaching assumption): import retail ships free from the
 * bonded or overseas warehouse, as most CBEC import platforms do; an export parcel abroad costs ¥50.
 */
export function storefrontFreightFen(model: BusinessModel): number {
  return isImportModel(model) ? 0 : 5_000;
}

/** Units in stock of each product (a product never counted has DEFAULT_STOCK). */
export async function stockOf(db: Pick<Db, 'select'>, productIds: readonly string[]): Promise<Map<string, number>> {
  const rows = productIds.length === 0 ? [] : await db.select().from(productStock).where(inArray(productStock.productId, [...productIds]));
  return new Map(productIds.map((id) => [id, rows.find((r) => r.productId === id)?.units ?? DEFAULT_STOCK]));
}

/** The cart as the store sells it now: only its published products, at today's prices, with stock. */
export async function loadCart(db: Db, store: Pick<Store, 'id' | 'businessModel'>, items: readonly CartItem[], lang: StoreLanguage): Promise<CartView> {
  const onSale = (await listProducts(db, store.id)).filter(onStorefront);
  const kept = items.filter((i) => onSale.some((p) => p.id === i.productId));
  const stock = await stockOf(db, kept.map((i) => i.productId));
  const lines = kept.map((i) => {
    const product = onSale.find((p) => p.id === i.productId)!;
    const { title, lang: titleLang } = titleWithLang(product, lang);
    return { product, title, titleLang, qty: i.qty, unitFen: product.priceFen, lineFen: product.priceFen * i.qty, stock: stock.get(product.id) ?? 0 };
  });
  return {
    lines,
    goodsFen: lines.reduce((a, l) => a + l.lineFen, 0),
    freightFen: lines.length === 0 ? 0 : storefrontFreightFen(store.businessModel),
    dropped: items.length - kept.length,
    items: kept.map((i) => ({ ...i })),
  };
}

/** What the checkout page showed, as a hidden field: `<productId>_<qty>_<unitFen>` joined by `.`. */
export function seenToken(lines: readonly Pick<CartLine, 'product' | 'qty' | 'unitFen'>[]): string {
  return lines.map((l) => `${l.product.id}_${l.qty}_${l.unitFen}`).join('.');
}

export function parseSeen(raw: string): Array<CartItem & { unitFen: number }> {
  return raw
    .split('.')
    .map((p) => /^([A-Za-z0-9-]{1,64})_(\d{1,3})_(\d{1,12})$/.exec(p))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ productId: m[1] ?? '', qty: Number(m[2]), unitFen: Number(m[3]) }));
}
