import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../helpers/db.ts';
import { signUp } from '#lib/auth/accounts.ts';
import { quizSchema, type Quiz } from '#lib/content/schema.ts';
import { lessonCompletions, quizAttempts } from '#lib/db/schema-progress.ts';
import { quizPapers } from '#lib/db/schema-quiz-papers.ts';
import { syncOfflineItems } from '#lib/offline/sync.ts';
import type { CourseRef } from '#lib/progress/progress.ts';
import { openQuizPaper, QuizPaperError, submitQuizPaper } from '#lib/progress/quiz-papers.ts';
import { drawPaper } from '#lib/courses/paper.ts';

let t: TestDatabase;
let userId: string;
let otherId: string;
const lessonId = 'papers/01-bank';
const course: CourseRef = { courseId: 'papers', lessonIds: [lessonId], quizLessonIds: [lessonId] };
/** Six questions, three per paper; the right answer of q<i> is `a`. */
const quiz: Quiz = quizSchema.parse({
  draw: 3,
  revealAnswersAfter: 2,
  questions: Array.from({ length: 6 }, (_, i) => ({
    id: `q${i + 1}`,
    type: 'single',
    prompt: { zh: `第 ${i + 1} 题` },
    options: ['a', 'b', 'c'].map((id) => ({ id, text: { zh: id } })),
    answer: ['a'],
    explanation: { zh: '选 a' },
  })),
});
const now = new Date('2026-12-04T10:00:00Z');
const right = (asked: Quiz) => Object.fromEntries(asked.questions.map((q) => [q.id, ['a']]));
const submit = (paperId: string, answers: Record<string, string[]>, user = userId) => submitQuizPaper(t.db, { userId: user, course, lessonId, quiz, paperId, answers }, now);

async function counts(user = userId) {
  const attempts = await t.db.select().from(quizAttempts).where(eq(quizAttempts.userId, user));
  const done = await t.db.select().from(lessonCompletions).where(eq(lessonCompletions.userId, user));
  const open = await t.db.select().from(quizPapers).where(and(eq(quizPapers.userId, user)));
  return { attempts: attempts.length, completions: done.length, closed: open.filter((p) => p.submittedAt !== null).length };
}

async function refusal(run: Promise<unknown>): Promise<string> {
  try {
    await run;
  } catch (e) {
    if (e instanceof QuizPaperError) return e.code;
    throw e;
  }
  return 'accepted';
}

beforeAll(async () => {
  t = await createTestDatabase();
  userId = (await signUp(t.db, { role: 'learner', email: 'paper@example.cn', password: 'a-long-password', displayName: 'Paper' })).id;
  otherId = (await signUp(t.db, { role: 'learner', email: 'paper2@example.cn', password: 'a-long-password', displayName: 'Paper 2' })).id;
});
afterAll(() => t.cleanup());

