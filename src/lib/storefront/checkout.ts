/**
 * A storefront visitor buys as a simulated consumer: the cart (ids and quantities from the cookie,
 * checked against the store) becomes one open order of the learner's store, written by the
 * workbench's own order path (`insertStoreOrders`, as market days write theirs) and marked
 * `source: 'storefront'`, so it is declared like any market-day order. Refused, with nothing
 * written, when the buyer's ID is not a valid training ID, a product is no longer on sale, the
 * visitor saw other prices or quantities than the store's now, stock is short, an import order
 * breaks the CBEC retail limits (retail-limits.ts), or the address placed too many orders lately.
 * Stock is taken in the same transaction as the order is inserted. Money in fen.
 */
import { and, eq, gte, inArray, sql } from 'drizzle-orm';
import { checkRateLimit, recordFailure, type BackoffPolicy } from '../auth/rate-limit.ts';
import type { Db } from '../db/client.ts';
import { productStock } from '../db/schema-buyer-messages.ts';
import { storeOrders, type StoreLanguage } from '../db/schema-sandbox.ts';
import { DEFAULT_STOCK } from '../buyer-messages/operations.ts';
import { isImportModel } from '../workbench/business-models.ts';
import { todayInChina } from '../workbench/calendar.ts';
import { EXPORT_COUNTRIES, type Buyer, type GeneratedOrder, type LedgerPurchase } from '../workbench/market-day.ts';
import { getStoreBySlug, insertStoreOrders, listProducts, titleIn } from '../workbench/stores.ts';
import { loadCart, parseSeen, type CartItem } from './cart.ts';
import { StorefrontError, type StorefrontErrorCode } from './errors.ts';
import { retailLimitRefusal } from './retail-limits.ts';
import { trainingIdProblem, type TrainingIdProblem } from './training-id.ts';

/** Orders one address may place before it must wait (a storefront is public: no sign-in to throttle by). */
export const CHECKOUT_PER_ADDRESS: BackoffPolicy = { freeFailures: 30, baseDelayMs: 60_000, maxDelayMs: 30 * 60_000, windowMs: 60 * 60_000 };

/** Statuses whose orders count towards a consumer's yearly CBEC purchases (not split, cancelled or moved out of CBEC). */
const COUNTED = ['open', 'declared', 'review', 'released', 'rejected'] as const;

export interface CheckoutBuyer {
  name: string;
  address: string;
  phone: string;
  idNumber: string;
  /** Export stores: the customs country code of the delivery address (ignored for import: China). */
  country: string;
}

export interface CheckoutInput {
  slug: string;
  lang: StoreLanguage;
  /** The cart cookie's items. */
  items: readonly CartItem[];
  /** What the checkout page showed (cart.ts `seenToken`). */
  seen: string;
  buyer: CheckoutBuyer;
  /** The rate-limit key of the visitor (their address). */
  visitor: string;
}

export interface CheckoutResult {
  orderId: string;
  orderNo: string;
  goodsFen: number;
  freightFen: number;
}

const ID_CODES: Record<TrainingIdProblem, StorefrontErrorCode> = { format: 'ID_FORMAT', checksum: 'ID_CHECKSUM', 'not-training': 'ID_NOT_TRAINING', birth: 'ID_BIRTH' };


