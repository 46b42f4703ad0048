/**
 * The learners an instructor teaches: everyone enrolled in a course of the instructor's
 * institution, and the institution's own learners. Paged (never one row per learner of the
 * database): a page is read in name order from `users_role_name_idx`, each learner checked against
 * the enrolments' primary key, so no sort of every row; the count reads the same index alone. The
 * figures of a page come from the learner profile read model in one batch, read for the
 * institution's courses only.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { defaultCatalogue, type ProfileCatalogue } from '../progress/catalogue.ts';
import { learnerProfiles, type LearnerProfile } from '../progress/profile.ts';

export const LEARNERS_PAGE_SIZE = 50;

export interface TaughtLearner {
  userId: string;
  name: string;
  email: string;
  /** The institution's courses this learner is enrolled in or active in. */
  courses: number;
  finished: number;
  lessonsCompleted: number;
  /** Mean best score over the institution's quizzes taken; null before any. */
  quizBest: number | null;
  scenariosPassed: number;
  declarations: number;
  /** 0–100, or null before any first attempt. */
  firstTimePercent: number | null;
  lastActivityAt: Date | null;
}

export interface LearnersPage {
  rows: TaughtLearner[];
  total: number;
  page: number;
  pages: number;
}

function taughtFilter(institutionId: string, courseIds: readonly string[]) {
  return sql`u.role = 'learner' and (u.institution_id = ${institutionId} or exists (select 1 from enrolments e where e.user_id = u.id and e.course_id in (select value from json_each(${JSON.stringify(courseIds)}))))`;
}

export function institutionCourseIds(institutionId: string, catalogue: ProfileCatalogue = defaultCatalogue()): string[] {
  return catalogue.courses.filter((c) => c.partner === institutionId).map((c) => c.id);
}

/** The learner's name and e-mail when the institution's instructors may see them, else undefined. */
export async function taughtLearner(db: Db, institutionId: string, userId: string, catalogue: ProfileCatalogue = defaultCatalogue()): Promise<{ name: string; email: string } | undefined> {
  // `all`, not `get`: drizzle's libsql `get` throws on an empty result.
  const rows = await db.all<{ name: string; email: string }>(
    sql`select u.display_name as name, u.email as email from users u where u.id = ${userId} and ${taughtFilter(institutionId, institutionCourseIds(institutionId, catalogue))}`,
  );
  return rows[0];
}

export function summarizeFor(profile: LearnerProfile, courseIds: ReadonlySet<string>): Omit<TaughtLearner, 'userId' | 'name' | 'email'> {
  const courses = profile.courses.filter((c) => courseIds.has(c.courseId));
  const quizzes = profile.quizzes.filter((q) => courseIds.has(q.courseId));
  const last = courses.reduce<number>((m, c) => Math.max(m, c.lastActivityAt?.getTime() ?? 0), 0);
  return {
    courses: courses.length,
    finished: courses.filter((c) => c.requirements.met).length,
    lessonsCompleted: courses.reduce((s, c) => s + c.lessonsCompleted, 0),
    quizBest: quizzes.length === 0 ? null : Math.round(quizzes.reduce((s, q) => s + q.best, 0) / quizzes.length),
    scenariosPassed: profile.scenarios.filter((s) => s.passed).length,
    declarations: profile.sandbox.declarations,
    firstTimePercent: profile.sandbox.firstTimeAcceptanceRate === null ? null : Math.round(profile.sandbox.firstTimeAcceptanceRate * 100),
    lastActivityAt: last > 0 ? new Date(last) : null,
  };
}

export async function taughtLearners(db: Db, input: { institutionId: string; page?: number; pageSize?: number }, catalogue: ProfileCatalogue = defaultCatalogue()): Promise<LearnersPage> {
  const size = input.pageSize ?? LEARNERS_PAGE_SIZE;
  const courseIds = institutionCourseIds(input.institutionId, catalogue);
  const where = taughtFilter(input.institutionId, courseIds);
  const total = Number((await db.get<{ n: number }>(sql`select count(*) as n from users u where ${where}`))?.n ?? 0);
  const pages = Math.max(1, Math.ceil(total / size));
  const page = Math.min(Math.max(1, Math.floor(input.page ?? 1)), pages);
  const people = await db.all<{ id: string; name: string; email: string }>(
    sql`select u.id as id, u.display_name as name, u.email as email from users u where ${where} order by u.display_name, u.id limit ${size} offset ${(page - 1) * size}`,
  );
  // only the institution's courses: the row's figures are of those (and the sandbox, read whole)
  const profiles = await learnerProfiles(db, people.map((p) => p.id), catalogue, { courseIds });
  const own = new Set(courseIds);
  return {
    rows: people.map((p) => {
      const profile = profiles.get(p.id);
      if (!profile) throw new Error('unreachable: learnerProfiles answers every id');
      return { userId: p.id, name: p.name, email: p.email, ...summarizeFor(profile, own) };
    }),
    total,
    page,
    pages,
  };
}
