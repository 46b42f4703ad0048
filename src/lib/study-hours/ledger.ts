/**
 * Study hours in the database: the lesson page's heartbeat, a person's ledger for a year, a
 * department's totals for its head, and the department's rules. Figures are computed from the
 * recorded time, quiz attempts and graded scenario attempts on every read (see `rules.ts` for the
 * formula).
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { users } from '../db/schema-auth.ts';
import { departmentHeads, lessonStudyTime, studyHourPolicies } from '../db/schema-study-hours.ts';
import { writeAudit } from '../auth/accounts.ts';
import { DomainError } from '../domain-error.ts';
import { buildLedger, DEFAULT_RULES, percentOf, RULE_LIMITS, secondsToAdd, shanghaiYear, yearBounds, type Ledger, type LessonTime, type PassedScenario, type PassedTest, type StudyHourRules } from './rules.ts';

export type StudyHoursErrorCode = 'NOT_HEAD' | 'OUT_OF_RANGE';

export class StudyHoursError extends DomainError<'studyHours', StudyHoursErrorCode> {
  constructor(code: StudyHoursErrorCode) {
    super('studyHours', code);
  }
}

/** Adds the time since the person's previous heartbeat on this lesson (capped, see `secondsToAdd`). */
export async function recordStudyPing(db: Db, input: { userId: string; lessonId: string; courseId: string }, now = new Date()): Promise<void> {
  const year = shanghaiYear(now);
  const key = and(eq(lessonStudyTime.userId, input.userId), eq(lessonStudyTime.year, year), eq(lessonStudyTime.lessonId, input.lessonId));
  await db.transaction(async (tx) => {
    const [row] = await tx.select({ lastPingAt: lessonStudyTime.lastPingAt }).from(lessonStudyTime).where(key).limit(1);
    if (!row) {
      await tx.insert(lessonStudyTime).values({ ...input, year, seconds: 0, lastPingAt: now });
      return;
    }
    await tx
      .update(lessonStudyTime)
      .set({ seconds: sql`${lessonStudyTime.seconds} + ${secondsToAdd(row.lastPingAt, now)}`, lastPingAt: now })
      .where(key);
  });
}

export async function rulesFor(db: Db, department: string | null, year: number): Promise<StudyHourRules> {
  if (!department) return DEFAULT_RULES;
  const [row] = await db
    .select()
    .from(studyHourPolicies)
    .where(and(eq(studyHourPolicies.department, department), eq(studyHourPolicies.year, year)))
    .limit(1);
  return row
    ? { targetTenths: row.targetTenths, lessonMinutes: row.lessonMinutes, lessonTenths: row.lessonTenths, testTenths: row.testTenths, scenarioTenths: row.scenarioTenths }
    : DEFAULT_RULES;
}

/** The department the user heads, or null. */
export async function headedDepartment(db: Db, userId: string): Promise<string | null> {
  const [row] = await db.select({ department: departmentHeads.department }).from(departmentHeads).where(eq(departmentHeads.userId, userId)).limit(1);
  return row?.department ?? null;
}

async function timesOf(db: Db, userId: string, year: number): Promise<LessonTime[]> {
  const rows = await db
    .select({ lessonId: lessonStudyTime.lessonId, courseId: lessonStudyTime.courseId, seconds: lessonStudyTime.seconds, lastAt: lessonStudyTime.lastPingAt })
    .from(lessonStudyTime)
    .where(and(eq(lessonStudyTime.userId, userId), eq(lessonStudyTime.year, year)));
  return rows;
}

/** Each lesson test whose first pass falls in the year (SQLite takes the bare columns from the min row). */
async function testsOf(db: Db, userId: string, year: number): Promise<PassedTest[]> {
  const [from, to] = yearBounds(year);
  const rows = await db.all<{ lessonId: string; courseId: string; score: number; at: number }>(
    sql`select lesson_id as lessonId, course_id as courseId, score, min(submitted_at) as at from quiz_attempts
        where user_id = ${userId} and passed = 1 group by lesson_id having at >= ${from} and at < ${to}`,
  );
  return rows.map((r) => ({ lessonId: r.lessonId, courseId: r.courseId, score: Number(r.score), passedAt: new Date(Number(r.at)) }));
}

/** Each graded scenario whose first pass falls in the year, with the attempts it took to get there. */
async function scenariosOf(db: Db, userId: string, year: number): Promise<PassedScenario[]> {
  const [from, to] = yearBounds(year);
  const rows = await db.all<{ scenarioId: string; lessonId: string | null; at: number; attempts: number }>(
    sql`select p.scenario_id as scenarioId, p.lesson_id as lessonId, p.at as at,
          (select count(*) from sandbox_scenario_attempts a where a.user_id = ${userId} and a.scenario_id = p.scenario_id and a.submitted_at <= p.at) as attempts
        from (select scenario_id, lesson_id, min(submitted_at) as at from sandbox_scenario_attempts
              where user_id = ${userId} and passed = 1 group by scenario_id) p
        where p.at >= ${from} and p.at < ${to}`,
  );
  return rows.map((r) => ({ scenarioId: r.scenarioId, lessonId: r.lessonId, passedAt: new Date(Number(r.at)), attempts: Number(r.attempts) }));
}

