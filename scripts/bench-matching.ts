/**
 * npm run bench:matching — a synthetic zone of 100,000 learners and 2,000
 * orders (about 5 applications each): times fit scoring of every eligible pair
 * for recommendations, and the deferred-acceptance assignment, at 10k, 50k and
 * 100k learners, as CPU time (process.cpuUsage). Deterministic (seeded), prints a
 * table; target < 2 s at 100k.
 */
import { assignLearners } from '#lib/matching/assign.ts';
import type { MatchLearner, MatchOrder } from '#lib/matching/fit.ts';
import { recommendCandidates } from '#lib/matching/recommend.ts';
import { SKILL_IDS } from '#lib/content/skills.ts';
import { mulberry32 } from '#sandbox/customs/prng.ts';

const PARKS = ['bonded-logistics', 'wood-products', 'herbs', 'agriculture', 'paraffin', 'fine-chemicals'];

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)] as T;
}

function orders(n: number, r: () => number): MatchOrder[] {
  return Array.from({ length: n }, (_, i) => {
    const requires: Record<string, number> = {};
    const k = 1 + Math.floor(r() * 3);
    for (let j = 0; j < k; j++) requires[pick(r, SKILL_IDS)] = 30 + Math.floor(r() * 50);
    return { id: `o${i}`, seats: 1 + Math.floor(r() * 10), requires, park: pick(r, PARKS) };
  });
}

function learners(n: number, orderList: readonly MatchOrder[], r: () => number): MatchLearner[] {
  return Array.from({ length: n }, (_, i) => {
    const skills: Record<string, number> = {};
    const k = 2 + Math.floor(r() * 6);
    for (let j = 0; j < k; j++) skills[pick(r, SKILL_IDS)] = Math.floor(r() * 101);
    const applications = Array.from({ length: 3 + Math.floor(r() * 5) }, () => pick(r, orderList).id);
    return { id: `l${String(i).padStart(6, '0')}`, skills, sandboxAccuracy: Math.floor(r() * 101), park: pick(r, PARKS), applications };
  });
}

/** CPU time of the whole process (user + system) while f runs, in ms: the machine may be shared, so wall time is not the measure. */
function time<T>(f: () => T): [T, number] {
  const t0 = process.cpuUsage();
  const v = f();
  const t = process.cpuUsage(t0);
  return [v, (t.user + t.system) / 1000];
}

const r = mulberry32(20260101);
const orderList = orders(2000, r);
const all = learners(100_000, orderList, r);
const rows: string[] = [];
for (const n of [10_000, 50_000, 100_000]) {
  const ls = all.slice(0, n);
  const [recs, tRec] = time(() => recommendCandidates(orderList, ls));
  const [res, tAssign] = time(() => assignLearners({ orders: orderList, learners: ls }));
  const placed = Object.values(res.assignment).filter((x) => x !== null).length;
  const recommended = [...recs.values()].reduce((a, x) => a + x.length, 0);
  rows.push(`${String(n).padStart(7)} learners  recommend ${tRec.toFixed(0).padStart(5)} ms  assign ${tAssign.toFixed(0).padStart(5)} ms  total ${(tRec + tAssign).toFixed(0).padStart(5)} ms  placed ${placed}  recommended ${recommended}`);
}
console.log(`matching benchmark: ${orderList.length} orders, ~5 applications per learner, one core, CPU time`);
for (const row of rows) console.log(row);
