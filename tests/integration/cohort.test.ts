import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/db.ts';
import { signUp } from '#lib/auth/accounts.ts';
import { seedDatabase } from '#lib/seed/seed.ts';
import { completeLesson, recordQuizAttempt, type CourseRef } from '#lib/progress/progress.ts';
import { cohortOverview } from '#lib/stats/cohort.ts';

let t: TestDatabase;
const course: CourseRef = { courseId: 'logistics', lessonIds: ['logistics/01-a', 'logistics/02-b'] };
const grade = (passed: boolean) => ({ correct: passed ? 1 : 0, total: 1, score: passed ? 100 : 0, passed, feedback: [] });

beforeAll(async () => {
  t = await createTestDatabase();
  await seedDatabase(t.db, { demo: false });
});
afterAll(() => t.cleanup());

describe('cohort overview', () => {
  it('lists only the institution’s learners with their progress', async () => {
    const now = new Date('2026-05-01T00:00:00Z');
    const a = await signUp(t.db, { role: 'learner', email: 'a@fvtc.cn', password: 'a-long-password', displayName: '甲', institutionId: 'fvtc' });
    await signUp(t.db, { role: 'learner', email: 'b@fvtc.cn', password: 'a-long-password', displayName: '乙', institutionId: 'fvtc' });
    await signUp(t.db, { role: 'learner', email: 'c@lnpu.cn', password: 'a-long-password', displayName: '丙', institutionId: 'lnpu' });
    await recordQuizAttempt(t.db, { userId: a.id, course, lessonId: 'logistics/01-a', answers: {}, grade: grade(false) }, now);
    await recordQuizAttempt(t.db, { userId: a.id, course, lessonId: 'logistics/01-a', answers: {}, grade: grade(true) }, now);
    await completeLesson(t.db, { userId: a.id, course, lessonId: 'logistics/02-b' }, now);
    const cohort = await cohortOverview(t.db, 'fvtc');
    expect(cohort.map((m) => m.name).sort()).toEqual(['乙', '甲']);
    const first = cohort.find((m) => m.name === '甲')!;
    expect(first).toMatchObject({ enrolled: 1, finished: 1, lessonsCompleted: 2, quizAttempts: 2, quizPassRate: 50, sandbox: null });
    expect(first.lastActivityAt?.getTime()).toBe(now.getTime());
    expect(cohort.find((m) => m.name === '乙')).toMatchObject({ enrolled: 0, lessonsCompleted: 0, quizPassRate: null, lastActivityAt: null });
  });
});