/** This calendar year's earlier CBEC purchases (China time) under an ID number, across every store: the annual ledger. */
export async function purchasesThisYear(db: Pick<Db, 'select'>, idNumber: string, now: Date): Promise<LedgerPurchase[]> {
  const year = Number(todayInChina(now).slice(0, 4));
  const start = new Date(Date.UTC(year, 0, 1) - 8 * 3_600_000);
  const rows = await db
    .select({ goodsFen: storeOrders.goodsFen, freightFen: storeOrders.freightFen, createdAt: storeOrders.createdAt })
    .from(storeOrders)
    .where(and(sql`json_extract(${storeOrders.buyer}, '$.idNumber') = ${idNumber}`, inArray(storeOrders.status, [...COUNTED]), gte(storeOrders.createdAt, start)));
  return rows.map((r) => ({ date: todayInChina(r.createdAt), amountFen: r.goodsFen + r.freightFen })).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

export async function checkout(db: Db, input: CheckoutInput, now = new Date()): Promise<CheckoutResult> {
  const store = await getStoreBySlug(db, input.slug);
  if (!store) throw new StorefrontError('NOT_FOUND');
  const idNumber = input.buyer.idNumber.trim().toUpperCase();
  const problem = trainingIdProblem(idNumber);
  if (problem !== null) throw new StorefrontError(ID_CODES[problem]);
  const importing = isImportModel(store.businessModel);
  if (!importing && !EXPORT_COUNTRIES.includes(input.buyer.country)) throw new StorefrontError('COUNTRY');
  if (input.items.length === 0) throw new StorefrontError('EMPTY');

  const cart = await loadCart(db, store, input.items, input.lang);
  if (cart.dropped > 0) {
    const all = await listProducts(db, store.id);
    const gone = input.items.find((i) => !cart.items.some((k) => k.productId === i.productId));
    const product = all.find((p) => p.id === gone?.productId);
    throw new StorefrontError('UNPUBLISHED', { title: product ? titleIn(product, input.lang) : '' });
  }
  const seen = parseSeen(input.seen);
  if (seen.length !== cart.lines.length) throw new StorefrontError('CART_CHANGED');
  for (const line of cart.lines) {
    const s = seen.find((x) => x.productId === line.product.id);
    if (!s || s.qty !== line.qty) throw new StorefrontError('CART_CHANGED');
    if (s.unitFen !== line.unitFen) throw new StorefrontError('PRICE_CHANGED', { title: line.title });
  }
  for (const line of cart.lines) if (line.qty > line.stock) throw new StorefrontError('OUT_OF_STOCK', { title: line.title, left: line.stock });

  const history = importing ? await purchasesThisYear(db, idNumber, now) : [];
  const asOf = todayInChina(now);
  const refusal = retailLimitRefusal({
    businessModel: store.businessModel, goodsFen: cart.goodsFen, freightFen: cart.freightFen, pieces: cart.lines.reduce((a, l) => a + l.qty, 0),
    usedThisYearFen: history.reduce((a, h) => a + h.amountFen, 0), asOf,
  });
  if (refusal?.code === 'SINGLE_LIMIT') throw new StorefrontError('SINGLE_LIMIT', { limitFen: refusal.limitFen, taxableFen: refusal.taxableFen });
  if (refusal?.code === 'ANNUAL_LIMIT') throw new StorefrontError('ANNUAL_LIMIT', { limitFen: refusal.limitFen, usedFen: refusal.usedFen, taxableFen: refusal.taxableFen });

  const wait = await checkRateLimit(db, `checkout:${input.visitor}`, now);
  if (wait > 0) throw new StorefrontError('BUSY', { minutes: Math.max(1, Math.ceil(wait / 60_000)) });

  const buyer: Buyer = {
    name: input.buyer.name.trim(),
    idType: importing ? '1' : '2',
    idNumber,
    phone: input.buyer.phone.trim(),
    country: importing ? '142' : input.buyer.country,
    address: input.buyer.address.trim(),
    history,
    quirks: {},
  };
  const prefix = `FSS${importing ? 'I' : 'E'}${asOf.replaceAll('-', '')}`;
  const result = await db.transaction(async (tx) => {
    for (const line of cart.lines) {
      await tx.insert(productStock).values({ productId: line.product.id, units: DEFAULT_STOCK }).onConflictDoNothing();
      const taken = await tx
        .update(productStock)
        .set({ units: sql`${productStock.units} - ${line.qty}` })
        .where(and(eq(productStock.productId, line.product.id), gte(productStock.units, line.qty)))
        .returning({ units: productStock.units });
      if (taken.length === 0) throw new StorefrontError('OUT_OF_STOCK', { title: line.title, left: 0 });
    }
    const order: GeneratedOrder = {
      orderNo: await nextOrderNo(tx, store.id, prefix),
      buyer,
      lines: cart.lines.map((l) => ({ productId: l.product.id, sku: l.product.sku, hsCode: l.product.hsCode, qty: l.qty, priceFen: l.unitFen })),
      goodsFen: cart.goodsFen,
      freightFen: cart.freightFen,
      trap: null,
    };
    const [orderId] = await insertStoreOrders(tx, { storeId: store.id, marketDayId: null, source: 'storefront', orders: [order], now });
    return { orderId: orderId ?? '', orderNo: order.orderNo, goodsFen: order.goodsFen, freightFen: order.freightFen };
  });
  // Each order counts towards the address's allowance (the sign-in backoff's counter, reused).
  await recordFailure(db, `checkout:${input.visitor}`, CHECKOUT_PER_ADDRESS, now);
  return result;
}

/**
 * The day's next storefront order number of the store: one more than the highest number taken with this prefix (not
 * the count, which repeats a number once an order is gone). Read inside the checkout's write transaction, which
 * SQLite runs one at a time, so concurrent checkouts get distinct numbers; the unique (store, number) index
 * refuses a duplicate should one ever be written.
 */
async function nextOrderNo(tx: Pick<Db, 'select'>, storeId: string, prefix: string): Promise<string> {
  const suffix = sql<number | null>`max(cast(substr(${storeOrders.orderNo}, ${prefix.length + 1}) as integer))`;
  const [row] = await tx
    .select({ max: suffix })
    .from(storeOrders)
    .where(and(eq(storeOrders.storeId, storeId), sql`substr(${storeOrders.orderNo}, 1, ${prefix.length}) = ${prefix}`));
  return `${prefix}${String(Number(row?.max ?? 0) + 1).padStart(4, '0')}`;
}

/** A storefront order for its confirmation page: only the number and what was bought (no buyer data). */
export async function confirmationOf(db: Db, input: { slug: string; orderId: string }) {
  const store = await getStoreBySlug(db, input.slug);
  if (!store || !/^[0-9a-f-]{36}$/.test(input.orderId)) return null;
  const [row] = await db.select().from(storeOrders).where(and(eq(storeOrders.id, input.orderId), eq(storeOrders.storeId, store.id), eq(storeOrders.source, 'storefront')));
  if (!row) return null;
  return { orderNo: row.orderNo, goodsFen: row.goodsFen, freightFen: row.freightFen, lines: JSON.parse(row.lines) as GeneratedOrder['lines'] };
}
