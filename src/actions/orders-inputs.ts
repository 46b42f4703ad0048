/**
 * Zod inputs of the training-order forms (the order form itself is in
 * #lib/training-orders/input.ts, shared with its tests). Messages are
 * dictionary keys.
 */
import { z } from 'astro/zod';
import { usccCheckChar } from '#sandbox/rules/codes.ts';
import { ENTERPRISE_SIZES, ORDER_STATES } from '#lib/db/schema-orders.ts';
import { PARK_IDS } from '#lib/enterprise/parks.ts';
import { yuanToFen } from '#lib/training-orders/input.ts';

const id = z.string().min(1).max(64);

/** 统一社会信用代码: 18 characters whose last is the GB 32100 check character. */
export const creditCode = z
  .string()
  .trim()
  .transform((v) => v.toUpperCase())
  .pipe(
    z
      .string()
      .regex(/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/, 'err.creditCode')
      .refine((v) => usccCheckChar(v.slice(0, 17)) === v[17], 'orders.err.creditCheck'),
  );

export const profileInput = z.object({
  name: z.string().trim().min(2, 'err.enterpriseName').max(80, 'err.enterpriseName'),
  creditCode,
  industry: z.string().trim().min(1, 'orders.err.required').max(40, 'orders.err.tooLong'),
  size: z.enum(ENTERPRISE_SIZES, 'orders.err.required'),
  contactName: z.string().trim().min(1, 'orders.err.required').max(40, 'orders.err.tooLong'),
  contactPhone: z.string().trim().max(20, 'err.phone').regex(/^$|^[+\d][\d\s-]{5,19}$/, 'err.phone').optional(),
  contactEmail: z.string().trim().max(254, 'err.email').pipe(z.union([z.literal(''), z.email('err.email')])).optional(),
  description: z.string().trim().max(1000, 'orders.err.tooLong').optional(),
  park: z.enum(PARK_IDS, 'orders.err.park'),
});

export const transitionInput = z.object({ orderId: id, to: z.enum(ORDER_STATES) });
export const orderIdInput = z.object({ orderId: id });
export const applicationIdInput = z.object({ applicationId: id });
export const applyInput = z.object({ orderId: id, statement: z.string().trim().min(5, 'orders.err.statement').max(500, 'orders.err.tooLong') });
export const moveInput = z.object({ applicationId: id, direction: z.enum(['up', 'down']) });
export const respondInput = z.object({ applicationId: id, answer: z.enum(['accept', 'decline']) });
export const shortlistInput = z.object({ applicationId: id, shortlisted: z.enum(['1', '0']) });
export const visibilityInput = z.object({ visible: z.enum(['1', '0']), park: z.enum(PARK_IDS).optional() });
export const retentionInput = z.object({ applicationId: id, months: z.coerce.number().int(), stillEmployed: z.enum(['1', '0']) });

const optionalYuan = z
  .string()
  .optional()
  .transform((s, ctx) => {
    if (s === undefined || s.trim() === '') return undefined;
    const fen = yuanToFen(s);
    if (fen === null) {
      ctx.addIssue({ code: 'custom', message: 'orders.err.money' });
      return z.NEVER;
    }
    return fen;
  });

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
