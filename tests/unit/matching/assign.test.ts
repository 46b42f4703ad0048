import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { activeApplicationOrder, assignLearners, type ApplicationStatus, type AssignmentInput } from '#lib/matching/assign.ts';
import { compareCandidates, fitScore, isEligible, type MatchLearner, type MatchOrder } from '#lib/matching/fit.ts';

const SKILLS = ['three-doc-match', 'import-tax', 'logistics'];
const PARKS = ['bonded', 'wood', 'herbs'];

const orderArb = (id: string) =>
  fc.record({
    id: fc.constant(id),
    seats: fc.integer({ min: 0, max: 3 }),
    requires: fc.dictionary(fc.constantFrom(...SKILLS), fc.integer({ min: 0, max: 80 }), { maxKeys: 2 }),
    park: fc.option(fc.constantFrom(...PARKS), { nil: undefined }),
  });

interface RawApp {
  orderId: string;
  status: ApplicationStatus;
}

const marketArb = fc.integer({ min: 1, max: 5 }).chain((nOrders) => {
  const orderIds = Array.from({ length: nOrders }, (_, i) => `o${i}`);
  return fc.record({
    orders: fc.tuple(...orderIds.map(orderArb)),
    learners: fc.uniqueArray(
      fc.record({
        id: fc.string({ minLength: 1, maxLength: 3 }),
        skills: fc.dictionary(fc.constantFrom(...SKILLS), fc.integer({ min: 0, max: 100 }), { maxKeys: 3 }),
        sandboxAccuracy: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
        park: fc.option(fc.constantFrom(...PARKS), { nil: undefined }),
        apps: fc.uniqueArray(fc.record({ orderId: fc.constantFrom(...orderIds), status: fc.constantFrom<ApplicationStatus>('active', 'active', 'withdrawn', 'declined') }), { selector: (a) => a.orderId, maxLength: nOrders }),
      }),
      { selector: (l) => l.id, maxLength: 12 },
    ),
  });
});

function toInput(m: { orders: MatchOrder[]; learners: (Omit<MatchLearner, 'applications'> & { apps: RawApp[] })[] }): AssignmentInput {
  return {
    orders: m.orders,
    learners: m.learners.map(({ apps, ...l }) => ({ ...l, applications: activeApplicationOrder(apps.map((a, i) => ({ ...a, rank: i + 1 }))) })),
  };
}

/** A textbook round-based deferred acceptance, written apart from the engine. */
function referenceDeferredAcceptance(input: AssignmentInput): Record<string, string | null> {
  const orders = new Map(input.orders.map((o) => [o.id, o]));
  const better = (o: MatchOrder, a: MatchLearner, b: MatchLearner) => {
    const fa = fitScore(a, o);
    const fb = fitScore(b, o);
    return fa !== fb ? fa > fb : a.id < b.id;
  };
  const nextChoice = new Map(input.learners.map((l) => [l.id, 0]));
  const holds = new Map<string, MatchLearner[]>(input.orders.map((o) => [o.id, []]));
  for (;;) {
    const proposals = new Map<string, MatchLearner[]>();
    const placed = new Set([...holds.values()].flat().map((l) => l.id));
    let anyone = false;
    for (const l of input.learners) {
      if (placed.has(l.id)) continue;
      const k = nextChoice.get(l.id) ?? 0;
      if (k >= l.applications.length) continue;
      nextChoice.set(l.id, k + 1);
      anyone = true;
      const oid = l.applications[k] as string;
      proposals.set(oid, [...(proposals.get(oid) ?? []), l]);
    }
    if (!anyone) break;
    for (const [oid, ps] of proposals) {
      const o = orders.get(oid) as MatchOrder;
      const pool = [...(holds.get(oid) ?? []), ...ps.filter((l) => isEligible(l, o))];
      pool.sort((a, b) => (better(o, a, b) ? -1 : 1));
      holds.set(oid, pool.slice(0, o.seats));
    }
  }
  const out: Record<string, string | null> = Object.fromEntries(input.learners.map((l) => [l.id, null]));
  for (const [oid, hs] of holds) for (const l of hs) out[l.id] = oid;
  return out;
}

function shuffled<T>(xs: readonly T[], seed: number): T[] {
  const a = [...xs];
  let s = seed;
  for (let i = a.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    const j = s % (i + 1);
    [a[i], a[j]] = [a[j] as T, a[i] as T];
  }
  return a;
}

