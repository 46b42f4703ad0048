/**
 * The regulator's desk, beyond one declaration at a time: the queue with each order's facts
 * summarised (so a reviewer can decide without reading the XML), filters (store, credit tier,
 * error code, period), and one decision on several held declarations at once. Each declaration is
 * still decided on its own through `decideDeclaration`, so each gets its own timeline event with
 * the regulator as actor (the audit trail) and a failure on one does not undo the others.
 */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Finding } from '#sandbox';
import type { Db } from '../db/client.ts';
import { users } from '../db/schema-auth.ts';
import { declarationEvents, declarations, storeOrders, stores } from '../db/schema-sandbox.ts';
import { WorkbenchError, type WorkbenchErrorCode } from './errors.ts';
import type { OrderLine } from './market-day.ts';
import { HELD_STATUSES, decideDeclaration, type QueueItem } from './regulator.ts';

export interface OrderFacts {
  goodsFen: number;
  freightFen: number;
  lines: Array<{ sku: string; hsCode: string; qty: number; priceFen: number }>;
  buyerName: string;
  buyerCountry: string;
}

export interface DeskFilters {
  storeId?: string | undefined;
  creditTier?: string | undefined;
  code?: string | undefined;
  /** Submitted on or after, YYYY-MM-DD (UTC). */
  from?: string | undefined;
  /** Submitted on or before, YYYY-MM-DD (UTC). */
  to?: string | undefined;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Filters from a query string: unknown or malformed values are dropped, never an error. */
export function parseDeskFilters(params: URLSearchParams): DeskFilters {
  const get = (k: string, ok: (v: string) => boolean): string | undefined => {
    const v = (params.get(k) ?? '').trim();
    return v !== '' && v.length <= 64 && ok(v) ? v : undefined;
  };
  return {
    storeId: get('store', (v) => /^[\w-]+$/.test(v)),
    creditTier: get('tier', (v) => /^[a-z-]+$/.test(v)),
    code: get('code', (v) => /^[A-Z0-9_]+$/.test(v)),
    from: get('from', (v) => DAY.test(v)),
    to: get('to', (v) => DAY.test(v)),
  };
}

/** A desk row: the learner's name only for an instructor of the learner's own institution. */
export interface DeskItem extends Omit<QueueItem, 'learnerName'> {
  /** Null for government users (aggregates only, never a named learner) and for other institutions' learners. */
  learnerName: string | null;
  storeId: string | null;
  /** Distinct codes of the declaration's findings (the risk notice included). */
  codes: string[];
  facts: OrderFacts | null;
}

/**
 * The held declarations with their codes and order facts, oldest first, in one query (no list of
 * ids bound). `viewer` decides whether the learner's name is shown: to an instructor, for the
 * learners of their own institution; to government users, never.
 */
export async function listDesk(db: Db, viewer: DeskViewer): Promise<DeskItem[]> {
  const ownInstitution = viewer.role === 'instructor' ? viewer.institutionId : null;
  const rows = await db
    .select({
      d: { id: declarations.id, status: declarations.status, kind: declarations.kind, attempt: declarations.attempt, asOf: declarations.asOf, createdAt: declarations.createdAt, storeId: declarations.storeId, findings: declarations.findings },
      learnerName: ownInstitution === null ? sql<string | null>`null` : sql<string | null>`case when ${users.institutionId} = ${ownInstitution} then ${users.displayName} end`,
      storeName: stores.name,
      creditTier: stores.creditTier,
      order: { orderNo: storeOrders.orderNo, goodsFen: storeOrders.goodsFen, freightFen: storeOrders.freightFen, buyer: storeOrders.buyer, lines: storeOrders.lines },
    })
    .from(declarations)
    .innerJoin(users, eq(declarations.userId, users.id))
    .leftJoin(stores, eq(declarations.storeId, stores.id))
    .leftJoin(storeOrders, eq(declarations.orderId, storeOrders.id))
    .where(inArray(declarations.status, [...HELD_STATUSES]))
    .orderBy(asc(declarations.createdAt));
  return rows.map((r) => {
    const o = r.order;
    const buyer = o ? (JSON.parse(o.buyer) as { name?: string; country?: string }) : undefined;
    const lines = o ? (JSON.parse(o.lines) as OrderLine[]) : [];
    const findings = JSON.parse(r.d.findings) as Finding[];
    return {
      id: r.d.id, status: r.d.status === 'inspection' ? 'inspection' : 'review', kind: r.d.kind, attempt: r.d.attempt, asOf: r.d.asOf, createdAt: r.d.createdAt,
      learnerName: r.learnerName, storeName: r.storeName, creditTier: r.creditTier, orderNo: o?.orderNo ?? null,
      storeId: r.d.storeId,
      codes: [...new Set(findings.map((f) => f.code))],
      facts: o ? { goodsFen: o.goodsFen, freightFen: o.freightFen, lines: lines.map((l) => ({ sku: l.sku, hsCode: l.hsCode, qty: l.qty, priceFen: l.priceFen })), buyerName: buyer?.name ?? '', buyerCountry: buyer?.country ?? '' } : null,
    };
  });
}

/** The items that pass every filter given (pure). */
export function filterDesk(items: readonly DeskItem[], f: DeskFilters): DeskItem[] {
  const day = (d: Date) => d.toISOString().slice(0, 10);
  return items.filter((i) =>
    (!f.storeId || i.storeId === f.storeId)
    && (!f.creditTier || i.creditTier === f.creditTier)
    && (!f.code || i.codes.includes(f.code))
    && (!f.from || day(i.createdAt) >= f.from)
    && (!f.to || day(i.createdAt) <= f.to));
}

/** The values the filters offer: the stores, tiers and codes present in the queue. */
export function deskChoices(items: readonly DeskItem[]): { stores: Array<{ id: string; name: string }>; tiers: string[]; codes: string[] } {
  const stores = new Map<string, string>();
  for (const i of items) if (i.storeId) stores.set(i.storeId, i.storeName ?? i.storeId);
  return {
    stores: [...stores].map(([id, name]) => ({ id, name })).sort((a, b) => (a.name < b.name ? -1 : 1)),
    tiers: [...new Set(items.flatMap((i) => (i.creditTier ? [i.creditTier] : [])))].sort(),
    codes: [...new Set(items.flatMap((i) => i.codes))].sort(),
  };
}

export interface BatchDecisionResult {
  decided: Array<{ declarationId: string; status: 'cleared' | 'rejected' }>;
  failed: Array<{ declarationId: string; code: WorkbenchErrorCode }>;
}

/** One decision on several held declarations, each decided (and logged) on its own. */
export async function decideMany(db: Db, input: { declarationIds: readonly string[]; actorId: string; decision: 'release' | 'reject'; note?: string | undefined }, now = new Date()): Promise<BatchDecisionResult> {
  const ids = [...new Set(input.declarationIds)];
  if (ids.length === 0 || ids.length > 100) throw new WorkbenchError('INVALID', 'declarationIds');
  if (input.decision === 'reject' && (input.note ?? '').trim() === '') throw new WorkbenchError('NOTE_REQUIRED');
  const out: BatchDecisionResult = { decided: [], failed: [] };
  for (const [i, declarationId] of ids.entries()) {
    try {
      const r = await decideDeclaration(db, { declarationId, actorId: input.actorId, decision: input.decision, note: input.note }, new Date(now.getTime() + i * 2));
      out.decided.push({ declarationId, status: r.status });
    } catch (e) {
      if (!(e instanceof WorkbenchError)) throw e;
      out.failed.push({ declarationId, code: e.code });
    }
  }
  return out;
}

/** Who is looking at the desk: the fields of the signed-in account that decide what it may open. */
export interface DeskViewer {
  id: string;
  role: string;
  institutionId: string | null;
}

/**
 * Whether `viewer` may open one declaration on the desk: a held one, any reviewer; a decided one
 * (cleared, rejected, …), only the reviewer who decided it or an instructor of the learner's own
 * institution. Unknown ids are `false` too, so the page answers the same 404 for both.
 */
export async function mayOpenOnDesk(db: Db, viewer: DeskViewer, declarationId: string): Promise<boolean> {
  const [row] = await db
    .select({ status: declarations.status, learnerInstitution: users.institutionId })
    .from(declarations)
    .innerJoin(users, eq(declarations.userId, users.id))
    .where(eq(declarations.id, declarationId))
    .limit(1);
  if (!row) return false;
  if ((HELD_STATUSES as readonly string[]).includes(row.status)) return true;
  if (viewer.role === 'instructor' && viewer.institutionId !== null && viewer.institutionId === row.learnerInstitution) return true;
  const decided = await db
    .select({ id: declarationEvents.id })
    .from(declarationEvents)
    .where(and(eq(declarationEvents.declarationId, declarationId), eq(declarationEvents.actorId, viewer.id)))
    .limit(1);
  return decided.length > 0;
}
