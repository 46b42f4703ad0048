import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase, ROOT, type TestDatabase } from '../helpers/db.ts';
import { signUp } from '#lib/auth/accounts.ts';
import { seedDatabase } from '#lib/seed/seed.ts';
import { users } from '#lib/db/schema-auth.ts';
import { classes, classMembers } from '#lib/db/schema-classes.ts';
import { enrolments } from '#lib/db/schema-progress.ts';
import { ClassError, classOf, createClass, joinClass, listClasses, MAX_MEMBERS, regenerateJoinCode } from '#lib/classes/classes.ts';
import { classAnalytics } from '#lib/classes/analytics.ts';
import { courseRefOf, readCatalogue } from '#lib/progress/catalogue.ts';
import { recordQuizAttempt } from '#lib/progress/progress.ts';
import { openQuizPaper, submitQuizPaper } from '#lib/progress/quiz-papers.ts';
import { quizSchema, type Quiz } from '#lib/content/schema.ts';
import { institutionCourseIds } from '#lib/stats/instructor.ts';

let t: TestDatabase;
let teacher: { id: string; institutionId: string };
let outsider: { id: string; institutionId: string };
let a: string;
let b: string;
const catalogue = readCatalogue(join(ROOT, 'content'));
const lnpu = institutionCourseIds('lnpu', catalogue);

async function account(email: string, role: 'learner' | 'instructor', institutionId: string | null = null): Promise<string> {
  const u = await signUp(t.db, { role: 'learner', email, password: 'a-long-password', displayName: email.split('@')[0]! });
  await t.db.update(users).set({ role, institutionId }).where(eq(users.id, u.id));
  return u.id;
}

beforeAll(async () => {
  t = await createTestDatabase();
  await seedDatabase(t.db, { demo: false });
  teacher = { id: await account('t@lnpu.example.cn', 'instructor', 'lnpu'), institutionId: 'lnpu' };
  outsider = { id: await account('t@fvtc.example.cn', 'instructor', 'fvtc'), institutionId: 'fvtc' };
  a = await account('a@example.cn', 'learner');
  b = await account('b@example.cn', 'learner');
});
afterAll(() => t.cleanup());

const codeOf = async (id: string) => (await t.db.select({ c: classes.joinCode }).from(classes).where(eq(classes.id, id)))[0]!.c;