describe('quiz papers', () => {
  it('draws a paper of `draw` questions and shows the same paper until it is submitted', async () => {
    const paper = await openQuizPaper(t.db, { userId, lessonId, quiz }, now, () => 42);
    expect(paper.id).toMatch(/^[A-Za-z0-9_-]{20}$/);
    expect(paper.quiz.questions).toHaveLength(3);
    // the paper is the seed's draw: its questions, in its order
    expect(paper.quiz.questions.map((q) => q.id)).toEqual(drawPaper(quiz, 42).map((l) => l.id));
    const again = await openQuizPaper(t.db, { userId, lessonId, quiz }, now, () => 7);
    expect(again.id).toBe(paper.id);
    expect(again.quiz.questions.map((q) => q.id)).toEqual(paper.quiz.questions.map((q) => q.id));
    // another learner gets a paper of their own, and the first learner's stays open
    await openQuizPaper(t.db, { userId: otherId, lessonId, quiz }, now);
    expect((await openQuizPaper(t.db, { userId, lessonId, quiz }, now)).id).toBe(paper.id);
  });

  it('refuses an answer to a question the paper did not ask (400) and writes nothing', async () => {
    const paper = await openQuizPaper(t.db, { userId, lessonId, quiz }, now);
    const undrawn = quiz.questions.find((q) => !paper.quiz.questions.some((a) => a.id === q.id))!;
    const before = await counts();
    expect(await refusal(submit(paper.id, { ...right(paper.quiz), [undrawn.id]: ['a'] }))).toBe('INVALID_ANSWERS');
    expect(await refusal(submit(paper.id, { [paper.quiz.questions[0]!.id]: ['z'] }))).toBe('INVALID_ANSWERS');
    expect(await counts()).toEqual(before);
    expect((await openQuizPaper(t.db, { userId, lessonId, quiz }, now)).id).toBe(paper.id);
  });

  it('refuses an unknown paper, another learner’s or another lesson’s (400), writing nothing', async () => {
    const mine = await openQuizPaper(t.db, { userId, lessonId, quiz }, now);
    const theirs = await openQuizPaper(t.db, { userId: otherId, lessonId, quiz }, now);
    const before = [await counts(), await counts(otherId)];
    expect(await refusal(submit('AAAAAAAAAAAAAAAAAAAA', right(mine.quiz)))).toBe('NO_PAPER');
    expect(await refusal(submit(theirs.id, right(theirs.quiz)))).toBe('NO_PAPER');
    expect(await refusal(submitQuizPaper(t.db, { userId, course, lessonId: 'papers/02-other', quiz, paperId: mine.id, answers: right(mine.quiz) }, now))).toBe('NO_PAPER');
    expect([await counts(), await counts(otherId)]).toEqual(before);
  });

  it('grades against the paper only, closes it with the attempt, and refuses a replay (409)', async () => {
    const paper = await openQuizPaper(t.db, { userId, lessonId, quiz }, now);
    const answers = { ...right(paper.quiz), [paper.quiz.questions[2]!.id]: ['b'] };
    const graded = await submit(paper.id, answers);
    expect(graded.grade).toMatchObject({ correct: 2, total: 3, score: 66, passed: true });
    expect(graded.feedback.map((f) => f.questionId)).toEqual(paper.quiz.questions.map((q) => q.id));
    expect(graded.newlyCompleted).toBe(true);
    const [row] = await t.db.select().from(quizPapers).where(eq(quizPapers.id, paper.id));
    expect(row?.submittedAt).toEqual(now);
    expect(row?.attemptId).toBe(graded.attemptId);
    const before = await counts();
    expect(await refusal(submit(paper.id, right(paper.quiz)))).toBe('PAPER_CLOSED');
    expect(await counts()).toEqual(before);
    // The next opening draws a new paper.
    expect((await openQuizPaper(t.db, { userId, lessonId, quiz }, now)).id).not.toBe(paper.id);
  });

  it('withholds the key until revealAnswersAfter attempts, as before', async () => {
    const first = await openQuizPaper(t.db, { userId: otherId, lessonId, quiz }, now);
    const failed = await submit(first.id, {}, otherId);
    expect(failed.grade.passed).toBe(false);
    expect(failed.feedback.every((f) => f.correctOptions.length === 0)).toBe(true);
    const second = await openQuizPaper(t.db, { userId: otherId, lessonId, quiz }, now);
    const again = await submit(second.id, {}, otherId);
    expect(again.feedback.every((f) => f.correctOptions.length === 1)).toBe(true);
  });

  it('takes the write lock only to write: reopening and a refused submission open no transaction', async () => {
    const paper = await openQuizPaper(t.db, { userId, lessonId, quiz }, now);
    const writes = vi.spyOn(t.db, 'transaction');
    try {
      expect((await openQuizPaper(t.db, { userId, lessonId, quiz }, now)).id).toBe(paper.id);
      expect(await refusal(submit('AAAAAAAAAAAAAAAAAAAA', right(paper.quiz)))).toBe('NO_PAPER');
      expect(await refusal(submit(paper.id, { [paper.quiz.questions[0]!.id]: ['z'] }))).toBe('INVALID_ANSWERS');
      expect(writes).not.toHaveBeenCalled();
      await submit(paper.id, right(paper.quiz));
      expect(writes).toHaveBeenCalledTimes(1);
    } finally {
      writes.mockRestore();
    }
  });

  it('records one attempt when the same paper is submitted twice at once (graded before either writes)', async () => {
    const paper = await openQuizPaper(t.db, { userId, lessonId, quiz }, now);
    const before = await counts();
    const outcomes = await Promise.all([refusal(submit(paper.id, right(paper.quiz))), refusal(submit(paper.id, right(paper.quiz)))]);
    expect(outcomes.sort()).toEqual(['PAPER_CLOSED', 'accepted']);
    expect(await counts()).toEqual({ ...before, attempts: before.attempts + 1, closed: before.closed + 1 });
  });

  it('replaces a paper the bank can no longer ask, and refuses to grade it (409)', async () => {
    const paper = await openQuizPaper(t.db, { userId, lessonId, quiz }, now);
    const changed: Quiz = { ...quiz, questions: quiz.questions.filter((q) => q.id !== paper.quiz.questions[0]!.id) };
    expect(await refusal(submitQuizPaper(t.db, { userId, course, lessonId, quiz: changed, paperId: paper.id, answers: {} }, now))).toBe('PAPER_STALE');
    const fresh = await openQuizPaper(t.db, { userId, lessonId, quiz: changed }, now);
    expect(fresh.id).not.toBe(paper.id);
    expect(fresh.quiz.questions).toHaveLength(3);
  });
});

describe('quiz papers offline', () => {
  const lessonOf = () => Promise.resolve({ course, quiz });
  const item = (key: string, extra: { paperId?: string; answers: Record<string, string[]> }) => ({ key, kind: 'quiz' as const, lessonId, occurredAt: new Date(now.getTime() - 60_000), ...extra });

  it('grades a queued answer against the paper it names, once; a paper graded meanwhile is refused', async () => {
    const paper = await openQuizPaper(t.db, { userId, lessonId, quiz }, now);
    const [applied] = await syncOfflineItems(t.db, { userId, items: [item('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', { paperId: paper.id, answers: right(paper.quiz) })], lessonOf }, now);
    expect(applied?.outcome).toMatchObject({ status: 'applied', kind: 'quiz', score: 100, total: 3 });
    const before = await counts();
    const [closed] = await syncOfflineItems(t.db, { userId, items: [item('bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb', { paperId: paper.id, answers: right(paper.quiz) })], lessonOf }, now);
    expect(closed?.outcome).toEqual({ status: 'refused', reason: 'paper-closed' });
    expect(await counts()).toEqual(before);
  });

  it('refuses answers without a paper when the quiz draws from its bank', async () => {
    const before = await counts();
    const [r] = await syncOfflineItems(t.db, { userId, items: [item('cccccccc-cccc-4ccc-8ccc-cccccccccccc', { answers: { q1: ['a'], q2: ['a'], q3: ['a'] } })], lessonOf }, now);
    expect(r?.outcome).toEqual({ status: 'refused', reason: 'paper-required' });
    const theirs = await openQuizPaper(t.db, { userId: otherId, lessonId, quiz }, now);
    const [foreign] = await syncOfflineItems(t.db, { userId, items: [item('dddddddd-dddd-4ddd-8ddd-dddddddddddd', { paperId: theirs.id, answers: right(theirs.quiz) })], lessonOf }, now);
    expect(foreign?.outcome).toEqual({ status: 'refused', reason: 'no-paper' });
    expect(await counts()).toEqual(before);
  });
});
