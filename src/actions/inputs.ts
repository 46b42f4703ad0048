/**
 * Zod input schemas of the forms. Keep `.optional()` outermost on optional
 * fields: Astro then reads an empty form field as undefined, not null. Error messages are i18n keys; pages turn
 * them into the reader's language (see `fieldErrors` in src/server/forms.ts).
 */
import { z } from 'astro/zod';
import { PASSWORD_MAX, PASSWORD_MIN } from '#lib/auth/password.ts';

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
