/**
 * The regulator's desk: the queue of declarations the risk step sent to manual review or
 * inspection, and the decision (release, or reject with a reason). The decision is a timeline
 * event with the regulator as actor, so the learner reads it in the declaration's timeline.
 */
import { asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { users } from '../db/schema-auth.ts';
import { declarationEvents, declarationMessages, declarations, storeOrders, stores } from '../db/schema-sandbox.ts';
import { releaseArtifacts } from './declarations.ts';
import { WorkbenchError } from './errors.ts';

export const HELD_STATUSES = ['review', 'inspection'] as const;

export interface QueueItem {
  id: string;
  status: 'review' | 'inspection';
  kind: string;
  attempt: number;
  asOf: string;
  createdAt: Date;
  learnerName: string;
  storeName: string | null;
  creditTier: string | null;
  orderNo: string | null;
}

export async function listReviewQueue(db: Db): Promise<QueueItem[]> {
  const rows = await db
    .select({ d: declarations, learnerName: users.displayName, storeName: stores.name, creditTier: stores.creditTier, orderNo: storeOrders.orderNo })
    .from(declarations)
    .innerJoin(users, eq(declarations.userId, users.id))
    .leftJoin(stores, eq(declarations.storeId, stores.id))
    .leftJoin(storeOrders, eq(declarations.orderId, storeOrders.id))
    .where(inArray(declarations.status, [...HELD_STATUSES]))
    .orderBy(asc(declarations.createdAt));
  return rows.map((r) => ({
    id: r.d.id, status: r.d.status === 'inspection' ? 'inspection' : 'review', kind: r.d.kind, attempt: r.d.attempt, asOf: r.d.asOf, createdAt: r.d.createdAt,
    learnerName: r.learnerName, storeName: r.storeName, creditTier: r.creditTier, orderNo: r.orderNo,
  }));
}

export interface DecisionInput {
  declarationId: string;
  actorId: string;
  decision: 'release' | 'reject';
  note?: string | undefined;
}

/** Releases (→ released → cleared, with the list's 800/899 receipts and the tax bill) or rejects a held declaration. */
export async function decideDeclaration(db: Db, input: DecisionInput, now = new Date()): Promise<{ status: 'cleared' | 'rejected' }> {
  const note = input.note?.trim() ?? '';
  if (input.decision === 'reject' && note === '') throw new WorkbenchError('NOTE_REQUIRED');
  if (note.length > 500) throw new WorkbenchError('INVALID', 'note');
  const [d] = await db.select().from(declarations).where(eq(declarations.id, input.declarationId));
  if (!d) throw new WorkbenchError('NOT_FOUND');
  if (d.status !== 'review' && d.status !== 'inspection') throw new WorkbenchError('NOT_HELD');
  const artifacts = input.decision === 'release' ? await releaseArtifacts(db, d) : { receipts: [], taxBills: [] };
  return db.transaction(async (tx) => {
    // re-check inside the transaction: two regulators may decide at once
    const [fresh] = await tx.select({ status: declarations.status }).from(declarations).where(eq(declarations.id, d.id));
    if (fresh?.status !== 'review' && fresh?.status !== 'inspection') throw new WorkbenchError('NOT_HELD');
    if (input.decision === 'reject') {
      await tx.insert(declarationEvents).values({ declarationId: d.id, at: now, status: 'rejected', receiptCode: '100', actorId: input.actorId, note });
      await tx.update(declarations).set({ status: 'rejected', updatedAt: now }).where(eq(declarations.id, d.id));
      if (d.orderId) await tx.update(storeOrders).set({ status: 'rejected' }).where(eq(storeOrders.id, d.orderId));
      return { status: 'rejected' as const };
    }
    const seqs = await tx.select({ seq: declarationMessages.seq }).from(declarationMessages).where(eq(declarationMessages.declarationId, d.id));
    let seq = seqs.reduce((a, s) => Math.max(a, s.seq), -1) + 1;
    if (artifacts.receipts.length > 0) {
      await tx.insert(declarationMessages).values(artifacts.receipts.map((r) => ({ declarationId: d.id, seq: seq++, messageKind: r.kind, direction: 'receipt' as const, xml: r.xml, createdAt: now })));
    }
    await tx.insert(declarationEvents).values([
      { declarationId: d.id, at: now, status: 'released', receiptCode: '800', actorId: input.actorId, note: note === '' ? null : note },
      { declarationId: d.id, at: new Date(now.getTime() + 1), status: 'cleared', receiptCode: '899', actorId: null, note: null },
    ]);
    await tx
      .update(declarations)
      .set({ status: 'cleared', updatedAt: now, taxBills: artifacts.taxBills.length > 0 ? JSON.stringify(artifacts.taxBills) : null })
      .where(eq(declarations.id, d.id));
    if (d.orderId) await tx.update(storeOrders).set({ status: 'released' }).where(eq(storeOrders.id, d.orderId));
    return { status: 'cleared' as const };
  });
}
