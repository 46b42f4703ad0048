/**
 * Enrolment and lesson progress. Every write that touches several rows runs
 * in one transaction; completing a lesson twice changes nothing, except that
 * the earliest completion time is kept (two devices synced in either order,
 * src/lib/offline/sync.ts, agree on it).
 */
import { and, desc, eq, gt, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { enrolments, lessonCompletions, quizAttempts, type Enrolment } from '../db/schema-progress.ts';
import { scenarioAttempts } from '../db/schema-sandbox.ts';
import type { QuizAnswers, QuizGrade } from '../courses/quiz.ts';
import { ensureEnrolment, settleCourse, type CourseRef, type Tx } from './completion.ts';

export type { CourseRef } from './completion.ts';

/** What a progress event changed. */
export interface ProgressFact {
  /** The lesson became complete with this event. */
  newlyCompleted: boolean;
  /** The course became complete with this event (see `completion.ts`). */
  courseCompleted: boolean;
}

/** The learner's attempts at one quiz, this one included. */
export interface QuizHistory {
  attempts: number;
  everPassed: boolean;
}

export async function enrolLearner(db: Db | Tx, input: { userId: string; courseId: string }, now = new Date()): Promise<void> {
  await db
    .insert(enrolments)
    .values({ userId: input.userId, courseId: input.courseId, enrolledAt: now, lastActivityAt: now })
    .onConflictDoNothing();
}

async function markComplete(tx: Tx | Db, userId: string, course: CourseRef, lessonId: string, source: 'manual' | 'quiz' | 'sandbox', now: Date): Promise<boolean> {
  await ensureEnrolment(tx, userId, course.courseId, now, lessonId);
  const inserted = await tx
    .insert(lessonCompletions)
    .values({ userId, lessonId, courseId: course.courseId, completedAt: now, source })
    .onConflictDoNothing()
    .returning({ lessonId: lessonCompletions.lessonId });
  if (inserted.length > 0) return true;
  // Already complete: an earlier claim (an offline device syncing late) moves the time back, a later one changes nothing.
  await tx
    .update(lessonCompletions)
    .set({ completedAt: now, source })
    .where(and(eq(lessonCompletions.userId, userId), eq(lessonCompletions.lessonId, lessonId), gt(lessonCompletions.completedAt, now)));
  return false;
}

/**
 * Marks a lesson complete (idempotent), enrols the learner if needed and settles the course.
 * Accepts the caller's transaction (scenario grading passes one).
 */
export async function completeLesson(
  db: Db | Tx,
  input: { userId: string; course: CourseRef; lessonId: string; source?: 'manual' | 'sandbox' },
  now = new Date(),
): Promise<ProgressFact> {
  const run = async (tx: Tx | Db): Promise<ProgressFact> => {
    const newlyCompleted = await markComplete(tx, input.userId, input.course, input.lessonId, input.source ?? 'manual', now);
    const { courseCompleted } = await settleCourse(tx, input.userId, input.course, now);
    return { newlyCompleted, courseCompleted };
  };
  // Inside a transaction this nests as a savepoint.
  return (db as Db).transaction(run);
}

/**
 * Stores a graded attempt; a passing attempt completes the lesson and settles the course in the same transaction.
 * Accepts the caller's transaction (offline sync passes one).
 */
export async function recordQuizAttempt(
  db: Db | Tx,
  input: { userId: string; course: CourseRef; lessonId: string; answers: QuizAnswers; grade: QuizGrade; durationMs?: number | undefined },
  now = new Date(),
): Promise<{ attemptId: number; history: QuizHistory } & ProgressFact> {
  return (db as Db).transaction(async (tx) => {
    const [row] = await tx
      .insert(quizAttempts)
      .values({
        userId: input.userId,
        lessonId: input.lessonId,
        courseId: input.course.courseId,
        score: input.grade.score,
        correct: input.grade.correct,
        total: input.grade.total,
        passed: input.grade.passed,
        answers: JSON.stringify(input.answers),
        submittedAt: now,
        durationMs: input.durationMs ?? null,
      })
      .returning({ id: quizAttempts.id });
    await ensureEnrolment(tx, input.userId, input.course.courseId, now, input.lessonId);
    const [h] = await tx
      .select({ attempts: sql<number>`count(*)`, passed: sql<number>`max(${quizAttempts.passed})` })
      .from(quizAttempts)
      .where(and(eq(quizAttempts.userId, input.userId), eq(quizAttempts.lessonId, input.lessonId)));
    const history: QuizHistory = { attempts: Number(h?.attempts ?? 1), everPassed: Number(h?.passed ?? 0) === 1 };
    if (!input.grade.passed) return { attemptId: row?.id ?? 0, history, newlyCompleted: false, courseCompleted: false };
    const newlyCompleted = await markComplete(tx, input.userId, input.course, input.lessonId, 'quiz', now);
    const { courseCompleted } = await settleCourse(tx, input.userId, input.course, now);
    return { attemptId: row?.id ?? 0, history, newlyCompleted, courseCompleted };
  });
}

export interface CourseProgress {
  courseId: string;
  enrolled: boolean;
  completedLessonIds: Set<string>;
  completed: number;
  total: number;
  /** 0–100, rounded down. */
  percent: number;
  finishedAt: Date | null;
  lastLessonId: string | null;
}

export function progressPercent(completed: number, total: number): number {
  return total === 0 ? 0 : Math.floor((completed * 100) / total);
}

export async function getCourseProgress(db: Db, userId: string, course: CourseRef): Promise<CourseProgress> {
  const enrolment = (await db.select().from(enrolments).where(and(eq(enrolments.userId, userId), eq(enrolments.courseId, course.courseId))).limit(1))[0];
  const rows = await db
    .select({ id: lessonCompletions.lessonId })
    .from(lessonCompletions)
    .where(and(eq(lessonCompletions.userId, userId), eq(lessonCompletions.courseId, course.courseId)));
  const valid = new Set(course.lessonIds);
  const completedLessonIds = new Set(rows.map((r) => r.id).filter((id) => valid.has(id)));
  return {
    courseId: course.courseId,
    enrolled: !!enrolment,
    completedLessonIds,
    completed: completedLessonIds.size,
    total: course.lessonIds.length,
    percent: progressPercent(completedLessonIds.size, course.lessonIds.length),
    finishedAt: enrolment?.completedAt ?? null,
    lastLessonId: enrolment?.lastLessonId ?? null,
  };
}

/** All the learner's enrolments, most recent activity first. */
export async function listEnrolments(db: Db, userId: string): Promise<Enrolment[]> {
  return db.select().from(enrolments).where(eq(enrolments.userId, userId)).orderBy(desc(enrolments.lastActivityAt));
}

/** Completed lesson ids per course for one learner. */
export async function completedLessonsByCourse(db: Db, userId: string): Promise<Map<string, Set<string>>> {
  const rows = await db.select({ courseId: lessonCompletions.courseId, lessonId: lessonCompletions.lessonId }).from(lessonCompletions).where(eq(lessonCompletions.userId, userId));
  const map = new Map<string, Set<string>>();
  for (const r of rows) {
    let set = map.get(r.courseId);
    if (!set) map.set(r.courseId, (set = new Set()));
    set.add(r.lessonId);
  }
  return map;
}

export async function isLessonComplete(db: Db, userId: string, lessonId: string): Promise<boolean> {
  return (await db.select({ id: lessonCompletions.lessonId }).from(lessonCompletions).where(and(eq(lessonCompletions.userId, userId), eq(lessonCompletions.lessonId, lessonId))).limit(1)).length > 0;
}

export async function latestQuizAttempt(db: Db, userId: string, lessonId: string): Promise<{ score: number; passed: boolean; submittedAt: Date } | undefined> {
  return (
    await db
      .select({ score: quizAttempts.score, passed: quizAttempts.passed, submittedAt: quizAttempts.submittedAt })
      .from(quizAttempts)
      .where(and(eq(quizAttempts.userId, userId), eq(quizAttempts.lessonId, lessonId)))
      .orderBy(desc(quizAttempts.id))
      .limit(1)
  )[0];
}

/** The learner's graded scenarios of one lesson (the lesson page shows each one's result): attempts and whether any passed. */
export async function lessonScenarioResults(db: Db, userId: string, lessonId: string): Promise<Array<{ scenarioId: string; attempts: number; passed: boolean }>> {
  const rows = await db
    .select({ scenarioId: scenarioAttempts.scenarioId, attempts: sql<number>`count(*)`, passed: sql<number>`max(${scenarioAttempts.passed})` })
    .from(scenarioAttempts)
    .where(and(eq(scenarioAttempts.userId, userId), eq(scenarioAttempts.lessonId, lessonId)))
    .groupBy(scenarioAttempts.scenarioId)
    .orderBy(scenarioAttempts.scenarioId);
  return rows.map((r) => ({ scenarioId: r.scenarioId, attempts: Number(r.attempts), passed: Number(r.passed) === 1 }));
}

/** Records that the learner opened a lesson (for "continue where you left off"), only if enrolled. */
export async function touchLesson(db: Db, input: { userId: string; courseId: string; lessonId: string }, now = new Date()): Promise<void> {
  await db
    .update(enrolments)
    .set({ lastLessonId: input.lessonId, lastActivityAt: now })
    .where(and(eq(enrolments.userId, input.userId), eq(enrolments.courseId, input.courseId)));
}
