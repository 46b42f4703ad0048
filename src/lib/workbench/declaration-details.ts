/**
 * Reading declarations back for the order page, the learner's home and the
 * regulator's desk: the declaration with its findings, messages, receipts and
 * timeline. Several declarations are read in three queries, not three each.
 */
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Finding } from '#sandbox';
import type { Db } from '../db/client.ts';
import { users } from '../db/schema-auth.ts';
import { declarationEvents, declarationMessages, declarations, storeOrders, stores, type Declaration, type DeclarationStatus, type Store } from '../db/schema-sandbox.ts';
import { ORDER_DECLARATION_KINDS, type TaxBill } from './declarations.ts';

export interface DeclarationDetail {
  declaration: Declaration;
  findings: Finding[];
  taxBills: TaxBill[];
  messages: Array<{ seq: number; kind: string; direction: 'sent' | 'receipt'; xml: string; createdAt: Date }>;
  events: Array<{ at: Date; status: DeclarationStatus; receiptCode: string | null; note: string | null; actorName: string | null }>;
  store: Store | null;
  orderNo: string | null;
  learnerName: string;
  /** The learner's institution: the regulator's desk names the learner to that institution's instructors only. */
  learnerInstitutionId: string | null;
}

/** Details of several declarations, in the order of `ids` (unknown ids are left out). */
export async function getDeclarationDetails(db: Db, ids: readonly string[]): Promise<DeclarationDetail[]> {
  if (ids.length === 0) return [];
  const list = [...ids];
  const [rows, messages, events] = await Promise.all([
    db
      .select({ d: declarations, store: stores, orderNo: storeOrders.orderNo, learnerName: users.displayName, learnerInstitutionId: users.institutionId })
      .from(declarations)
      .innerJoin(users, eq(declarations.userId, users.id))
      .leftJoin(stores, eq(declarations.storeId, stores.id))
      .leftJoin(storeOrders, eq(declarations.orderId, storeOrders.id))
      .where(inArray(declarations.id, list)),
    db.select().from(declarationMessages).where(inArray(declarationMessages.declarationId, list)).orderBy(asc(declarationMessages.seq)),
    db
      .select({ e: declarationEvents, actorName: users.displayName })
      .from(declarationEvents)
      .leftJoin(users, eq(declarationEvents.actorId, users.id))
      .where(inArray(declarationEvents.declarationId, list))
      .orderBy(asc(declarationEvents.at), asc(declarationEvents.id)),
  ]);
  const byId = new Map(rows.map((r) => [r.d.id, r]));
  return list.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    return [
      {
        declaration: row.d,
        findings: JSON.parse(row.d.findings) as Finding[],
        taxBills: row.d.taxBills ? (JSON.parse(row.d.taxBills) as TaxBill[]) : [],
        messages: messages
          .filter((m) => m.declarationId === id)
          .map((m) => ({ seq: m.seq, kind: m.messageKind, direction: m.direction, xml: m.xml, createdAt: m.createdAt })),
        events: events
          .filter((x) => x.e.declarationId === id)
          .map((x) => ({ at: x.e.at, status: x.e.status, receiptCode: x.e.receiptCode, note: x.e.note, actorName: x.actorName })),
        store: row.store,
        orderNo: row.orderNo,
        learnerName: row.learnerName,
        learnerInstitutionId: row.learnerInstitutionId,
      },
    ];
  });
}

export async function getDeclarationDetail(db: Db, declarationId: string): Promise<DeclarationDetail | null> {
  return (await getDeclarationDetails(db, [declarationId]))[0] ?? null;
}

export async function recentDeclarations(db: Db, userId: string, limit = 10) {
  return db
    .select({ id: declarations.id, orderId: declarations.orderId, kind: declarations.kind, status: declarations.status, attempt: declarations.attempt, createdAt: declarations.createdAt, orderNo: storeOrders.orderNo, storeName: stores.name })
    .from(declarations)
    .leftJoin(storeOrders, eq(declarations.orderId, storeOrders.id))
    .leftJoin(stores, eq(declarations.storeId, stores.id))
    .where(eq(declarations.userId, userId))
    .orderBy(desc(declarations.createdAt))
    .limit(limit);
}

/** Latest declaration status per order (for order lists). */
export async function latestStatusByOrder(db: Db, orderIds: readonly string[]): Promise<Map<string, DeclarationStatus>> {
  if (orderIds.length === 0) return new Map();
  const rows = await db
    .select({ orderId: declarations.orderId, status: declarations.status, attempt: declarations.attempt })
    .from(declarations)
    .where(and(inArray(declarations.orderId, [...orderIds]), inArray(declarations.kind, [...ORDER_DECLARATION_KINDS])));
  const best = new Map<string, { status: DeclarationStatus; attempt: number }>();
  for (const r of rows) {
    if (!r.orderId) continue;
    const cur = best.get(r.orderId);
    if (!cur || r.attempt > cur.attempt) best.set(r.orderId, { status: r.status, attempt: r.attempt });
  }
  return new Map([...best].map(([k, v]) => [k, v.status]));
}
