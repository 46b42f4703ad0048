/** Sandbox workbench actions (stores, products, market days, declarations, regulator decisions): parse, one domain call, a plain result. */
import { ActionError, defineAction } from 'astro:actions';
import { z } from 'astro/zod';
import { COUNTRY_BY_CODE, CURRENCY_BY_CODE, HS_BY_CODE, isCreditTier, UNIT_BY_CODE } from '#sandbox';
import { BUSINESS_MODELS, STOCK_LOCATIONS, STORE_LANGUAGES } from '#lib/db/schema-sandbox.ts';
import { kindsFor } from '#lib/workbench/drafts.ts';
import { getOrderWorkspace, submitOrderDeclaration, MAX_MESSAGE_CHARS } from '#lib/workbench/declarations.ts';
import { WorkbenchError } from '#lib/workbench/errors.ts';
import { parseKgToGrams, parseYuanToFen } from '#lib/workbench/money.ts';
import { decideDeclaration } from '#lib/workbench/regulator.ts';
import { ReturnError, draftReturn, submitReturn } from '#lib/workbench/returns.ts';
import { SummaryError, submitMonthlySummary } from '#lib/workbench/summary.ts';
import { addProduct, createStore, runMarketDay } from '#lib/workbench/stores.ts';
import { t, type MessageKey } from '#i18n/index.ts';
import type { Locale } from '#i18n/locales.ts';
import { getDb } from '#server/db.ts';
import { requirePermission } from '#server/action-errors.ts';

const id = z.string().min(1).max(64);

const ERROR_STATUS: Record<WorkbenchError['code'], ActionError['code']> = {
  NOT_FOUND: 'NOT_FOUND',
  INVALID: 'BAD_REQUEST',
  SKU_TAKEN: 'CONFLICT',
  NO_PRODUCTS: 'BAD_REQUEST',
  ALREADY_RUN: 'CONFLICT',
  NOT_OPEN: 'CONFLICT',
  MISSING_MESSAGE: 'BAD_REQUEST',
  NOT_HELD: 'CONFLICT',
  NOTE_REQUIRED: 'BAD_REQUEST',
};

/** Runs a domain call; a WorkbenchError becomes a localized 4xx ActionError. */
async function domain<T>(locale: Locale, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof WorkbenchError) throw new ActionError({ code: ERROR_STATUS[e.code], message: t(locale, `workbench.err.${e.code}` as MessageKey) });
    throw e;
  }
}

const codeIn = (table: ReadonlyMap<string, unknown>, message = 'workbench.err.code') => z.string().trim().refine((v) => table.has(v), message);
const yuan = z.string().trim().transform((v, ctx) => {
  const fen = parseYuanToFen(v);
  if (fen === null || fen <= 0) {
    ctx.addIssue({ code: 'custom', message: 'workbench.err.price' });
    return z.NEVER;
  }
  return fen;
});
const kg = z.string().trim().transform((v, ctx) => {
  const g = parseKgToGrams(v);
  if (g === null || g <= 0) {
    ctx.addIssue({ code: 'custom', message: 'workbench.err.weight' });
    return z.NEVER;
  }
  return g;
});
const title = z.string().trim().max(100, 'workbench.err.text').optional();
const description = z.string().trim().max(1000, 'workbench.err.text').optional();

export const createStoreInput = z.object({
  name: z.string().trim().min(2, 'workbench.err.name').max(40, 'workbench.err.name'),
  businessModel: z.enum(BUSINESS_MODELS, 'workbench.err.model'),
  creditTier: z.string().refine((v) => isCreditTier(v), 'workbench.err.tier'),
});

export const addProductInput = z
  .object({
    storeId: id,
    sku: z.string().trim().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/, 'workbench.err.sku'),
    hsCode: codeIn(HS_BY_CODE, 'workbench.err.hs'),
    price: yuan,
    currency: codeIn(CURRENCY_BY_CODE),
    grossKg: kg,
    netKg: kg,
    originCountry: codeIn(COUNTRY_BY_CODE),
    unit: codeIn(UNIT_BY_CODE),
    spec: z.string().trim().max(255, 'workbench.err.text').optional(),
    stockLocation: z.enum(STOCK_LOCATIONS, 'workbench.err.code'),
    itemRecordNo: z.string().trim().max(30, 'workbench.err.text').optional(),
    title_zh: title, description_zh: description,
    title_en: title, description_en: description,
    title_ru: title, description_ru: description,
    title_ko: title, description_ko: description,
    title_ja: title, description_ja: description,
  })
  .superRefine((v, ctx) => {
    if (v.netKg > v.grossKg) ctx.addIssue({ code: 'custom', path: ['netKg'], message: 'workbench.err.weight' });
    if (!STORE_LANGUAGES.some((l) => (v[`title_${l}`] ?? '') !== '')) ctx.addIssue({ code: 'custom', path: ['title_zh'], message: 'workbench.err.text' });
  });

