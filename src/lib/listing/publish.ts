/**
 * The publish gate: a product goes on the public storefront only while its listing review has no
 * errors (`reviewListing` in review.ts); publishing a listing with errors is refused with
 * `listing.HAS_ERRORS`, naming the codes. Unpublishing is always allowed.
 */
import { and, asc, eq, isNotNull } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { products, type Product } from '../db/schema-sandbox.ts';
import { listingChanges } from '../db/schema-listing-changes.ts';
import { ListingError } from './errors.ts';
import { getOwnedProduct, reviewProduct } from './listings.ts';
import type { ListingReview } from './review.ts';

export interface PublishInput {
  productId: string;
  /** The acting user: the store's owner or a member of its team (recorded with the change). */
  ownerId: string;
}

/** Publishes an own product whose review has no errors; an already published one keeps its date. */
export async function publishProduct(db: Db, input: PublishInput, now = new Date()): Promise<{ product: Product; review: ListingReview }> {
  const { product, store } = await getOwnedProduct(db, input.productId, input.ownerId);
  const review = reviewProduct(product, store);
  if (!review.publishable) {
    const codes = [...new Set(review.findings.filter((f) => f.severity === 'error').map((f) => f.code))];
    throw new ListingError('HAS_ERRORS', { detail: codes.join(','), vars: { codes: codes.join(', '), n: codes.length } });
  }
  const publishedAt = product.publishedAt ?? now;
  await db.transaction(async (tx) => {
    await tx.update(products).set({ publishedAt }).where(eq(products.id, product.id));
    await tx.insert(listingChanges).values({ productId: product.id, storeId: store.id, actorId: input.ownerId, change: 'publish', at: now });
  });
  const { texts: _texts, ...row } = product;
  return { product: { ...row, publishedAt }, review };
}

/** Takes an own product off the public storefront. */
export async function unpublishProduct(db: Db, input: PublishInput, now = new Date()): Promise<{ product: Product }> {
  const { product } = await getOwnedProduct(db, input.productId, input.ownerId);
  await db.transaction(async (tx) => {
    await tx.update(products).set({ publishedAt: null }).where(eq(products.id, product.id));
    await tx.insert(listingChanges).values({ productId: product.id, storeId: product.storeId, actorId: input.ownerId, change: 'unpublish', at: now });
  });
  const { texts: _texts, ...row } = product;
  return { product: { ...row, publishedAt: null } };
}

/** Whether a product is on the public storefront. */
export function isPublished(product: Pick<Product, 'publishedAt'>): boolean {
  return product.publishedAt !== null;
}

/** The published products of a store (what its public storefront may show), by SKU. */
export function listPublishedProducts(db: Db, storeId: string): Promise<Product[]> {
  return db.select().from(products).where(and(eq(products.storeId, storeId), isNotNull(products.publishedAt))).orderBy(asc(products.sku));
}
