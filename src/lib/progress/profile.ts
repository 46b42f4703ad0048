/**
 * The learner profile: one read model of what a learner has shown — skill levels from evidence,
 * course standing, quiz results (best and first attempt), scenario passes, sandbox accuracy and
 * recent activity. Dashboards, the instructor desk, matching and certificates all read this.
 *
 * `learnerProfiles` reads any number of learners in a fixed number of queries (one per table);
 * the user ids travel as one JSON parameter (`json_each`), so no query binds a variable per row.
 */
import { sql } from 'drizzle-orm';
import { ERROR_BY_CODE, type Finding } from '#sandbox';
import type { Db } from '../db/client.ts';
import { enrolments, lessonCompletions, quizAttempts } from '../db/schema-progress.ts';
import { declarations, scenarioAttempts } from '../db/schema-sandbox.ts';
import { SKILL_IDS, type SkillId } from '../content/skills.ts';
import { courseRefOf, defaultCatalogue, type ProfileCatalogue } from './catalogue.ts';
import { courseRequirements, ruleOfRef, type CourseRequirements } from './requirements.ts';
import { skillLevel, type SkillEvidence } from './skill-levels.ts';

export type { SkillEvidence } from './skill-levels.ts';

export interface SkillLevel {
  /** Id from the shared vocabulary, `src/lib/content/skills.ts`. */
  skill: SkillId;
  /** Integer 0..100 (formula: `skill-levels.ts`). */
  level: number;
  evidence: SkillEvidence;
}

export interface QuizResult {
  lessonId: string;
  courseId: string;
  attempts: number;
  best: number;
  first: number;
  passed: boolean;
  lastAt: Date;
}

export interface ScenarioResult {
  scenarioId: string;
  lessonId: string | null;
  attempts: number;
  passed: boolean;
  firstPassedAt: Date | null;
  lastAt: Date;
}

export interface SandboxAccuracy {
  declarations: number;
  firstAttempts: number;
  firstAccepted: number;
  /** 0..1, or null before any first attempt. */
  firstTimeAcceptanceRate: number | null;
  /** Error codes over every declaration, most frequent first, with the lesson that explains each. */
  errorCodes: Array<{ code: string; count: number; lessonId: string | null }>;
}

export interface CourseStanding {
  courseId: string;
  enrolled: boolean;
  enrolledAt: Date | null;
  lastActivityAt: Date | null;
  lessonsCompleted: number;
  lessonsTotal: number;
  /** The first lesson not yet complete, in course order. */
  nextLessonId: string | null;
  /** Where to continue: the lesson last opened if still open, else the next one. */
  resumeLessonId: string | null;
  requirements: CourseRequirements;
}

export interface ActivityItem {
  at: Date;
  kind: 'lesson' | 'quiz' | 'scenario' | 'declaration';
  /** Lesson id, scenario id or declaration kind. */
  ref: string;
  passed: boolean | null;
  score: number | null;
}

export interface LearnerProfile {
  userId: string;
  /** Every skill of the vocabulary, in vocabulary order. */
  skills: SkillLevel[];
  /** Courses the learner is enrolled in or has activity in, most recent first. */
  courses: CourseStanding[];
  quizzes: QuizResult[];
  scenarios: ScenarioResult[];
  sandbox: SandboxAccuracy;
  completedLessonIds: ReadonlySet<string>;
  /** The 12 most recent things the learner did. */
  recent: ActivityItem[];
}

/** Skills a declaration exercises by what was declared (error codes add the skills of their lessons). */
export const KIND_SKILLS: Record<string, readonly SkillId[]> = {
  'import-set': ['message-declaration', 'three-doc-match', 'import-tax'],
  'export-set': ['message-declaration', 'export-declaration'],
  arrival: ['export-declaration'],
  departure: ['export-declaration'],
  summary: ['export-declaration', 'cbec-statistics'],
  return: ['returns'],
};
const RECENT = 12;

/** `column in (the ids)` with the ids as one JSON parameter. */
const inIds = (column: unknown, ids: readonly string[]) => sql`${column} in (select value from json_each(${JSON.stringify(ids)}))`;

