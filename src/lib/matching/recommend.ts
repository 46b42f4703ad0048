/**
 * Recommended candidates: for each order, the eligible learners (who opted in)
 * by fit, best first, at most `limit` per order.
 *
 * Checking every learner against every order is learners × orders object
 * lookups; instead the levels go into one dense matrix (learner × skill; one
 * byte a level when every level is a whole number 0–100, so a learner's row
 * is one cache line, else doubles), and a per-skill index (learners sorted by
 * level, by counting when the levels are whole) gives, for each order, the
 * learners at or above the minimum of its most selective requirement. Those
 * are visited from the highest level down; a learner whose best possible fit
 * (this level, every other skill at the highest level anyone has, their own
 * accuracy and park) cannot enter the top list is skipped without reading
 * their row, and the scan stops once even the best accuracy and the park
 * could not. The rest are checked against the other requirements and scored
 * with the same formula as everywhere (`fitFromFactors`), summing in sorted
 * skill order, so the result is exactly that of scoring every pair.
 */
import { compileOrder, FIT_WEIGHTS, fitFromFactors, levelOf, type MatchLearner, type MatchOrder } from './fit.ts';

export interface Recommendation {
  id: string;
  fit: number;
}

/** Learners in ascending order of one skill's level, with what the skip test reads, side by side. */
interface Pool {
  learners: Int32Array;
  /** The level of each, ascending; null for the pool of everyone (no requirement above 0). */
  levels: Float64Array | null;
  accuracy: Float64Array;
  park: Int32Array;
  /** Bit k set when the learner has a level > 0 in skill k (the first 32 skills). */
  has: Int32Array;
}

interface Index {
  skillNo: Map<string, number>;
  /** levels[learner * width + skill] */
  levels: Uint8Array | Float64Array;
  width: number;
  /** Per skill: the highest level anyone has (at least 0, the level of no evidence). */
  maxLevel: Float64Array;
  /** Per skill: the learners with a level > 0. */
  bySkill: Pool[];
  /** The pool of everyone, by learner number. */
  everyone: Pool;
}

function isByte(level: number): boolean {
  return level >= 0 && level <= 100 && Number.isInteger(level);
}

function buildIndex(learners: readonly MatchLearner[], orders: readonly MatchOrder[], accuracy: Float64Array, parkOf: Int32Array): Index {
  const skillNo = new Map<string, number>();
  for (const o of orders) {
    for (const s in o.requires) if (!skillNo.has(s)) skillNo.set(s, skillNo.size);
  }
  const width = skillNo.size;
  const n = learners.length;
  let bytes: Uint8Array | null = new Uint8Array(n * width);
  let doubles: Float64Array | null = null;
  const maxLevel = new Float64Array(width);
  const counts = new Int32Array(width);
  const has = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const l = learners[i] as MatchLearner;
    for (const s in l.skills) {
      const k = skillNo.get(s);
      if (k === undefined) continue;
      const level = levelOf(l, s);
      if (level === 0) continue;
      const cell = i * width + k;
      if (bytes !== null && isByte(level)) bytes[cell] = level;
      else {
        if (doubles === null) {
          doubles = Float64Array.from(bytes as Uint8Array);
          bytes = null;
        }
        doubles[cell] = level;
      }
      if (level > 0) {
        counts[k] = (counts[k] as number) + 1;
        if (k < 32) has[i] = (has[i] as number) | (1 << k);
      }
      if (level > (maxLevel[k] as number)) maxLevel[k] = level;
    }
  }
  const ordered = bytes !== null ? byLevelCounting(bytes, n, width, counts) : byLevelSorting(doubles as Float64Array, n, width, counts);
  const levels = bytes ?? (doubles as Float64Array);
  // Plain loops: TypedArray.from with a mapping function is many times slower.
  const bySkill = ordered.map((list, k): Pool => {
    const pool: Pool = { learners: list, levels: new Float64Array(list.length), accuracy: new Float64Array(list.length), park: new Int32Array(list.length), has: new Int32Array(list.length) };
    for (let p = 0; p < list.length; p++) {
      const x = list[p] as number;
      (pool.levels as Float64Array)[p] = levels[x * width + k] as number;
      pool.accuracy[p] = accuracy[x] as number;
      pool.park[p] = parkOf[x] as number;
      pool.has[p] = has[x] as number;
    }
    return pool;
  });
  const all = new Int32Array(n);
  for (let i = 0; i < n; i++) all[i] = i;
  const everyone: Pool = { learners: all, levels: null, accuracy, park: parkOf, has };
  return { skillNo, levels, width, maxLevel, bySkill, everyone };
}

