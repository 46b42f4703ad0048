/**
 * The one place a course becomes complete. Lesson completion, quiz attempts and scenario grading
 * each write their own row and then call `settleCourse` in the same transaction; it reads the
 * learner's facts for that course, asks `courseRequirements`, stamps the enrolment's `completedAt`
 * the first time they are met, issues the certificate (`src/lib/certificates`) and answers with a
 * `courseCompleted` fact (true only for the event that finished the course, so callers can
 * announce it once).
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { enrolments, lessonCompletions, quizAttempts } from '../db/schema-progress.ts';
import { scenarioAttempts } from '../db/schema-sandbox.ts';
import { issueCertificate } from '../certificates/certificates.ts';
import { defaultCatalogue, type ProfileCatalogue } from './catalogue.ts';
import { courseRequirements, ruleOfRef, type CourseRef, type CourseRequirements } from './requirements.ts';

export type { CourseRef } from './requirements.ts';

export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export interface CourseSettlement {
  /** True only when this event met the course's requirements for the first time. */
  courseCompleted: boolean;
  requirements: CourseRequirements;
  /** The learner's certificate of the course once its requirements are met (issued on the way). */
  certificateId: string | null;
}

/** Enrols the learner if needed and records activity. */
export async function ensureEnrolment(tx: Tx | Db, userId: string, courseId: string, now: Date, lastLessonId?: string): Promise<void> {
  await tx
    .insert(enrolments)
    .values({ userId, courseId, enrolledAt: now, lastActivityAt: now, lastLessonId: lastLessonId ?? null })
    .onConflictDoUpdate({
      target: [enrolments.userId, enrolments.courseId],
      set: { lastActivityAt: now, ...(lastLessonId ? { lastLessonId } : {}) },
    });
}

/** Decides, inside the caller's transaction, whether the course is now complete. */
export async function settleCourse(tx: Tx | Db, userId: string, ref: CourseRef, now: Date, catalogue: ProfileCatalogue = defaultCatalogue()): Promise<CourseSettlement> {
  const rule = ruleOfRef(ref);
  // One after another: the queries share the transaction's connection.
  const done = await tx.select({ id: lessonCompletions.lessonId }).from(lessonCompletions).where(and(eq(lessonCompletions.userId, userId), eq(lessonCompletions.courseId, ref.courseId)));
  const passedQuiz = await tx
      .selectDistinct({ id: quizAttempts.lessonId })
      .from(quizAttempts)
      .where(and(eq(quizAttempts.userId, userId), eq(quizAttempts.courseId, ref.courseId), eq(quizAttempts.passed, true)));
  const passedScenarios =
    rule.requiredScenarios.length === 0
      ? []
      : await tx
          .selectDistinct({ id: scenarioAttempts.scenarioId })
          .from(scenarioAttempts)
          .where(
            and(
              eq(scenarioAttempts.userId, userId),
              eq(scenarioAttempts.passed, true),
              sql`${scenarioAttempts.scenarioId} in (select value from json_each(${JSON.stringify(rule.requiredScenarios)}))`,
            ),
          );
  const enrolment = await tx.select({ completedAt: enrolments.completedAt }).from(enrolments).where(and(eq(enrolments.userId, userId), eq(enrolments.courseId, ref.courseId))).limit(1);
  const requirements = courseRequirements(rule, {
    completedLessonIds: new Set(done.map((r) => r.id)),
    passedQuizLessonIds: new Set(passedQuiz.map((r) => r.id)),
    passedScenarioIds: new Set(passedScenarios.map((r) => r.id)),
  });
  if (!requirements.met) return { courseCompleted: false, requirements, certificateId: null };
  let courseCompleted = false;
  if (!enrolment[0]?.completedAt) {
    if (!enrolment[0]) await ensureEnrolment(tx, userId, ref.courseId, now);
    const stamped = await tx
      .update(enrolments)
      .set({ completedAt: now })
      .where(and(eq(enrolments.userId, userId), eq(enrolments.courseId, ref.courseId), sql`${enrolments.completedAt} is null`))
      .returning({ courseId: enrolments.courseId });
    courseCompleted = stamped.length > 0;
  }
  // Idempotent: also covers courses finished before certificates existed.
  const certificateId = catalogue.course.has(ref.courseId) ? (await issueCertificate(tx, { userId, courseId: ref.courseId, catalogue }, now)).certificateId : null;
  return { courseCompleted, requirements, certificateId };
}