export interface ProfileRows {
  enrolments: Array<{ userId: string; courseId: string; enrolledAt: Date; completedAt: Date | null; lastActivityAt: Date; lastLessonId: string | null }>;
  completions: Array<{ userId: string; lessonId: string; courseId: string; completedAt: Date }>;
  quiz: Array<{ userId: string; lessonId: string; courseId: string; score: number; passed: boolean; submittedAt: Date }>;
  scenarios: Array<{ userId: string; scenarioId: string; lessonId: string | null; passed: boolean; submittedAt: Date }>;
  decls: Array<{ userId: string; kind: string; attempt: number; findings: string; accepted: number; createdAt: Date }>;
}

async function readRows(db: Db, ids: readonly string[], courseIds?: readonly string[]): Promise<ProfileRows> {
  // `courseIds`: only these courses' enrolments, lessons and quizzes are read
  const inCourses = (column: unknown) => (courseIds ? sql` and ${column} in (select value from json_each(${JSON.stringify(courseIds)}))` : sql``);
  const [e, c, q, s, d] = await Promise.all([
    db
      .select({ userId: enrolments.userId, courseId: enrolments.courseId, enrolledAt: enrolments.enrolledAt, completedAt: enrolments.completedAt, lastActivityAt: enrolments.lastActivityAt, lastLessonId: enrolments.lastLessonId })
      .from(enrolments)
      .where(sql`${inIds(enrolments.userId, ids)}${inCourses(enrolments.courseId)}`),
    db
      .select({ userId: lessonCompletions.userId, lessonId: lessonCompletions.lessonId, courseId: lessonCompletions.courseId, completedAt: lessonCompletions.completedAt })
      .from(lessonCompletions)
      .where(sql`${inIds(lessonCompletions.userId, ids)}${inCourses(lessonCompletions.courseId)}`),
    db
      .select({ userId: quizAttempts.userId, lessonId: quizAttempts.lessonId, courseId: quizAttempts.courseId, score: quizAttempts.score, passed: quizAttempts.passed, submittedAt: quizAttempts.submittedAt })
      .from(quizAttempts)
      .where(sql`${inIds(quizAttempts.userId, ids)}${inCourses(quizAttempts.courseId)}`)
      .orderBy(quizAttempts.id),
    db
      .select({ userId: scenarioAttempts.userId, scenarioId: scenarioAttempts.scenarioId, lessonId: scenarioAttempts.lessonId, passed: scenarioAttempts.passed, submittedAt: scenarioAttempts.submittedAt })
      .from(scenarioAttempts)
      .where(inIds(scenarioAttempts.userId, ids))
      .orderBy(scenarioAttempts.id),
    db
      .select({
        userId: declarations.userId,
        kind: declarations.kind,
        attempt: declarations.attempt,
        findings: declarations.findings,
        createdAt: declarations.createdAt,
        // Spelled out: inside a one-table select drizzle leaves columns unqualified, which the subquery would capture.
        accepted: sql<number>`exists (select 1 from sandbox_declaration_events e where e.declaration_id = sandbox_declarations.id and e.status = 'accepted')`,
      })
      .from(declarations)
      .where(inIds(declarations.userId, ids)),
  ]);
  return { enrolments: e, completions: c, quiz: q, scenarios: s, decls: d };
}

function errorCodesOf(findings: string): string[] {
  try {
    return (JSON.parse(findings) as Finding[]).filter((f) => f.severity === 'error').map((f) => f.code);
  } catch {
    return [];
  }
}

const mean = (xs: readonly number[]): number | null => (xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length);

function groupBy<T extends { userId: string }>(rows: readonly T[]): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const r of rows) {
    const list = m.get(r.userId);
    if (list) list.push(r);
    else m.set(r.userId, [r]);
  }
  return m;
}