/** Per skill, the learners with a level > 0 ascending by level: a counting sort over the whole levels 1–100. */
function byLevelCounting(levels: Uint8Array, n: number, width: number, counts: Int32Array): Int32Array[] {
  // next[k * 101 + v]: where the next learner of skill k at level v goes.
  const next = new Int32Array(width * 101);
  for (let cell = 0; cell < levels.length; cell++) {
    const v = levels[cell] as number;
    if (v > 0) {
      const slot = (cell % width) * 101 + v;
      next[slot] = (next[slot] as number) + 1;
    }
  }
  for (let k = 0; k < width; k++) {
    let at = 0;
    for (let v = 1; v <= 100; v++) {
      const c = next[k * 101 + v] as number;
      next[k * 101 + v] = at;
      at += c;
    }
  }
  const lists = Array.from({ length: width }, (_, k) => new Int32Array(counts[k] as number));
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < width; k++) {
      const v = levels[i * width + k] as number;
      if (v === 0) continue;
      const slot = k * 101 + v;
      (lists[k] as Int32Array)[next[slot] as number] = i;
      next[slot] = (next[slot] as number) + 1;
    }
  }
  return lists;
}

/** The same for levels that are not all whole: each skill's learners sorted by a comparison. */
function byLevelSorting(levels: Float64Array, n: number, width: number, counts: Int32Array): Int32Array[] {
  const lists: Int32Array[] = [];
  for (let k = 0; k < width; k++) {
    const list = new Int32Array(counts[k] as number);
    let at = 0;
    for (let i = 0; i < n; i++) if ((levels[i * width + k] as number) > 0) list[at++] = i;
    lists.push(list.sort((a, b) => (levels[a * width + k] as number) - (levels[b * width + k] as number)));
  }
  return lists;
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

/** Order id → its best eligible learners (`limit` a whole number; at most that many each). */
export function recommendCandidates(orders: readonly MatchOrder[], learners: readonly MatchLearner[], limit = 20): Map<string, Recommendation[]> {
  const n = learners.length;
  const accuracy = new Float64Array(n);
  const parkOf = new Int32Array(n);
  const parkNo = new Map<string, number>();
  let maxAccuracy = 0;
  for (let i = 0; i < n; i++) {
    const l = learners[i] as MatchLearner;
    const a = l.sandboxAccuracy ?? 0;
    accuracy[i] = a;
    if (a > maxAccuracy) maxAccuracy = a;
    if (l.park === undefined) parkOf[i] = -1;
    else {
      let p = parkNo.get(l.park);
      if (p === undefined) parkNo.set(l.park, (p = parkNo.size));
      parkOf[i] = p;
    }
  }
  const { skillNo, levels, width, maxLevel, bySkill, everyone } = buildIndex(learners, orders, accuracy, parkOf);
  const size = Math.max(0, Math.floor(limit));
  // The top list, best first: fits and learner numbers.
  const topFit = new Float64Array(size);
  const topNo = new Int32Array(size);
  const out = new Map<string, Recommendation[]>();
  for (const order of orders) {
    const compiled = compileOrder(order);
    const w = compiled.skills.length;
    const cols = Int32Array.from(compiled.skills, (s) => skillNo.get(s) as number);
    const mins = Float64Array.from(compiled.mins);
    const orderPark = order.park === undefined ? -2 : (parkNo.get(order.park) ?? -2);
    // The skills a learner must have some evidence in (a minimum above 0), as bits.
    let needs = 0;
    for (let i = 0; i < w; i++) if ((mins[i] as number) > 0 && (cols[i] as number) < 32) needs |= 1 << (cols[i] as number);
    // The most selective requirement: the fewest learners at or above its minimum.
    let pool = everyone;
    let sel = -1;
    let from = 0;
    for (let i = 0; i < w; i++) {
      const min = mins[i] as number;
      if (min <= 0) continue;
      const candidate = bySkill[cols[i] as number] as Pool;
      const start = lowerBound(candidate.levels as Float64Array, min);
      if (candidate.learners.length - start < pool.learners.length - from) {
        pool = candidate;
        sel = i;
        from = start;
      }
    }
    // The highest sum the requirements other than the selective one can reach.
    let otherMax = 0;
    for (let i = 0; i < w; i++) if (i !== sel) otherMax += maxLevel[cols[i] as number] as number;
    const bestRest = FIT_WEIGHTS.accuracy * maxAccuracy + FIT_WEIGHTS.park * 100;
    const parkBonus = FIT_WEIGHTS.park * 100;
    let count = 0;
    const poolLevels = pool.levels;
    const poolNo = pool.learners;
    const poolAccuracy = pool.accuracy;
    const poolPark = pool.park;
    const poolHas = pool.has;
    for (let p = poolNo.length - 1; p >= from && size > 0; p--) {
      const level = poolLevels === null ? 0 : (poolLevels[p] as number);
      if (count === size) {
        const worst = topFit[size - 1] as number;
        const skillsBound = FIT_WEIGHTS.skills * (w === 0 ? 100 : (level + otherMax) / w);
        // Rounding moves a fit by at most 0.005: the margin keeps every learner who could tie or pass.
        if (poolLevels !== null && skillsBound + bestRest + 0.01 < worst) break;
        if (skillsBound + FIT_WEIGHTS.accuracy * (poolAccuracy[p] as number) + (poolPark[p] === orderPark ? parkBonus : 0) + 0.01 < worst) continue;
      }
      if (((poolHas[p] as number) & needs) !== needs) continue;
      const no = poolNo[p] as number;
      const row = no * width;
      let sum = 0;
      let ok = true;
      for (let i = 0; i < w; i++) {
        const v = i === sel ? level : (levels[row + (cols[i] as number)] as number);
        if (v < (mins[i] as number)) {
          ok = false;
          break;
        }
        sum += v;
      }
      if (!ok) continue;
      const fit = fitFromFactors(w === 0 ? 100 : sum / w, accuracy[no] as number, parkOf[no] === orderPark ? 100 : 0);
      let at = count;
      while (at > 0 && better(fit, no, topFit[at - 1] as number, topNo[at - 1] as number, learners)) at--;
      if (at === size) continue;
      for (let j = Math.min(count, size - 1); j > at; j--) {
        topFit[j] = topFit[j - 1] as number;
        topNo[j] = topNo[j - 1] as number;
      }
      topFit[at] = fit;
      topNo[at] = no;
      if (count < size) count++;
    }
    const top: Recommendation[] = [];
    for (let j = 0; j < count; j++) top.push({ id: (learners[topNo[j] as number] as MatchLearner).id, fit: topFit[j] as number });
    out.set(order.id, top);
  }
  return out;
}

/** Higher fit first, then the smaller learner id (plain code-unit order). */
function better(fit: number, no: number, otherFit: number, otherNo: number, learners: readonly MatchLearner[]): boolean {
  return fit > otherFit || (fit === otherFit && (learners[no] as MatchLearner).id < (learners[otherNo] as MatchLearner).id);
}
