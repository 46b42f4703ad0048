/**
 * What the public may see of the learners' stores: only published products (ops's publish gate,
 * `isPublished` in listing/publish.ts), and a store is public when it has at least one of them.
 * `onStorefront` is the one filter every public path goes through.
 */
import { asc, inArray, isNotNull } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { products, stores, type Product, type Store } from '../db/schema-sandbox.ts';
import { isPublished } from '../listing/publish.ts';
import { getStoreBySlug, listProducts, storefrontLanguages, type ProductWithTexts } from '../workbench/stores.ts';
import type { StoreLanguage } from '../db/schema-sandbox.ts';

/** The one storefront filter: whether a product may be shown (and sold) publicly. */
export function onStorefront(product: Pick<Product, 'publishedAt'>): boolean {
  return isPublished(product);
}

export interface PublicStore {
  store: Store;
  products: ProductWithTexts[];
  languages: StoreLanguage[];
}

/** A store's public face by slug: null when it does not exist or has nothing published. */
export async function getPublicStore(db: Db, slug: string): Promise<PublicStore | null> {
  const store = await getStoreBySlug(db, slug);
  if (!store) return null;
  const list = (await listProducts(db, store.id)).filter(onStorefront);
  if (list.length === 0) return null;
  return { store, products: list, languages: storefrontLanguages(list) };
}

export interface PublicStoreSummary {
  slug: string;
  name: string;
  businessModel: Store['businessModel'];
  productCount: number;
  languages: StoreLanguage[];
}

/** Every published store (at least one published product), by name, with its languages. */
export async function listPublicStores(db: Db): Promise<PublicStoreSummary[]> {
  const candidates = await db.selectDistinct({ storeId: products.storeId }).from(products).where(isNotNull(products.publishedAt));
  if (candidates.length === 0) return [];
  const rows = await db.select().from(stores).where(inArray(stores.id, candidates.map((c) => c.storeId))).orderBy(asc(stores.name));
  const out: PublicStoreSummary[] = [];
  for (const store of rows) {
    const list = (await listProducts(db, store.id)).filter(onStorefront);
    if (list.length === 0) continue;
    out.push({ slug: store.slug, name: store.name, businessModel: store.businessModel, productCount: list.length, languages: storefrontLanguages(list) });
  }
  return out;
}
