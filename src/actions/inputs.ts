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
import { usccCheckChar } from '#sandbox/rules/codes.ts';
import { ENTERPRISE_SIZES, ORDER_STATES } from '#lib/db/schema-orders.ts';
import { TEAM_INDUSTRIES } from '#lib/db/schema-incubation.ts';
import { PARK_IDS } from '#lib/enterprise/parks.ts';

export const email = z.string().trim().max(254, 'err.email').pipe(z.email('err.email'));
export const password = z.string().min(PASSWORD_MIN, 'err.password').max(PASSWORD_MAX, 'err.password');
export const displayName = z.string().trim().min(1, 'err.displayName').max(40, 'err.displayName');
export const next = z.string().max(300).optional();

export const changePasswordInput = z
  .object({ currentPassword: z.string().min(1, 'err.password').max(PASSWORD_MAX, 'err.password'), newPassword: password, confirmPassword: z.string().max(PASSWORD_MAX, 'password.err.confirm') })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ['confirmPassword'], message: 'password.err.confirm' });

export const signInInput = z.object({ email, password: z.string().min(1, 'err.password').max(PASSWORD_MAX, 'err.password'), next });

export const signUpLearnerInput = z.object({
  email,
  password,
  displayName,
  institutionId: z.enum(['lnpu', 'sylg', 'fvtc'], 'err.institution').optional(),
});

/** 统一社会信用代码 in its 18-character shape (upper-cased). */
const creditCodeShape = z
  .string('err.creditCode')
  .trim()
  .transform((v) => v.toUpperCase())
  .pipe(z.string().regex(/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/, 'err.creditCode'));

/** 统一社会信用代码: 18 characters whose last is the GB 32100 check character (at sign-up and in the enterprise profile). */
export const creditCode = creditCodeShape.refine((v) => usccCheckChar(v.slice(0, 17)) === v[17], 'orders.err.creditCheck');

export const signUpEnterpriseInput = z.object({
  email,
  password,
  displayName,
  enterpriseName: z.string().trim().min(2, 'err.enterpriseName').max(80, 'err.enterpriseName'),
  creditCode,
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
  institutionId: z.string().trim().regex(/^[a-z][a-z0-9-]{1,31}$/, 'err.institution').optional(),
  department: z.string().trim().max(60, 'err.department').optional(),
}).superRefine((v, ctx) => {
  if (v.role === 'instructor' && !v.institutionId) ctx.addIssue({ code: 'custom', path: ['institutionId'], message: 'err.institution' });
  if (v.role === 'government' && !v.department) ctx.addIssue({ code: 'custom', path: ['department'], message: 'err.department' });
});

export const unlockAccountInput = z.object({ email });

export const revokeInviteInput = z.object({ code: z.string().trim().min(4, 'err.inviteCode').max(32, 'err.inviteCode') });

export const setAccountStatusInput = z.object({ userId: z.string().min(1, 'err.notFound').max(64, 'err.notFound'), decision: z.enum(['disable', 'enable'], 'err.generic') });

const optionalText = (max: number, message: string) => z.string().trim().max(max, message).optional();

/** A partner institution's record; `id` is its short code (the file name in content/partners when it has a profile). */
export const partnerInput = z.object({
  id: z.string().trim().toLowerCase().regex(/^[a-z][a-z0-9-]{1,31}$/, 'console.partner.err.id'),
  nameZh: z.string().trim().min(2, 'console.partner.err.nameZh').max(60, 'console.partner.err.nameZh'),
  nameEn: z.string().trim().min(2, 'console.partner.err.nameEn').max(120, 'console.partner.err.nameEn'),
  kind: z.enum(['university', 'college', 'vocational'], 'console.partner.err.kind'),
  contactName: optionalText(40, 'err.displayName'),
  contactEmail: z.string().trim().max(254, 'err.email').pipe(z.union([z.literal(''), z.email('err.email')])).optional(),
  contactPhone: z.string().trim().max(20, 'err.phone').regex(/^$|^[+\d][\d\s-]{5,19}$/, 'err.phone').optional(),
  active: z.enum(['on'], 'err.generic').optional(),
});

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

// Training orders (订单式培训): the enterprise profile, order transitions, applications, placements.
// The order form itself is orderFormInput in #lib/training-orders/input.ts (its tests run without Astro).

