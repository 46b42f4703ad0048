/**
 * Workbench statistics. Per learner: declarations submitted, first-time acceptance rate (first
 * attempts the engine accepted), error codes with counts. Per store: orders by status and
 * clearance times (from an order's first submission to its release).
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Finding } from '#sandbox';
import type { Db } from '../db/client.ts';
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

/** `exists` an 'accepted' event of the declaration `d` (read from the events index alone). */
const WAS_ACCEPTED = sql`exists (select 1 from sandbox_declaration_events e where e.declaration_id = d.id and e.status = 'accepted')`;

export async function learnerStats(db: Db, userId: string): Promise<LearnerStats> {
  const rows = await db.all<{ id: string; attempt: number; status: string; findings: string; accepted: number }>(
    sql`select d.id as id, d.attempt as attempt, d.status as status, d.findings as findings, ${WAS_ACCEPTED} as accepted from sandbox_declarations d where d.user_id = ${userId}`,
  );
  return summarize(rows, new Set(rows.filter((r) => r.accepted === 1).map((r) => r.id)));
}

const STATS_PAGE_SIZE = 50;

export interface NamedLearnerStats {
  userId: string;
  name: string;
  stats: LearnerStats;
}

export interface LearnerStatsPage {
  rows: NamedLearnerStats[];
  total: number;
  page: number;
  pages: number;
}

/**
 * The learners of one institution who have declared something, with their statistics, in name
 * order, one page at a time (for that institution's instructors). The page is read in name order
 * from the users index; the figures are grouped in SQL for the page's learners only.
 */
export async function institutionLearnerStats(db: Db, input: { institutionId: string; page?: number; pageSize?: number }): Promise<LearnerStatsPage> {
  const size = input.pageSize ?? STATS_PAGE_SIZE;
  const where = sql`u.institution_id = ${input.institutionId} and u.role = 'learner' and exists (select 1 from sandbox_declarations d where d.user_id = u.id)`;
  const total = Number((await db.all<{ n: number }>(sql`select count(*) as n from users u where ${where}`))[0]?.n ?? 0);
  const pages = Math.max(1, Math.ceil(total / size));
  const page = Math.min(Math.max(1, Math.floor(input.page ?? 1)), pages);
  const people = await db.all<{ id: string; name: string }>(
    sql`select u.id as id, u.display_name as name from users u where ${where} order by u.display_name, u.id limit ${size} offset ${(page - 1) * size}`,
  );
  if (people.length === 0) return { rows: [], total, page, pages };
  // the page's ids as one JSON parameter: the number of bound variables never grows with the rows
  const ids = JSON.stringify(people.map((p) => p.id));
  const [counts, codes] = await Promise.all([
    db.all<{ userId: string; submitted: number; firstAttempts: number; firstAccepted: number; released: number; rejected: number; held: number }>(sql`
      select d.user_id as userId, count(*) as submitted, sum(d.attempt = 1) as firstAttempts, sum(d.attempt = 1 and ${WAS_ACCEPTED}) as firstAccepted,
        sum(d.status in ('released', 'cleared')) as released, sum(d.status = 'rejected') as rejected, sum(d.status in ('review', 'inspection')) as held
      from sandbox_declarations d where d.user_id in (select value from json_each(${ids})) group by d.user_id`),
    db.all<{ userId: string; code: string; count: number }>(sql`
      select d.user_id as userId, json_extract(f.value, '$.code') as code, count(*) as count
      from sandbox_declarations d, json_each(d.findings) f
      where d.user_id in (select value from json_each(${ids})) and json_extract(f.value, '$.severity') = 'error'
      group by d.user_id, code`),
  ]);
  const countsOf = new Map(counts.map((c) => [c.userId, c]));
  const codesOf = new Map<string, Array<{ code: string; count: number }>>();
  for (const c of codes) codesOf.set(c.userId, [...(codesOf.get(c.userId) ?? []), { code: c.code, count: c.count }]);
  return {
    rows: people.map((p) => {
      const c = countsOf.get(p.id);
      const firstAttempts = c?.firstAttempts ?? 0;
      const firstAccepted = c?.firstAccepted ?? 0;
      return {
        userId: p.id,
        name: p.name,
        stats: {
          submitted: c?.submitted ?? 0,
          firstAttempts,
          firstAccepted,
          firstTimeAcceptanceRate: firstAttempts === 0 ? null : firstAccepted / firstAttempts,
          released: c?.released ?? 0,
          rejected: c?.rejected ?? 0,
          held: c?.held ?? 0,
          errorCodes: (codesOf.get(p.id) ?? []).sort((a, b) => b.count - a.count || (a.code < b.code ? -1 : 1)),
        },
      };
    }),
    total,
    page,
    pages,
  };
}

export interface DeclarationFigures extends Omit<LearnerStats, 'errorCodes'> {
  /** Learners (accounts) who have declared at least once. */
  learners: number;
}

/**
 * The sandbox's declarations counted as a whole: aggregates only, never a name (what government
 * users see). Counted from indexes: by status and attempt, and the learners from the user index.
 * A declaration is in any status but `rejected` only after customs accepted it (120: see
 * `outcomeOf` in declarations.ts and the regulator's decisions), so only rejected first attempts
 * need the look-up of an 'accepted' event (those a regulator rejected after acceptance).
 */
export async function declarationFigures(db: Db): Promise<DeclarationFigures> {
  const [byStatus, learners, acceptedThenRejected] = await Promise.all([
    db.all<{ status: string; n: number; first: number }>(sql`select d.status as status, count(*) as n, sum(d.attempt = 1) as first from sandbox_declarations d group by d.status`),
    db.all<{ n: number }>(sql`select count(*) as n from (select distinct d.user_id from sandbox_declarations d)`),
    db.all<{ n: number }>(sql`select count(*) as n from sandbox_declarations d where d.status = 'rejected' and d.attempt = 1 and ${WAS_ACCEPTED}`),
  ]);
  const sum = (pick: (r: { status: string; n: number; first: number }) => number, statuses?: readonly string[]) =>
    byStatus.filter((r) => !statuses || statuses.includes(r.status)).reduce((a, r) => a + pick(r), 0);
  const firstAttempts = sum((r) => r.first);
  const firstAccepted = firstAttempts - sum((r) => r.first, ['rejected']) + Number(acceptedThenRejected[0]?.n ?? 0);
  return {
    learners: Number(learners[0]?.n ?? 0),
    submitted: sum((r) => r.n),
    firstAttempts,
    firstAccepted,
    firstTimeAcceptanceRate: firstAttempts === 0 ? null : firstAccepted / firstAttempts,
    released: sum((r) => r.n, ['released', 'cleared']),
    rejected: sum((r) => r.n, ['rejected']),
    held: sum((r) => r.n, ['review', 'inspection']),
  };
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
    .where(and(inArray(declarationEvents.declarationId, db.select({ id: declarations.id }).from(declarations).where(eq(declarations.storeId, storeId))), eq(declarationEvents.status, 'released')));
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
