import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../helpers/db.ts';
import { signUp } from '#lib/auth/accounts.ts';
import { seedDatabase } from '#lib/seed/seed.ts';
import { users } from '#lib/db/schema-auth.ts';
import { completeLesson, enrolLearner, type CourseRef } from '#lib/progress/progress.ts';
import { getPeriodFigures, monthsOf, parsePeriod } from '#lib/stats/period.ts';

let t: TestDatabase;
const gov: CourseRef = { courseId: 'gov-statistics', lessonIds: ['gov-statistics/01-a'] };
const now = new Date('2026-06-15T00:00:00Z');

beforeAll(async () => {
  t = await createTestDatabase();
  await seedDatabase(t.db, { demo: false });
  const a = await signUp(t.db, { role: 'learner', email: 'a@example.cn', password: 'a-long-password', displayName: 'A' });
  const g = await signUp(t.db, { role: 'learner', email: 'g@gov.example.cn', password: 'a-long-password', displayName: 'G' });
  const h = await signUp(t.db, { role: 'learner', email: 'h@gov.example.cn', password: 'a-long-password', displayName: 'H' });
  await t.db.update(users).set({ role: 'government', department: '抚顺海关' }).where(eq(users.id, g.id));
  await t.db.update(users).set({ role: 'government', department: '抚顺海关' }).where(eq(users.id, h.id));
  await enrolLearner(t.db, { userId: a.id, courseId: 'logistics' }, new Date('2026-01-10T00:00:00Z'));
  await enrolLearner(t.db, { userId: a.id, courseId: 'import-tax' }, new Date('2025-11-10T00:00:00Z'));
  // 2026-03-31 20:00 UTC is 1 April in Shanghai.
  await completeLesson(t.db, { userId: g.id, course: gov, lessonId: 'gov-statistics/01-a' }, new Date('2026-03-31T20:00:00Z'));
});
afterAll(() => t.cleanup());

describe('statistics for a period', () => {
  it('parses a period, and corrects a bad one to the last 12 months', () => {
    expect(parsePeriod({}, now)).toEqual({ from: '2025-07', to: '2026-06', corrected: false });
    expect(parsePeriod({ from: '2026-01', to: '2026-03' }, now)).toEqual({ from: '2026-01', to: '2026-03', corrected: false });
    for (const bad of [{ from: '2026-05', to: '2026-01' }, { from: '2026-13', to: '2026-06' }, { from: '2026-01', to: '2027-01' }, { from: '2020-01', to: '2026-06' }, { from: "'; drop", to: '' }]) {
      expect(parsePeriod(bad, now)).toEqual({ from: '2025-07', to: '2026-06', corrected: true });
    }
    expect(monthsOf({ from: '2025-11', to: '2026-02' })).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });

  it('counts only what falls in the period, by course, audience, month and department', async () => {
    const f = await getPeriodFigures(t.db, { period: { from: '2026-01', to: '2026-04' }, govCourseIds: ['gov-statistics', 'gov-supervision'], courseIds: ['gov-statistics', 'logistics', 'import-tax'] });
    expect(f.courses).toEqual([
      { courseId: 'gov-statistics', enrolled: 1, finished: 1, certificates: 1 },
      { courseId: 'logistics', enrolled: 1, finished: 0, certificates: 0 },
    ]);
    expect(f.audiences).toEqual([
      { role: 'learner', enrolments: 1, certificates: 0 },
      { role: 'enterprise', enrolments: 0, certificates: 0 },
      { role: 'government', enrolments: 1, certificates: 1 },
    ]);
    expect(f.months.map((m) => [m.month, m.enrolments, m.certificates])).toEqual([
      ['2026-01', 1, 0],
      ['2026-02', 0, 0],
      ['2026-03', 0, 0],
      ['2026-04', 1, 1],
    ]);
    expect(f.departments).toEqual([{ department: '抚顺海关', staff: 2, enrolled: 1, finished: 1, certificates: 1 }]);
    expect(f.institutions).toEqual([{ institutionId: 'sylg', certificates: 1 }]);
    expect(f.orders).toEqual({ published: 0, placements: 0, hired: 0 });
    const march = await getPeriodFigures(t.db, { period: { from: '2026-03', to: '2026-03' }, govCourseIds: ['gov-statistics'], courseIds: ['gov-statistics', 'logistics', 'import-tax'] });
    expect(march.courses).toEqual([]);
    expect(march.departments[0]).toMatchObject({ finished: 0, enrolled: 1 });
  });

  it('counts learners who finished a course in the period by their institution, each learner once', async () => {
    const one = (courseId: string): CourseRef => ({ courseId, lessonIds: [`${courseId}/01-a`] });
    const [l1, l2, l3, g2] = await Promise.all(['l1', 'l2', 'l3', 'g2'].map((n) => signUp(t.db, { role: 'learner', email: `${n}@example.cn`, password: 'a-long-password', displayName: n.toUpperCase() })));
    await t.db.update(users).set({ institutionId: 'lnpu' }).where(eq(users.id, l1!.id));
    await t.db.update(users).set({ institutionId: 'lnpu' }).where(eq(users.id, l3!.id));
    await t.db.update(users).set({ role: 'government', department: '抚顺海关' }).where(eq(users.id, g2!.id));
    await completeLesson(t.db, { userId: l1!.id, course: one('logistics'), lessonId: 'logistics/01-a' }, new Date('2025-09-10T00:00:00Z'));
    await completeLesson(t.db, { userId: l1!.id, course: one('import-tax'), lessonId: 'import-tax/01-a' }, new Date('2025-09-12T00:00:00Z'));
    await completeLesson(t.db, { userId: l2!.id, course: one('logistics'), lessonId: 'logistics/01-a' }, new Date('2025-09-11T00:00:00Z'));
    // 2025-09-30 17:00 UTC is already 1 October in Shanghai: outside September.
    await completeLesson(t.db, { userId: l3!.id, course: one('logistics'), lessonId: 'logistics/01-a' }, new Date('2025-09-30T17:00:00Z'));
    await completeLesson(t.db, { userId: g2!.id, course: gov, lessonId: 'gov-statistics/01-a' }, new Date('2025-09-15T00:00:00Z'));
    const ids = { govCourseIds: ['gov-statistics'], courseIds: ['gov-statistics', 'logistics', 'import-tax'] };
    const sept = await getPeriodFigures(t.db, { period: { from: '2025-09', to: '2025-09' }, ...ids });
    expect(sept.trained).toEqual([
      { institutionId: 'lnpu', learners: 1 },
      { institutionId: null, learners: 1 },
    ]);
    const autumn = await getPeriodFigures(t.db, { period: { from: '2025-09', to: '2025-10' }, ...ids });
    expect(autumn.trained).toEqual([
      { institutionId: 'lnpu', learners: 2 },
      { institutionId: null, learners: 1 },
    ]);
  });
});