describe('assignLearners (deferred acceptance with seats)', () => {
  it('places the better-fitting applicant when seats are short, and the other at their next choice', () => {
    const r = assignLearners({
      orders: [
        { id: 'o1', seats: 1, requires: { 'three-doc-match': 60 } },
        { id: 'o2', seats: 1, requires: {} },
      ],
      learners: [
        { id: 'a', skills: { 'three-doc-match': 70 }, applications: ['o1', 'o2'] },
        { id: 'b', skills: { 'three-doc-match': 90 }, applications: ['o1'] },
        { id: 'c', skills: { 'three-doc-match': 99 }, applications: [] },
      ],
    });
    expect(r.assignment).toEqual({ a: 'o2', b: 'o1', c: null });
    expect(r.orderRanking).toEqual({ o1: ['b', 'a'], o2: ['a'] });
  });

  it('breaks equal fit by the smaller learner id', () => {
    const r = assignLearners({
      orders: [{ id: 'o', seats: 1, requires: { logistics: 10 } }],
      learners: [
        { id: 'z', skills: { logistics: 50 }, applications: ['o'] },
        { id: 'm', skills: { logistics: 50 }, applications: ['o'] },
      ],
    });
    expect(r.assignment).toEqual({ m: 'o', z: null });
  });

  it('is stable: no eligible learner and order both rather be together', () => {
    fc.assert(
      fc.property(marketArb, (m) => {
        const input = toInput(m);
        const { assignment } = assignLearners(input);
        const orders = new Map(input.orders.map((o) => [o.id, o]));
        for (const l of input.learners) {
          const current = assignment[l.id] ?? null;
          const limit = current === null ? l.applications.length : l.applications.indexOf(current);
          for (const oid of l.applications.slice(0, limit)) {
            const o = orders.get(oid) as MatchOrder;
            if (!isEligible(l, o)) continue;
            const heldBy = input.learners.filter((x) => assignment[x.id] === oid);
            const hasSeat = heldBy.length < o.seats;
            const fl = fitScore(l, o);
            const prefersL = heldBy.some((x) => fitScore(x, o) < fl || (fitScore(x, o) === fl && l.id < x.id));
            expect(hasSeat || prefersL, `blocking pair ${l.id}–${oid}`).toBe(false);
          }
        }
      }),
    );
  });

  it('never exceeds seats and never places a learner where they did not actively apply or are ineligible', () => {
    fc.assert(
      fc.property(marketArb, (m) => {
        const input = toInput(m);
        const { assignment } = assignLearners(input);
        for (const o of input.orders) expect(Object.values(assignment).filter((x) => x === o.id).length).toBeLessThanOrEqual(o.seats);
        for (const raw of m.learners) {
          const oid = assignment[raw.id];
          expect(Object.keys(assignment)).toContain(raw.id);
          if (oid === null || oid === undefined) continue;
          const app = raw.apps.find((a) => a.orderId === oid);
          expect(app?.status).toBe('active');
          expect(isEligible(raw, input.orders.find((o) => o.id === oid) as MatchOrder)).toBe(true);
        }
      }),
    );
  });

  it('is learner-optimal: equals a separately written deferred acceptance', () => {
    fc.assert(fc.property(marketArb, (m) => {
      const input = toInput(m);
      expect(assignLearners(input).assignment).toEqual(referenceDeferredAcceptance(input));
    }));
  });

  it('gives the same result whatever order the input lists come in', () => {
    fc.assert(
      fc.property(marketArb, fc.integer({ min: 1, max: 1_000_000 }), (m, seed) => {
        const input = toInput(m);
        const reordered: AssignmentInput = {
          orders: shuffled(input.orders, seed).map((o) => ({ ...o, requires: Object.fromEntries(shuffled(Object.entries(o.requires), seed + 1)) })),
          learners: shuffled(input.learners, seed + 2).map((l) => ({ ...l, skills: Object.fromEntries(shuffled(Object.entries(l.skills), seed + 3)) })),
        };
        expect(assignLearners(reordered)).toEqual(assignLearners(input));
      }),
    );
  });

  it('ranks exactly the eligible applicants of each order, best first', () => {
    fc.assert(
      fc.property(marketArb, (m) => {
        const input = toInput(m);
        const { orderRanking } = assignLearners(input);
        for (const o of input.orders) {
          const expected = input.learners.filter((l) => l.applications.includes(o.id) && isEligible(l, o));
          expect([...(orderRanking[o.id] ?? [])].sort()).toEqual(expected.map((l) => l.id).sort());
          const fits = (orderRanking[o.id] ?? []).map((id) => fitScore(expected.find((l) => l.id === id) as MatchLearner, o));
          expect(fits).toEqual([...fits].sort((a, b) => b - a));
        }
      }),
    );
  });

  it('ranks each order exactly as sorting its eligible applicants by fit, then by the smaller id', () => {
    fc.assert(
      fc.property(marketArb, (m) => {
        const input = toInput(m);
        const expected = Object.fromEntries(
          input.orders.map((o) => [o.id, input.learners.filter((l) => l.applications.includes(o.id) && isEligible(l, o)).map((l) => ({ id: l.id, fit: fitScore(l, o) })).sort(compareCandidates).map((c) => c.id)]),
        );
        expect(assignLearners(input).orderRanking).toEqual(expected);
      }),
    );
  });

  it('a repeated or unknown application changes nothing', () => {
    fc.assert(
      fc.property(marketArb, fc.integer({ min: 1, max: 1_000_000 }), (m, seed) => {
        const input = toInput(m);
        const noisy: AssignmentInput = {
          orders: input.orders,
          learners: input.learners.map((l, i) => ({ ...l, applications: shuffled([...l.applications, 'no-such-order'], seed + i).flatMap((a, j) => (j % 2 === 0 ? [a, a] : [a])) })),
        };
        // What counts: each order once, at its first place; unknown ones skipped.
        const cleaned: AssignmentInput = {
          orders: input.orders,
          learners: noisy.learners.map((l) => ({ ...l, applications: [...new Set(l.applications)].filter((a) => input.orders.some((o) => o.id === a)) })),
        };
        const got = assignLearners(noisy);
        expect(got).toEqual(assignLearners(cleaned));
        expect(got.assignment).toEqual(referenceDeferredAcceptance(cleaned));
      }),
    );
  });
});