/** Builds one profile from that learner's rows (pure). */
export function buildProfile(userId: string, rows: ProfileRows, catalogue: ProfileCatalogue): LearnerProfile {
  const completedLessonIds = new Set(rows.completions.map((r) => r.lessonId));

  const quizMap = new Map<string, QuizResult>();
  for (const a of rows.quiz) {
    const q = quizMap.get(a.lessonId);
    if (!q) quizMap.set(a.lessonId, { lessonId: a.lessonId, courseId: a.courseId, attempts: 1, best: a.score, first: a.score, passed: a.passed, lastAt: a.submittedAt });
    else {
      q.attempts += 1;
      q.best = Math.max(q.best, a.score);
      q.passed ||= a.passed;
      q.lastAt = a.submittedAt;
    }
  }
  const quizzes = [...quizMap.values()];

  const scenMap = new Map<string, ScenarioResult>();
  for (const a of rows.scenarios) {
    const s = scenMap.get(a.scenarioId) ?? { scenarioId: a.scenarioId, lessonId: a.lessonId, attempts: 0, passed: false, firstPassedAt: null, lastAt: a.submittedAt };
    s.attempts += 1;
    s.lastAt = a.submittedAt;
    if (a.passed && !s.passed) {
      s.passed = true;
      s.firstPassedAt = a.submittedAt;
    }
    scenMap.set(a.scenarioId, s);
  }
  const scenarios = [...scenMap.values()];
  const passedScenarioIds = new Set(scenarios.filter((s) => s.passed).map((s) => s.scenarioId));
  const passedQuizLessonIds = new Set(quizzes.filter((q) => q.passed).map((q) => q.lessonId));

  // Sandbox: counts over every declaration; skill evidence from first attempts only.
  const codeCounts = new Map<string, number>();
  const skillDecl = new Map<SkillId, { n: number; ok: number }>();
  let firstAttempts = 0;
  let firstAccepted = 0;
  for (const d of rows.decls) {
    const codes = errorCodesOf(d.findings);
    for (const c of codes) codeCounts.set(c, (codeCounts.get(c) ?? 0) + 1);
    if (d.attempt !== 1) continue;
    firstAttempts += 1;
    const ok = d.accepted === 1;
    if (ok) firstAccepted += 1;
    const touched = new Set<SkillId>(KIND_SKILLS[d.kind] ?? ['message-declaration']);
    for (const c of codes) {
      const lesson = catalogue.lesson.get(ERROR_BY_CODE.get(c)?.lesson ?? '');
      for (const s of lesson?.skills ?? []) touched.add(s);
    }
    for (const s of touched) {
      const e = skillDecl.get(s) ?? { n: 0, ok: 0 };
      e.n += 1;
      if (ok) e.ok += 1;
      skillDecl.set(s, e);
    }
  }

  const skills: SkillLevel[] = SKILL_IDS.map((skill) => {
    const lessons = [...catalogue.lesson.values()].filter((l) => l.skills.includes(skill));
    const taken = lessons.map((l) => quizMap.get(l.id)).filter((q): q is QuizResult => q !== undefined);
    const scenarioIds = new Set(lessons.flatMap((l) => l.scenarios));
    const decl = skillDecl.get(skill) ?? { n: 0, ok: 0 };
    const evidence: SkillEvidence = {
      lessonsCompleted: lessons.filter((l) => completedLessonIds.has(l.id)).length,
      lessonsTotal: lessons.length,
      quizBest: mean(taken.map((q) => q.best)),
      quizFirst: mean(taken.map((q) => q.first)),
      scenariosPassed: [...scenarioIds].filter((s) => passedScenarioIds.has(s)).length,
      scenariosTotal: scenarioIds.size,
      declarations: decl.n,
      firstTimeAccepted: decl.ok,
    };
    return { skill, level: skillLevel(evidence), evidence };
  });

  const enrolmentOf = new Map(rows.enrolments.map((e) => [e.courseId, e]));
  const activeCourseIds = new Set([...enrolmentOf.keys(), ...rows.completions.map((c) => c.courseId), ...quizzes.map((q) => q.courseId)]);
  const lastAt = new Map<string, number>();
  for (const r of [...rows.completions.map((c) => ({ courseId: c.courseId, at: c.completedAt })), ...rows.quiz.map((q) => ({ courseId: q.courseId, at: q.submittedAt }))]) {
    lastAt.set(r.courseId, Math.max(lastAt.get(r.courseId) ?? 0, r.at.getTime()));
  }
  const courses: CourseStanding[] = [...activeCourseIds]
    .flatMap((id) => {
      const course = catalogue.course.get(id);
      if (!course) return [];
      const e = enrolmentOf.get(id);
      const requirements = courseRequirements(ruleOfRef(courseRefOf(course)), { completedLessonIds, passedQuizLessonIds, passedScenarioIds });
      const last = Math.max(e?.lastActivityAt.getTime() ?? 0, lastAt.get(id) ?? 0);
      return [
        {
          courseId: id,
          enrolled: e !== undefined,
          enrolledAt: e?.enrolledAt ?? null,
          lastActivityAt: last > 0 ? new Date(last) : null,
          lessonsCompleted: course.lessons.filter((l) => completedLessonIds.has(l.id)).length,
          lessonsTotal: course.lessons.length,
          nextLessonId: course.lessons.find((l) => !completedLessonIds.has(l.id))?.id ?? null,
          resumeLessonId:
            e?.lastLessonId && catalogue.lesson.has(e.lastLessonId) && !completedLessonIds.has(e.lastLessonId)
              ? e.lastLessonId
              : (course.lessons.find((l) => !completedLessonIds.has(l.id))?.id ?? null),
          requirements,
        },
      ];
    })
    .sort((a, b) => (b.lastActivityAt?.getTime() ?? 0) - (a.lastActivityAt?.getTime() ?? 0) || a.courseId.localeCompare(b.courseId));

  const recent: ActivityItem[] = [
    ...rows.completions.map((c) => ({ at: c.completedAt, kind: 'lesson' as const, ref: c.lessonId, passed: null, score: null })),
    ...rows.quiz.map((q) => ({ at: q.submittedAt, kind: 'quiz' as const, ref: q.lessonId, passed: q.passed, score: q.score })),
    ...rows.scenarios.map((s) => ({ at: s.submittedAt, kind: 'scenario' as const, ref: s.scenarioId, passed: s.passed, score: null })),
    ...rows.decls.map((d) => ({ at: d.createdAt, kind: 'declaration' as const, ref: d.kind, passed: d.accepted === 1, score: null })),
  ]
    .sort((a, b) => b.at.getTime() - a.at.getTime())
    .slice(0, RECENT);

  return {
    userId,
    skills,
    courses,
    quizzes,
    scenarios,
    sandbox: {
      declarations: rows.decls.length,
      firstAttempts,
      firstAccepted,
      firstTimeAcceptanceRate: firstAttempts === 0 ? null : firstAccepted / firstAttempts,
      errorCodes: [...codeCounts]
        .map(([code, count]) => ({ code, count, lessonId: ERROR_BY_CODE.get(code)?.lesson ?? null }))
        .sort((a, b) => b.count - a.count || (a.code < b.code ? -1 : 1)),
    },
    completedLessonIds,
    recent,
  };
}

