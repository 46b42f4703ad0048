/**
 * Training figures for government statistics viewers and administrators:
 * how many people study and finish, per course, partner institution and month, and the
 * certificates issued. Counts are computed in SQL; course titles come from the caller.
 */
import { count, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { users } from '../db/schema-auth.ts';
import { certificates } from '../db/schema-certificates.ts';

export interface CourseFigures {
  courseId: string;
  enrolled: number;
  finished: number;
  certificates: number;
}

export interface MonthFigures {
  /** `YYYY-MM` in Asia/Shanghai. */
  month: string;
  enrolments: number;
  certificates: number;
}

export interface InstitutionFigures {
  /** Partner id, or null for learners outside the partner institutions. */
  institutionId: string | null;
  learners: number;
  /** Learners with an enrolment active in the last 30 days. */
  activeLearners: number;
}

export interface TrainingFigures {
  learners: number;
  governmentTrainees: number;
  enrolments: number;
  finishedCourses: number;
  certificates: number;
  courses: CourseFigures[];
  institutions: InstitutionFigures[];
  /** The last 12 months, oldest first. */
  months: MonthFigures[];
}

const ACTIVE_WINDOW_MS = 30 * 24 * 60 * 60 * 1000;

/** Shanghai is UTC+8 all year (no daylight saving), so a month boundary is a fixed offset. */
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

/** [start, end) in UTC milliseconds of each `YYYY-MM` (Shanghai time). */
export function monthBounds(months: readonly string[]): Array<[number, number]> {
  return months.map((m) => {
    const [y, mo] = m.split('-').map(Number) as [number, number];
    return [Date.UTC(y, mo - 1, 1) - SHANGHAI_OFFSET_MS, Date.UTC(y, mo, 1) - SHANGHAI_OFFSET_MS];
  });
}

/** One range count per month on the column's index, in one statement. */
export async function monthCounts(db: Db, table: 'enrolments' | 'certificates' | 'placements', column: 'enrolled_at' | 'issued_at' | 'placed_on', bounds: ReadonlyArray<[number, number]>): Promise<number[]> {
  const parts = bounds.map(([a, b], i) => sql`select ${i} as i, count(*) as n from ${sql.identifier(table)} where ${sql.identifier(column)} >= ${a} and ${sql.identifier(column)} < ${b}`);
  const rows = await db.all<{ i: number; n: number }>(sql.join(parts, sql` union all `));
  const out = bounds.map(() => 0);
  for (const r of rows) out[Number(r.i)] = Number(r.n);
  return out;
}

/** Rows by institution id, the row without an institution (null) last. */
export function byInstitution(a: { institutionId: string | null }, b: { institutionId: string | null }): number {
  return a.institutionId === null ? (b.institutionId === null ? 0 : 1) : b.institutionId === null ? -1 : a.institutionId.localeCompare(b.institutionId);
}

export function lastMonths(now: Date, n: number): string[] {
  const d = new Date(now.getTime() + SHANGHAI_OFFSET_MS);
  const out: string[] = [];
  for (let i = n - 1; i >= 0; i--) {
    const m = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - i, 1));
    out.push(`${m.getUTCFullYear()}-${String(m.getUTCMonth() + 1).padStart(2, '0')}`);
  }
  return out;
}

/**
 * Live figures (no stored counters): every count is a query over an index that leads with the
 * grouped column (see `bench:dashboards` for the plans at 100,000 learners).
 */
export async function getTrainingFigures(db: Db, now = new Date()): Promise<TrainingFigures> {
  const since = new Date(now.getTime() - ACTIVE_WINDOW_MS);
  const months = lastMonths(now, 12);
  const bounds = monthBounds(months);
  const [roleRows, enrolRows, certRows, instRows, activeRows, enrolMonths, certMonths] = await Promise.all([
    db.select({ role: users.role, n: count() }).from(users).groupBy(users.role),
    // The courses that have enrolments, one index seek each (a loose index scan), then two range counts per
    // course on (course_id, completed_at): cheaper than grouping every enrolment row.
    db.all<{ courseId: string; enrolled: number; finished: number }>(sql`
      with recursive c(id) as (
        select min(course_id) from enrolments
        union all select (select min(course_id) from enrolments where course_id > c.id) from c where c.id is not null
      )
      select id as courseId,
        (select count(*) from enrolments where course_id = c.id) as enrolled,
        (select count(*) from enrolments where course_id = c.id and completed_at >= 0) as finished
      from c where id is not null`),
    db.select({ courseId: certificates.courseId, n: count() }).from(certificates).groupBy(certificates.courseId),
    db.select({ institutionId: users.institutionId, n: count() }).from(users).where(eq(users.role, 'learner')).groupBy(users.institutionId),
    // CROSS JOIN keeps SQLite's join order: the recent enrolments (an index range) first, then their users.
    db.all<{ institutionId: string | null; n: number }>(
      sql`select u.institution_id as institutionId, count(distinct e.user_id) as n from enrolments e cross join users u on u.id = e.user_id
          where e.last_activity_at >= ${since.getTime()} and u.role = 'learner' group by u.institution_id`,
    ),
    monthCounts(db, 'enrolments', 'enrolled_at', bounds),
    monthCounts(db, 'certificates', 'issued_at', bounds),
  ]);
  const byRole = new Map(roleRows.map((r) => [r.role, r.n]));
  const certs = new Map(certRows.map((r) => [r.courseId, r.n]));
  const active = new Map(activeRows.map((r) => [r.institutionId, r.n]));
  const courseIds = [...new Set([...enrolRows.map((r) => r.courseId), ...certs.keys()])].sort();
  const courses = courseIds.map((courseId) => {
    const e = enrolRows.find((r) => r.courseId === courseId);
    return { courseId, enrolled: Number(e?.enrolled ?? 0), finished: Number(e?.finished ?? 0), certificates: certs.get(courseId) ?? 0 };
  });
  const em = new Map(enrolMonths.map((n, i) => [months[i], n]));
  const cm = new Map(certMonths.map((n, i) => [months[i], n]));
  return {
    learners: byRole.get('learner') ?? 0,
    governmentTrainees: byRole.get('government') ?? 0,
    enrolments: courses.reduce((n, c) => n + c.enrolled, 0),
    finishedCourses: courses.reduce((n, c) => n + c.finished, 0),
    certificates: courses.reduce((n, c) => n + c.certificates, 0),
    courses,
    institutions: instRows
      .map((r) => ({ institutionId: r.institutionId, learners: r.n, activeLearners: active.get(r.institutionId) ?? 0 }))
      .sort(byInstitution),
    months: months.map((month) => ({ month, enrolments: em.get(month) ?? 0, certificates: cm.get(month) ?? 0 })),
  };
}
