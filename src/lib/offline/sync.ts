/**
 * Applying what a learner did offline. A device queues lesson completions and quiz answers while it
 * has no network and sends them later, perhaps more than once (a lost response, two tabs, a retry
 * after a crash). Each item carries an idempotency key made on the device; the row that records the
 * key is written in the same transaction as the item's effect, so an item takes effect exactly once
 * and a repeated send gets the first answer back. Effects go through the one completion path
 * (`completeLesson`, `recordQuizAttempt` in src/lib/progress/), which keeps the earliest completion
 * time when devices disagree. Quiz answers are graded here, on the server, against the key the
 * browser never had and against the paper the saved quiz page showed (`submitQuizPaper`). See
 * docs/decisions/0017-offline-sync.md and 0020-quiz-papers.md.
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { offlineSyncItems } from '../db/schema-offline.ts';
import type { Quiz } from '../content/schema.ts';
import { gradeQuiz, QuizSubmissionError, type QuizAnswers } from '../courses/quiz.ts';
import { paperSize } from '../courses/paper.ts';
import { completeLesson, recordQuizAttempt, type CourseRef } from '../progress/progress.ts';
import { QuizPaperError, submitQuizPaper } from '../progress/quiz-papers.ts';


/** Items older than this (by the device's clock) count as done this long ago: a device's clock is not trusted further back. */
export const MAX_OFFLINE_AGE_MS = 30 * 24 * 60 * 60 * 1000;

/** One queued item, as the device sent it (validated at the edge). */
export type OfflineItem =
  | { key: string; kind: 'lesson-complete'; lessonId: string; occurredAt: Date }
  | { key: string; kind: 'quiz'; lessonId: string; occurredAt: Date; answers: QuizAnswers; paperId?: string | undefined; durationMs?: number | undefined };

/** What the completion path needs to know about a lesson; the quiz includes its answer key (server only). */
export interface SyncLesson {
  course: CourseRef;
  quiz?: Quiz | undefined;
}

export type ItemOutcome =
  | { status: 'applied'; kind: 'lesson-complete'; newlyCompleted: boolean; courseCompleted: boolean }
  | { status: 'applied'; kind: 'quiz'; score: number; correct: number; total: number; passed: boolean; newlyCompleted: boolean; courseCompleted: boolean }
  | { status: 'refused'; reason: RefusalReason };

/** Why an item was not applied (stored with it, so a retry gets the same answer). */
export type RefusalReason = 'unknown-lesson' | 'quiz-required' | 'no-quiz' | 'invalid-answers' | 'paper-required' | 'no-paper' | 'paper-closed' | 'paper-stale';

const PAPER_REFUSALS: Record<QuizPaperError['code'], RefusalReason> = {
  NO_PAPER: 'no-paper',
  PAPER_CLOSED: 'paper-closed',
  PAPER_STALE: 'paper-stale',
  INVALID_ANSWERS: 'invalid-answers',
};

export interface ItemResult {
  key: string;
  lessonId: string;
  /** The key had been applied before: `outcome` is the first application's. */
  duplicate: boolean;
  outcome: ItemOutcome;
}

/** The time an item is recorded at: the device's time, but never in the future nor before MAX_OFFLINE_AGE_MS ago. */
export function effectiveTime(occurredAt: Date, now: Date, maxAgeMs = MAX_OFFLINE_AGE_MS): Date {
  const t = occurredAt.getTime();
  if (Number.isNaN(t) || t > now.getTime()) return now;
  return new Date(Math.max(t, now.getTime() - maxAgeMs));
}

