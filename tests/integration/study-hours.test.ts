import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../helpers/db.ts';
import { signUp } from '#lib/auth/accounts.ts';
import { users } from '#lib/db/schema-auth.ts';
import { studyHourPolicies } from '#lib/db/schema-study-hours.ts';
import { auditLog } from '#lib/db/schema-org.ts';
import { recordQuizAttempt } from '#lib/progress/progress.ts';
import { recordScenarioAttempt } from '#lib/scenarios/grade.ts';
import { ledgerRows } from '#pages/[...lang]/gov/hours/_hours-page.ts';
import { appointDepartmentHead, departmentHours, recordStudyPing, setDepartmentRules, StudyHoursError, studyLedger } from '#lib/study-hours/ledger.ts';

let t: TestDatabase;
let head: string;
let staff: string;
let other: string;
const DEPT = '抚顺市商务局';
const ref = { courseId: 'gov-supervision', lessonIds: ['gov-supervision/01-risk-control', 'gov-supervision/02-credit-management'], quizLessonIds: [], requiredScenarios: [] };
const t0 = Date.parse('2026-04-01T01:00:00Z');

async function official(email: string, department: string): Promise<string> {
  const u = await signUp(t.db, { role: 'learner', email, password: 'a-long-password', displayName: email.split('@')[0]! });
  await t.db.update(users).set({ role: 'government', department }).where(eq(users.id, u.id));
  return u.id;
}

async function study(userId: string, lessonId: string, minutes: number, start: number): Promise<void> {
  for (let m = 0; m <= minutes; m++) await recordStudyPing(t.db, { userId, lessonId, courseId: 'gov-supervision' }, new Date(start + m * 60_000));
}

beforeAll(async () => {
  t = await createTestDatabase();
  head = await official('head@gov.example.cn', DEPT);
  staff = await official('staff@gov.example.cn', DEPT);
  other = await official('other@gov.example.cn', '抚顺海关');
  await appointDepartmentHead(t.db, { userId: head, department: DEPT });
  await study(staff, ref.lessonIds[0]!, 40, t0);
  await study(staff, ref.lessonIds[1]!, 10, t0 + 3_600_000);
  const grade = { correct: 1, total: 1, score: 100, passed: true, feedback: [] };
  await recordQuizAttempt(t.db, { userId: staff, course: ref, lessonId: ref.lessonIds[0]!, answers: {}, grade: { ...grade, score: 40, passed: false } }, new Date(t0 + 41 * 60_000));
  await recordQuizAttempt(t.db, { userId: staff, course: ref, lessonId: ref.lessonIds[0]!, answers: {}, grade }, new Date(t0 + 42 * 60_000));
  await recordQuizAttempt(t.db, { userId: staff, course: ref, lessonId: ref.lessonIds[0]!, answers: {}, grade }, new Date(t0 + 43 * 60_000));
});
afterAll(() => t.cleanup());

describe('study hours from heartbeats and tests', () => {
  it('gives the ledger with a reason per line: 40 min = 1.0, 10 min = 0, first pass only = 0.5', async () => {
    const ledger = await studyLedger(t.db, { userId: staff, department: DEPT, year: 2026 });
    expect(ledger.lines.map((l) => [l.kind, l.tenths, l.kind === 'lesson' ? l.minutes : l.kind === 'test' ? l.score : l.attempts])).toEqual([
      ['lesson', 10, 40],
      ['test', 5, 100],
      ['lesson', 0, 10],
    ]);
    expect(ledger.totalTenths).toBe(15);
    expect((await studyLedger(t.db, { userId: staff, department: DEPT, year: 2025 })).lines).toEqual([]);
  });

  it('a heartbeat after a long pause adds nothing', async () => {
    await recordStudyPing(t.db, { userId: staff, lessonId: ref.lessonIds[1]!, courseId: 'gov-supervision' }, new Date(t0 + 10 * 3_600_000));
    const ledger = await studyLedger(t.db, { userId: staff, department: DEPT, year: 2026 });
    expect(ledger.lines.find((l) => l.lessonId === ref.lessonIds[1] && l.kind === 'lesson')).toMatchObject({ minutes: 10 });
  });

  it('shows the department head the department’s people, not another department’s', async () => {
    const dept = await departmentHours(t.db, { department: DEPT, year: 2026 });
    expect(dept.people.map((p) => [p.email, p.totalTenths])).toEqual([
      ['head@gov.example.cn', 0],
      ['staff@gov.example.cn', 15],
    ]);
    expect(dept.people.some((p) => p.userId === other)).toBe(false);
  });

  it('lets the head set the rules (audited) and recomputes with them', async () => {
    await setDepartmentRules(t.db, { actorId: head, year: 2026, rules: { targetTenths: 100, lessonMinutes: 10, lessonTenths: 20, testTenths: 0, scenarioTenths: 10 } });
    const ledger = await studyLedger(t.db, { userId: staff, department: DEPT, year: 2026 });
    expect(ledger.totalTenths).toBe(40);
    expect(ledger.percentOfTarget).toBe(40);
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.action, 'study-hours.rules'));
    expect(audit).toHaveLength(1);
    expect(audit[0]?.actorId).toBe(head);
  });

  it('refuses the rules from someone who heads no department, and out-of-range values, changing nothing', async () => {
    const before = await t.db.select().from(studyHourPolicies);
    await expect(setDepartmentRules(t.db, { actorId: staff, year: 2026, rules: { targetTenths: 0, lessonMinutes: 5, lessonTenths: 80, testTenths: 40, scenarioTenths: 80 } })).rejects.toThrow(StudyHoursError);
    await expect(setDepartmentRules(t.db, { actorId: head, year: 2026, rules: { targetTenths: -1, lessonMinutes: 5, lessonTenths: 10, testTenths: 5, scenarioTenths: 10 } })).rejects.toMatchObject({ code: 'OUT_OF_RANGE' });
    expect(await t.db.select().from(studyHourPolicies)).toEqual(before);
  });
});

