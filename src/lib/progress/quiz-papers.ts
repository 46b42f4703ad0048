/**
 * Quiz papers on the server: opening the quiz shows the learner's open paper for the lesson (drawn
 * once per attempt, src/lib/courses/paper.ts); submitting grades against that paper only, records
 * the attempt and closes the paper in one transaction. An answer to a question the paper did not
 * ask, another learner's paper, or a paper already graded is refused and nothing is stored — so
 * one attempt's feedback cannot be replayed into the next. See docs/decisions/0020-quiz-papers.md.
 */
import { randomBytes } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { quizPapers } from '../db/schema-quiz-papers.ts';
import type { Quiz } from '../content/schema.ts';
import { DomainError } from '../domain-error.ts';
import { drawPaper, parseLayout, quizOfPaper } from '../courses/paper.ts';
import { gradeQuiz, QuizSubmissionError, type QuestionFeedback, type QuizAnswers, type QuizGrade } from '../courses/quiz.ts';
import { feedbackToShow } from './assessment.ts';
import { recordQuizAttempt, type CourseRef, type ProgressFact, type QuizHistory } from './progress.ts';
import type { Tx } from './completion.ts';

export type QuizPaperErrorCode = 'NO_PAPER' | 'PAPER_CLOSED' | 'PAPER_STALE' | 'INVALID_ANSWERS';

export class QuizPaperError extends DomainError<'quiz', QuizPaperErrorCode> {
  constructor(code: QuizPaperErrorCode) {
    super('quiz', code);
    this.name = 'QuizPaperError';
  }
}

/** The shape of a paper id: 20 URL-safe characters. */
export const PAPER_ID = /^[A-Za-z0-9_-]{20}$/;

export function newPaperId(): string {
  return randomBytes(15).toString('base64url');
}

function randomSeed(): number {
  return randomBytes(4).readUInt32BE(0);
}

export interface OpenPaper {
  id: string;
  /** The quiz as this paper asks it: its questions in order, options in order (the key included: server only). */
  quiz: Quiz;
  createdAt: Date;
}

async function findOpen(db: Db | Tx, userId: string, lessonId: string) {
  return (
    await db
      .select()
      .from(quizPapers)
      .where(and(eq(quizPapers.userId, userId), eq(quizPapers.lessonId, lessonId), isNull(quizPapers.submittedAt)))
      .limit(1)
  )[0];
}

/** An open paper as the bank asks it now; undefined for none or one the bank can no longer ask. */
function askedPaper(open: Awaited<ReturnType<typeof findOpen>>, quiz: Quiz): OpenPaper | undefined {
  const layout = open && parseLayout(open.layout);
  const asked = layout && quizOfPaper(quiz, layout);
  return open && asked ? { id: open.id, quiz: asked, createdAt: open.createdAt } : undefined;
}

/**
 * The learner's open paper for the lesson, drawn now if there is none. Opening again shows the same
 * paper; a paper the bank can no longer ask (the content changed) is closed unanswered and replaced.
 */
export async function openQuizPaper(db: Db | Tx, input: { userId: string; lessonId: string; quiz: Quiz }, now = new Date(), seed: () => number = randomSeed): Promise<OpenPaper> {
  // Reopening (the usual case but for a new attempt) is a plain read: no write lock, no place in the writers' queue.
  const shown = askedPaper(await findOpen(db, input.userId, input.lessonId), input.quiz);
  if (shown) return shown;
  return (db as Db).transaction(async (tx) => {
    const open = await findOpen(tx, input.userId, input.lessonId);
    if (open) {
      const asked = askedPaper(open, input.quiz);
      if (asked) return asked;
      await tx.update(quizPapers).set({ submittedAt: now }).where(eq(quizPapers.id, open.id));
    }
    const s = seed() >>> 0;
    const layout = drawPaper(input.quiz, s);
    const id = newPaperId();
    // Two tabs opening at once: the partial unique index keeps one open paper; the other tab gets it.
    const inserted = await tx
      .insert(quizPapers)
      .values({ id, userId: input.userId, lessonId: input.lessonId, seed: s, layout: JSON.stringify(layout), createdAt: now })
      .onConflictDoNothing()
      .returning({ id: quizPapers.id });
    if (inserted.length === 0) {
      const other = await findOpen(tx, input.userId, input.lessonId);
      const asked = other && quizOfPaper(input.quiz, parseLayout(other.layout) ?? []);
      if (!other || !asked) throw new QuizPaperError('PAPER_STALE');
      return { id: other.id, quiz: asked, createdAt: other.createdAt };
    }
    return { id, quiz: quizOfPaper(input.quiz, layout)!, createdAt: now };
  });
}

export interface PaperGrade extends ProgressFact {
  attemptId: number;
  grade: QuizGrade;
  history: QuizHistory;
  /** The feedback the learner may see now (`correctOptions` withheld until `revealAnswersAfter`). */
  feedback: QuestionFeedback[];
}

/**
 * Grades a submission against the learner's paper and records it; the attempt row, the lesson's
 * completion (when passed) and closing the paper are one transaction. Throws QuizPaperError —
 * NO_PAPER (unknown, another learner's or another lesson's), PAPER_CLOSED (graded already),
 * PAPER_STALE (the bank changed), INVALID_ANSWERS (a question the paper did not ask, an unknown
 * option) — with nothing written. Accepts the caller's transaction (offline sync passes one).
 */
export async function submitQuizPaper(
  db: Db | Tx,
  input: { userId: string; course: CourseRef; lessonId: string; quiz: Quiz; paperId: string; answers: QuizAnswers; durationMs?: number | undefined },
  now = new Date(),
): Promise<PaperGrade> {
  // The paper and the grade are read and computed before the write transaction, so the write lock is held for
  // the inserts only and a refused submission takes no lock at all. A paper's layout never changes; the one
  // thing that can change meanwhile, its closing, is checked again by the guarded update below.
  const [paper] = await db.select().from(quizPapers).where(eq(quizPapers.id, input.paperId)).limit(1);
  if (!paper || paper.userId !== input.userId || paper.lessonId !== input.lessonId) throw new QuizPaperError('NO_PAPER');
  if (paper.submittedAt) throw new QuizPaperError('PAPER_CLOSED');
  const layout = parseLayout(paper.layout);
  const asked = layout && quizOfPaper(input.quiz, layout);
  if (!asked) throw new QuizPaperError('PAPER_STALE');
  let grade: QuizGrade;
  try {
    grade = gradeQuiz(asked, input.answers);
  } catch (e) {
    if (e instanceof QuizSubmissionError) throw new QuizPaperError('INVALID_ANSWERS');
    throw e;
  }
  return (db as Db).transaction(async (tx) => {
    const saved = await recordQuizAttempt(tx, { userId: input.userId, course: input.course, lessonId: input.lessonId, answers: input.answers, grade, durationMs: input.durationMs }, now);
    // Only an open paper closes: a second submit racing this one finds it closed and rolls back.
    const closed = await tx
      .update(quizPapers)
      .set({ submittedAt: now, attemptId: saved.attemptId })
      .where(and(eq(quizPapers.id, paper.id), isNull(quizPapers.submittedAt)))
      .returning({ id: quizPapers.id });
    if (closed.length === 0) throw new QuizPaperError('PAPER_CLOSED');
    return { ...saved, grade, feedback: feedbackToShow(grade.feedback, saved.history, input.quiz.revealAnswersAfter) };
  });
}
