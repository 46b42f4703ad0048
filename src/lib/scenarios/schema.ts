/**
 * Zod schema of a sandbox scenario (`content/scenarios/<id>/scenario.yaml`). Framework-free: the
 * loader, the content collection, the content checker and the tests all validate with it.
 *
 * Folder layout:
 * ```
 * content/scenarios/<id>/scenario.yaml
 * content/scenarios/<id>/start/<KIND>.xml      the messages the learner starts from (optional per kind)
 * content/scenarios/<id>/solution/<KIND>.xml   the reference solution (every kind in `submit`)
 * ```
 */
import { z } from 'zod';
import { CREDIT_TIERS, ERROR_BY_CODE, MESSAGE_KINDS, type CreditTier, type MessageKind } from '#sandbox';

/** Text in both languages; Chinese is the source. */
const bilingual = z.object({
  /** Chinese (the source text). */
  zh: z.string().min(1),
  /** English. */
  en: z.string().min(1),
});

const isoDate = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'a date YYYY-MM-DD');
const errorCode = z.string().refine((c) => ERROR_BY_CODE.has(c), { message: 'not an error code of the sandbox catalogue' });
const messageKind = z.string().refine((k): k is MessageKind => (MESSAGE_KINDS as readonly string[]).includes(k), { message: 'not a message kind (CEB311, CEB621, …)' });
const creditTier = z.string().refine((t): t is CreditTier => (CREDIT_TIERS as readonly string[]).includes(t), { message: 'not a credit tier' });
const fen = z.number().int().min(0);
/** Customs code (10 characters) or unified social credit code (18 characters). */
const enterpriseCode = z.string().regex(/^[0-9A-Z]{10}$|^[0-9A-HJ-NPQRTUWXY]{18}$/, 'a 10-character customs code or an 18-character credit code');

export const SCENARIO_MODES = ['9610-import', '1210-import', '9610-export', '9710', '9810', 'export-summary', 'import-return', 'export-return'] as const;

export const BUSINESS_MODELS = ['b2c-import', 'bonded-import', 'b2c-export', 'b2b-export', 'overseas-warehouse'] as const;

/** An enterprise of the scenario (platform, seller, payment or logistics company). */
export const enterpriseSchema = z.object({
  /** Customs registration code or credit code, as it appears in the messages. */
  code: enterpriseCode,
  /** Registered name, as it appears in the messages. */
  name: z.string().min(1),
});

/** The learner's store: who sells, on which platform, with which partners. */
export const storeSchema = z.object({
  /** Shop name shown in the instructions. */
  name: bilingual,
  /** How the store trades. */
  businessModel: z.enum(BUSINESS_MODELS),
  /** Customs credit tier of the seller (Order 282 / 251); drives the simulated risk step. */
  creditTier: creditTier.default('regular'),
  /** E-commerce platform (ebpCode / ebpName). */
  platform: enterpriseSchema,
  /** E-commerce enterprise, the seller (ebcCode / ebcName). */
  seller: enterpriseSchema,
  /** Payment company (payCode), for imports. */
  payment: enterpriseSchema.optional(),
  /** Logistics company (logisticsCode). */
  logistics: enterpriseSchema.optional(),
  /** Declaring agent (agentCode), when it differs from the seller. */
  agent: enterpriseSchema.optional(),
  /** Bonded account book (emsNo) of a 1210 store. */
  accountBook: z.string().min(1).optional(),
  /** The seller holds an overseas-warehouse filing (9810 before 2024-12-15). */
  warehouseFiling: z.boolean().default(false),
});

/** A product of the store's catalogue. */
export const productSchema = z.object({
  /** The store's item number (itemNo). */
  itemNo: z.string().min(1),
  /** Product name. */
  name: bilingual,
  /** 10-digit HS code the product is declared under. */
  hsCode: z.string().regex(/^\d{10}$/, 'a 10-digit HS code'),
  /** Unit price in integer fen (RMB). */
  priceFen: fen,
  /** Declared unit code (e.g. 122 罐, 142 瓶, 011 件). */
  unit: z.string().regex(/^\d{3}$/),
  /** Country of origin code (e.g. 601 Australia). */
  country: z.string().regex(/^\d{3}$/),
  /** Bonded item record number (itemRecordNo), for 1210 goods. */
  itemRecordNo: z.string().min(1).optional(),
  /** Specification, as written in gmodel. */
  spec: z.string().min(1).optional(),
});

/** One line of an order. */
export const orderLineSchema = z.object({
  /** The product (itemNo of `products`). */
  itemNo: z.string().min(1),
  /** Quantity. */
  qty: z.number().positive(),
});

/** A customer order the learner declares (shown as the order data of the task). */
export const orderSchema = z.object({
  /** Platform order number (orderNo). */
  orderNo: z.string().min(1),
  /** Date and time placed, YYYY-MM-DD HH:mm (Beijing time). */
  placedAt: z.string().regex(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/),
  /** Buyer (import) or overseas customer (export). */
  buyer: z.object({
    /** Name as on the ID. */
    name: z.string().min(1),
    /** ID type code (1 = resident ID card), imports only. */
    idType: z.string().optional(),
    /** ID number, imports only. */
    idNumber: z.string().optional(),
    /** Telephone. */
    phone: z.string().optional(),
    /** Country code, exports. */
    country: z.string().optional(),
  }),
  /** Delivery address. */
  address: z.string().min(1).optional(),
  /** Bought lines. */
  lines: z.array(orderLineSchema).min(1),
  /** Freight charged, fen. */
  freightFen: fen.default(0),
  /** Discount, fen. */
  discountFen: fen.default(0),
  /** Payment transaction id (payTransactionId), imports. */
  payTransactionId: z.string().optional(),
  /** Waybill number (logisticsNo). */
  logisticsNo: z.string().optional(),
  /** Bill of lading / air waybill of the consignment (billNo), 9610 imports. */
  billNo: z.string().optional(),
});

