/**
 * Workbench statistics. Per learner: declarations submitted, first-time acceptance rate (first
 * attempts the engine accepted), error codes with counts. Per store: orders by status and
 * clearance times (from an order's first submission to its release).
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Finding } from '#sandbox';
import type { Db } from '../db/client.ts';
import { users } from '../db/schema-auth.ts';
import { declarationEvents, declarations, ORDER_STATUSES, storeOrders } from '../db/schema-sandbox.ts';

export interface LearnerStats {
  submitted: number;
  firstAttempts: number;
  firstAccepted: number;
  /** 0..1, or null before any first attempt. */
  firstTimeAcceptanceRate: number | null;
  released: number;
  rejected: number;
  held: number;
  errorCodes: Array<{ code: string; count: number }>;
}

function summarize(rows: ReadonlyArray<{ id: string; attempt: number; status: string; findings: string }>, acceptedIds: ReadonlySet<string>): LearnerStats {
  const counts = new Map<string, number>();
  for (const r of rows) {
    for (const f of JSON.parse(r.findings) as Finding[]) if (f.severity === 'error') counts.set(f.code, (counts.get(f.code) ?? 0) + 1);
  }
  const first = rows.filter((r) => r.attempt === 1);
  const firstAccepted = first.filter((r) => acceptedIds.has(r.id)).length;
  return {
    submitted: rows.length,
    firstAttempts: first.length,
    firstAccepted,
    firstTimeAcceptanceRate: first.length === 0 ? null : firstAccepted / first.length,
    released: rows.filter((r) => r.status === 'released' || r.status === 'cleared').length,
    rejected: rows.filter((r) => r.status === 'rejected').length,
    held: rows.filter((r) => r.status === 'review' || r.status === 'inspection').length,
    errorCodes: [...counts].map(([code, count]) => ({ code, count })).sort((a, b) => b.count - a.count || (a.code < b.code ? -1 : 1)),
  };
}

async function acceptedSet(db: Db, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: declarationEvents.declarationId })
    .from(declarationEvents)
    .where(and(inArray(declarationEvents.declarationId, [...ids]), eq(declarationEvents.status, 'accepted')));
  return new Set(rows.map((r) => r.id));
}

export async function learnerStats(db: Db, userId: string): Promise<LearnerStats> {
  const rows = await db.select({ id: declarations.id, attempt: declarations.attempt, status: declarations.status, findings: declarations.findings }).from(declarations).where(eq(declarations.userId, userId));
  return summarize(rows, await acceptedSet(db, rows.map((r) => r.id)));
}

/** Every learner who has declared something, for instructors. */
export async function learnersOverview(db: Db): Promise<Array<{ userId: string; name: string; stats: LearnerStats }>> {
  const rows = await db
    .select({ id: declarations.id, userId: declarations.userId, name: users.displayName, attempt: declarations.attempt, status: declarations.status, findings: declarations.findings })
    .from(declarations)
    .innerJoin(users, eq(declarations.userId, users.id));
  const accepted = await acceptedSet(db, rows.map((r) => r.id));
  const byUser = new Map<string, { name: string; rows: typeof rows }>();
  for (const r of rows) {
    const e = byUser.get(r.userId) ?? { name: r.name, rows: [] };
    e.rows.push(r);
    byUser.set(r.userId, e);
  }
  return [...byUser].map(([userId, v]) => ({ userId, name: v.name, stats: summarize(v.rows, accepted) })).sort((a, b) => (a.name < b.name ? -1 : 1));
}

export interface StoreStats {
  orders: number;
  byStatus: Record<(typeof ORDER_STATUSES)[number], number>;
  declarations: number;
  clearance: { count: number; averageMs: number | null; medianMs: number | null; minMs: number | null; maxMs: number | null };
}

export async function storeStats(db: Db, storeId: string): Promise<StoreStats> {
  const orders = await db.select({ id: storeOrders.id, status: storeOrders.status }).from(storeOrders).where(eq(storeOrders.storeId, storeId));
  const byStatus = Object.fromEntries(ORDER_STATUSES.map((s) => [s, 0])) as StoreStats['byStatus'];
  for (const o of orders) byStatus[o.status] += 1;
  const decls = await db.select({ id: declarations.id, orderId: declarations.orderId, createdAt: declarations.createdAt }).from(declarations).where(eq(declarations.storeId, storeId));
  const released = decls.length === 0 ? [] : await db
    .select({ id: declarationEvents.declarationId, at: declarationEvents.at })
    .from(declarationEvents)
    .where(and(inArray(declarationEvents.declarationId, decls.map((d) => d.id)), eq(declarationEvents.status, 'released')));
  const firstSubmission = new Map<string, number>();
  const releaseAt = new Map<string, number>();
  const orderOf = new Map(decls.map((d) => [d.id, d.orderId]));
  for (const d of decls) {
    if (!d.orderId) continue;
    const t = d.createdAt.getTime();
    firstSubmission.set(d.orderId, Math.min(firstSubmission.get(d.orderId) ?? t, t));
  }
  for (const e of released) {
    const o = orderOf.get(e.id);
    if (!o) continue;
    const t = e.at.getTime();
    releaseAt.set(o, Math.min(releaseAt.get(o) ?? t, t));
  }
  const times = [...releaseAt].map(([o, t]) => t - (firstSubmission.get(o) ?? t)).sort((a, b) => a - b);
  const mid = times.length === 0 ? null : times.length % 2 === 1 ? (times[(times.length - 1) / 2] ?? 0) : Math.round(((times[times.length / 2 - 1] ?? 0) + (times[times.length / 2] ?? 0)) / 2);
  return {
    orders: orders.length,
    byStatus,
    declarations: decls.length,
    clearance: {
      count: times.length,
      averageMs: times.length === 0 ? null : Math.round(times.reduce((a, b) => a + b, 0) / times.length),
      medianMs: mid,
      minMs: times[0] ?? null,
      maxMs: times[times.length - 1] ?? null,
    },
  };
}
