/**
 * Simulated stores and their products, and the market days that bring orders. Framework-free:
 * takes `db`, returns plain data; multi-row writes in one transaction.
 */
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { COUNTRY_BY_CODE, CURRENCY_BY_CODE, HS_BY_CODE, isCreditTier, isValidEnterpriseCode, UNIT_BY_CODE, type CreditTier } from '#sandbox';
import type { Db } from '../db/client.ts';
import {
  BUSINESS_MODELS,
  marketDays,
  products,
  productTexts,
  STOCK_LOCATIONS,
  STORE_LANGUAGES,
  storeOrders,
  stores,
  type BusinessModel,
  type ListingPlatform,
  type Product,
  type Store,
  type StoreLanguage,
  type StoreOrder,
  type OrderSource,
} from '../db/schema-sandbox.ts';
import { todayInChina } from './calendar.ts';
import { WorkbenchError } from './errors.ts';
import { getWorkableStore, workableBy } from './store-access.ts';
import { simulateMarketDay, type Buyer, type GeneratedOrder, type OrderLine } from './market-day.ts';
import { loadOperations, recordOperations } from '../buyer-messages/operations.ts';

export const PLATFORM_NAME = '抚顺跨境实训电商平台';

function randomDigits(n: number): string {
  const bytes = crypto.getRandomValues(new Uint8Array(n));
  return [...bytes].map((b) => String(b % 10)).join('');
}

function randomHex(bytes: number): string {
  return [...crypto.getRandomValues(new Uint8Array(bytes))].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** A simulated 10-character customs registration code in the Fushun area (2104…), valid per the engine. */
export function simulatedEnterpriseCode(): string {
  const code = `21049${randomDigits(5)}`;
  if (!isValidEnterpriseCode(code)) throw new Error('generated enterprise code is invalid');
  return code;
}

export interface CreateStoreInput {
  ownerId: string;
  name: string;
  businessModel: BusinessModel;
  creditTier: CreditTier;
}

export async function createStore(db: Db, input: CreateStoreInput, now = new Date()): Promise<Store> {
  const name = input.name.trim();
  if (name.length < 2 || name.length > 40) throw new WorkbenchError('INVALID', 'name');
  if (!(BUSINESS_MODELS as readonly string[]).includes(input.businessModel)) throw new WorkbenchError('INVALID', 'businessModel');
  if (!isCreditTier(input.creditTier)) throw new WorkbenchError('INVALID', 'creditTier');
  const ebcCode = simulatedEnterpriseCode();
  let ebpCode = simulatedEnterpriseCode();
  while (ebpCode === ebcCode) ebpCode = simulatedEnterpriseCode();
  const row: Store = {
    id: crypto.randomUUID(),
    ownerId: input.ownerId,
    slug: `s-${randomHex(5)}`,
    name,
    businessModel: input.businessModel,
    ebcCode,
    ebcName: `${name}（抚顺）电子商务有限公司`,
    ebpCode,
    ebpName: PLATFORM_NAME,
    creditTier: input.creditTier,
    createdAt: now,
  };
  await db.insert(stores).values(row);
  return row;
}

/** The stores the user may work in: their own and their team's (store-access.ts), newest first. */
export function listStores(db: Db, userId: string): Promise<Store[]> {
  return db.select().from(stores).where(workableBy(userId)).orderBy(desc(stores.createdAt));
}

export async function getStoreBySlug(db: Db, slug: string): Promise<Store | null> {
  const [row] = await db.select().from(stores).where(eq(stores.slug, slug));
  return row ?? null;
}

export interface ProductText {
  lang: StoreLanguage;
  title: string;
  description: string;
}

export interface ProductInput {
  storeId: string;
  /** The acting user: the store's owner or a member of its team (recorded as the one who added it). */
  ownerId: string;
  sku: string;
  hsCode: string;
  priceFen: number;
  currency: string;
  grossWeightG: number;
  netWeightG: number;
  originCountry: string;
  unit: string;
  spec: string;
  stockLocation: (typeof STOCK_LOCATIONS)[number];
  itemRecordNo?: string | undefined;
  texts: ProductText[];
  /** Listing data (src/lib/listing/): the target marketplace, brand, category attributes and image metadata. */
  platform?: ListingPlatform | undefined;
  brand?: string | null | undefined;
  attributes?: Readonly<Record<string, string>> | undefined;
  images?: ReadonlyArray<{ width: number; height: number; whiteBackground: boolean }> | undefined;
}

export type ProductWithTexts = Product & { texts: ProductText[] };

/** Adds a product with its titles per language. Every code is checked against the engine's tables. */
export async function addProduct(db: Db, input: ProductInput, now = new Date()): Promise<ProductWithTexts> {
  await getWorkableStore(db, input.storeId, input.ownerId);
  const sku = input.sku.trim();
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/.test(sku)) throw new WorkbenchError('INVALID', 'sku');
  if (!HS_BY_CODE.has(input.hsCode)) throw new WorkbenchError('INVALID', 'hsCode');
  if (!CURRENCY_BY_CODE.has(input.currency)) throw new WorkbenchError('INVALID', 'currency');
  if (!UNIT_BY_CODE.has(input.unit)) throw new WorkbenchError('INVALID', 'unit');
  if (!COUNTRY_BY_CODE.has(input.originCountry)) throw new WorkbenchError('INVALID', 'originCountry');
  if (!Number.isSafeInteger(input.priceFen) || input.priceFen <= 0) throw new WorkbenchError('INVALID', 'price');
  if (input.grossWeightG <= 0 || input.netWeightG <= 0 || input.netWeightG > input.grossWeightG) throw new WorkbenchError('INVALID', 'netWeight');
  const texts = input.texts.filter((x) => x.title.trim() !== '');
  if (texts.length === 0 || texts.some((x) => !(STORE_LANGUAGES as readonly string[]).includes(x.lang))) throw new WorkbenchError('INVALID', 'texts');
  const [taken] = await db.select({ id: products.id }).from(products).where(and(eq(products.storeId, input.storeId), eq(products.sku, sku)));
  if (taken) throw new WorkbenchError('SKU_TAKEN');
  const row: Product = {
    id: crypto.randomUUID(),
    storeId: input.storeId,
    sku,
    hsCode: input.hsCode,
    priceFen: input.priceFen,
    currency: input.currency,
    grossWeightG: input.grossWeightG,
    netWeightG: input.netWeightG,
    originCountry: input.originCountry,
    unit: input.unit,
    spec: input.spec.trim(),
    stockLocation: input.stockLocation,
    itemRecordNo: input.itemRecordNo?.trim() || null,
    platform: input.platform ?? 'own-site',
    brand: input.brand?.trim() || null,
    attributes: JSON.stringify(input.attributes ?? {}),
    images: JSON.stringify(input.images ?? []),
    publishedAt: null,
    createdBy: input.ownerId,
    createdAt: now,
  };
  const clean = texts.map((x) => ({ lang: x.lang, title: x.title.trim(), description: x.description.trim() }));
  await db.transaction(async (tx) => {
    await tx.insert(products).values(row);
    await tx.insert(productTexts).values(clean.map((x) => ({ productId: row.id, ...x })));
  });
  return { ...row, texts: clean };
}

