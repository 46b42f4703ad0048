import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { createTestDatabase, ROOT, type TestDatabase } from '../helpers/db.ts';
import { signUp } from '#lib/auth/accounts.ts';
import { users } from '#lib/db/schema-auth.ts';
import { quizAttempts } from '#lib/db/schema-progress.ts';
import { learnerSkillLevels } from '#lib/db/schema-skill-levels.ts';
import { readCatalogue, courseRefOf, type ProfileCatalogue } from '#lib/progress/catalogue.ts';
import { completeLesson } from '#lib/progress/progress.ts';
import { learnerProfile } from '#lib/progress/profile.ts';
import { learnersAtLevel, refreshSkillLevels } from '#lib/progress/skill-level-store.ts';

let t: TestDatabase;
let catalogue: ProfileCatalogue;
const stored = async (userId: string) => (await t.db.select().from(learnerSkillLevels).where(eq(learnerSkillLevels.userId, userId))).map((r) => [r.skill, r.level]).sort();

beforeAll(async () => {
  t = await createTestDatabase();
  catalogue = readCatalogue(resolve(ROOT, 'content'));
});
afterAll(() => t.cleanup());

describe('stored skill levels', () => {
  it('are what the profile computes, for every learner a write of evidence queued, whichever path wrote it', async () => {
    const a = await signUp(t.db, { role: 'learner', email: 'a@example.cn', password: 'a-long-password', displayName: 'A' });
    const b = await signUp(t.db, { role: 'learner', email: 'b@example.cn', password: 'a-long-password', displayName: 'B' });
    // Nothing stored yet: the first refresh takes every learner.
    expect(await refreshSkillLevels(t.db, catalogue)).toBe(2);
    expect(await stored(a.id)).toEqual([]);
    expect(await refreshSkillLevels(t.db, catalogue)).toBe(0);

    const course = catalogue.courses.find((c) => c.lessons.some((l) => l.skills.length > 0 && l.passPercent !== null))!;
    const lesson = course.lessons.find((l) => l.skills.length > 0 && l.passPercent !== null)!;
    const skill = lesson.skills[0]!;
    await completeLesson(t.db, { userId: a.id, course: courseRefOf(course), lessonId: lesson.id });
    // A quiz attempt written directly, not through the progress module: the trigger still queues the learner.
    await t.db.insert(quizAttempts).values({ userId: a.id, lessonId: lesson.id, courseId: course.id, score: 90, correct: 9, total: 10, passed: true, answers: '{}', submittedAt: new Date() });
    expect(await refreshSkillLevels(t.db, catalogue)).toBe(1);

    const profile = await learnerProfile(t.db, a.id, catalogue);
    const expected = profile.skills.filter((s) => s.level > 0).map((s) => [s.skill, s.level]).sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(await stored(a.id)).toEqual(expected);
    expect(await stored(b.id)).toEqual([]);
    const level = profile.skills.find((s) => s.skill === skill)!.level;
    expect(await learnersAtLevel(t.db, [{ skill, level }])).toEqual(new Map([[skill, 1]]));
    expect(await learnersAtLevel(t.db, [{ skill, level: level + 1 }])).toEqual(new Map([[skill, 0]]));

    // Removing the evidence queues the learner again; the levels follow.
    await t.db.delete(quizAttempts).where(eq(quizAttempts.userId, a.id));
    expect(await refreshSkillLevels(t.db, catalogue)).toBe(1);
    const after = (await learnerProfile(t.db, a.id, catalogue)).skills.filter((s) => s.level > 0).map((s) => [s.skill, s.level]).sort();
    expect(after).not.toEqual(expected);
    expect(await stored(a.id)).toEqual(after);
  });

  it('leave out an account that is no learner any more, and are all recomputed when the content changes', async () => {
    const [a] = await t.db.select({ id: users.id }).from(users).where(eq(users.email, 'a@example.cn'));
    await t.db.update(users).set({ role: 'government', department: '抚顺海关' }).where(eq(users.id, a!.id));
    expect(await refreshSkillLevels(t.db, catalogue)).toBe(1);
    expect(await stored(a!.id)).toEqual([]);

    const fewer: ProfileCatalogue = { ...catalogue, lesson: new Map([...catalogue.lesson].slice(1)) };
    expect(await refreshSkillLevels(t.db, fewer)).toBe(1);
    expect(await refreshSkillLevels(t.db, fewer)).toBe(0);
    const [queue] = await t.db.all<{ n: number }>(sql`select count(*) as n from skill_level_queue`);
    expect(queue!.n).toBe(0);
  });
});
