/**
 * Skill levels from evidence: one integer 0–100 per skill of the shared vocabulary
 * (`src/lib/content/skills.ts`), computed from what the learner did, never from what they declare.
 * Pure: evidence in, level out; `profile.ts` gathers the evidence from the database.
 *
 * Four components, each a fraction 0..1, weighted:
 *
 * | component  | weight | value                                                                    |
 * |------------|--------|--------------------------------------------------------------------------|
 * | lessons    | 40     | lessonsCompleted / lessonsTotal (lessons of the catalogue teaching it)    |
 * | quiz       | 25     | (quizBest + quizFirst) / 200: the mean of the best and the first-attempt  |
 * |            |        | score, each the average over the skill's quizzes the learner has taken;   |
 * |            |        | 0 before any quiz. First attempts count half, so retrying until the      |
 * |            |        | keyed answers are known cannot reach the top of the scale.               |
 * | scenarios  | 20     | scenariosPassed / scenariosTotal (graded sandbox scenarios of the skill)  |
 * | sandbox    | 15     | firstTimeAccepted / declarations × min(1, declarations / 5): first-time   |
 * |            |        | acceptance of the learner's first-attempt declarations exercising the     |
 * |            |        | skill, trusted fully from five declarations on                           |
 *
 * A component the skill cannot have is left out and the others are scaled up to 100: lessons and
 * quiz need lessons teaching the skill, scenarios need a scenario, and the sandbox needs a scenario
 * of the skill or a declaration that exercised it (a skill nobody practises in the sandbox is not
 * marked down for it). level = round(100 × Σ weight·value / Σ weight of the components present).
 *
 * Worked example (tests/unit/progress/skill-levels.test.ts): 3/4 lessons, quiz best 85 and first
 * 70, 2/2 scenarios, 9 of 10 declarations accepted first time →
 * 40·0.75 + 25·0.775 + 20·1 + 15·0.9 = 30 + 19.375 + 20 + 13.5 = 82.875 → 83.
 */

export interface SkillEvidence {
  lessonsCompleted: number;
  lessonsTotal: number;
  /** Average over the skill's attempted quizzes of the best score (0–100), or null before any. */
  quizBest: number | null;
  /** Average over the same quizzes of the first attempt's score (0–100). */
  quizFirst: number | null;
  scenariosPassed: number;
  scenariosTotal: number;
  /** First-attempt sandbox declarations that exercised the skill. */
  declarations: number;
  /** Of those, the ones customs accepted at the first attempt. */
  firstTimeAccepted: number;
}

export const SKILL_WEIGHTS = { lessons: 40, quiz: 25, scenarios: 20, sandbox: 15 } as const;
/** Declarations needed before first-time acceptance counts fully. */
export const SANDBOX_FULL_TRUST = 5;

export type ComponentKind = keyof typeof SKILL_WEIGHTS;

/** One line of a level's explanation; pages render it through the dictionaries (`skills.explain.<kind>`). */
export interface LevelComponent {
  kind: ComponentKind;
  /** 0..1 */
  value: number;
  /** Points this component adds to the level, after scaling (they sum to the level, up to rounding). */
  points: number;
  /** The figures the dictionary line shows, e.g. { done: 3, total: 4 }. */
  figures: Record<string, number>;
}

const clamp01 = (x: number): number => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0);
const ratio = (a: number, b: number): number => (b > 0 ? clamp01(a / b) : 0);

/** The components present for this evidence, with their values and figures. */
export function levelComponents(e: SkillEvidence): LevelComponent[] {
  const parts: Array<Omit<LevelComponent, 'points'>> = [];
  if (e.lessonsTotal > 0) {
    parts.push({ kind: 'lessons', value: ratio(e.lessonsCompleted, e.lessonsTotal), figures: { done: e.lessonsCompleted, total: e.lessonsTotal } });
    const best = e.quizBest ?? 0;
    const first = e.quizFirst ?? e.quizBest ?? 0;
    parts.push({ kind: 'quiz', value: e.quizBest === null ? 0 : clamp01((best + first) / 200), figures: { best: Math.round(best), first: Math.round(first) } });
  }
  if (e.scenariosTotal > 0) parts.push({ kind: 'scenarios', value: ratio(e.scenariosPassed, e.scenariosTotal), figures: { passed: e.scenariosPassed, total: e.scenariosTotal } });
  if (e.scenariosTotal > 0 || e.declarations > 0) {
    const rate = ratio(e.firstTimeAccepted, e.declarations);
    const trust = Math.min(1, e.declarations / SANDBOX_FULL_TRUST);
    parts.push({ kind: 'sandbox', value: rate * trust, figures: { percent: Math.round(rate * 100), declarations: e.declarations } });
  }
  const weightSum = parts.reduce((s, p) => s + SKILL_WEIGHTS[p.kind], 0);
  return parts.map((p) => ({ ...p, points: weightSum === 0 ? 0 : (100 * SKILL_WEIGHTS[p.kind] * p.value) / weightSum }));
}

/** The level, an integer 0..100. */
export function skillLevel(e: SkillEvidence): number {
  const total = levelComponents(e).reduce((s, p) => s + p.points, 0);
  return Math.min(100, Math.max(0, Math.round(total)));
}

/** True when anything at all was done for the skill (a dashboard shows only these). */
export function hasEvidence(e: SkillEvidence): boolean {
  return e.lessonsCompleted > 0 || e.quizBest !== null || e.scenariosPassed > 0 || e.declarations > 0;
}
