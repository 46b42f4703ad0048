import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, ROOT, type TestDatabase } from '../helpers/db.ts';
import { createAdmin, issueInviteCode, signUp } from '#lib/auth/accounts.ts';
import { seedDatabase } from '#lib/seed/seed.ts';
import { getCourseProgress, isLessonComplete, lessonScenarioResults, type CourseRef } from '#lib/progress/progress.ts';
import { loadContent } from '#lib/content/check.ts';
import { loadScenarios } from '#lib/scenarios/load.ts';
import { gradeScenario, listScenarioAttempts, recordScenarioAttempt, scenarioStatuses } from '#lib/scenarios/grade.ts';
import { signAndGradeScenario } from '#lib/scenarios/sign.ts';
import { getOrCreateTrainingKey } from '#lib/workbench/declarations.ts';

let t: TestDatabase;
let userId: string;
const content = loadContent(join(ROOT, 'content'));
const { scenarios } = loadScenarios(join(ROOT, 'content/scenarios'));
const scenario = scenarios.find((s) => s.id === 'import-9610-amount-paid')!;
const courseId = scenario.lesson!.split('/')[0]!;
const course: CourseRef = {
  courseId,
  lessonIds: content.lessons.filter((l) => l.course === courseId).sort((a, b) => a.data.order - b.data.order).map((l) => `${l.course}/${l.slug}`),
};

beforeAll(async () => {
  t = await createTestDatabase();
  await seedDatabase(t.db, { demo: false });
  userId = (await signUp(t.db, { role: 'learner', email: 'scen@example.cn', password: 'a-long-password', displayName: '学员' })).id;
});
afterAll(() => t.cleanup());

describe('recording scenario attempts', () => {
  it('a failing attempt records the error codes and leaves the lesson open', async () => {
    const grade = gradeScenario(scenario, scenario.start);
    expect(grade.passed).toBe(false);
    const r = await recordScenarioAttempt(t.db, { userId, scenario, grade, durationMs: 90_000, course }, new Date('2026-11-20T08:00:00Z'));
    expect(r.newlyCompleted).toBe(false);
    const attempts = await listScenarioAttempts(t.db, userId, scenario.id);
    expect(attempts).toHaveLength(1);
    expect(attempts[0]).toMatchObject({ passed: false, durationMs: 90_000 });
    expect(attempts[0]?.errorCodes).toContain('MATCH_AMOUNT_PAID');
    expect(await isLessonComplete(t.db, userId, scenario.lesson!)).toBe(false);
    expect((await getCourseProgress(t.db, userId, course)).completed).toBe(0);
  });

  it('a passing attempt completes the lesson and progress rises', async () => {
    const before = await getCourseProgress(t.db, userId, course);
    const grade = gradeScenario(scenario, scenario.solution);
    expect(grade.passed).toBe(true);
    const r = await recordScenarioAttempt(t.db, { userId, scenario, grade, durationMs: 300_000, course }, new Date('2026-11-20T08:05:00Z'));
    expect(r.newlyCompleted).toBe(true);
    const after = await getCourseProgress(t.db, userId, course);
    expect(after.completed).toBe(before.completed + 1);
    expect(after.percent).toBeGreaterThan(before.percent);
    expect(after.completedLessonIds.has(scenario.lesson!)).toBe(true);
    const status = (await scenarioStatuses(t.db, userId)).get(scenario.id);
    expect(status).toMatchObject({ attempts: 2, passed: true });
    const attempts = await listScenarioAttempts(t.db, userId, scenario.id);
    expect(attempts[0]).toMatchObject({ passed: true, errorCodes: [] });
  });

  it('passing again changes nothing in progress', async () => {
    const grade = gradeScenario(scenario, scenario.solution);
    const r = await recordScenarioAttempt(t.db, { userId, scenario, grade, course });
    expect(r.newlyCompleted).toBe(false);
    expect((await getCourseProgress(t.db, userId, course)).completed).toBe(1);
    expect(await listScenarioAttempts(t.db, userId, scenario.id)).toHaveLength(3);
  });

  it('the lesson shows the learner’s result on its scenario, and nobody else’s', async () => {
    expect(await lessonScenarioResults(t.db, userId, scenario.lesson!)).toEqual([{ scenarioId: scenario.id, attempts: 3, passed: true }]);
    const other = (await signUp(t.db, { role: 'learner', email: 'scen-other@example.cn', password: 'a-long-password', displayName: '学员乙' })).id;
    expect(await lessonScenarioResults(t.db, other, scenario.lesson!)).toEqual([]);
    await recordScenarioAttempt(t.db, { userId: other, scenario, grade: gradeScenario(scenario, scenario.start), course });
    expect(await lessonScenarioResults(t.db, other, scenario.lesson!)).toEqual([{ scenarioId: scenario.id, attempts: 1, passed: false }]);
  });

  it('a pass without a course reference records the attempt only', async () => {
    const other = scenarios.find((s) => s.id === 'import-tax-total')!;
    const grade = gradeScenario(other, other.solution);
    const r = await recordScenarioAttempt(t.db, { userId, scenario: other, grade });
    expect(r.newlyCompleted).toBe(false);
    expect(await isLessonComplete(t.db, userId, other.lesson!)).toBe(false);
  });
});

