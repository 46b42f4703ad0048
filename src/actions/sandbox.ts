/** Sandbox workbench actions (stores, products, market days, declarations, regulator decisions): parse, one domain call, a plain result. */
import { defineAction } from 'astro:actions';
import type { Finding } from '#sandbox';
import { STORE_LANGUAGES } from '#lib/db/schema-sandbox.ts';
import { kindsFor } from '#lib/workbench/drafts.ts';
import { getOrderWorkspace, submitOrderDeclaration } from '#lib/workbench/declarations.ts';
import { MAX_MESSAGE_CHARS } from '#lib/workbench/limits.ts';
import { WorkbenchError } from '#lib/workbench/errors.ts';
import { decideDeclaration } from '#lib/workbench/regulator.ts';
import { draftReturn, submitReturn } from '#lib/workbench/returns.ts';
import { submitMonthlySummary } from '#lib/workbench/summary.ts';
import { addProduct, createStore, runMarketDay } from '#lib/workbench/stores.ts';
import type { Locale } from '#i18n/locales.ts';
import { pick } from '#i18n/pick.ts';
import { getDb } from '#server/db.ts';
import { domainCall, requirePermission } from '#server/action-errors.ts';
import { addProductInput, createStoreInput, decideInput, declareOrderId, declareReturnInput, draftReturnInput, marketDayInput, summarizeInput } from './inputs.ts';

/** The errors among a verdict's findings, in the reader's language with the lesson that explains each. */
function errorFindings(findings: readonly Finding[], locale: Locale): Array<{ code: string; message: string; lesson: string }> {
  return findings.filter((f) => f.severity === 'error').map((f) => ({ code: f.code, message: pick(locale, f.message), lesson: f.lesson }));
}

export const sandbox = {
  createStore: defineAction({
    accept: 'form',
    input: createStoreInput,
    handler: async (input, context) => {
      const { user, locale } = requirePermission(context, 'sandbox:use', 'workbench.err.signin');
      const store = await domainCall(locale, async () => createStore(await getDb(), { ownerId: user.id, name: input.name, businessModel: input.businessModel, creditTier: input.creditTier }));
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
      const p = await domainCall(locale, async () =>
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
      const r = await domainCall(locale, async () => runMarketDay(await getDb(), { storeId: input.storeId, ownerId: user.id, seed, asOf: input.asOf }));
      return { orders: r.orders, seed };
    },
  }),

  /** "Sign and declare": one textarea per message kind (`xml_<kind>`); the server signs and checks. */
  declare: defineAction({
    accept: 'form',
    handler: async (form: FormData, context) => {
      const { user, locale } = requirePermission(context, 'sandbox:use', 'workbench.err.signin');
      const r = await domainCall(locale, async () => {
        const orderId = declareOrderId.safeParse(form.get('orderId'));
        if (!orderId.success) throw new WorkbenchError('INVALID', 'orderId');
        const db = await getDb();
        const ws = await getOrderWorkspace(db, { orderId: orderId.data, userId: user.id });
        const xml: Record<string, string> = {};
        for (const kind of kindsFor(ws.store.businessModel)) {
          const v = form.get(`xml_${kind}`);
          if (typeof v !== 'string' || v.trim() === '') throw new WorkbenchError('MISSING_MESSAGE', kind);
          if (v.length > MAX_MESSAGE_CHARS) throw new WorkbenchError('INVALID', kind);
          xml[kind] = v;
        }
        return submitOrderDeclaration(db, { userId: user.id, orderId: orderId.data, xml });
      });
      return { declarationId: r.declarationId, status: r.status, attempt: r.attempt };
    },
  }),

  /** Monthly summary (CEB701) of the order's store: last month's released export lists of its group, checked on the server. */
  summarize: defineAction({
    accept: 'form',
    input: summarizeInput,
    handler: async (input, context) => {
      const { user, locale } = requirePermission(context, 'sandbox:use', 'workbench.err.signin');
      const r = await domainCall(locale, async () => submitMonthlySummary(await getDb(), { userId: user.id, orderId: input.orderId, asOf: input.asOf }));
      return { declarationId: r.declarationId, status: r.status, month: r.month, lists: r.lists, summary: r.summary, errors: errorFindings(r.findings, locale) };
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
      const r = await domainCall(locale, async () => draftReturn(await getDb(), { userId: user.id, orderId: input.orderId, asOf: input.asOf, reason: input.reason, qty }));
      return { xml: r.xml, asOf: r.asOf, invtNo: r.invtNo };
    },
  }),

  /** "Sign and declare" of a return: the learner's (possibly edited) CEB625, checked with the order's released list. */
  declareReturn: defineAction({
    accept: 'form',
    input: declareReturnInput,
    handler: async (input, context) => {
      const { user, locale } = requirePermission(context, 'sandbox:use', 'workbench.err.signin');
      const r = await domainCall(locale, async () =>
        submitReturn(await getDb(), { userId: user.id, orderId: input.orderId, xml: input.xml, ...(input.asOf !== undefined ? { fallbackAsOf: input.asOf } : {}) }),
      );
      return { declarationId: r.declarationId, status: r.status, asOf: r.asOf, receiptStatus: r.receiptStatus, errors: errorFindings(r.findings, locale) };
    },
  }),

  decide: defineAction({
    accept: 'form',
    input: decideInput,
    handler: async (input, context) => {
      const { user, locale } = requirePermission(context, 'regulator:review', 'workbench.err.signin');
      const r = await domainCall(locale, async () => decideDeclaration(await getDb(), { declarationId: input.declarationId, actorId: user.id, decision: input.decision, note: input.note }));
      return { status: r.status };
    },
  }),
};
