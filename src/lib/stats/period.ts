/**
 * Statistics for a chosen period (whole months, Asia/Shanghai): new enrolments, finished courses
 * and certificates by course, month, audience (the role of the person) and issuing institution;
 * regulatory-course completion of government staff by department; training orders and
 * placements. Every figure is a live query over an index range (no stored counters); the
 * benchmark (`bench:dashboards`) prints their plans at 100,000 learners.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { byInstitution, lastMonths, monthBounds, monthCounts } from './training.ts';

/** `YYYY-MM`, inclusive. */
export interface Period {
  from: string;
  to: string;
}

export const MAX_PERIOD_MONTHS = 36;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

function monthIndex(m: string): number {
  const [y, mo] = m.split('-').map(Number) as [number, number];
  return y * 12 + mo - 1;
}

function monthOf(index: number): string {
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The months of a period, oldest first. */
export function monthsOf(period: Period): string[] {
  const out: string[] = [];
  for (let i = monthIndex(period.from); i <= monthIndex(period.to); i++) out.push(monthOf(i));
  return out;
}

/**
 * The period asked for (`?from=2026-01&to=2026-06`), or the last 12 months. A malformed or reversed
 * period, one in the future or longer than `MAX_PERIOD_MONTHS`, is corrected, never an error page:
 * `corrected` says so and the page tells the user.
 */
export function parsePeriod(input: { from?: string | null | undefined; to?: string | null | undefined }, now = new Date()): Period & { corrected: boolean } {
  const months = lastMonths(now, 12);
  const fallback = { from: months[0]!, to: months.at(-1)!, corrected: false };
  if (!input.from && !input.to) return fallback;
  const current = monthIndex(fallback.to);
  const to = input.to && MONTH.test(input.to) ? Math.min(monthIndex(input.to), current) : current;
  const from = input.from && MONTH.test(input.from) ? monthIndex(input.from) : to - 11;
  const ok = from <= to && to - from < MAX_PERIOD_MONTHS && (!input.from || MONTH.test(input.from)) && (!input.to || (MONTH.test(input.to) && monthIndex(input.to) <= current));
  if (ok) return { from: monthOf(from), to: monthOf(to), corrected: false };
  return { ...fallback, corrected: true };
}

export interface PeriodFigures {
  period: Period;
  months: Array<{ month: string; enrolments: number; certificates: number; placements: number }>;
  courses: Array<{ courseId: string; enrolled: number; finished: number; certificates: number }>;
  /** Enrolments and certificates by the role of the person (learners, enterprise staff, government staff). */
  audiences: Array<{ role: 'learner' | 'enterprise' | 'government'; enrolments: number; certificates: number }>;
  /** Learners (role learner) who finished at least one course in the period, by the partner institution they study at (null: none). */
  trained: Array<{ institutionId: string | null; learners: number }>;
  /** Certificates by the institution that teaches the course. */
  institutions: Array<{ institutionId: string; certificates: number }>;
  /** Government staff per department and their regulatory courses. */
  departments: Array<{ department: string | null; staff: number; enrolled: number; finished: number; certificates: number }>;
  orders: { published: number; placements: number; hired: number };
}

export async function getPeriodFigures(db: Db, input: { period: Period; govCourseIds: readonly string[]; courseIds: readonly string[] }): Promise<PeriodFigures> {
  const months = monthsOf(input.period);
  const bounds = monthBounds(months);
  const from = bounds[0]![0];
  const to = bounds.at(-1)![1];
  const gov = JSON.stringify(input.govCourseIds);
  const [enrolMonths, certMonths, placementMonths, enrolled, finished, certs, others, inst, depts, orders, trained] = await Promise.all([
    monthCounts(db, 'enrolments', 'enrolled_at', bounds),
    monthCounts(db, 'certificates', 'issued_at', bounds),
    monthCounts(db, 'placements', 'placed_on', bounds),
    // One range count per course on (course_id, enrolled_at): a GROUP BY over the period's rows would sort them all.
    input.courseIds.length === 0
      ? Promise.resolve([])
      : db.all<{ courseId: string; n: number }>(
          sql.join(
            input.courseIds.map((id) => sql`select ${id} as courseId, count(*) as n from enrolments where course_id = ${id} and enrolled_at >= ${from} and enrolled_at < ${to}`),
            sql` union all `,
          ),
        ),
    db.all<{ courseId: string; n: number }>(sql`select course_id as courseId, count(*) as n from enrolments where completed_at >= ${from} and completed_at < ${to} group by course_id`),
    db.all<{ courseId: string; n: number }>(sql`select course_id as courseId, count(*) as n from certificates where issued_at >= ${from} and issued_at < ${to} group by course_id`),
    // The few non-learner accounts first (role index), then their rows: learners are the remainder.
    db.all<{ role: 'enterprise' | 'government'; enrolments: number; certificates: number }>(sql`
      select u.role as role,
        sum((select count(*) from enrolments e where e.user_id = u.id and e.enrolled_at >= ${from} and e.enrolled_at < ${to})) as enrolments,
        sum((select count(*) from certificates c where c.user_id = u.id and c.issued_at >= ${from} and c.issued_at < ${to})) as certificates
      from users u where u.role in ('enterprise', 'government') group by u.role`),
    db.all<{ institutionId: string; n: number }>(sql`select institution_id as institutionId, count(*) as n from certificates where issued_at >= ${from} and issued_at < ${to} group by institution_id order by institution_id`),
    db.all<{ department: string | null; staff: number; enrolled: number; finished: number; certificates: number }>(sql`
      select u.department as department, count(*) as staff,
        sum(exists (select 1 from enrolments e where e.user_id = u.id and e.course_id in (select value from json_each(${gov})))) as enrolled,
        sum(exists (select 1 from enrolments e where e.user_id = u.id and e.course_id in (select value from json_each(${gov})) and e.completed_at >= ${from} and e.completed_at < ${to})) as finished,
        sum((select count(*) from certificates c where c.user_id = u.id and c.course_id in (select value from json_each(${gov})) and c.issued_at >= ${from} and c.issued_at < ${to})) as certificates
      from users u where u.role = 'government' group by u.department order by u.department`),
    db.all<{ published: number; placements: number; hired: number }>(sql`
      select (select count(*) from training_orders where state <> 'draft' and created_at >= ${from} and created_at < ${to}) as published,
             (select count(*) from placements where recorded_at >= ${from} and recorded_at < ${to}) as placements,
             (select count(*) from placements where hired = 1 and placed_on >= ${from} and placed_on < ${to}) as hired`),
    // The period's finished enrolments (an index range on completed_at) first, then their learners by primary key.
    db.all<{ institutionId: string | null; n: number }>(sql`
      select u.institution_id as institutionId, count(distinct e.user_id) as n from enrolments e cross join users u on u.id = e.user_id
      where e.completed_at >= ${from} and e.completed_at < ${to} and u.role = 'learner' group by u.institution_id`),
  ]);
  const byCourse = new Map<string, { courseId: string; enrolled: number; finished: number; certificates: number }>();
  const row = (courseId: string) => byCourse.get(courseId) ?? byCourse.set(courseId, { courseId, enrolled: 0, finished: 0, certificates: 0 }).get(courseId)!;
  for (const r of enrolled) if (Number(r.n) > 0) row(r.courseId).enrolled = Number(r.n);
  for (const r of finished) row(r.courseId).finished = Number(r.n);
  for (const r of certs) row(r.courseId).certificates = Number(r.n);
  const other = (role: 'enterprise' | 'government') => others.find((o) => o.role === role);
  // The months partition the period, so their counts add up to the period's totals.
  const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
  const total = { enrolments: sum(enrolMonths), certificates: sum(certMonths) };
  const audience = (role: 'enterprise' | 'government') => ({ role, enrolments: Number(other(role)?.enrolments ?? 0), certificates: Number(other(role)?.certificates ?? 0) });
  const ent = audience('enterprise');
  const govs = audience('government');
  return {
    period: { from: input.period.from, to: input.period.to },
    months: months.map((month, i) => ({ month, enrolments: enrolMonths[i] ?? 0, certificates: certMonths[i] ?? 0, placements: placementMonths[i] ?? 0 })),
    courses: [...byCourse.values()].sort((a, b) => a.courseId.localeCompare(b.courseId)),
    audiences: [{ role: 'learner', enrolments: Number(total.enrolments) - ent.enrolments - govs.enrolments, certificates: Number(total.certificates) - ent.certificates - govs.certificates }, ent, govs],
    trained: trained
      .map((r) => ({ institutionId: r.institutionId, learners: Number(r.n) }))
      .sort(byInstitution),
    institutions: inst.map((r) => ({ institutionId: r.institutionId, certificates: Number(r.n) })),
    departments: depts.map((d) => ({ department: d.department, staff: Number(d.staff), enrolled: Number(d.enrolled), finished: Number(d.finished), certificates: Number(d.certificates) })),
    orders: { published: Number(orders[0]?.published ?? 0), placements: Number(orders[0]?.placements ?? 0), hired: Number(orders[0]?.hired ?? 0) },
  };
}