describe('graded scenarios in study hours', () => {
  const PORT = '抚顺综合保税区管委会';
  const scenario = { id: 'import-9610-amount-paid', lesson: 'customs-basics/03-declaration' };
  const attempt = (userId: string, id: string, passed: boolean, at: string) =>
    recordScenarioAttempt(t.db, { userId, scenario: { ...scenario, id }, grade: { passed, errorCodes: passed ? [] : ['MATCH_AMOUNT_PAID'] } }, new Date(at));

  it('a government user’s first pass adds one line with its reason; a failed attempt or a second pass adds none', async () => {
    const gov = await official('port@gov.example.cn', PORT);
    await attempt(gov, scenario.id, false, '2026-05-01T02:00:00Z');
    expect((await studyLedger(t.db, { userId: gov, department: PORT, year: 2026 })).lines).toEqual([]);
    await attempt(gov, scenario.id, true, '2026-05-01T02:10:00Z');
    await attempt(gov, scenario.id, true, '2026-05-02T02:00:00Z');
    await attempt(gov, 'export-return-district', false, '2026-05-03T02:00:00Z');
    const ledger = await studyLedger(t.db, { userId: gov, department: PORT, year: 2026 });
    expect(ledger.lines).toEqual([{ kind: 'scenario', scenarioId: scenario.id, lessonId: scenario.lesson, at: new Date('2026-05-01T02:10:00Z'), attempts: 2, tenths: 10 }]);
    expect(ledger.totalTenths).toBe(10);
    const refs = { [scenario.id]: { title: '按实付金额申报', path: `/sandbox/scenarios/${scenario.id}` } };
    expect(ledgerRows(ledger, {}, refs, 'zh-CN')[0]).toMatchObject({ item: '实训场景', title: '按实付金额申报', reason: '首次通过评分场景，共提交 2 次', hours: '1.0', path: `/sandbox/scenarios/${scenario.id}` });
    expect(ledgerRows(ledger, {}, refs, 'en')[0]?.reason).toBe('Graded scenario first passed, after 2 submissions');
    const dept = await departmentHours(t.db, { department: PORT, year: 2026 });
    expect(dept.people.map((p) => [p.email, p.scenariosPassed, p.totalTenths])).toEqual([['port@gov.example.cn', 1, 10]]);
    expect((await studyLedger(t.db, { userId: gov, department: PORT, year: 2025 })).lines).toEqual([]);
  });

  it('counts the hours the department’s rules give a scenario', async () => {
    const chief = await official('chief@gov.example.cn', PORT);
    await appointDepartmentHead(t.db, { userId: chief, department: PORT });
    await setDepartmentRules(t.db, { actorId: chief, year: 2026, rules: { targetTenths: 100, lessonMinutes: 30, lessonTenths: 10, testTenths: 5, scenarioTenths: 25 } });
    const dept = await departmentHours(t.db, { department: PORT, year: 2026 });
    expect(dept.people.find((p) => p.email === 'port@gov.example.cn')?.totalTenths).toBe(25);
    expect((await studyLedger(t.db, { userId: dept.people.find((p) => p.email === 'port@gov.example.cn')!.userId, department: PORT, year: 2026 })).totalTenths).toBe(25);
  });
});