export async function studyLedger(db: Db, input: { userId: string; department: string | null; year: number }): Promise<Ledger> {
  const [rules, times, tests, scenarios] = await Promise.all([
    rulesFor(db, input.department, input.year),
    timesOf(db, input.userId, input.year),
    testsOf(db, input.userId, input.year),
    scenariosOf(db, input.userId, input.year),
  ]);
  return buildLedger({ year: input.year, rules, times, tests, scenarios });
}

export interface PersonHours {
  userId: string;
  displayName: string;
  email: string;
  totalTenths: number;
  percentOfTarget: number;
  lessonsCounted: number;
  testsPassed: number;
  scenariosPassed: number;
}

export interface DepartmentHours {
  department: string;
  year: number;
  rules: StudyHourRules;
  people: PersonHours[];
  totalTenths: number;
  /** People at or above the target. */
  metTarget: number;
}

/** Totals per staff member of a department (government accounts naming it), by SQL over the ledger's inputs. */
export async function departmentHours(db: Db, input: { department: string; year: number }): Promise<DepartmentHours> {
  const rules = await rulesFor(db, input.department, input.year);
  const [from, to] = yearBounds(input.year);
  const rows = await db.all<{ userId: string; displayName: string; email: string; lessons: number; tests: number; scenarios: number }>(sql`
    select u.id as userId, u.display_name as displayName, u.email as email,
      (select count(*) from lesson_study_time s where s.user_id = u.id and s.year = ${input.year} and s.seconds >= ${rules.lessonMinutes * 60}) as lessons,
      (select count(*) from (select min(q.submitted_at) as at from quiz_attempts q where q.user_id = u.id and q.passed = 1 group by q.lesson_id) where at >= ${from} and at < ${to}) as tests,
      (select count(*) from (select min(a.submitted_at) as at from sandbox_scenario_attempts a where a.user_id = u.id and a.passed = 1 group by a.scenario_id) where at >= ${from} and at < ${to}) as scenarios
    from users u where u.role = 'government' and u.department = ${input.department} order by u.display_name, u.email`);
  const people = rows.map((r) => {
    const totalTenths = Number(r.lessons) * rules.lessonTenths + Number(r.tests) * rules.testTenths + Number(r.scenarios) * rules.scenarioTenths;
    return {
      userId: r.userId,
      displayName: r.displayName,
      email: r.email,
      lessonsCounted: Number(r.lessons),
      testsPassed: Number(r.tests),
      scenariosPassed: Number(r.scenarios),
      totalTenths,
      percentOfTarget: percentOf(totalTenths, rules.targetTenths),
    };
  });
  return {
    department: input.department,
    year: input.year,
    rules,
    people,
    totalTenths: people.reduce((n, p) => n + p.totalTenths, 0),
    metTarget: people.filter((p) => p.totalTenths >= rules.targetTenths).length,
  };
}

/** A department head sets their department's rules and target for a year (audit-logged). */
export async function setDepartmentRules(db: Db, input: { actorId: string; year: number; rules: StudyHourRules }, now = new Date()): Promise<{ department: string }> {
  const department = await headedDepartment(db, input.actorId);
  if (!department) throw new StudyHoursError('NOT_HEAD');
  for (const [k, [lo, hi]] of Object.entries(RULE_LIMITS) as Array<[keyof StudyHourRules, readonly [number, number]]>) {
    const v = input.rules[k];
    if (!Number.isInteger(v) || v < lo || v > hi) throw new StudyHoursError('OUT_OF_RANGE');
  }
  const values = { ...input.rules, updatedBy: input.actorId, updatedAt: now };
  await db.transaction(async (tx) => {
    await tx
      .insert(studyHourPolicies)
      .values({ department, year: input.year, ...values })
      .onConflictDoUpdate({ target: [studyHourPolicies.department, studyHourPolicies.year], set: values });
    await writeAudit(tx, { actorId: input.actorId, action: 'study-hours.rules', target: department, detail: { year: input.year, ...input.rules }, at: now });
  });
  return { department };
}

/** Appoints a department head (seed and admin scripts). */
export async function appointDepartmentHead(db: Db, input: { userId: string; department: string }, now = new Date()): Promise<void> {
  const [user] = await db.select({ role: users.role }).from(users).where(eq(users.id, input.userId)).limit(1);
  if (user?.role !== 'government') throw new StudyHoursError('NOT_HEAD');
  await db.insert(departmentHeads).values({ ...input, appointedAt: now }).onConflictDoUpdate({ target: departmentHeads.userId, set: { department: input.department } });
}
