/**
 * Assignment of learners to the orders in matching: learner-proposing deferred
 * acceptance with seats (the college-admissions form of Gale–Shapley), see
 * docs/decisions/0007-matching.md.
 *
 * A learner's preferences are their ranked applications (duplicates after the
 * first ignored). An order's preferences are its eligible applicants by fit,
 * ties broken by the smaller learner id, so every preference list is strict
 * and the learner-optimal stable assignment is unique: the result never
 * depends on the order of the input lists. Ineligible applicants are never
 * held, so no learner is placed where they miss a required level.
 */
import { compareIds, compileOrder, explainFit, fitFromSkillSum, levelOf, type CompiledOrder, type FitBreakdown, type MatchLearner, type MatchOrder } from './fit.ts';

export interface AssignmentInput {
  orders: readonly MatchOrder[];
  learners: readonly MatchLearner[];
}

export interface AssignmentResult {
  /** Learner id → order id, or null when unplaced. Every learner of the input appears. */
  assignment: Record<string, string | null>;
  /** Order id → the eligible learners who applied to it, best first. */
  orderRanking: Record<string, string[]>;
}

/** A learner's preference list: their applications in rank order, each order once, known orders only. */
export function preferenceList(learner: Pick<MatchLearner, 'applications'>, known: ReadonlySet<string>): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const o of learner.applications) {
    if (seen.has(o) || !known.has(o)) continue;
    seen.add(o);
    out.push(o);
  }
  return out;
}

export type ApplicationStatus = 'active' | 'withdrawn' | 'declined';

/** The applications that count as preferences: active ones, by the learner's rank (1 = first choice). */
export function activeApplicationOrder(apps: readonly { orderId: string; rank: number; status: ApplicationStatus }[]): string[] {
  return apps
    .filter((a) => a.status === 'active')
    .sort((a, b) => a.rank - b.rank || compareIds(a.orderId, b.orderId))
    .map((a) => a.orderId);
}

/**
 * Learner-proposing deferred acceptance with seats.
 *
 * Everything runs on numbers: learners are numbered in id order, orders in input order, and each
 * learner's preference list is a run of "slots" in flat arrays (the order, the learner's position in
 * that order's ranking or -1 when ineligible). Slots are made in learner order, so sorting an order's
 * slots by fit and then by slot number is the tie-break by the smaller id.
 */
