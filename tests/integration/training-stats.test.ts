import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/db.ts';
import { signUp } from '#lib/auth/accounts.ts';
import { seedDatabase } from '#lib/seed/seed.ts';
import { completeLesson, enrolLearner, recordQuizAttempt, type CourseRef } from '#lib/progress/progress.ts';
import { getTrainingFigures } from '#lib/stats/training.ts';

let t: TestDatabase;
const course: CourseRef = { courseId: 'import-tax', lessonIds: ['import-tax/01-a', 'import-tax/02-b'] };
const grade = (passed: boolean) => ({ correct: passed ? 2 : 0, total: 2, score: passed ? 100 : 0, passed, feedback: [] });

beforeAll(async () => {
  t = await createTestDatabase();
  await seedDatabase(t.db, { demo: false });
});
afterAll(() => t.cleanup());

describe('training figures', () => {
  it('counts learners, enrolments, finished courses, certificates by course and month, and institutions', async () => {
    const now = new Date('2026-06-01T00:00:00Z');
    const a = await signUp(t.db, { role: 'learner', email: 'a@example.cn', password: 'a-long-password', displayName: 'A', institutionId: 'lnpu' });
    const b = await signUp(t.db, { role: 'learner', email: 'b@example.cn', password: 'a-long-password', displayName: 'B', institutionId: 'lnpu' });
    await signUp(t.db, { role: 'learner', email: 'c@example.cn', password: 'a-long-password', displayName: 'C' });
    await enrolLearner(t.db, { userId: b.id, courseId: 'logistics' }, new Date('2026-01-01T00:00:00Z'));
    await recordQuizAttempt(t.db, { userId: a.id, course, lessonId: 'import-tax/01-a', answers: {}, grade: grade(false) }, now);
    await recordQuizAttempt(t.db, { userId: a.id, course, lessonId: 'import-tax/01-a', answers: {}, grade: grade(true) }, now);
    await completeLesson(t.db, { userId: a.id, course, lessonId: 'import-tax/02-b' }, now);
    const f = await getTrainingFigures(t.db, now);
    expect(f.learners).toBe(3);
    expect(f.enrolments).toBe(2);
    expect(f.finishedCourses).toBe(1);
    // Finishing goes through the completion path, which issues the certificate.
    expect(f.courses.find((c) => c.courseId === 'import-tax')).toEqual({ courseId: 'import-tax', enrolled: 1, finished: 1, certificates: 1 });
    expect(f.courses.find((c) => c.courseId === 'logistics')).toEqual({ courseId: 'logistics', enrolled: 1, finished: 0, certificates: 0 });
    expect(f.certificates).toBe(1);
    expect(f.months).toHaveLength(12);
    expect(f.months.at(-1)).toEqual({ month: '2026-06', enrolments: 1, certificates: 1 });
    expect(f.months.find((m) => m.month === '2026-01')).toEqual({ month: '2026-01', enrolments: 1, certificates: 0 });
    expect(f.institutions).toEqual([
      { institutionId: 'lnpu', learners: 2, activeLearners: 1 },
      { institutionId: null, learners: 1, activeLearners: 0 },
    ]);
  });
});
