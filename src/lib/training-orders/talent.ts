/**
 * The regional talent view (区域人才供需) for government users and administrators, from live
 * queries:
 * - supply and demand by skill: the seats still open on orders accepting applications (open
 *   orders, seats minus offers and places held), against the learners whose evidence-based
 *   level reaches the highest minimum those orders ask of that skill (the stored levels of
 *   `skill-level-store.ts`, brought up to date first); the gap is what the seats exceed the
 *   qualified learners by;
 * - placements and retention by institution and by park: trainees whose placement was recorded
 *   in the period, how many were hired, and how many were still employed at the 3-, 6- and
 *   12-month checks (answered "yes").
 * And the CSV of all three tables (UTF-8 with a byte-order mark, so Excel reads the Chinese).
 */
import { and, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { users } from '../db/schema-auth.ts';
import { institutions } from '../db/schema-org.ts';
import { orderApplications, placements, retentionChecks, trainingOrders, trainingOrderSkills } from '../db/schema-orders.ts';
import { learnersAtLevel, refreshSkillLevels } from '../progress/skill-level-store.ts';
import { compareIds } from '../matching/fit.ts';
import { shanghaiDay } from './input.ts';

export interface SkillSupply {
  skill: string;
  openSeats: number;
  /** The highest minimum level the open orders ask of this skill. */
  level: number;
  qualified: number;
  gap: number;
}

export interface OutcomeRow {
  /** Institution id or park id; null when the learner gave no institution. */
  key: string | null;
  trainees: number;
  hired: number;
  retained: { 3: number; 6: number; 12: number };
}

export interface TalentView {
  supply: SkillSupply[];
  byInstitution: OutcomeRow[];
  byPark: OutcomeRow[];
  institutionNames: Map<string, { zh: string; en: string }>;
}

export interface Period {
  from: Date;
  /** Exclusive. */
  to: Date;
}

async function skillSupply(db: Db): Promise<SkillSupply[]> {
  const open = await db.select({ id: trainingOrders.id, seats: trainingOrders.seats }).from(trainingOrders).where(eq(trainingOrders.state, 'open'));
  if (open.length === 0) return [];
  const ids = open.map((o) => o.id);
  const [reqs, held] = await Promise.all([
    db.select().from(trainingOrderSkills).where(inArray(trainingOrderSkills.orderId, ids)),
    db
      .select({ orderId: orderApplications.orderId, n: sql<number>`count(*)` })
      .from(orderApplications)
      .where(and(inArray(orderApplications.orderId, ids), inArray(orderApplications.status, ['offered', 'accepted'])))
      .groupBy(orderApplications.orderId),
  ]);
  const left = new Map(open.map((o) => [o.id, Math.max(0, o.seats - (held.find((h) => h.orderId === o.id)?.n ?? 0))]));
  const demand = new Map<string, { seats: number; level: number }>();
  for (const r of reqs) {
    const d = demand.get(r.skill) ?? { seats: 0, level: 0 };
    demand.set(r.skill, { seats: d.seats + (left.get(r.orderId) ?? 0), level: Math.max(d.level, r.minLevel) });
  }
  // Stored levels, brought up to date first (a learner without evidence has every level at 0 and no row).
  await refreshSkillLevels(db);
  const allLearners = (await db.select({ n: sql<number>`count(*)` }).from(users).where(eq(users.role, 'learner')))[0]?.n ?? 0;
  const qualified = await learnersAtLevel(db, [...demand.entries()].filter(([, d]) => d.level > 0).map(([skill, d]) => ({ skill, level: d.level })));
  return [...demand.entries()]
    .map(([skill, d]) => {
      const q = d.level === 0 ? allLearners : (qualified.get(skill) ?? 0);
      return { skill, openSeats: d.seats, level: d.level, qualified: q, gap: Math.max(0, d.seats - q) };
    })
    .sort((a, b) => b.gap - a.gap || b.openSeats - a.openSeats || compareIds(a.skill, b.skill));
}

async function outcomes(db: Db, period: Period): Promise<{ byInstitution: OutcomeRow[]; byPark: OutcomeRow[] }> {
  const rows = await db
    .select({ applicationId: placements.applicationId, hired: placements.hired, institutionId: users.institutionId, park: trainingOrders.park })
    .from(placements)
    .innerJoin(orderApplications, eq(orderApplications.id, placements.applicationId))
    .innerJoin(users, eq(users.id, orderApplications.learnerId))
    .innerJoin(trainingOrders, eq(trainingOrders.id, orderApplications.orderId))
    .where(and(gte(placements.recordedAt, period.from), lt(placements.recordedAt, period.to)));
  const checks = rows.length
    ? await db
        .select({ applicationId: retentionChecks.applicationId, months: retentionChecks.months })
        .from(retentionChecks)
        .where(and(inArray(retentionChecks.applicationId, rows.map((r) => r.applicationId)), eq(retentionChecks.stillEmployed, true)))
    : [];
  const retainedAt = new Map<string, Set<number>>();
  for (const c of checks) retainedAt.set(c.applicationId, (retainedAt.get(c.applicationId) ?? new Set()).add(c.months));
  const group = (keyOf: (r: (typeof rows)[number]) => string | null): OutcomeRow[] => {
    const out = new Map<string | null, OutcomeRow>();
    for (const r of rows) {
      const key = keyOf(r);
      const row = out.get(key) ?? { key, trainees: 0, hired: 0, retained: { 3: 0, 6: 0, 12: 0 } };
      row.trainees++;
      if (r.hired) row.hired++;
      const kept = retainedAt.get(r.applicationId);
      for (const m of [3, 6, 12] as const) if (kept?.has(m)) row.retained[m]++;
      out.set(key, row);
    }
    return [...out.values()].sort((a, b) => b.hired - a.hired || compareIds(a.key ?? '~', b.key ?? '~'));
  };
  return { byInstitution: group((r) => r.institutionId), byPark: group((r) => r.park) };
}

export async function talentView(db: Db, period: Period): Promise<TalentView> {
  const [supply, out, names] = await Promise.all([skillSupply(db), outcomes(db, period), db.select({ id: institutions.id, zh: institutions.nameZh, en: institutions.nameEn }).from(institutions)]);
  return { supply, ...out, institutionNames: new Map(names.map((n) => [n.id, { zh: n.zh, en: n.en }])) };
}

/** The period a page asks for (`from`, `to` as YYYY-MM-DD, Asia/Shanghai days, `to` inclusive); by default the last twelve months. */
export function periodOf(params: { from?: string | null | undefined; to?: string | null | undefined }, now = new Date()): Period & { fromText: string; toText: string } {
  const day = (s: string | null | undefined) => (s && /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00+08:00`)) ? s : null);
  const toText = day(params.to) ?? shanghaiDay(now);
  const fromText = day(params.from) ?? shanghaiDay(new Date(now.getTime() - 365 * 86_400_000));
  const [a, b] = fromText <= toText ? [fromText, toText] : [toText, fromText];
  return { from: new Date(`${a}T00:00:00+08:00`), to: new Date(new Date(`${b}T00:00:00+08:00`).getTime() + 86_400_000), fromText: a, toText: b };
}

function csvCell(v: string | number): string {
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Rows of cells → CSV text, UTF-8 with a byte-order mark and CRLF line ends (what Excel expects). */
export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  return `\uFEFF${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