export function assignLearners(input: AssignmentInput): AssignmentResult {
  const byId = new Map(input.orders.map((o) => [o.id, o]));
  const orders = [...byId.values()];
  const orderNo = new Map(orders.map((o, i) => [o.id, i]));
  const compiled = orders.map(compileOrder);
  // The skills any order requires, numbered; each order's as columns in sorted id order (the order of summing).
  const skillNo = new Map<string, number>();
  for (const c of compiled) for (const s of c.skills) if (!skillNo.has(s)) skillNo.set(s, skillNo.size);
  const cols = compiled.map((c) => Int32Array.from(c.skills, (s) => skillNo.get(s) as number));
  // One learner's levels at a time: reading a skill a learner lacks from their object is the slow part.
  const row = new Float64Array(skillNo.size);
  const learners = sortedById(input.learners);
  const prefStart = new Int32Array(learners.length + 1);
  let most = 0;
  for (const l of learners) most += l.applications.length;
  const prefOrder = new Int32Array(most);
  const slotLearner = new Int32Array(most);
  const slotFit = new Float64Array(most);
  let slots = 0;
  const applicants: number[][] = orders.map(() => []);
  // seenBy[order] = 1 + the last learner who listed it, so a repeated application counts once.
  const seenBy = new Int32Array(orders.length);
  for (let li = 0; li < learners.length; li++) {
    const l = learners[li] as MatchLearner;
    prefStart[li] = slots;
    for (const s in l.skills) {
      const k = skillNo.get(s);
      if (k !== undefined) row[k] = levelOf(l, s);
    }
    for (const oid of l.applications) {
      const o = orderNo.get(oid);
      if (o === undefined || seenBy[o] === li + 1) continue;
      seenBy[o] = li + 1;
      const slot = slots++;
      prefOrder[slot] = o;
      slotLearner[slot] = li;
      const fit = eligibleFit(l, compiled[o] as CompiledOrder, cols[o] as Int32Array, row);
      slotFit[slot] = fit ?? 0;
      if (fit !== null) (applicants[o] as number[]).push(slot);
    }
    row.fill(0);
  }
  prefStart[learners.length] = slots;
  // Each order's ranking (its preference), and each slot's position in it.
  const slotPos = new Int32Array(slots).fill(-1);
  for (const list of applicants) {
    list.sort((a, b) => (slotFit[b] as number) - (slotFit[a] as number) || a - b);
    for (let i = 0; i < list.length; i++) slotPos[list[i] as number] = i;
  }
  const seats = orders.map((o) => Math.max(0, Math.floor(o.seats)));
  // Held learners per order as positions, kept sorted ascending (worst last).
  const held: number[][] = orders.map(() => []);
  const next = prefStart.slice(0, learners.length);
  // The free learners, a stack: each is on it at most once, smallest id on top at the start.
  const free = new Int32Array(learners.length);
  let top = 0;
  for (let li = learners.length - 1; li >= 0; li--) free[top++] = li;
  while (top > 0) {
    const li = free[--top] as number;
    let s = next[li] as number;
    const end = prefStart[li + 1] as number;
    while (s < end) {
      const o = prefOrder[s] as number;
      const pos = slotPos[s] as number;
      s++;
      const cap = seats[o] as number;
      if (pos < 0 || cap === 0) continue;
      const h = held[o] as number[];
      if (h.length < cap) {
        insertSorted(h, pos);
        break;
      }
      const worst = h[h.length - 1] as number;
      if (pos < worst) {
        h.pop();
        insertSorted(h, pos);
        free[top++] = slotLearner[(applicants[o] as number[])[worst] as number] as number;
        break;
      }
    }
    next[li] = s;
  }
  const idOfSlot = (slot: number) => (learners[slotLearner[slot] as number] as MatchLearner).id;
  const assignment: Record<string, string | null> = {};
  for (const l of learners) assignment[l.id] = null;
  held.forEach((h, o) => {
    for (const pos of h) assignment[idOfSlot((applicants[o] as number[])[pos] as number)] = (orders[o] as MatchOrder).id;
  });
  const orderRanking: Record<string, string[]> = {};
  for (const o of [...input.orders].sort((a, b) => compareIds(a.id, b.id))) orderRanking[o.id] = (applicants[orderNo.get(o.id) as number] as number[]).map(idOfSlot);
  return { assignment, orderRanking };
}

/** The fit when the learner (levels in `row`) meets every requirement, else null (the checks of `isEligible`, the sum of `fitScore`). */
function eligibleFit(l: MatchLearner, c: CompiledOrder, cols: Int32Array, row: Float64Array): number | null {
  let sum = 0;
  for (let i = 0; i < cols.length; i++) {
    const level = row[cols[i] as number] as number;
    if (level < (c.mins[i] as number)) return null;
    sum += level;
  }
  return fitFromSkillSum(l, c, sum);
}

/** The learners in id order (most inputs already are, so that is checked first). */
function sortedById(learners: readonly MatchLearner[]): MatchLearner[] {
  for (let i = 1; i < learners.length; i++) {
    if (compareIds((learners[i - 1] as MatchLearner).id, (learners[i] as MatchLearner).id) > 0) return [...learners].sort((a, b) => compareIds(a.id, b.id));
  }
  return [...learners];
}

function insertSorted(a: number[], v: number): void {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((a[mid] as number) < v) lo = mid + 1;
    else hi = mid;
  }
  a.splice(lo, 0, v);
}

/** Learner id → order id → the breakdown of every application (what both sides are shown). */
export function explainApplications(input: AssignmentInput): Record<string, Record<string, FitBreakdown>> {
  const byId = new Map(input.orders.map((o) => [o.id, o]));
  const out: Record<string, Record<string, FitBreakdown>> = {};
  for (const l of [...input.learners].sort((a, b) => compareIds(a.id, b.id))) {
    const mine: Record<string, FitBreakdown> = {};
    for (const oid of preferenceList(l, new Set(byId.keys()))) {
      const order = byId.get(oid);
      if (order) mine[oid] = explainFit(l, order);
    }
    out[l.id] = mine;
  }
  return out;
}
