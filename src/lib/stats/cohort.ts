/**
 * An instructor's cohort: the learners of one partner institution with their
 * study progress (enrolments, lessons, quizzes) and sandbox results.
 */
import { and, count, eq, max, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { users } from '../db/schema-auth.ts';
import { enrolments, lessonCompletions, quizAttempts } from '../db/schema-progress.ts';
import { learnersOverview, type LearnerStats } from '../workbench/stats.ts';

export interface CohortMember {
  userId: string;
  name: string;
  enrolled: number;
  finished: number;
  lessonsCompleted: number;
  quizAttempts: number;
  /** Share of quiz attempts passed, 0–100 rounded down; null without attempts. */
  quizPassRate: number | null;
  lastActivityAt: Date | null;
  sandbox: LearnerStats | null;
}

export async function cohortOverview(db: Db, institutionId: string): Promise<CohortMember[]> {
  const cohort = and(eq(users.role, 'learner'), eq(users.institutionId, institutionId));
  const [members, enrolRows, lessonRows, quizRows, sandbox] = await Promise.all([
    db.select({ id: users.id, name: users.displayName }).from(users).where(cohort).orderBy(users.displayName),
    db
      .select({ userId: enrolments.userId, enrolled: count(), finished: count(enrolments.completedAt), last: max(enrolments.lastActivityAt) })
      .from(enrolments)
      .innerJoin(users, eq(users.id, enrolments.userId))
      .where(cohort)
      .groupBy(enrolments.userId),
    db.select({ userId: lessonCompletions.userId, n: count() }).from(lessonCompletions).innerJoin(users, eq(users.id, lessonCompletions.userId)).where(cohort).groupBy(lessonCompletions.userId),
    db
      .select({ userId: quizAttempts.userId, n: count(), passed: sql<number>`sum(case when ${quizAttempts.passed} then 1 else 0 end)` })
      .from(quizAttempts)
      .innerJoin(users, eq(users.id, quizAttempts.userId))
      .where(cohort)
      .groupBy(quizAttempts.userId),
    learnersOverview(db),
  ]);
  const enrol = new Map(enrolRows.map((r) => [r.userId, r]));
  const lessons = new Map(lessonRows.map((r) => [r.userId, r.n]));
  const quizzes = new Map(quizRows.map((r) => [r.userId, r]));
  const box = new Map(sandbox.map((s) => [s.userId, s.stats]));
  return members.map((m) => {
    const e = enrol.get(m.id);
    const q = quizzes.get(m.id);
    return {
      userId: m.id,
      name: m.name,
      enrolled: e?.enrolled ?? 0,
      finished: e?.finished ?? 0,
      lessonsCompleted: lessons.get(m.id) ?? 0,
      quizAttempts: q?.n ?? 0,
      quizPassRate: q && q.n > 0 ? Math.floor((Number(q.passed) * 100) / q.n) : null,
      lastActivityAt: e?.last ?? null,
      sandbox: box.get(m.id) ?? null,
    };
  });
}