describe('sign and declare in scenarios', () => {
  it.each(scenarios.map((s) => [s.id, s] as const))('%s: the solution signed with the learner\'s key passes with signatures verified; the start still fails', async (_id, s) => {
    const signed = await signAndGradeScenario(t.db, { userId, scenario: s, submitted: s.solution });
    expect(signed.grade.errorCodes.filter((c) => c.startsWith('SIG_'))).toEqual([]);
    expect(signed.grade.passed).toBe(true);
    const key = await getOrCreateTrainingKey(t.db, userId);
    expect(signed.keyName).toBe(key.keyName);
    for (const [kind, xml] of Object.entries(signed.signed)) if (/<ds:Signature/.test(xml)) expect(xml, kind).toContain(`<ds:KeyName>${key.keyName}</ds:KeyName>`);
    expect((await signAndGradeScenario(t.db, { userId, scenario: s, submitted: s.start })).grade.passed).toBe(false);
  });

  it('the signature is verified: a message signed with another key (the demo key of the files) is refused', () => {
    const withDemoKey = gradeScenario(scenario, scenario.solution, { signatureKey: 'not-the-demo-key' });
    expect(withDemoKey.errorCodes).toContain('SIG_INVALID');
    expect(withDemoKey.passed).toBe(false);
  });
});

describe('government staff and instructors practise too', () => {
  it.each(['government', 'instructor'] as const)('a %s account signs, passes and completes the lesson in its own progress', async (role) => {
    const admin = await createAdmin(t.db, { email: `office-${role}@example.cn`, password: 'admin-password-1', displayName: 'Office' });
    const invite = await issueInviteCode(t.db, { adminId: admin.id, role, institutionId: 'lnpu', department: '抚顺海关' });
    const id = (await signUp(t.db, { role, email: `${role}-scen@example.cn`, password: 'a-long-password', displayName: role, inviteCode: invite.code })).id;
    const { grade } = await signAndGradeScenario(t.db, { userId: id, scenario, submitted: scenario.solution });
    expect(grade.passed).toBe(true);
    const r = await recordScenarioAttempt(t.db, { userId: id, scenario, grade, durationMs: 120_000, course });
    expect(r.newlyCompleted).toBe(true);
    expect(await isLessonComplete(t.db, id, scenario.lesson!)).toBe(true);
    expect((await getCourseProgress(t.db, id, course)).completed).toBe(1);
    expect((await scenarioStatuses(t.db, id)).get(scenario.id)).toMatchObject({ attempts: 1, passed: true });
  });
});
