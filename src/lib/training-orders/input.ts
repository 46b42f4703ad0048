/**
 * The training-order form, checked at the edge: money typed in yuan becomes
 * integer fen, seats at least 1, the deadline in the future, skills from the
 * shared vocabulary. Messages are dictionary keys, so the form shows them in
 * the page's language beside the field, with the other fields kept.
 */
import { z } from 'zod';
import { SKILLS } from '../content/skills.ts';
import { PARK_IDS } from '../enterprise/parks.ts';
import { fenToYuanText, parseYuanToFen } from '../workbench/money.ts';

/** Yuan typed in the form ("1,299.50") → integer fen; negative or malformed amounts are refused. */
export const yuan = z.string('orders.err.money').transform((s, ctx) => {
  const fen = parseYuanToFen(s);
  if (fen === null) {
    ctx.addIssue({ code: 'custom', message: 'orders.err.money' });
    return z.NEVER;
  }
  return fen;
});

const date = z.string('orders.err.date').regex(/^\d{4}-\d{2}-\d{2}$/, 'orders.err.date').transform((s) => new Date(`${s}T00:00:00+08:00`));

/** Optional text: `.optional()` outermost, so Astro reads an empty field as undefined. */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, 'orders.err.tooLong')
    .transform((s) => (s === '' ? undefined : s))
    .optional();

/** "skill:level" lines or comma-separated pairs, e.g. "three-doc-match:60, import-tax:40". */
const requirements = z.string('orders.err.requirement').transform((s, ctx) => {
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
      titleZh: z.string('orders.err.required').trim().min(2, 'orders.err.required').max(80, 'orders.err.tooLong'),
      titleEn: optionalText(120),
      descriptionZh: z.string('orders.err.required').trim().min(2, 'orders.err.required').max(2000, 'orders.err.tooLong'),
      descriptionEn: optionalText(3000),
      brief: optionalText(2000),
      requires: requirements,
      // Arrays: Astro reads every checked box (none checked: an empty list).
      courses: z.array(z.string().max(64)).max(100).default([]),
      scenarios: z.array(z.string().max(64)).max(200).default([]),
      seats: z.coerce.number('orders.err.seats').int('orders.err.seats').min(1, 'orders.err.seats').max(500, 'orders.err.seats'),
      park: z.enum(PARK_IDS, 'orders.err.park'),
      trainingStart: date,
      trainingEnd: date,
      stipend: yuan,
      salaryMin: yuan,
      salaryMax: yuan,
      hireCount: z.coerce.number('orders.err.hireCount').int('orders.err.hireCount').min(0, 'orders.err.hireCount'),
      hireRole: z.string('orders.err.required').trim().min(1, 'orders.err.required').max(60, 'orders.err.tooLong'),
      deadline: date.refine((d) => d.getTime() > now().getTime(), 'orders.err.deadlinePast'),
      /** Which button posted a new order: publish at once or keep a draft. */
      publish: z.enum(['open', 'draft']).optional(),
      /** Set when editing an existing order. */
      orderId: z.string().max(64).optional(),
    })
    .superRefine((v, ctx) => {
      if (v.trainingEnd.getTime() < v.trainingStart.getTime()) ctx.addIssue({ code: 'custom', path: ['trainingEnd'], message: 'orders.err.trainingDates' });
      if (v.trainingStart.getTime() < v.deadline.getTime()) ctx.addIssue({ code: 'custom', path: ['trainingStart'], message: 'orders.err.startBeforeDeadline' });
      if (v.salaryMax < v.salaryMin) ctx.addIssue({ code: 'custom', path: ['salaryMax'], message: 'orders.err.salaryRange' });
      if (v.hireCount > v.seats) ctx.addIssue({ code: 'custom', path: ['hireCount'], message: 'orders.err.hireCount' });
      if (v.courses.length + v.scenarios.length === 0) ctx.addIssue({ code: 'custom', path: ['courses'], message: 'orders.err.curriculum' });
    });
}

export type OrderFormInput = z.output<ReturnType<typeof orderFormInput>>;

/** A date as the form's YYYY-MM-DD, the calendar day in Asia/Shanghai (UTC+8, no daylight saving). */
export function shanghaiDay(d: Date): string {
  return new Date(d.getTime() + 8 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

/** An existing order as the text its edit form starts from (the inverse of `orderFormInput`). */
export function orderFormValues(d: {
  order: { titleZh: string; titleEn: string | null; descriptionZh: string; descriptionEn: string | null; brief: string | null; seats: number; park: string; trainingStart: Date; trainingEnd: Date; stipendFen: number; salaryMinFen: number; salaryMaxFen: number; hireCount: number; hireRole: string; deadline: Date };
  requires: Record<string, number>;
}): Record<string, string> {
  const o = d.order;
  return {
    titleZh: o.titleZh,
    titleEn: o.titleEn ?? '',
    descriptionZh: o.descriptionZh,
    descriptionEn: o.descriptionEn ?? '',
    brief: o.brief ?? '',
    requires: Object.entries(d.requires).map(([s, m]) => `${s}: ${m}`).join('\n'),
    seats: String(o.seats),
    park: o.park,
    trainingStart: shanghaiDay(o.trainingStart),
    trainingEnd: shanghaiDay(o.trainingEnd),
    stipend: fenToYuanText(o.stipendFen),
    salaryMin: fenToYuanText(o.salaryMinFen),
    salaryMax: fenToYuanText(o.salaryMaxFen),
    hireCount: String(o.hireCount),
    hireRole: o.hireRole,
    deadline: shanghaiDay(o.deadline),
  };
}
