/**
 * Zod input schemas of the forms. Keep `.optional()` outermost on optional
 * fields: Astro then reads an empty form field as undefined, not null. Error messages are i18n keys; pages turn
 * them into the reader's language (see `fieldErrors` in src/server/forms.ts).
 */
import { z } from 'astro/zod';
import { COUNTRY_BY_CODE, CURRENCY_BY_CODE, HS_BY_CODE, isCreditTier, UNIT_BY_CODE } from '#sandbox';
import { PASSWORD_MAX, PASSWORD_MIN } from '#lib/auth/password.ts';
import { BUSINESS_MODELS, STOCK_LOCATIONS, STORE_LANGUAGES } from '#lib/db/schema-sandbox.ts';
import { MAX_MESSAGE_CHARS } from '#lib/workbench/limits.ts';
import { parseKgToGrams, parseYuanToFen } from '#lib/workbench/money.ts';

export const email = z.string().trim().max(254, 'err.email').pipe(z.email('err.email'));
export const password = z.string().min(PASSWORD_MIN, 'err.password').max(PASSWORD_MAX, 'err.password');
export const displayName = z.string().trim().min(1, 'err.displayName').max(40, 'err.displayName');
export const next = z.string().max(300).optional();

export const signInInput = z.object({ email, password: z.string().min(1, 'err.password').max(PASSWORD_MAX, 'err.password'), next });

export const signUpLearnerInput = z.object({
  email,
  password,
  displayName,
  institutionId: z.enum(['lnpu', 'sylg', 'fvtc'], 'err.institution').optional(),
});

export const signUpEnterpriseInput = z.object({
  email,
  password,
  displayName,
  enterpriseName: z.string().trim().min(2, 'err.enterpriseName').max(80, 'err.enterpriseName'),
  creditCode: z
    .string()
    .trim()
    .transform((v) => v.toUpperCase())
    .pipe(z.string().regex(/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/, 'err.creditCode')),
  contactPhone: z
    .string()
    .trim()
    .max(20, 'err.phone')
    .regex(/^$|^[+\d][\d\s-]{5,19}$/, 'err.phone')
    .optional(),
});

export const signUpInvitedInput = z.object({
  email,
  password,
  displayName,
  role: z.enum(['instructor', 'government'], 'err.role'),
  inviteCode: z.string().trim().min(4, 'err.inviteCode').max(32, 'err.inviteCode'),
});

export const reviewEnterpriseInput = z.object({
  enterpriseId: z.string().min(1).max(64),
  decision: z.enum(['approved', 'rejected']),
  note: z.string().trim().max(500).optional(),
});

export const issueInviteInput = z.object({
  role: z.enum(['instructor', 'government'], 'err.role'),
  institutionId: z.enum(['lnpu', 'sylg', 'fvtc'], 'err.institution').optional(),
  department: z.string().trim().max(60, 'err.department').optional(),
}).superRefine((v, ctx) => {
  if (v.role === 'instructor' && !v.institutionId) ctx.addIssue({ code: 'custom', path: ['institutionId'], message: 'err.institution' });
  if (v.role === 'government' && !v.department) ctx.addIssue({ code: 'custom', path: ['department'], message: 'err.department' });
});

export const unlockAccountInput = z.object({ email });

// Sandbox workbench (stores, products, market days, declarations, regulator decisions)

const id = z.string().min(1).max(64);
const codeIn = (table: ReadonlyMap<string, unknown>, message = 'workbench.err.code') => z.string().trim().refine((v) => table.has(v), message);
/** A positive amount typed in a unit (yuan, kg) and parsed exactly into integer fen or grams. */
const positiveAmount = (parse: (text: string) => number | null, message: string) =>
  z.string().trim().transform((v, ctx) => {
    const n = parse(v);
    if (n === null || n <= 0) {
      ctx.addIssue({ code: 'custom', message });
      return z.NEVER;
    }
    return n;
  });
const yuan = positiveAmount(parseYuanToFen, 'workbench.err.price');
const kg = positiveAmount(parseKgToGrams, 'workbench.err.weight');
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

export const summarizeInput = z.object({
  orderId: id,
  asOf: z.string().trim().regex(/^\d{4}-\d{2}-\d{2}$/, 'parity.summary.err.BAD_DATE'),
});

/** The order of a "sign and declare" form (its messages are read by kind, see the declare action). */
export const declareOrderId = id;
