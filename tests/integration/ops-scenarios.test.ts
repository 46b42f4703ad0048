/** Operations scenario attempts are recorded like customs ones: they complete the lesson and count as passed scenarios. */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, ROOT, type TestDatabase } from '../helpers/db.ts';
import { signUp } from '#lib/auth/accounts.ts';
import { seedDatabase } from '#lib/seed/seed.ts';
import { isLessonComplete, type CourseRef } from '#lib/progress/progress.ts';
import { loadContent } from '#lib/content/check.ts';
import { loadOpsScenarios } from '#lib/scenarios/load.ts';
import { listScenarioAttempts, recordScenarioAttempt, scenarioStatuses } from '#lib/scenarios/grade.ts';
import { gradeOpsScenario } from '#lib/scenarios/ops-grade.ts';

let t: TestDatabase;
let userId: string;
const content = loadContent(join(ROOT, 'content'));
const scenario = loadOpsScenarios(join(ROOT, 'content/scenarios')).scenarios.find((s) => s.id === 'ops-pricing-fba-us')!;
const courseId = scenario.lesson!.split('/')[0]!;
const course: CourseRef = {
  courseId,
  lessonIds: content.lessons.filter((l) => l.course === courseId).sort((a, b) => a.data.order - b.data.order).map((l) => `${l.course}/${l.slug}`),
};

beforeAll(async () => {
  t = await createTestDatabase();
  await seedDatabase(t.db, { demo: false });
  userId = (await signUp(t.db, { role: 'learner', email: 'ops@example.cn', password: 'a-long-password', displayName: '学员' })).id;
});
afterAll(() => t.cleanup());

describe('operations scenario attempts', () => {
  it('a wrong price is stored with its codes and leaves the lesson open', async () => {
    const grade = gradeOpsScenario(scenario, { price: '15.99' });
    expect(grade.passed).toBe(false);
    await recordScenarioAttempt(t.db, { userId, scenario, grade, course });
    expect((await listScenarioAttempts(t.db, userId, scenario.id))[0]?.errorCodes).toContain('PRICE_MARGIN');
    expect(await isLessonComplete(t.db, userId, scenario.lesson!)).toBe(false);
  });

  it('the reference price completes the lesson and the scenario counts as passed', async () => {
    const grade = gradeOpsScenario(scenario, scenario.solution);
    const r = await recordScenarioAttempt(t.db, { userId, scenario, grade, course });
    expect(r.newlyCompleted).toBe(true);
    expect(await isLessonComplete(t.db, userId, scenario.lesson!)).toBe(true);
    expect((await scenarioStatuses(t.db, userId)).get(scenario.id)).toMatchObject({ attempts: 2, passed: true });
  });
});