export const marketDayInput = z.object({
  storeId: id,
  seed: z.coerce.number('workbench.err.seed').int('workbench.err.seed').min(0, 'workbench.err.seed').max(0xffff_ffff, 'workbench.err.seed').optional(),
  asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'workbench.err.asOf').refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && v >= '2016-04-08' && v <= '2030-12-31', 'workbench.err.asOf'),
});

export const decideInput = z.object({
  declarationId: id,
  decision: z.enum(['release', 'reject']),
  note: z.string().trim().max(500, 'workbench.err.note').optional(),
});

const isoDate = z.string().trim().regex(/^\d{4}-\d{2}-\d{2}$/, 'workbench.return.err.BAD_DATE').refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)), 'workbench.return.err.BAD_DATE');

export const draftReturnInput = z
  .object({
    orderId: id,
    asOf: isoDate,
    reason: z.string().trim().min(1, 'workbench.return.err.REASON').max(1000, 'workbench.return.err.REASON'),
    gnum: z.array(z.string().trim().regex(/^\d{1,3}$/, 'workbench.return.err.BAD_QTY')).max(99, 'workbench.return.err.BAD_QTY').optional(),
    qty: z.array(z.number('workbench.return.err.BAD_QTY').int('workbench.return.err.BAD_QTY').min(0, 'workbench.return.err.BAD_QTY').max(1_000_000, 'workbench.return.err.BAD_QTY')).max(99, 'workbench.return.err.BAD_QTY').optional(),
  })
  .superRefine((v, ctx) => {
    if ((v.gnum?.length ?? 0) !== (v.qty?.length ?? 0)) ctx.addIssue({ code: 'custom', path: ['qty'], message: 'workbench.return.err.BAD_QTY' });
  });

export const declareReturnInput = z.object({
  orderId: id,
  asOf: isoDate.optional(),
  xml: z.string().trim().min(1, 'workbench.return.err.xml').max(MAX_MESSAGE_CHARS, 'workbench.err.INVALID'),
});

const RETURN_STATUS: Record<ReturnError['code'], ActionError['code']> = {
  NOT_IMPORT: 'CONFLICT', NOT_RELEASED: 'CONFLICT', BAD_DATE: 'BAD_REQUEST', NO_LINES: 'BAD_REQUEST', BAD_QTY: 'BAD_REQUEST', REASON: 'BAD_REQUEST',
};

/** A domain call of the returns flow: WorkbenchError and ReturnError become localized 4xx errors. */
async function returnsDomain<T>(locale: Locale, run: () => Promise<T>): Promise<T> {
  try {
    return await domain(locale, run);
  } catch (e) {
    if (e instanceof ReturnError) throw new ActionError({ code: RETURN_STATUS[e.code], message: t(locale, `workbench.return.err.${e.code}`) });
    throw e;
  }
}

