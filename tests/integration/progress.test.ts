import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/db.ts';
import { signUp } from '#lib/auth/accounts.ts';
import { completeLesson, enrolLearner, getCourseProgress, listEnrolments, recordQuizAttempt, touchLesson, type CourseRef } from '#lib/progress/progress.ts';
import { gradeQuiz } from '#lib/courses/quiz.ts';
import { quizSchema } from '#lib/content/schema.ts';
import { quizAttempts, lessonCompletions } from '#lib/db/schema-progress.ts';

let t: TestDatabase;
let userId: string;
const course: CourseRef = { courseId: 'customs-clearance', lessonIds: ['customs-clearance/01-a', 'customs-clearance/02-b', 'customs-clearance/03-c'] };
const quiz = quizSchema.parse({
  questions: [
    { id: 'q1', type: 'single', prompt: { zh: '?' }, options: [{ id: 'a', text: { zh: 'A' } }, { id: 'b', text: { zh: 'B' } }], answer: ['a'], explanation: { zh: 'A 对' } },
    { id: 'q2', type: 'single', prompt: { zh: '?' }, options: [{ id: 'a', text: { zh: 'A' } }, { id: 'b', text: { zh: 'B' } }], answer: ['b'], explanation: { zh: 'B 对' } },
  ],
});

beforeAll(async () => {
  t = await createTestDatabase();
  userId = (await signUp(t.db, { role: 'learner', email: 'p@example.cn', password: 'a-long-password', displayName: 'P' })).id;
});
afterAll(() => t.cleanup());

describe('progress', () => {
  it('enrolment is idempotent and progress starts at 0%', async () => {
    await enrolLearner(t.db, { userId, courseId: course.courseId });
    await enrolLearner(t.db, { userId, courseId: course.courseId });
    expect(await listEnrolments(t.db, userId)).toHaveLength(1);
    const p = await getCourseProgress(t.db, userId, course);
    expect(p).toMatchObject({ enrolled: true, completed: 0, total: 3, percent: 0, finishedAt: null });
  });

  it('completing the same lesson twice counts once', async () => {
    expect(await completeLesson(t.db, { userId, course, lessonId: 'customs-clearance/01-a' })).toEqual({ newlyCompleted: true, courseCompleted: false });
    expect(await completeLesson(t.db, { userId, course, lessonId: 'customs-clearance/01-a' })).toEqual({ newlyCompleted: false, courseCompleted: false });
    const p = await getCourseProgress(t.db, userId, course);
    expect(p.completed).toBe(1);
    expect(p.percent).toBe(33);
  });

  it('a failed quiz is stored but does not complete the lesson; a pass does', async () => {
    const failAnswers = { q1: ['b'], q2: ['a'] };
    const fail = await recordQuizAttempt(t.db, { userId, course, lessonId: 'customs-clearance/02-b', answers: failAnswers, grade: gradeQuiz(quiz, failAnswers), durationMs: 42_000 });
    expect(fail.newlyCompleted).toBe(false);
    expect((await getCourseProgress(t.db, userId, course)).completed).toBe(1);
    const passAnswers = { q1: ['a'], q2: ['b'] };
    const pass = await recordQuizAttempt(t.db, { userId, course, lessonId: 'customs-clearance/02-b', answers: passAnswers, grade: gradeQuiz(quiz, passAnswers) });
    expect(pass.newlyCompleted).toBe(true);
    const attempts = await t.db.select().from(quizAttempts);
    expect(attempts.map((a) => [a.score, a.passed, a.durationMs])).toEqual([
      [0, false, 42_000],
      [100, true, null],
    ]);
    expect(JSON.parse(attempts[0]!.answers)).toEqual(failAnswers);
    const again = await recordQuizAttempt(t.db, { userId, course, lessonId: 'customs-clearance/02-b', answers: passAnswers, grade: gradeQuiz(quiz, passAnswers) });
    expect(again.newlyCompleted).toBe(false);
  });

  it('the course is finished when the last lesson is complete, and remembers where the learner was', async () => {
    await touchLesson(t.db, { userId, courseId: course.courseId, lessonId: 'customs-clearance/03-c' });
    expect((await getCourseProgress(t.db, userId, course)).lastLessonId).toBe('customs-clearance/03-c');
    expect((await completeLesson(t.db, { userId, course, lessonId: 'customs-clearance/03-c' })).courseCompleted).toBe(true);
    const p = await getCourseProgress(t.db, userId, course);
    expect(p.percent).toBe(100);
    expect(p.finishedAt).toBeInstanceOf(Date);
  });

  it('completions of lessons no longer in the course do not count', async () => {
    const smaller: CourseRef = { courseId: course.courseId, lessonIds: ['customs-clearance/01-a'] };
    expect((await getCourseProgress(t.db, userId, smaller)).completed).toBe(1);
    expect((await t.db.select().from(lessonCompletions)).length).toBe(3);
  });
});