export async function listProducts(db: Db, storeId: string): Promise<ProductWithTexts[]> {
  const rows = await db.select().from(products).where(eq(products.storeId, storeId)).orderBy(asc(products.sku));
  if (rows.length === 0) return [];
  const texts = await db.select().from(productTexts).where(inArray(productTexts.productId, rows.map((r) => r.id)));
  return rows.map((r) => ({ ...r, texts: texts.filter((x) => x.productId === r.id).map((x) => ({ lang: x.lang, title: x.title, description: x.description })) }));
}

/** The product's title in a language, else Chinese, else the first one, else the SKU; with the language it is in. */
export function titleWithLang(p: ProductWithTexts, lang: StoreLanguage): { title: string; lang: StoreLanguage } {
  const text = p.texts.find((x) => x.lang === lang) ?? p.texts.find((x) => x.lang === 'zh') ?? p.texts[0];
  return { title: text?.title ?? p.sku, lang: text?.lang ?? lang };
}

/** The product's title in a language, else Chinese, else the first one, else the SKU. */
export function titleIn(p: ProductWithTexts, lang: StoreLanguage): string {
  return titleWithLang(p, lang).title;
}

/** Languages a store's storefront can be shown in: those any product has a title in (zh first). */
export function storefrontLanguages(list: readonly ProductWithTexts[]): StoreLanguage[] {
  const have = new Set(list.flatMap((p) => p.texts.map((x) => x.lang)));
  const langs = STORE_LANGUAGES.filter((l) => have.has(l));
  return langs.length > 0 ? langs : ['zh'];
}

export interface ParsedOrder extends Omit<StoreOrder, 'buyer' | 'lines'> {
  buyer: Buyer;
  lines: OrderLine[];
}