/**
 * Profiles of many learners in five queries, whatever their number. Unknown ids get empty profiles.
 * `only.courseIds`: a partial profile whose courses, lessons and quizzes are those courses' alone
 * (skills and recent activity then count only those too), for a desk that shows just them.
 */
export async function learnerProfiles(db: Db, userIds: readonly string[], catalogue: ProfileCatalogue = defaultCatalogue(), only?: { courseIds: readonly string[] }): Promise<Map<string, LearnerProfile>> {
  const ids = [...new Set(userIds)];
  const out = new Map<string, LearnerProfile>();
  if (ids.length === 0) return out;
  const rows = await readRows(db, ids, only?.courseIds);
  const by = { enrolments: groupBy(rows.enrolments), completions: groupBy(rows.completions), quiz: groupBy(rows.quiz), scenarios: groupBy(rows.scenarios), decls: groupBy(rows.decls) };
  for (const id of ids) {
    out.set(
      id,
      buildProfile(
        id,
        { enrolments: by.enrolments.get(id) ?? [], completions: by.completions.get(id) ?? [], quiz: by.quiz.get(id) ?? [], scenarios: by.scenarios.get(id) ?? [], decls: by.decls.get(id) ?? [] },
        catalogue,
      ),
    );
  }
  return out;
}

export async function learnerProfile(db: Db, userId: string, catalogue: ProfileCatalogue = defaultCatalogue()): Promise<LearnerProfile> {
  const profile = (await learnerProfiles(db, [userId], catalogue)).get(userId);
  if (!profile) throw new Error('unreachable: learnerProfiles answers every id');
  return profile;
}
