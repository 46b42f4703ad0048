/**
 * Workbench stores for integration tests: a store, a product on its shelf and one market day of
 * orders, through the same domain functions the pages call.
 */
import type { Db } from '#lib/db/client.ts';
import { addProduct, createStore, listOrders, runMarketDay, type CreateStoreInput, type ProductInput, type ProductWithTexts } from '#lib/workbench/stores.ts';

type ProductFields = Omit<ProductInput, 'storeId' | 'ownerId'>;

/** Infant formula from Australia, stocked overseas: the import stores' product. */
export const FORMULA: ProductFields = {
  sku: 'IF-900', hsCode: '1901101010', priceFen: 19_800, currency: '142', grossWeightG: 1100, netWeightG: 900, originCountry: '601', unit: '122',
  spec: '900克/罐', stockLocation: 'overseas-warehouse', texts: [{ lang: 'zh', title: '婴儿配方奶粉900克', description: '' }],
};

/** Fushun ginseng, stocked at home: the export stores' product. */
export const GINSENG: ProductFields = {
  sku: 'GS-1', hsCode: '1211201000', priceFen: 19_800, currency: '142', grossWeightG: 1100, netWeightG: 900, originCountry: '142', unit: '035',
  spec: '500克/盒', stockLocation: 'domestic',
  texts: [{ lang: 'zh', title: '抚顺人参500克', description: '抚顺产' }, { lang: 'ru', title: 'Женьшень 500 г', description: 'Из Фушуня' }],
};

export interface StoreWithMarketDayInput extends Partial<Omit<CreateStoreInput, 'ownerId'>> {
  ownerId: string;
  /** The product stocked before the market day; FORMULA by default. */
  product?: ProductFields;
  seed: number;
  asOf: string;
}

export interface StoreWithMarketDay {
  storeId: string;
  product: ProductWithTexts;
  orders: Awaited<ReturnType<typeof listOrders>>;
}

/** An import-9610 store (advanced-certified unless given) with one product and one market day of orders. */
export async function createStoreWithMarketDay(db: Db, input: StoreWithMarketDayInput): Promise<StoreWithMarketDay> {
  const store = await createStore(db, {
    ownerId: input.ownerId,
    name: input.name ?? '测试店',
    businessModel: input.businessModel ?? 'import-9610',
    creditTier: input.creditTier ?? 'advanced-certified',
  });
  const product = await addProduct(db, { ...(input.product ?? FORMULA), storeId: store.id, ownerId: input.ownerId });
  await runMarketDay(db, { storeId: store.id, ownerId: input.ownerId, seed: input.seed, asOf: input.asOf });
  return { storeId: store.id, product, orders: await listOrders(db, store.id) };
}
