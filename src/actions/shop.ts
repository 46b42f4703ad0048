/**
 * The public storefront's cart and checkout (anyone may call them: a visitor buys as a simulated
 * consumer). The cart lives in an HttpOnly cookie of ids and quantities; prices always come from the
 * store. Messages are in the shop's language `l` (labels of src/lib/storefront/labels.ts).
 */
import { defineAction } from 'astro:actions';
import { z } from 'astro/zod';
import { clientAddress } from '#lib/auth/client-address.ts';
import { STORE_LANGUAGES } from '#lib/db/schema-sandbox.ts';
import { changeCart, MAX_LINE_QTY } from '#lib/storefront/cart.ts';
import { checkout } from '#lib/storefront/checkout.ts';
import { StorefrontError } from '#lib/storefront/errors.ts';
import { getPublicStore } from '#lib/storefront/public.ts';
import { generateTrainingId, trainingIdProblem, type TrainingIdProblem } from '#lib/storefront/training-id.ts';
import { getDb } from '#server/db.ts';
import { shopCall } from '#server/action-errors.ts';
import { readCart, writeCart, writeReceipt } from '#server/shop-cookies.ts';

const slug = z.string('err.notOnSale').regex(/^[a-z0-9-]{1,40}$/, 'err.notOnSale');
const lang = z.enum(STORE_LANGUAGES).catch('zh');
const productId = z.string('err.notOnSale').regex(/^[A-Za-z0-9-]{1,64}$/, 'err.notOnSale');
const qty = (min: number) => z.coerce.number('err.qty').int('err.qty').min(min, 'err.qty').max(MAX_LINE_QTY, 'err.qty');

const ID_MESSAGE: Record<TrainingIdProblem, string> = { format: 'err.idFormat', checksum: 'err.idChecksum', 'not-training': 'err.idReal', birth: 'err.idBirth' };
const PHONE = /^\+?[0-9][0-9 -]{4,22}[0-9]$/;

/** The product must be on sale in the store (published), or the cart refuses it. */
async function onSale(storeSlug: string, id: string): Promise<void> {
  const pub = await getPublicStore(await getDb(), storeSlug);
  if (!pub?.products.some((p) => p.id === id)) throw new StorefrontError('NOT_FOUND');
}

export const shop = {
  add: defineAction({
    accept: 'form',
    input: z.object({ slug, l: lang, productId, qty: qty(1) }),
    handler: async (input, context) =>
      shopCall(input.l, async () => {
        await onSale(input.slug, input.productId);
        writeCart(context.cookies, input.slug, changeCart(readCart(context.cookies, input.slug), input.productId, input.qty, 'add'));
        return { slug: input.slug, l: input.l };
      }),
  }),

  update: defineAction({
    accept: 'form',
    input: z.object({ slug, l: lang, productId, qty: qty(0) }),
    handler: async (input, context) =>
      shopCall(input.l, async () => {
        if (input.qty > 0) await onSale(input.slug, input.productId);
        writeCart(context.cookies, input.slug, changeCart(readCart(context.cookies, input.slug), input.productId, input.qty, 'set'));
        return { slug: input.slug, l: input.l };
      }),
  }),

  /** Fills the checkout's ID field with a new simulated training ID (the form's other fields come back as typed). */
  trainingId: defineAction({
    accept: 'form',
    input: z.object({ slug, l: lang }),
    handler: () => ({ idNumber: generateTrainingId() }),
  }),

  checkout: defineAction({
    accept: 'form',
    input: z.object({
      slug,
      l: lang,
      seen: z.string('err.cartChanged').max(4096, 'err.cartChanged'),
      name: z.string('err.name').trim().min(1, 'err.name').max(40, 'err.name'),
      address: z.string('err.address').trim().min(5, 'err.address').max(200, 'err.address'),
      phone: z.string('err.phone').trim().regex(PHONE, 'err.phone'),
      idNumber: z
        .string('err.idFormat')
        .trim()
        .max(40, 'err.idFormat')
        .superRefine((v, ctx) => {
          const problem = trainingIdProblem(v);
          if (problem !== null) ctx.addIssue({ code: 'custom', message: ID_MESSAGE[problem] });
        }),
      country: z.string().regex(/^\d{3}$/, 'err.country').optional(),
    }),
    handler: async (input, context) =>
      shopCall(input.l, async () => {
        const db = await getDb();
        const items = readCart(context.cookies, input.slug);
        const visitor = clientAddress(context.clientAddress, context.request.headers.get('x-forwarded-for'));
        const r = await checkout(db, {
          slug: input.slug, lang: input.l, items, seen: input.seen, visitor,
          buyer: { name: input.name, address: input.address, phone: input.phone, idNumber: input.idNumber, country: input.country ?? '' },
        });
        writeCart(context.cookies, input.slug, []);
        writeReceipt(context.cookies, r.orderId);
        return { orderNo: r.orderNo };
      }),
  }),
};
