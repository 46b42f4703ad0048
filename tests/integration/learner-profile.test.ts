import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, ROOT, type TestDatabase } from '../helpers/db.ts';
import { signUp } from '#lib/auth/accounts.ts';
import { completeLesson, recordQuizAttempt } from '#lib/progress/progress.ts';
import { courseRefOf, readCatalogue } from '#lib/progress/catalogue.ts';
import { learnerProfile, learnerProfiles } from '#lib/progress/profile.ts';
import { recordScenarioAttempt } from '#lib/scenarios/grade.ts';
import { declarationEvents, declarations } from '#lib/db/schema-sandbox.ts';

let t: TestDatabase;
let learner: string;
let other: string;
const catalogue = readCatalogue(join(ROOT, 'content'));
const course = catalogue.course.get('customs-clearance')!;
const ref = courseRefOf(course);
const grade = (score: number, passed: boolean) => ({ correct: 0, total: 0, score, passed, feedback: [] });
const at = (minute: number) => new Date(Date.UTC(2026, 10, 20, 8, minute));

beforeAll(async () => {
  t = await createTestDatabase();
  learner = (await signUp(t.db, { role: 'learner', email: 'lp@example.cn', password: 'a-long-password', displayName: '学员' })).id;
  other = (await signUp(t.db, { role: 'learner', email: 'lp2@example.cn', password: 'a-long-password', displayName: '另一位' })).id;
});
afterAll(() => t.cleanup());

describe('one completion path', () => {
  it('the course completes only when lessons, quizzes and required scenarios are all done, and says so once', async () => {
    expect(ref.requiredScenarios!.length).toBeGreaterThan(0);
    let minute = 0;
    for (const lessonId of ref.lessonIds) {
      await recordQuizAttempt(t.db, { userId: learner, course: ref, lessonId, answers: {}, grade: grade(40, false) }, at(minute++));
      const fact = await recordQuizAttempt(t.db, { userId: learner, course: ref, lessonId, answers: {}, grade: grade(90, true) }, at(minute++));
      expect(fact).toMatchObject({ newlyCompleted: true, courseCompleted: false });
    }
    const scenarios = ref.requiredScenarios!;
    for (const [i, id] of scenarios.entries()) {
      const lesson = catalogue.scenarioLesson.get(id)!;
      const fact = await recordScenarioAttempt(t.db, { userId: learner, scenario: { id, lesson: lesson.id }, grade: { passed: true, errorCodes: [] }, course: ref }, at(minute++));
      // The lesson was already complete through its quiz; only the last scenario finishes the course.
      expect(fact).toMatchObject({ newlyCompleted: false, courseCompleted: i === scenarios.length - 1 });
    }
    const again = await completeLesson(t.db, { userId: learner, course: ref, lessonId: ref.lessonIds[0]! });
    expect(again).toEqual({ newlyCompleted: false, courseCompleted: false });
  });
});

describe('learnerProfile', () => {
  it('derives skill levels from the evidence and explains them', async () => {
    // Two first-attempt declarations: one accepted, one rejected for a three-document mismatch.
    const now = at(50);
    await t.db.insert(declarations).values([
      { id: 'd1', userId: learner, kind: 'import-set', status: 'released', attempt: 1, findings: '[]', asOf: '2026-11-20', createdAt: now, updatedAt: now },
      {
        id: 'd2', userId: learner, kind: 'import-set', status: 'rejected', attempt: 1,
        findings: JSON.stringify([{ code: 'MATCH_AMOUNT_PAID', severity: 'error' }]), asOf: '2026-11-20', createdAt: now, updatedAt: now,
      },
    ]);
    await t.db.insert(declarationEvents).values({ declarationId: 'd1', at: now, status: 'accepted' });

    const p = await learnerProfile(t.db, learner, catalogue);
    const match = p.skills.find((s) => s.skill === 'three-doc-match')!;
    expect(match.evidence).toMatchObject({ quizBest: 90, quizFirst: 40, declarations: 2, firstTimeAccepted: 1 });
    expect(match.evidence.lessonsCompleted).toBeGreaterThan(0);
    expect(match.level).toBeGreaterThan(0);
    expect(match.level).toBeLessThan(100);
    expect(p.sandbox).toMatchObject({ declarations: 2, firstAttempts: 2, firstAccepted: 1, firstTimeAcceptanceRate: 0.5 });
    expect(p.sandbox.errorCodes).toEqual([{ code: 'MATCH_AMOUNT_PAID', count: 1, lessonId: 'customs-clearance/03-three-doc-match' }]);
    const standing = p.courses.find((c) => c.courseId === 'customs-clearance')!;
    expect(standing.requirements).toMatchObject({ met: true, percent: 100 });
    expect(standing.nextLessonId).toBeNull();
    expect(p.quizzes.find((q) => q.lessonId === ref.lessonIds[0])).toMatchObject({ attempts: 2, best: 90, first: 40, passed: true });
    expect(p.recent[0]?.kind).toBe('declaration');
    // A skill nobody practised is present at level 0.
    expect(p.skills.find((s) => s.skill === 'fx-settlement')).toMatchObject({ level: 0 });
  });

  it('reads many learners in one batch, each exactly as alone, and an unknown id as empty', async () => {
    const batch = await learnerProfiles(t.db, [learner, other, 'nobody'], catalogue);
    expect(batch.get(learner)).toEqual(await learnerProfile(t.db, learner, catalogue));
    expect(batch.get(other)?.courses).toEqual([]);
    expect(batch.get('nobody')?.skills.every((s) => s.level === 0)).toBe(true);
  });
});