export function parseOrder(row: StoreOrder): ParsedOrder {
  return { ...row, buyer: JSON.parse(row.buyer) as Buyer, lines: JSON.parse(row.lines) as OrderLine[] };
}

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/**
 * The one way new store orders are written, open and ready to declare, inside the caller's transaction:
 * a market day's generated orders and a storefront purchase go through it alike. Returns the new ids.
 */
export async function insertStoreOrders(
  tx: Tx,
  input: { storeId: string; marketDayId: string | null; source: OrderSource; orders: readonly GeneratedOrder[]; now: Date },
): Promise<string[]> {
  if (input.orders.length === 0) return [];
  const rows = input.orders.map((o) => ({
    id: crypto.randomUUID(), storeId: input.storeId, marketDayId: input.marketDayId, orderNo: o.orderNo, buyer: JSON.stringify(o.buyer), lines: JSON.stringify(o.lines),
    goodsFen: o.goodsFen, freightFen: o.freightFen, trap: o.trap, status: 'open' as const, source: input.source, createdAt: input.now,
  }));
  await tx.insert(storeOrders).values(rows);
  return rows.map((r) => r.id);
}

export interface RunMarketDayInput {
  storeId: string;
  /** The acting user: the store's owner or a member of its team (recorded as the one who ran the day). */
  ownerId: string;
  seed: number;
  asOf: string;
}

/** Runs a market day: generates the orders (pure) and stores them with the day, in one transaction. */
export async function runMarketDay(db: Db, input: RunMarketDayInput, now = new Date()): Promise<{ marketDayId: string; orders: number }> {
  const store = await getWorkableStore(db, input.storeId, input.ownerId);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.asOf) || Number.isNaN(Date.parse(`${input.asOf}T00:00:00Z`))) throw new WorkbenchError('INVALID', 'asOf');
  if (!Number.isSafeInteger(input.seed) || input.seed < 0 || input.seed > 0xffff_ffff) throw new WorkbenchError('INVALID', 'seed');
  const list = await listProducts(db, store.id);
  if (list.length === 0) throw new WorkbenchError('NO_PRODUCTS');
  const [dup] = await db.select({ id: marketDays.id }).from(marketDays).where(and(eq(marketDays.storeId, store.id), eq(marketDays.seed, input.seed), eq(marketDays.asOf, input.asOf)));
  if (dup) throw new WorkbenchError('ALREADY_RUN');
  const { operations, seq } = await loadOperations(db, store, list);
  const outcome = simulateMarketDay({
    businessModel: store.businessModel, products: list, seed: input.seed, asOf: input.asOf, operations, languages: storefrontLanguages(list),
    // A buyer names the product by its title in the buyer's language, or by its SKU when the listing has none in it
    // (a Chinese title in an English or Russian message would be text in another language).
    titleOf: (id, lang) => { const p = list.find((x) => x.id === id); return p === undefined ? '' : (p.texts.find((x) => x.lang === lang)?.title ?? p.sku); },
  });
  const generated = outcome.orders;
  const marketDayId = crypto.randomUUID();
  await db.transaction(async (tx) => {
    await tx.insert(marketDays).values({ id: marketDayId, storeId: store.id, seed: input.seed, asOf: input.asOf, orderCount: generated.length, runBy: input.ownerId, createdAt: now });
    await insertStoreOrders(tx, { storeId: store.id, marketDayId, source: 'market-day', orders: generated, now });
    await recordOperations(tx, { storeId: store.id, marketDayId, seq, health: operations.health, outcome, now });
  });
  return { marketDayId, orders: generated.length };
}

export async function listOrders(db: Db, storeId: string): Promise<(ParsedOrder & { asOf: string })[]> {
  const rows = await db
    .select({ order: storeOrders, asOf: marketDays.asOf })
    .from(storeOrders)
    .leftJoin(marketDays, eq(storeOrders.marketDayId, marketDays.id))
    .where(eq(storeOrders.storeId, storeId))
    .orderBy(desc(storeOrders.createdAt), asc(storeOrders.orderNo));
  // A storefront purchase has no market day: its business date is the day it was placed, in China.
  return rows.map((r) => ({ ...parseOrder(r.order), asOf: r.asOf ?? todayInChina(r.order.createdAt) }));
}

export function listMarketDays(db: Db, storeId: string) {
  return db.select().from(marketDays).where(eq(marketDays.storeId, storeId)).orderBy(desc(marketDays.createdAt));
}