export const profileInput = z.object({
  name: z.string('err.enterpriseName').trim().min(2, 'err.enterpriseName').max(80, 'err.enterpriseName'),
  creditCode,
  industry: z.string('orders.err.required').trim().min(1, 'orders.err.required').max(40, 'orders.err.tooLong'),
  size: z.enum(ENTERPRISE_SIZES, 'orders.err.required'),
  contactName: z.string('orders.err.required').trim().min(1, 'orders.err.required').max(40, 'orders.err.tooLong'),
  contactPhone: z.string().trim().max(20, 'err.phone').regex(/^$|^[+\d][\d\s-]{5,19}$/, 'err.phone').optional(),
  contactEmail: z.string().trim().max(254, 'err.email').pipe(z.union([z.literal(''), z.email('err.email')])).optional(),
  description: z.string().trim().max(1000, 'orders.err.tooLong').optional(),
  park: z.enum(PARK_IDS, 'orders.err.park'),
});

export const transitionInput = z.object({ orderId: id, to: z.enum(ORDER_STATES) });
export const orderIdInput = z.object({ orderId: id });
export const applicationIdInput = z.object({ applicationId: id });
export const applyInput = z.object({ orderId: id, statement: z.string('orders.err.statement').trim().min(5, 'orders.err.statement').max(500, 'orders.err.tooLong') });
export const moveInput = z.object({ applicationId: id, direction: z.enum(['up', 'down']) });
export const respondInput = z.object({ applicationId: id, answer: z.enum(['accept', 'decline']) });
export const shortlistInput = z.object({ applicationId: id, shortlisted: z.enum(['1', '0']) });
export const visibilityInput = z.object({ visible: z.enum(['1', '0']), park: z.enum(PARK_IDS).optional() });
export const retentionInput = z.object({ applicationId: id, months: z.coerce.number().int(), stillEmployed: z.enum(['1', '0']) });

/** Optional yuan (`.optional()` outermost: an empty field is undefined) → integer fen. */
const optionalYuan = z
  .string()
  .transform((s, ctx) => {
    if (s.trim() === '') return undefined;
    const fen = parseYuanToFen(s);
    if (fen === null) {
      ctx.addIssue({ code: 'custom', message: 'orders.err.money' });
      return z.NEVER;
    }
    return fen;
  })
  .optional();

export const placementInput = z
  .object({
    applicationId: id,
    hired: z.enum(['1', '0']),
    placedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'orders.err.date').optional(),
    role: z.string().trim().max(60, 'orders.err.tooLong').optional(),
    salaryMin: optionalYuan,
    salaryMax: optionalYuan,
    feedback: z.string().trim().max(2000, 'orders.err.tooLong').optional(),
  })
  .superRefine((v, ctx) => {
    if (v.hired === '1' && !v.placedOn) ctx.addIssue({ code: 'custom', path: ['placedOn'], message: 'orders.err.date' });
    if (v.salaryMin !== undefined && v.salaryMax !== undefined && v.salaryMax < v.salaryMin) ctx.addIssue({ code: 'custom', path: ['salaryMax'], message: 'orders.err.salaryRange' });
  });

// Incubation (双创孵化): teams, their store, mentors, comments, the showcase.

export const createTeamInput = z.object({
  name: z.string('incubation.err.name').trim().min(2, 'incubation.err.name').max(40, 'incubation.err.name'),
  niche: z.string('incubation.err.niche').trim().min(2, 'incubation.err.niche').max(120, 'incubation.err.niche'),
  industry: z.enum(TEAM_INDUSTRIES, 'incubation.err.industry'),
});
export const joinTeamInput = z.object({ code: z.string('incubation.err.code').trim().min(4, 'incubation.err.code').max(16, 'incubation.err.code') });
export const linkStoreInput = z.object({ teamId: id, storeId: z.string('incubation.err.store').min(1, 'incubation.err.store').max(64) });
export const teamIdInput = z.object({ teamId: id });
export const commentInput = z.object({ teamId: id, body: z.string('incubation.err.comment').trim().min(1, 'incubation.err.comment').max(1000, 'incubation.err.comment') });
export const showcaseInput = z.object({ teamId: id, text: z.string('incubation.err.showcase').trim().min(10, 'incubation.err.showcase').max(2000, 'incubation.err.showcase') });