export const sandbox = {
  createStore: defineAction({
    accept: 'form',
    input: createStoreInput,
    handler: async (input, context) => {
      const { user, locale } = requirePermission(context, 'sandbox:use', 'workbench.err.signin');
      const store = await domain(locale, async () => createStore(await getDb(), { ownerId: user.id, name: input.name, businessModel: input.businessModel, creditTier: input.creditTier }));
      return { storeId: store.id, name: store.name };
    },
  }),

  addProduct: defineAction({
    accept: 'form',
    input: addProductInput,
    handler: async (input, context) => {
      const { user, locale } = requirePermission(context, 'sandbox:use', 'workbench.err.signin');
      const texts = STORE_LANGUAGES.flatMap((lang) => {
        const title = input[`title_${lang}`] ?? '';
        return title === '' ? [] : [{ lang, title, description: input[`description_${lang}`] ?? '' }];
      });
      const p = await domain(locale, async () =>
        addProduct(await getDb(), {
          storeId: input.storeId, ownerId: user.id, sku: input.sku, hsCode: input.hsCode, priceFen: input.price, currency: input.currency,
          grossWeightG: input.grossKg, netWeightG: input.netKg, originCountry: input.originCountry, unit: input.unit, spec: input.spec ?? '',
          stockLocation: input.stockLocation, itemRecordNo: input.itemRecordNo, texts,
        }),
      );
      return { sku: p.sku };
    },
  }),

  runMarketDay: defineAction({
    accept: 'form',
    input: marketDayInput,
    handler: async (input, context) => {
      const { user, locale } = requirePermission(context, 'sandbox:use', 'workbench.err.signin');
      const seed = input.seed ?? (crypto.getRandomValues(new Uint32Array(1))[0] ?? 1);
      const r = await domain(locale, async () => runMarketDay(await getDb(), { storeId: input.storeId, ownerId: user.id, seed, asOf: input.asOf }));
      return { orders: r.orders, seed };
    },
  }),

  /** "Sign and declare": one textarea per message kind (`xml_<kind>`); the server signs and checks. */
  declare: defineAction({
    accept: 'form',
    handler: async (form: FormData, context) => {
      const { user, locale } = requirePermission(context, 'sandbox:use', 'workbench.err.signin');
      const orderId = form.get('orderId');
      if (typeof orderId !== 'string' || orderId === '' || orderId.length > 64) throw new ActionError({ code: 'BAD_REQUEST', message: t(locale, 'workbench.err.INVALID') });
      const db = await getDb();
      const ws = await domain(locale, () => getOrderWorkspace(db, { orderId, userId: user.id }));
      const xml: Record<string, string> = {};
      for (const kind of kindsFor(ws.store.businessModel)) {
        const v = form.get(`xml_${kind}`);
        if (typeof v !== 'string' || v.trim() === '') throw new ActionError({ code: 'BAD_REQUEST', message: t(locale, 'workbench.err.MISSING_MESSAGE') });
        if (v.length > MAX_MESSAGE_CHARS) throw new ActionError({ code: 'BAD_REQUEST', message: t(locale, 'workbench.err.INVALID') });
        xml[kind] = v;
      }
      const r = await domain(locale, () => submitOrderDeclaration(db, { userId: user.id, orderId, xml }));
      return { declarationId: r.declarationId, status: r.status, attempt: r.attempt };
    },
  }),

  /** Monthly summary (CEB701) of the order's store: last month's released export lists of its group, checked on the server. */
  summarize: defineAction({
    accept: 'form',
    input: z.object({
      orderId: id,
      asOf: z.string().trim().regex(/^\d{4}-\d{2}-\d{2}$/, 'parity.summary.err.BAD_DATE'),
    }),
    handler: async (input, context) => {
      const { user, locale } = requirePermission(context, 'sandbox:use', 'workbench.err.signin');
      const db = await getDb();
      try {
        const r = await domain(locale, () => submitMonthlySummary(db, { userId: user.id, orderId: input.orderId, asOf: input.asOf }));
        const errors = r.findings.filter((f) => f.severity === 'error').map((f) => ({ code: f.code, message: locale === 'en' ? f.message.en : f.message.zh, lesson: f.lesson }));
        return { declarationId: r.declarationId, status: r.status, month: r.month, lists: r.lists, summary: r.summary, errors };
      } catch (e) {
        if (e instanceof SummaryError) throw new ActionError({ code: e.code === 'BAD_DATE' || e.code === 'NO_LISTS' ? 'BAD_REQUEST' : 'CONFLICT', message: t(locale, `parity.summary.err.${e.code}`) });
        throw e;
      }
    },
  }),

  /** Drafts a return (CEB625) of a released import order from its stored list; nothing is filed yet. */
  draftReturn: defineAction({
    accept: 'form',
    input: draftReturnInput,
    handler: async (input, context) => {
      const { user, locale } = requirePermission(context, 'sandbox:use', 'workbench.err.signin');
      const qty: Record<string, number> = {};
      (input.gnum ?? []).forEach((g, i) => {
        const q = input.qty?.[i];
        if (q !== undefined) qty[g] = q;
      });
      const r = await returnsDomain(locale, async () => draftReturn(await getDb(), { userId: user.id, orderId: input.orderId, asOf: input.asOf, reason: input.reason, qty }));
      return { xml: r.xml, asOf: r.asOf, invtNo: r.invtNo };
    },
  }),

  /** "Sign and declare" of a return: the learner's (possibly edited) CEB625, checked with the order's released list. */
  declareReturn: defineAction({
    accept: 'form',
    input: declareReturnInput,
    handler: async (input, context) => {
      const { user, locale } = requirePermission(context, 'sandbox:use', 'workbench.err.signin');
      const r = await returnsDomain(locale, async () =>
        submitReturn(await getDb(), { userId: user.id, orderId: input.orderId, xml: input.xml, ...(input.asOf !== undefined ? { fallbackAsOf: input.asOf } : {}) }),
      );
      const errors = r.findings.filter((f) => f.severity === 'error').map((f) => ({ code: f.code, message: locale === 'en' ? f.message.en : f.message.zh, lesson: f.lesson }));
      return { declarationId: r.declarationId, status: r.status, asOf: r.asOf, receiptStatus: r.receiptStatus, errors };
    },
  }),

  decide: defineAction({
    accept: 'form',
    input: decideInput,
    handler: async (input, context) => {
      const { user, locale } = requirePermission(context, 'regulator:review', 'workbench.err.signin');
      const r = await domain(locale, async () => decideDeclaration(await getDb(), { declarationId: input.declarationId, actorId: user.id, decision: input.decision, note: input.note }));
      return { status: r.status };
    },
  }),
};
