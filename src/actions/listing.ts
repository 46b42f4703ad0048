/** Listing actions on the store page: edit a listing, publish and unpublish (the review decides; src/lib/listing/). */
import { defineAction } from 'astro:actions';
import { z } from 'astro/zod';
import { LISTING_PLATFORMS, STORE_LANGUAGES } from '#lib/db/schema-sandbox.ts';
import { ListingError } from '#lib/listing/errors.ts';
import { DESCRIPTION_MAX_STORED, parseImagesText, TITLE_MAX_STORED, updateListing, ATTRIBUTE_MAX } from '#lib/listing/listings.ts';
import { publishProduct, unpublishProduct } from '#lib/listing/publish.ts';
import { ATTRIBUTE_KEYS } from '#lib/listing/rules.ts';
import { getDb } from '#server/db.ts';
import { domainCall, requirePermission } from '#server/action-errors.ts';

const productId = z.string('listing.err.NOT_FOUND').min(1, 'listing.err.NOT_FOUND').max(64);
const text = (max: number) => z.string().max(max, 'listing.err.INVALID').optional();

const editShape: Record<string, z.ZodType> = {
  productId,
  platform: z.enum(LISTING_PLATFORMS, 'listing.err.INVALID'),
  brand: z.string().max(60, 'listing.err.INVALID').optional(),
  images: z.string().max(400, 'listing.err.images').optional(),
};
for (const l of STORE_LANGUAGES) {
  editShape[`title_${l}`] = text(TITLE_MAX_STORED);
  editShape[`description_${l}`] = text(DESCRIPTION_MAX_STORED);
}
for (const k of ATTRIBUTE_KEYS) editShape[`attr_${k}`] = text(ATTRIBUTE_MAX);
const editInput = z.object(editShape);

export const listing = {
  update: defineAction({
    accept: 'form',
    input: editInput,
    handler: async (raw, context) => {
      const { user, locale } = requirePermission(context, 'sandbox:use', 'workbench.err.signin');
      const input = raw as Record<string, string | undefined>;
      return domainCall(locale, async () => {
        const images = parseImagesText(input['images'] ?? '');
        if (images === null) throw new ListingError('INVALID', { detail: 'images' });
        const r = await updateListing(await getDb(), {
          productId: input['productId'] ?? '',
          ownerId: user.id,
          platform: input['platform'] as (typeof LISTING_PLATFORMS)[number],
          brand: input['brand'] ?? null,
          texts: STORE_LANGUAGES.map((lang) => ({ lang, title: input[`title_${lang}`] ?? '', description: input[`description_${lang}`] ?? '' })),
          attributes: Object.fromEntries(ATTRIBUTE_KEYS.map((k) => [k, input[`attr_${k}`] ?? ''])),
          images,
        });
        return { sku: r.product.sku, score: r.review.score, unpublished: r.unpublished };
      });
    },
  }),

  publish: defineAction({
    accept: 'form',
    input: z.object({ productId }),
    handler: async (input, context) => {
      const { user, locale } = requirePermission(context, 'sandbox:use', 'workbench.err.signin');
      const r = await domainCall(locale, async () => publishProduct(await getDb(), { productId: input.productId, ownerId: user.id }));
      return { sku: r.product.sku };
    },
  }),

  unpublish: defineAction({
    accept: 'form',
    input: z.object({ productId }),
    handler: async (input, context) => {
      const { user, locale } = requirePermission(context, 'sandbox:use', 'workbench.err.signin');
      const r = await domainCall(locale, async () => unpublishProduct(await getDb(), { productId: input.productId, ownerId: user.id }));
      return { sku: r.product.sku };
    },
  }),
};
