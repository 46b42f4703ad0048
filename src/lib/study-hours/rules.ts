/**
 * 学时 rules: how study turns into hours. Pure: the ledger of one person and one year is a function
 * of the time they spent on each lesson, the tests they passed and their department's rules.
 *
 * - A lesson studied for at least `lessonMinutes` minutes in the year earns `lessonTenths`
 *   (default: 30 minutes = 1 hour). Time on a lesson counts once per year, however long beyond the
 *   threshold; a lesson below it is listed with 0 hours and how many minutes are missing.
 * - Each lesson test first passed in the year adds `testTenths` (default 0.5 hours). Failed
 *   attempts and re-takes of a passed test add nothing.
 * - Each graded sandbox scenario (customs or operations) first passed in the year adds
 *   `scenarioTenths` (default 1.0 hour), on the same terms: failed attempts and later passes of a
 *   scenario already passed add nothing.
 * - Hours are integers in tenths so that sums are exact; `formatHours` shows them as `1.5`.
 *
 * Worked example (defaults): 42 minutes on lesson A, 18 on lesson B, test of A passed →
 * A: 1.0 (42 min ≥ 30), B: 0 (12 minutes short), test A: 0.5 → 1.5 hours; a scenario passed as
 * well → 2.5 hours.
 */

export interface StudyHourRules {
  /** Annual target of the department, tenths of an hour. */
  targetTenths: number;
  lessonMinutes: number;
  lessonTenths: number;
  testTenths: number;
  /** Added for each graded scenario first passed in the year. */
  scenarioTenths: number;
}

export const DEFAULT_RULES: StudyHourRules = { targetTenths: 200, lessonMinutes: 30, lessonTenths: 10, testTenths: 5, scenarioTenths: 10 };

/** Bounds a department head may set (the form and the domain check both use them). */
export const RULE_LIMITS = {
  targetTenths: [0, 5000],
  lessonMinutes: [5, 240],
  lessonTenths: [0, 80],
  testTenths: [0, 40],
  scenarioTenths: [0, 80],
} as const satisfies Record<keyof StudyHourRules, readonly [number, number]>;

export interface LessonTime {
  lessonId: string;
  courseId: string;
  seconds: number;
  lastAt: Date;
}

export interface PassedTest {
  lessonId: string;
  courseId: string;
  /** The first passing attempt's score and time. */
  score: number;
  passedAt: Date;
}

/** One line of the ledger, with the reason it earns what it earns. */
export interface PassedScenario {
  scenarioId: string;
  /** The lesson the scenario belongs to, when any. */
  lessonId: string | null;
  /** The first passing attempt's time. */
  passedAt: Date;
  /** Attempts up to and including the first pass. */
  attempts: number;
}

export type LedgerLine =
  | { kind: 'lesson'; lessonId: string; courseId: string; at: Date; tenths: number; minutes: number; threshold: number }
  | { kind: 'test'; lessonId: string; courseId: string; at: Date; tenths: number; score: number }
  | { kind: 'scenario'; scenarioId: string; lessonId: string | null; at: Date; tenths: number; attempts: number };

export interface Ledger {
  year: number;
  rules: StudyHourRules;
  lines: LedgerLine[];
  totalTenths: number;
  /** 0–100, rounded down; 100 when the target is 0. */
  percentOfTarget: number;
}

/** What a line is sorted by after its time: its lesson, or its scenario. */
function lineKey(l: LedgerLine): string {
  return l.kind === 'scenario' ? l.scenarioId : l.lessonId;
}

export function buildLedger(input: { year: number; rules: StudyHourRules; times: readonly LessonTime[]; tests: readonly PassedTest[]; scenarios?: readonly PassedScenario[] }): Ledger {
  const { rules } = input;
  const lines: LedgerLine[] = [
    ...input.times.map((t): LedgerLine => {
      const minutes = Math.floor(t.seconds / 60);
      return { kind: 'lesson', lessonId: t.lessonId, courseId: t.courseId, at: t.lastAt, minutes, threshold: rules.lessonMinutes, tenths: minutes >= rules.lessonMinutes ? rules.lessonTenths : 0 };
    }),
    ...input.tests.map((p): LedgerLine => ({ kind: 'test', lessonId: p.lessonId, courseId: p.courseId, at: p.passedAt, score: p.score, tenths: rules.testTenths })),
    ...(input.scenarios ?? []).map((p): LedgerLine => ({ kind: 'scenario', scenarioId: p.scenarioId, lessonId: p.lessonId, at: p.passedAt, attempts: p.attempts, tenths: rules.scenarioTenths })),
  ].sort((a, b) => a.at.getTime() - b.at.getTime() || lineKey(a).localeCompare(lineKey(b)) || a.kind.localeCompare(b.kind));
  const totalTenths = lines.reduce((n, l) => n + l.tenths, 0);
  return { year: input.year, rules, lines, totalTenths, percentOfTarget: percentOf(totalTenths, rules.targetTenths) };
}

export function percentOf(tenths: number, targetTenths: number): number {
  return targetTenths <= 0 ? 100 : Math.min(100, Math.floor((tenths * 100) / targetTenths));
}

/** `15` → `1.5`, `10` → `1.0`. */
export function formatHours(tenths: number): string {
  return `${Math.floor(tenths / 10)}.${tenths % 10}`;
}

/** Shanghai is UTC+8 all year, so its calendar year is a fixed offset from UTC. */
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

export function shanghaiYear(at: Date): number {
  return new Date(at.getTime() + SHANGHAI_OFFSET_MS).getUTCFullYear();
}

/** [start, end) of a Shanghai calendar year in UTC milliseconds. */
export function yearBounds(year: number): [number, number] {
  return [Date.UTC(year, 0, 1) - SHANGHAI_OFFSET_MS, Date.UTC(year + 1, 0, 1) - SHANGHAI_OFFSET_MS];
}

/** A heartbeat adds the time since the previous one, but never more than this (a tab left open overnight earns nothing). */
export const MAX_PING_GAP_MS = 120_000;

/** Seconds a heartbeat adds, given the previous one. */
export function secondsToAdd(previous: Date | null, now: Date): number {
  if (!previous) return 0;
  const gap = now.getTime() - previous.getTime();
  return gap > 0 && gap <= MAX_PING_GAP_MS ? Math.floor(gap / 1000) : 0;
}
