import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, ROOT, type TestDatabase } from '../helpers/db.ts';
import { signUp } from '#lib/auth/accounts.ts';
import { seedDatabase } from '#lib/seed/seed.ts';
import { enrolLearner, recordQuizAttempt } from '#lib/progress/progress.ts';
import { courseRefOf, readCatalogue } from '#lib/progress/catalogue.ts';
import { taughtLearners, taughtLearner } from '#lib/stats/instructor.ts';

let t: TestDatabase;
const catalogue = readCatalogue(join(ROOT, 'content'));
const pass = { correct: 1, total: 1, score: 80, passed: true, feedback: [] };

beforeAll(async () => {
  t = await createTestDatabase();
  await seedDatabase(t.db, { demo: false });
});
afterAll(() => t.cleanup());

describe('the learners an instructor teaches', () => {
  it('are those enrolled in the institution’s courses and the institution’s own, paged, never others', async () => {
    // An fvtc learner taking an lnpu course (customs-clearance), an lnpu learner, and an outsider.
    const taking = await signUp(t.db, { role: 'learner', email: 'taking@example.cn', password: 'a-long-password', displayName: '甲', institutionId: 'fvtc' });
    const own = await signUp(t.db, { role: 'learner', email: 'own@example.cn', password: 'a-long-password', displayName: '乙', institutionId: 'lnpu' });
    const outsider = await signUp(t.db, { role: 'learner', email: 'out@example.cn', password: 'a-long-password', displayName: '丙', institutionId: 'fvtc' });
    await enrolLearner(t.db, { userId: outsider.id, courseId: 'cbec-fundamentals' });
    const course = catalogue.course.get('customs-clearance')!;
    await recordQuizAttempt(t.db, { userId: taking.id, course: courseRefOf(course), lessonId: course.lessons[0]!.id, answers: {}, grade: pass });
    const page = await taughtLearners(t.db, { institutionId: 'lnpu' }, catalogue);
    expect(page.total).toBe(2);
    expect(page.rows.map((r) => r.email).sort()).toEqual(['own@example.cn', 'taking@example.cn']);
    expect(page.rows.find((r) => r.userId === taking.id)).toMatchObject({ courses: 1, lessonsCompleted: 1, quizBest: 80, finished: 0 });
    expect(await taughtLearner(t.db, 'lnpu', taking.id, catalogue)).toEqual({ name: '甲', email: 'taking@example.cn' });
    expect(await taughtLearner(t.db, 'lnpu', outsider.id, catalogue)).toBeUndefined();
    expect(await taughtLearner(t.db, 'lnpu', own.id, catalogue)).toBeDefined();
    const small = await taughtLearners(t.db, { institutionId: 'lnpu', page: 2, pageSize: 1 }, catalogue);
    expect(small).toMatchObject({ total: 2, page: 2, pages: 2 });
    expect(small.rows).toHaveLength(1);
    expect((await taughtLearners(t.db, { institutionId: 'lnpu', page: 99, pageSize: 1 }, catalogue)).page).toBe(2);
  });
});
