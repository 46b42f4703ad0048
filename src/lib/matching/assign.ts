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
import { compareCandidates, compareIds, explainFit, fitScore, isEligible, type FitBreakdown, type MatchLearner, type MatchOrder } from './fit.ts';

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

interface Candidate {
  id: string;
  fit: number;
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

/** Each order's eligible applicants, best first (the order's preference). */
export function rankApplicants(input: AssignmentInput): Map<string, Candidate[]> {
  const byId = new Map(input.orders.map((o) => [o.id, o]));
  const known = new Set(byId.keys());
  const ranking = new Map<string, Candidate[]>(input.orders.map((o) => [o.id, []]));
  for (const l of input.learners) {
    for (const oid of preferenceList(l, known)) {
      const order = byId.get(oid);
      if (!order || !isEligible(l, order)) continue;
      ranking.get(oid)?.push({ id: l.id, fit: fitScore(l, order) });
    }
  }
  for (const list of ranking.values()) list.sort(compareCandidates);
  return ranking;
}

/** Learner-proposing deferred acceptance with seats. */
export function assignLearners(input: AssignmentInput): AssignmentResult {
  const known = new Set(input.orders.map((o) => o.id));
  const ranking = rankApplicants(input);
  // Position of each learner in each order's list: a smaller position is preferred.
  const position = new Map<string, Map<string, number>>();
  for (const [oid, list] of ranking) position.set(oid, new Map(list.map((c, i) => [c.id, i])));
  const seats = new Map(input.orders.map((o) => [o.id, Math.max(0, Math.floor(o.seats))]));
  // Held learners per order as positions, kept sorted ascending (worst last).
  const held = new Map<string, number[]>(input.orders.map((o) => [o.id, []]));
  const prefs = new Map<string, string[]>();
  const next = new Map<string, number>();
  const learners = [...input.learners].sort((a, b) => compareIds(a.id, b.id));
  for (const l of learners) {
    prefs.set(l.id, preferenceList(l, known));
    next.set(l.id, 0);
  }
  const free: string[] = learners.map((l) => l.id).reverse();
  while (free.length > 0) {
    const lid = free.pop() as string;
    const list = prefs.get(lid) ?? [];
    let i = next.get(lid) ?? 0;
    while (i < list.length) {
      const oid = list[i] as string;
      i++;
      const pos = position.get(oid)?.get(lid);
      const cap = seats.get(oid) ?? 0;
      if (pos === undefined || cap === 0) continue;
      const h = held.get(oid) as number[];
      if (h.length < cap) {
        insertSorted(h, pos);
        break;
      }
      const worst = h[h.length - 1] as number;
      if (pos < worst) {
        h.pop();
        insertSorted(h, pos);
        const rejected = (ranking.get(oid) as Candidate[])[worst] as Candidate;
        free.push(rejected.id);
        break;
      }
    }
    next.set(lid, i);
  }
  const assignment: Record<string, string | null> = {};
  for (const l of learners) assignment[l.id] = null;
  for (const [oid, h] of held) {
    const list = ranking.get(oid) as Candidate[];
    for (const pos of h) assignment[(list[pos] as Candidate).id] = oid;
  }
  const orderRanking: Record<string, string[]> = {};
  for (const o of [...input.orders].sort((a, b) => compareIds(a.id, b.id))) orderRanking[o.id] = (ranking.get(o.id) ?? []).map((c) => c.id);
  return { assignment, orderRanking };
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
