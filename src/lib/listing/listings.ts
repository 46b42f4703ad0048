/**
 * Listings in the database: a product's listing data read back from its row (JSON columns parsed
 * with zod, so a damaged row reads as empty rather than failing the page), the review of a stored
 * product, and the edit of a listing. Framework-free: takes `db`, returns plain data.
 */
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../db/client.ts';
import { LISTING_PLATFORMS, products, productTexts, STORE_LANGUAGES, stores, type ListingPlatform, type Product, type Store } from '../db/schema-sandbox.ts';
import { listingChanges } from '../db/schema-listing-changes.ts';
import type { ProductWithTexts } from '../workbench/stores.ts';
import { workableBy } from '../workbench/store-access.ts';
import { ListingError } from './errors.ts';
import { reviewListing, type ListingImage, type ListingInput, type ListingReview, type ListingText } from './review.ts';
import { ATTRIBUTE_KEYS, IMAGE_MAX_COUNT } from './rules.ts';

const imagesSchema = z.array(z.object({ width: z.number().int().positive(), height: z.number().int().positive(), whiteBackground: z.boolean() })).max(IMAGE_MAX_COUNT);
const attributesSchema = z.record(z.string(), z.string());

export function parseImages(json: string): ListingImage[] {
  try {
    const r = imagesSchema.safeParse(JSON.parse(json));
    return r.success ? r.data : [];
  } catch {
    return [];
  }
}

export function parseAttributes(json: string): Record<string, string> {
  try {
    const r = attributesSchema.safeParse(JSON.parse(json));
    return r.success ? r.data : {};
  } catch {
    return {};
  }
}

/** The review's input for a stored product of a store. */
export function listingInputOf(product: ProductWithTexts, store: Pick<Store, 'businessModel'>): ListingInput {
  return {
    platform: product.platform,
    businessModel: store.businessModel,
    hsCode: product.hsCode,
    priceFen: product.priceFen,
    brand: product.brand,
    attributes: parseAttributes(product.attributes),
    images: parseImages(product.images),
    texts: product.texts,
  };
}

export function reviewProduct(product: ProductWithTexts, store: Pick<Store, 'businessModel'>): ListingReview {
  return reviewListing(listingInputOf(product, store));
}

/** A product of a store the user may work in (store-access.ts), with its texts and store; NOT_FOUND otherwise (no hint that it exists). */
export async function getOwnedProduct(db: Db, productId: string, userId: string): Promise<{ product: ProductWithTexts; store: Store }> {
  const [row] = await db.select({ product: products, store: stores }).from(products).innerJoin(stores, eq(products.storeId, stores.id)).where(and(eq(products.id, productId), workableBy(userId)));
  if (!row) throw new ListingError('NOT_FOUND');
  const texts = await db.select().from(productTexts).where(eq(productTexts.productId, productId));
  return { product: { ...row.product, texts: texts.map((x) => ({ lang: x.lang, title: x.title, description: x.description })) }, store: row.store };
}

export interface UpdateListingInput {
  productId: string;
  /** The acting user: the store's owner or a member of its team (recorded with the change). */
  ownerId: string;
  platform: ListingPlatform;
  brand: string | null;
  /** Every language's title and description; an empty title removes that language. */
  texts: readonly ListingText[];
  attributes: Readonly<Record<string, string>>;
  images: readonly ListingImage[];
}

export const TITLE_MAX_STORED = 250;
export const DESCRIPTION_MAX_STORED = 2000;
export const ATTRIBUTE_MAX = 200;

/**
 * Replaces a listing's platform, brand, texts, attributes and images, in one transaction. The edited
 * listing is reviewed: a published listing whose review now has errors goes back to unpublished
 * (a listing with errors never stays on the storefront). Returns the new review.
 */
export async function updateListing(db: Db, input: UpdateListingInput, now = new Date()): Promise<{ product: Product; review: ListingReview; unpublished: boolean }> {
  const { product, store } = await getOwnedProduct(db, input.productId, input.ownerId);
  if (!(LISTING_PLATFORMS as readonly string[]).includes(input.platform)) throw new ListingError('INVALID', { detail: 'platform' });
  const texts = input.texts.map((x) => ({ lang: x.lang, title: x.title.trim(), description: x.description.trim() })).filter((x) => x.title !== '');
  if (texts.length === 0) throw new ListingError('INVALID', { detail: 'texts' });
  for (const x of texts) {
    if (!(STORE_LANGUAGES as readonly string[]).includes(x.lang)) throw new ListingError('INVALID', { detail: 'texts' });
    if ([...x.title].length > TITLE_MAX_STORED) throw new ListingError('INVALID', { detail: `title_${x.lang}` });
    if ([...x.description].length > DESCRIPTION_MAX_STORED) throw new ListingError('INVALID', { detail: `description_${x.lang}` });
  }
  if (new Set(texts.map((x) => x.lang)).size !== texts.length) throw new ListingError('INVALID', { detail: 'texts' });
  const attributes: Record<string, string> = {};
  for (const [k, v] of Object.entries(input.attributes)) {
    if (!(ATTRIBUTE_KEYS as readonly string[]).includes(k) || v.length > ATTRIBUTE_MAX) throw new ListingError('INVALID', { detail: `attr_${k}` });
    if (v.trim() !== '') attributes[k] = v.trim();
  }
  const images = imagesSchema.safeParse(input.images);
  if (!images.success) throw new ListingError('INVALID', { detail: 'images' });
  const brand = input.brand?.trim() || null;
  if (brand !== null && brand.length > 60) throw new ListingError('INVALID', { detail: 'brand' });

  const next: ProductWithTexts = { ...product, platform: input.platform, brand, attributes: JSON.stringify(attributes), images: JSON.stringify(images.data), texts };
  const review = reviewProduct(next, store);
  const unpublished = product.publishedAt !== null && !review.publishable;
  const publishedAt = unpublished ? null : product.publishedAt;
  await db.transaction(async (tx) => {
    await tx.update(products).set({ platform: next.platform, brand, attributes: next.attributes, images: next.images, publishedAt }).where(eq(products.id, product.id));
    await tx.delete(productTexts).where(eq(productTexts.productId, product.id));
    await tx.insert(productTexts).values(texts.map((x) => ({ productId: product.id, lang: x.lang, title: x.title, description: x.description })));
    await tx.insert(listingChanges).values({ productId: product.id, storeId: store.id, actorId: input.ownerId, change: 'edit', at: now });
  });
  const { texts: _texts, ...row } = next;
  return { product: { ...row, publishedAt }, review, unpublished };
}

/** Image metadata as the edit form writes it: one `width×height` per line, `white`/`白底` for a white background. Null when a line does not read. */
export function parseImagesText(text: string): ListingImage[] | null {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');
  if (lines.length > IMAGE_MAX_COUNT) return null;
  const out: ListingImage[] = [];
  for (const line of lines) {
    const m = /^(\d{1,5})\s*[×xX*]\s*(\d{1,5})(?:\s+(white|白底))?$/iu.exec(line);
    if (!m) return null;
    const width = Number(m[1]);
    const height = Number(m[2]);
    if (width <= 0 || height <= 0) return null;
    out.push({ width, height, whiteBackground: m[3] !== undefined });
  }
  return out;
}

/** The edit form's text of stored images (the inverse of `parseImagesText`). */
export function imagesText(images: readonly ListingImage[], white: string): string {
  return images.map((im) => `${im.width}×${im.height}${im.whiteBackground ? ` ${white}` : ''}`).join('\n');
}
