/**
 * Training figures for government statistics viewers and administrators:
 * how many people study, per course and per partner institution. Counts are
 * computed in SQL; course titles come from the caller (content lives in files).
 */
import { and, count, countDistinct, eq, gte, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { users } from '../db/schema-auth.ts';
import { enrolments, lessonCompletions, quizAttempts } from '../db/schema-progress.ts';

export interface CourseFigures {
  courseId: string;
  enrolled: number;
  finished: number;
  lessonsCompleted: number;
  quizAttempts: number;
  /** Share of quiz attempts that passed, 0–100 rounded down; null without attempts. */
  quizPassRate: number | null;
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
  courses: CourseFigures[];
  institutions: InstitutionFigures[];
}

const ACTIVE_WINDOW_MS = 30 * 24 * 60 * 60 * 1000;

export async function getTrainingFigures(db: Db, now = new Date()): Promise<TrainingFigures> {
  const since = new Date(now.getTime() - ACTIVE_WINDOW_MS);
  const [roleRows, enrolRows, lessonRows, quizRows, instRows, activeRows] = await Promise.all([
    db.select({ role: users.role, n: count() }).from(users).groupBy(users.role),
    db
      .select({ courseId: enrolments.courseId, enrolled: count(), finished: count(enrolments.completedAt) })
      .from(enrolments)
      .groupBy(enrolments.courseId),
    db.select({ courseId: lessonCompletions.courseId, n: count() }).from(lessonCompletions).groupBy(lessonCompletions.courseId),
    db
      .select({ courseId: quizAttempts.courseId, n: count(), passed: sql<number>`sum(case when ${quizAttempts.passed} then 1 else 0 end)` })
      .from(quizAttempts)
      .groupBy(quizAttempts.courseId),
    db.select({ institutionId: users.institutionId, n: count() }).from(users).where(eq(users.role, 'learner')).groupBy(users.institutionId),
    db
      .select({ institutionId: users.institutionId, n: countDistinct(users.id) })
      .from(users)
      .innerJoin(enrolments, eq(enrolments.userId, users.id))
      .where(and(eq(users.role, 'learner'), gte(enrolments.lastActivityAt, since), isNotNull(enrolments.lastActivityAt)))
      .groupBy(users.institutionId),
  ]);
  const byRole = new Map(roleRows.map((r) => [r.role, r.n]));
  const lessons = new Map(lessonRows.map((r) => [r.courseId, r.n]));
  const quizzes = new Map(quizRows.map((r) => [r.courseId, r]));
  const active = new Map(activeRows.map((r) => [r.institutionId, r.n]));
  const courseIds = [...new Set([...enrolRows.map((r) => r.courseId), ...lessons.keys(), ...quizzes.keys()])].sort();
  const courses = courseIds.map((courseId) => {
    const e = enrolRows.find((r) => r.courseId === courseId);
    const q = quizzes.get(courseId);
    return {
      courseId,
      enrolled: e?.enrolled ?? 0,
      finished: e?.finished ?? 0,
      lessonsCompleted: lessons.get(courseId) ?? 0,
      quizAttempts: q?.n ?? 0,
      quizPassRate: q && q.n > 0 ? Math.floor((Number(q.passed) * 100) / q.n) : null,
    };
  });
  return {
    learners: byRole.get('learner') ?? 0,
    governmentTrainees: byRole.get('government') ?? 0,
    enrolments: courses.reduce((n, c) => n + c.enrolled, 0),
    finishedCourses: courses.reduce((n, c) => n + c.finished, 0),
    courses,
    institutions: instRows
      .map((r) => ({ institutionId: r.institutionId, learners: r.n, activeLearners: active.get(r.institutionId) ?? 0 }))
      .sort((a, b) => (a.institutionId === null ? 1 : b.institutionId === null ? -1 : a.institutionId.localeCompare(b.institutionId))),
  };
}
