/**
 * Fit of a learner for a training order (订单式培训), from evidence only.
 *
 * The learner's skill levels (0–100) come from the progress module's profile
 * (lessons, quiz scores, sandbox scenarios, declaration accuracy); nothing a
 * learner declares about themselves enters here. A skill without evidence is 0.
 *
 * Eligibility: every required skill at or above its minimum.
 *
 * Fit (0–100, two decimals), a weighted sum of three factors, each 0–100:
 *   skills   70 %  mean level over the order's required skills (sorted by id
 *                  before summing, so key order never changes a score); an
 *                  order that requires nothing scores every learner 100 here;
 *   accuracy 20 %  sandbox declaration accuracy (share of declarations the
 *                  simulated customs accepted the first time), 0 without any;
 *   park     10 %  100 when the learner prefers the order's park, else 0.
 * fit = round(100 · (0.7·skills + 0.2·accuracy + 0.1·park)) / 100
 *
 * The breakdown returned beside the score is what both the enterprise and the
 * learner are shown.
 */

export const FIT_WEIGHTS = { skills: 0.7, accuracy: 0.2, park: 0.1 } as const;

/** An order as the engine sees it. */
export interface MatchOrder {
  id: string;
  seats: number;
  /** Skill id → minimum level 0–100. */
  requires: Readonly<Record<string, number>>;
  park?: string | undefined;
}

/** A learner as the engine sees it. */
export interface MatchLearner {
  id: string;
  /** Skill id → level 0–100 from evidence. */
  skills: Readonly<Record<string, number>>;
  /** 0–100: share of sandbox declarations accepted the first time. */
  sandboxAccuracy?: number | undefined;
  /** The park the learner prefers to work in. */
  park?: string | undefined;
  /** Order ids, most preferred first. */
  applications: readonly string[];
}

export interface SkillCheck {
  skill: string;
  level: number;
  required: number;
  met: boolean;
}

export interface FitBreakdown {
  fit: number;
  eligible: boolean;
  skills: SkillCheck[];
  /** The three factors, each 0–100, before weighting. */
  factors: { skills: number; accuracy: number; park: number };
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

function sortedSkillIds(requires: Readonly<Record<string, number>>): string[] {
  return Object.keys(requires).sort(compareIds);
}

/** Plain code-unit order, the same on every machine and locale. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function levelOf(learner: Pick<MatchLearner, 'skills'>, skill: string): number {
  const v = learner.skills[skill];
  return typeof v === 'number' && Number.isFinite(v) ? v : 0;
}

export function isEligible(learner: Pick<MatchLearner, 'skills'>, order: Pick<MatchOrder, 'requires'>): boolean {
  for (const skill in order.requires) {
    if (levelOf(learner, skill) < (order.requires[skill] ?? 0)) return false;
  }
  return true;
}

/** An order's requirements, sorted by skill id once, for the hot loops. */
export interface CompiledOrder {
  order: MatchOrder;
  skills: string[];
  mins: number[];
}

export function compileOrder(order: MatchOrder): CompiledOrder {
  const skills = sortedSkillIds(order.requires);
  return { order, skills, mins: skills.map((s) => order.requires[s] ?? 0) };
}

/** The formula of the header from its three factors, each 0–100 (the one place it is written). */
export function fitFromFactors(skills: number, accuracy: number, park: number): number {
  return round2(FIT_WEIGHTS.skills * skills + FIT_WEIGHTS.accuracy * accuracy + FIT_WEIGHTS.park * park);
}

/** The fit from the sum of the learner's levels over the order's required skills. */
export function fitFromSkillSum(learner: MatchLearner, c: CompiledOrder, skillSum: number): number {
  const skills = c.skills.length === 0 ? 100 : skillSum / c.skills.length;
  const park = c.order.park !== undefined && learner.park === c.order.park ? 100 : 0;
  return fitFromFactors(skills, learner.sandboxAccuracy ?? 0, park);
}

/** The fit score alone (ranking and recommendations). */
export function fitScore(learner: MatchLearner, order: MatchOrder): number {
  const c = compileOrder(order);
  let sum = 0;
  for (const s of c.skills) sum += levelOf(learner, s);
  return fitFromSkillSum(learner, c, sum);
}

/** Score, eligibility and the per-factor breakdown shown to both sides. */
export function explainFit(learner: MatchLearner, order: MatchOrder): FitBreakdown {
  const ids = sortedSkillIds(order.requires);
  const skills = ids.map((skill) => {
    const level = levelOf(learner, skill);
    const required = order.requires[skill] ?? 0;
    return { skill, level, required, met: level >= required };
  });
  const skillFactor = ids.length === 0 ? 100 : skills.reduce((a, s) => a + s.level, 0) / ids.length;
  return {
    fit: fitScore(learner, order),
    eligible: skills.every((s) => s.met),
    skills,
    factors: {
      skills: round2(skillFactor),
      accuracy: round2(learner.sandboxAccuracy ?? 0),
      park: order.park !== undefined && learner.park === order.park ? 100 : 0,
    },
  };
}

/** The order's preference between two learners: higher fit first, then the smaller id. */
export function compareCandidates(a: { id: string; fit: number }, b: { id: string; fit: number }): number {
  return b.fit - a.fit || compareIds(a.id, b.id);
}
