/**
 * The training-order form, checked at the edge: money typed in yuan becomes
 * integer fen, seats at least 1, the deadline in the future, skills from the
 * shared vocabulary. Messages are dictionary keys, so the form shows them in
 * the page's language beside the field, with the other fields kept.
 */
import { z } from 'zod';
import { SKILLS } from '../content/skills.ts';
import { PARK_IDS } from '../enterprise/parks.ts';

/** "1234.5" yuan → 123450 fen; null for anything else (negative, malformed, more than 2 decimals). */
export function yuanToFen(text: string): number | null {
  const m = /^(\d{1,9})(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}

const yuan = z.string().transform((s, ctx) => {
  const fen = yuanToFen(s);
  if (fen === null) {
    ctx.addIssue({ code: 'custom', message: 'orders.err.money' });
    return z.NEVER;
  }
  return fen;
});

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'orders.err.date').transform((s) => new Date(`${s}T00:00:00+08:00`));

const optionalText = (max: number) =>
  z
    .string()
    .max(max, 'orders.err.tooLong')
    .optional()
    .transform((s) => (s && s.trim() !== '' ? s.trim() : undefined));

/** "skill:level" lines or comma-separated pairs, e.g. "three-doc-match:60, import-tax:40". */
const requirements = z.string().transform((s, ctx) => {
  const out: Record<string, number> = {};
  for (const part of s.split(/[\n,，;；]+/).map((x) => x.trim()).filter(Boolean)) {
    const m = /^([a-z0-9-]+)\s*[:：=]\s*(\d{1,3})$/.exec(part);
    if (!m || Number(m[2]) > 100) {
      ctx.addIssue({ code: 'custom', message: 'orders.err.requirement' });
      return z.NEVER;
    }
    if (!Object.hasOwn(SKILLS, m[1] as string)) {
      ctx.addIssue({ code: 'custom', message: 'orders.err.unknownSkill' });
      return z.NEVER;
    }
    out[m[1] as string] = Number(m[2]);
  }
  if (Object.keys(out).length === 0) {
    ctx.addIssue({ code: 'custom', message: 'orders.err.requirement' });
    return z.NEVER;
  }
  return out;
});

export function orderFormInput(now: () => Date = () => new Date()) {
  return z
    .object({
      titleZh: z.string().trim().min(2, 'orders.err.required').max(80, 'orders.err.tooLong'),
      titleEn: optionalText(120),
      descriptionZh: z.string().trim().min(2, 'orders.err.required').max(2000, 'orders.err.tooLong'),
      descriptionEn: optionalText(3000),
      brief: optionalText(2000),
      requires: requirements,
      courses: z.union([z.string(), z.array(z.string())]).optional().transform((x) => (x === undefined ? [] : Array.isArray(x) ? x : [x])),
      scenarios: z.union([z.string(), z.array(z.string())]).optional().transform((x) => (x === undefined ? [] : Array.isArray(x) ? x : [x])),
      seats: z.coerce.number('orders.err.seats').int('orders.err.seats').min(1, 'orders.err.seats').max(500, 'orders.err.seats'),
      park: z.enum(PARK_IDS, 'orders.err.park'),
      trainingStart: date,
      trainingEnd: date,
      stipend: yuan,
      salaryMin: yuan,
      salaryMax: yuan,
      hireCount: z.coerce.number('orders.err.hireCount').int('orders.err.hireCount').min(0, 'orders.err.hireCount'),
      hireRole: z.string().trim().min(1, 'orders.err.required').max(60, 'orders.err.tooLong'),
      deadline: date,
      publish: z.string().optional().transform((x) => x === 'open'),
    })
    .superRefine((v, ctx) => {
      if (v.deadline.getTime() <= now().getTime()) ctx.addIssue({ code: 'custom', path: ['deadline'], message: 'orders.err.deadlinePast' });
      if (v.trainingEnd.getTime() < v.trainingStart.getTime()) ctx.addIssue({ code: 'custom', path: ['trainingEnd'], message: 'orders.err.trainingDates' });
      if (v.trainingStart.getTime() < v.deadline.getTime()) ctx.addIssue({ code: 'custom', path: ['trainingStart'], message: 'orders.err.startBeforeDeadline' });
      if (v.salaryMax < v.salaryMin) ctx.addIssue({ code: 'custom', path: ['salaryMax'], message: 'orders.err.salaryRange' });
      if (v.hireCount > v.seats) ctx.addIssue({ code: 'custom', path: ['hireCount'], message: 'orders.err.hireCount' });
      if (v.courses.length + v.scenarios.length === 0) ctx.addIssue({ code: 'custom', path: ['courses'], message: 'orders.err.curriculum' });
    });
}

export type OrderFormInput = z.output<ReturnType<typeof orderFormInput>>;