describe('classes', () => {
  it('creates a class only for courses of the instructor’s institution', async () => {
    await expect(createClass(t.db, { actor: teacher, name: '2026级跨境电商1班', courseIds: ['cbec-fundamentals'], institutionCourseIds: lnpu })).rejects.toMatchObject({ code: 'COURSES' });
    await expect(createClass(t.db, { actor: teacher, name: 'x', courseIds: ['payment-finance'], institutionCourseIds: lnpu })).rejects.toMatchObject({ code: 'NAME' });
    expect(await listClasses(t.db, teacher)).toEqual([]);
    const row = await createClass(t.db, { actor: teacher, name: '2026级跨境电商1班', courseIds: ['payment-finance', 'customs-clearance'], institutionCourseIds: lnpu });
    expect(row.joinCode).toMatch(/^[A-HJKMNP-Z2-9]{8}$/);
    expect((await listClasses(t.db, teacher)).map((c) => [c.name, c.courseIds, c.members])).toEqual([['2026级跨境电商1班', ['customs-clearance', 'payment-finance'], 0]]);
  });

  it('joins with the code (typed loosely), enrols in the class’s courses, and is idempotent', async () => {
    const [cls] = await listClasses(t.db, teacher);
    const code = cls!.joinCode;
    const joined = await joinClass(t.db, { userId: a, code: ` ${code.slice(0, 4).toLowerCase()}-${code.slice(4)} ` });
    expect(joined).toMatchObject({ name: '2026级跨境电商1班', alreadyMember: false });
    expect((await t.db.select({ c: enrolments.courseId }).from(enrolments).where(eq(enrolments.userId, a))).map((r) => r.c).sort()).toEqual(['customs-clearance', 'payment-finance']);
    expect(await joinClass(t.db, { userId: a, code })).toMatchObject({ alreadyMember: true });
  });

  it('refuses a wrong code and an expired one, changing nothing', async () => {
    const [cls] = await listClasses(t.db, teacher);
    await expect(joinClass(t.db, { userId: b, code: 'ABCDEFGH' })).rejects.toMatchObject({ code: 'CODE_INVALID' });
    await expect(joinClass(t.db, { userId: b, code: 'short' })).rejects.toMatchObject({ code: 'CODE_INVALID' });
    await expect(joinClass(t.db, { userId: b, code: cls!.joinCode }, new Date(Date.now() + 61 * 86_400_000))).rejects.toMatchObject({ code: 'CODE_EXPIRED' });
    expect(await t.db.select().from(classMembers).where(eq(classMembers.userId, b))).toEqual([]);
  });

  it('regenerating the code stops the old one at once', async () => {
    const [cls] = await listClasses(t.db, teacher);
    const old = cls!.joinCode;
    const { joinCode } = await regenerateJoinCode(t.db, { actor: teacher, classId: cls!.id });
    expect(joinCode).not.toBe(old);
    await expect(joinClass(t.db, { userId: b, code: old })).rejects.toMatchObject({ code: 'CODE_INVALID' });
    expect(await joinClass(t.db, { userId: b, code: joinCode })).toMatchObject({ alreadyMember: false });
  });

  it('an instructor of another institution neither sees nor changes the class', async () => {
    const [cls] = await listClasses(t.db, teacher);
    const before = await codeOf(cls!.id);
    expect(await listClasses(t.db, outsider)).toEqual([]);
    await expect(classOf(t.db, outsider, cls!.id)).rejects.toBeInstanceOf(ClassError);
    await expect(regenerateJoinCode(t.db, { actor: outsider, classId: cls!.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await codeOf(cls!.id)).toBe(before);
  });

  it('counts each option chosen, the lesson funnel and per-learner progress', async () => {
    const [cls] = await listClasses(t.db, teacher);
    const course = catalogue.course.get('payment-finance')!;
    const lessonId = course.lessons[0]!.id;
    const grade = (passed: boolean) => ({ correct: passed ? 1 : 0, total: 1, score: passed ? 100 : 0, passed, feedback: [] });
    await recordQuizAttempt(t.db, { userId: a, course: courseRefOf(course), lessonId, answers: { q1: ['a'], q2: ['a', 'b'] }, grade: grade(false) });
    await recordQuizAttempt(t.db, { userId: a, course: courseRefOf(course), lessonId, answers: { q1: ['b'], q2: ['a'] }, grade: grade(true) });
    await recordQuizAttempt(t.db, { userId: b, course: courseRefOf(course), lessonId, answers: { q1: ['b'] }, grade: grade(true) });
    const an = await classAnalytics(t.db, { classId: cls!.id, courseIds: ['customs-clearance', 'payment-finance'] }, catalogue);
    expect(an.members).toBe(2);
    // Without the quiz (and without papers), each question counts the attempts that answered it.
    expect(an.options.filter((o) => o.lessonId === lessonId).map((o) => [o.questionId, o.optionId, o.chosen, o.attempts, o.lessonAttempts])).toEqual([
      ['q1', 'a', 1, 3, 3],
      ['q1', 'b', 2, 3, 3],
      ['q2', 'a', 2, 2, 3],
      ['q2', 'b', 1, 2, 3],
    ]);
    expect(an.funnel.find((f) => f.lessonId === lessonId)).toMatchObject({ completed: 2, percent: 100 });
    expect(an.learners.map((l) => l.email)).toEqual(['a@example.cn', 'b@example.cn']);
    expect(an.learners[0]!.courses.find((c) => c.courseId === 'payment-finance')).toMatchObject({ lessonsCompleted: 1 });
  });

  it('item analysis lists every option (0 when unchosen), each over the attempts whose drawn paper asked its question', async () => {
    const [cls] = await listClasses(t.db, teacher);
    const course = catalogue.course.get('customs-clearance')!;
    const lessonId = course.lessons[1]!.id;
    // A bank of six, three per paper (ADR 0020); options a–c, nobody picks c.
    const quiz: Quiz = quizSchema.parse({
      draw: 3,
      questions: Array.from({ length: 6 }, (_, i) => ({ id: `q${i + 1}`, type: 'single', prompt: { zh: `第 ${i + 1} 题` }, options: ['a', 'b', 'c'].map((id) => ({ id, text: { zh: id } })), answer: ['a'], explanation: { zh: '选 a' } })),
    });
    const asked = new Map<string, number>();
    const chosen = new Map<string, number>();
    let papers = 0;
    for (const [user, seed, pickOption] of [[a, 1, 'a'], [a, 2, 'b'], [b, 3, 'a']] as const) {
      const paper = await openQuizPaper(t.db, { userId: user, lessonId, quiz }, new Date(), () => seed);
      const answers = Object.fromEntries(paper.quiz.questions.map((q) => [q.id, [pickOption]]));
      await submitQuizPaper(t.db, { userId: user, course: courseRefOf(course), lessonId, quiz, paperId: paper.id, answers });
      papers += 1;
      for (const q of paper.quiz.questions) {
        asked.set(q.id, (asked.get(q.id) ?? 0) + 1);
        chosen.set(`${q.id}:${pickOption}`, (chosen.get(`${q.id}:${pickOption}`) ?? 0) + 1);
      }
    }
    const an = await classAnalytics(t.db, { classId: cls!.id, courseIds: ['customs-clearance', 'payment-finance'], quizzes: new Map([[lessonId, quiz]]) }, catalogue);
    const rows = an.options.filter((o) => o.lessonId === lessonId);
    expect(rows.map((o) => [o.questionId, o.optionId, o.chosen, o.attempts, o.lessonAttempts])).toEqual(
      quiz.questions.flatMap((q) => q.options.map((o) => [q.id, o.id, chosen.get(`${q.id}:${o.id}`) ?? 0, asked.get(q.id) ?? 0, papers])),
    );
    // The draws make the denominators differ from the lesson's attempts: the case the old count got wrong.
    expect(rows.some((o) => o.attempts > 0 && o.attempts < papers)).toBe(true);
    expect(rows.filter((o) => o.optionId === 'c').every((o) => o.chosen === 0)).toBe(true);
  });

  it('a full class refuses one more', async () => {
    const row = await createClass(t.db, { actor: teacher, name: '满员班', courseIds: ['import-tax'], institutionCourseIds: lnpu });
    const fill = Array.from({ length: MAX_MEMBERS }, (_, i) => ({ id: `fill-${i}`, email: `fill-${i}@example.cn`, passwordHash: 'x', displayName: `fill ${i}`, role: 'learner' as const, createdAt: new Date() }));
    await t.db.insert(users).values(fill);
    await t.db.insert(classMembers).values(fill.map((u) => ({ classId: row.id, userId: u.id, joinedAt: new Date() })));
    await expect(joinClass(t.db, { userId: a, code: row.joinCode })).rejects.toMatchObject({ code: 'FULL' });
    expect(await t.db.select().from(classMembers).where(eq(classMembers.userId, a))).toHaveLength(1);
  });
});