/** One expected CEB816 tax bill; every amount given must match exactly (integer fen). */
export const taxBillCriterionSchema = z.object({
  /** The list (invtNo); omitted: any bill of the submission. */
  invtNo: z.string().optional(),
  /** Tariff, fen. */
  customsTaxFen: fen.optional(),
  /** VAT, fen. */
  valueAddedTaxFen: fen.optional(),
  /** Consumption tax, fen. */
  consumptionTaxFen: fen.optional(),
  /** The three taxes together, fen. */
  totalFen: fen.optional(),
});

/** A fact of the scenario the submission must keep (so a task cannot be "solved" by changing the facts). */
export const keepSchema = z.object({
  /** Message kind holding the field. */
  kind: messageKind,
  /** Field path as in findings, e.g. `Order[0].OrderHead.goodsValue`. */
  path: z.string().regex(/^[A-Za-z]+(\[\d+\])?(\.[A-Za-z0-9]+(\[\d+\])?)*$/),
  /** Exact text the field must hold. */
  value: z.string(),
  /** What it is, for the learner. */
  label: bilingual,
});

/** How a submission is graded on the server. */
export const criteriaSchema = z.object({
  /** `accepted`: nothing rejected; `released`: also every inventory list released by customs. */
  verdict: z.enum(['accepted', 'released']).default('released'),
  /** Codes that must not appear at all (errors or warnings). */
  mustNotHaveCodes: z.array(errorCode).default([]),
  /** Codes that must appear (e.g. a warning that shows the right route was taken). */
  mustHaveCodes: z.array(errorCode).default([]),
  /** CEB816 tax bills the submission must produce. */
  mustHaveTaxBillFen: z.array(taxBillCriterionSchema).default([]),
  /** Receipts that must be issued, as `CEBnnn:status` (e.g. `CEB792:399`). */
  mustHaveReceipts: z.array(z.string().regex(/^CEB\d{3}:-?\d+$/)).default([]),
  /** Facts that must stay as given. */
  keep: z.array(keepSchema).default([]),
});

/** `content/scenarios/<id>/scenario.yaml`. */
export const scenarioSchema = z.object({
  /** Folder name: lower-case words joined by hyphens. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  /** Task title. */
  title: bilingual,
  /** One or two sentences for the list. */
  summary: bilingual,
  /** What to do; paragraphs separated by a blank line. */
  instructions: bilingual,
  /** The lesson it belongs to, `<course>/<NN-slug>`; passing completes it. */
  lesson: z.string().regex(/^[a-z0-9-]+\/\d{2}-[a-z0-9-]+$/).optional(),
  /** Supervision mode or business flow practised. */
  mode: z.enum(SCENARIO_MODES),
  /** `fix`: the starting messages carry a deliberate mistake; `complete`: they are drafts to finish. */
  task: z.enum(['fix', 'complete']),
  /** Date the rules apply as of (YYYY-MM-DD). */
  asOf: isoDate,
  /** Seed of the simulated risk step. */
  seed: z.number().int().min(0).default(1),
  /** Purchases already on buyers' annual-limit ledgers. */
  ledger: z
    .array(z.object({ buyerIdType: z.string(), buyerIdNumber: z.string(), date: isoDate, amountFen: fen }))
    .default([]),
  /** The learner's store. */
  store: storeSchema,
  /** The store's products used in the task. */
  products: z.array(productSchema).min(1),
  /** The order(s) to declare. */
  orders: z.array(orderSchema).min(1),
  /** Message kinds the learner submits, in batch order; one file each in `solution/`. */
  submit: z.array(messageKind).min(1),
  /** Error codes the starting messages produce (required for `fix` tasks; none may remain). */
  expectedCodes: z.array(errorCode).default([]),
  /** Pass criteria. */
  criteria: criteriaSchema,
}).superRefine((s, ctx) => {
  if (s.task === 'fix' && s.expectedCodes.length === 0) ctx.addIssue({ code: 'custom', path: ['expectedCodes'], message: 'a fix task names the codes of its mistake' });
  if (new Set(s.submit).size !== s.submit.length) ctx.addIssue({ code: 'custom', path: ['submit'], message: 'each message kind once' });
  const items = new Set(s.products.map((p) => p.itemNo));
  s.orders.forEach((o, i) => o.lines.forEach((l, j) => {
    if (!items.has(l.itemNo)) ctx.addIssue({ code: 'custom', path: ['orders', i, 'lines', j, 'itemNo'], message: `unknown product "${l.itemNo}"` });
  }));
  s.criteria.keep.forEach((k, i) => {
    if (!s.submit.includes(k.kind)) ctx.addIssue({ code: 'custom', path: ['criteria', 'keep', i, 'kind'], message: 'kind not in submit' });
  });
});

export type ScenarioData = z.output<typeof scenarioSchema>;
export type TaxBillCriterion = z.output<typeof taxBillCriterionSchema>;

/** A scenario with its message files. */
export interface Scenario extends ScenarioData {
  /** Starting messages by kind (kinds without a start file start empty). */
  start: Partial<Record<MessageKind, string>>;
  /** Reference solution by kind (every kind of `submit`). */
  solution: Partial<Record<MessageKind, string>>;
}
