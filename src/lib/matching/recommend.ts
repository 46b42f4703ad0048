/**
 * Recommended candidates: for each order, the eligible learners (who opted in)
 * by fit, best first, at most `limit` per order.
 *
 * Checking every learner against every order is learners × orders object
 * lookups; instead the levels go into one dense matrix (learner × skill), and
 * a per-skill index (learners sorted by level) gives, for each order, the
 * learners at or above the minimum of its most selective requirement. Only
 * those are checked against the other requirements and scored, with the same
 * formula as everywhere (`fitFromFactors`), from typed arrays of each learner's
 * accuracy and preferred park, so the hot loop reads no objects.
 */
import { compileOrder, FIT_WEIGHTS, fitFromFactors, levelOf, type MatchLearner, type MatchOrder } from './fit.ts';

export interface Recommendation {
  id: string;
  fit: number;
}

interface Index {
  skillNo: Map<string, number>;
  /** levels[learner * width + skill] */
  levels: Float64Array;
  width: number;
  /** Per skill: learner numbers with a level > 0, ascending by level, and those levels. */
  bySkill: { learners: Int32Array; levels: Float64Array }[];
}

function buildIndex(learners: readonly MatchLearner[], orders: readonly MatchOrder[]): Index {
  const skillNo = new Map<string, number>();
  const add = (s: string) => {
    if (!skillNo.has(s)) skillNo.set(s, skillNo.size);
  };
  for (const o of orders) for (const s in o.requires) add(s);
  const width = skillNo.size;
  const levels = new Float64Array(learners.length * width);
  const lists: { learner: number; level: number }[][] = Array.from({ length: width }, () => []);
  learners.forEach((l, n) => {
    for (const s in l.skills) {
      const k = skillNo.get(s);
      const level = levelOf(l, s);
      if (k === undefined || level <= 0) continue;
      levels[n * width + k] = level;
      lists[k]?.push({ learner: n, level });
    }
  });
  const bySkill = lists.map((list) => {
    list.sort((a, b) => a.level - b.level);
    return { learners: Int32Array.from(list, (x) => x.learner), levels: Float64Array.from(list, (x) => x.level) };
  });
  return { skillNo, levels, width, bySkill };
}

/** First position whose level is >= min. */
function lowerBound(levels: Float64Array, min: number): number {
  let lo = 0;
  let hi = levels.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((levels[mid] as number) < min) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function better(a: Recommendation, b: Recommendation): boolean {
  return a.fit > b.fit || (a.fit === b.fit && a.id < b.id);
}

function pushTop(top: Recommendation[], c: Recommendation, limit: number): void {
  if (top.length === limit && !better(c, top[limit - 1] as Recommendation)) return;
  let i = top.length;
  while (i > 0 && better(c, top[i - 1] as Recommendation)) i--;
  top.splice(i, 0, c);
  if (top.length > limit) top.pop();
}

/** Order id → its best eligible learners. */
export function recommendCandidates(orders: readonly MatchOrder[], learners: readonly MatchLearner[], limit = 20): Map<string, Recommendation[]> {
  const { skillNo, levels, width, bySkill } = buildIndex(learners, orders);
  const all = Int32Array.from(learners, (_, n) => n);
  const accuracy = Float64Array.from(learners, (l) => l.sandboxAccuracy ?? 0);
  let maxAccuracy = 0;
  for (const a of accuracy) if (a > maxAccuracy) maxAccuracy = a;
  const parkNo = new Map<string, number>();
  const parkOf = Int32Array.from(learners, (l) => {
    if (l.park === undefined) return -1;
    if (!parkNo.has(l.park)) parkNo.set(l.park, parkNo.size);
    return parkNo.get(l.park) as number;
  });
  const out = new Map<string, Recommendation[]>();
  for (const order of orders) {
    const compiled = compileOrder(order);
    const cols = compiled.skills.map((s) => skillNo.get(s) as number);
    const orderPark = order.park === undefined ? -2 : (parkNo.get(order.park) ?? -2);
    const width1 = cols.length;
    // The most selective requirement: the fewest learners at or above its minimum.
    let pool: Int32Array = all;
    let poolLevels: Float64Array | null = null;
    let from = 0;
    cols.forEach((k, i) => {
      const min = compiled.mins[i] as number;
      if (min <= 0) return;
      const idx = bySkill[k] as Index['bySkill'][number];
      const start = lowerBound(idx.levels, min);
      if (idx.levels.length - start < pool.length - from) {
        pool = idx.learners;
        poolLevels = idx.levels;
        from = start;
      }
    });
    const top: Recommendation[] = [];
    // Best level of the selective skill first: once even a perfect learner at this level (every
    // other skill 100, the best accuracy, the park) falls below the current last place, no one
    // further down the pool can enter, so the scan stops. The result is the same top list.
    const levelsDesc: Float64Array | null = poolLevels;
    for (let p = pool.length - 1; p >= from; p--) {
      if (levelsDesc !== null && top.length === limit) {
        const bound = FIT_WEIGHTS.skills * (((levelsDesc[p] as number) + 100 * (width1 - 1)) / width1) + FIT_WEIGHTS.accuracy * maxAccuracy + FIT_WEIGHTS.park * 100;
        if (bound + 0.01 < (top[limit - 1] as Recommendation).fit) break;
      }
      const n = pool[p] as number;
      const row = n * width;
      let sum = 0;
      let ok = true;
      for (let i = 0; i < cols.length; i++) {
        const level = levels[row + (cols[i] as number)] as number;
        if (level < (compiled.mins[i] as number)) {
          ok = false;
          break;
        }
        sum += level;
      }
      if (!ok) continue;
      const fit = fitFromFactors(width1 === 0 ? 100 : sum / width1, accuracy[n] as number, parkOf[n] === orderPark ? 100 : 0);
      const worst = top.length === limit ? (top[limit - 1] as Recommendation) : null;
      if (worst && fit < worst.fit) continue;
      const id = (learners[n] as MatchLearner).id;
      if (worst && fit === worst.fit && id > worst.id) continue;
      pushTop(top, { id, fit }, limit);
    }
    out.set(order.id, top);
  }
  return out;
}