/** Oldest first, so an earlier completion is applied before a later one in the same batch. */
export function orderItems<T extends { occurredAt: Date; key: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime() || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/**
 * Sync transactions of this process run one after another. The embedded libSQL client waits for a
 * busy database synchronously, so a second write transaction interleaved in the same process would
 * hold the thread while the first waits to commit (SQLITE_BUSY after the busy timeout). Across
 * processes the key's primary key decides.
 */
let tail: Promise<unknown> = Promise.resolve();
function oneAtATime<T>(run: () => Promise<T>): Promise<T> {
  const next = tail.then(run, run);
  tail = next.catch(() => undefined);
  return next;
}

async function applyItem(tx: Tx, userId: string, item: OfflineItem, lesson: SyncLesson | undefined, at: Date): Promise<ItemOutcome> {
  if (!lesson) return { status: 'refused', reason: 'unknown-lesson' };
  if (item.kind === 'lesson-complete') {
    // As online: a lesson with a quiz is completed by passing it.
    if (lesson.quiz) return { status: 'refused', reason: 'quiz-required' };
    const fact = await completeLesson(tx, { userId, course: lesson.course, lessonId: item.lessonId }, at);
    return { status: 'applied', kind: 'lesson-complete', ...fact };
  }
  const quiz = lesson.quiz;
  if (!quiz) return { status: 'refused', reason: 'no-quiz' };
  const { answers, durationMs } = item;
  if (item.paperId) {
    // Graded against the paper the saved quiz page showed, exactly as online.
    const { paperId } = item;
    try {
      const { grade, newlyCompleted, courseCompleted } = await submitQuizPaper(tx, { userId, course: lesson.course, lessonId: item.lessonId, quiz, paperId, answers, durationMs }, at);
      return { status: 'applied', kind: 'quiz', score: grade.score, correct: grade.correct, total: grade.total, passed: grade.passed, newlyCompleted, courseCompleted };
    } catch (e) {
      if (e instanceof QuizPaperError) return { status: 'refused', reason: PAPER_REFUSALS[e.code] };
      throw e;
    }
  }
  // Without a paper (queued by a page of an older build): only a quiz that asks its whole bank, which is then the paper.
  if (paperSize(quiz) < quiz.questions.length) return { status: 'refused', reason: 'paper-required' };
  let grade;
  try {
    grade = gradeQuiz(quiz, answers);
  } catch (e) {
    if (e instanceof QuizSubmissionError) return { status: 'refused', reason: 'invalid-answers' };
    throw e;
  }
  const saved = await recordQuizAttempt(tx, { userId, course: lesson.course, lessonId: item.lessonId, answers, grade, durationMs }, at);
  return { status: 'applied', kind: 'quiz', score: grade.score, correct: grade.correct, total: grade.total, passed: grade.passed, newlyCompleted: saved.newlyCompleted, courseCompleted: saved.courseCompleted };
}

/**
 * Applies a learner's queued items, oldest first, each in its own transaction (one bad item does not
 * undo the others). An item whose key this learner already sent is not applied again.
 */
export async function syncOfflineItems(
  db: Db,
  input: { userId: string; items: readonly OfflineItem[]; lessonOf: (lessonId: string) => Promise<SyncLesson | undefined> },
  now = new Date(),
): Promise<ItemResult[]> {
  const results: ItemResult[] = [];
  for (const item of orderItems(input.items)) {
    const lesson = await input.lessonOf(item.lessonId);
    const at = effectiveTime(item.occurredAt, now);
    const result = await oneAtATime(() => db.transaction(async (tx): Promise<ItemResult> => {
      const claimed = await tx
        .insert(offlineSyncItems)
        .values({ userId: input.userId, key: item.key, kind: item.kind, lessonId: item.lessonId, occurredAt: at, receivedAt: now, outcome: '{}' })
        .onConflictDoNothing()
        .returning({ key: offlineSyncItems.key });
      const where = and(eq(offlineSyncItems.userId, input.userId), eq(offlineSyncItems.key, item.key));
      if (claimed.length === 0) {
        const [seen] = await tx.select({ lessonId: offlineSyncItems.lessonId, outcome: offlineSyncItems.outcome }).from(offlineSyncItems).where(where);
        return { key: item.key, lessonId: seen?.lessonId ?? item.lessonId, duplicate: true, outcome: JSON.parse(seen?.outcome ?? '{}') as ItemOutcome };
      }
      const outcome = await applyItem(tx, input.userId, item, lesson, at);
      await tx.update(offlineSyncItems).set({ outcome: JSON.stringify(outcome) }).where(where);
      return { key: item.key, lessonId: item.lessonId, duplicate: false, outcome };
    }));
    results.push(result);
  }
  return results;
}
