/**
 * The learner's side of training orders: apply with a short statement, rank
 * the applications (the ranking is the learner's preference in matching),
 * withdraw before the deadline, answer an offer by its date, and choose
 * whether enterprises may see them as a recommended candidate.
 * A learner only ever reads and changes their own applications.
 */
import { and, asc, eq, inArray, max } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { candidateVisibility, orderApplications, placements, trainingOrders, type OrderApplication, type Placement, type TrainingOrder } from '../db/schema-orders.ts';
import { newId, writeAudit } from '../auth/accounts.ts';
import { OrdersError } from './errors.ts';

export async function applyToOrder(db: Db, input: { learnerId: string; orderId: string; statement: string }, now = new Date()): Promise<OrderApplication> {
  return db.transaction(async (tx) => {
    const order = (await tx.select().from(trainingOrders).where(eq(trainingOrders.id, input.orderId)).limit(1))[0];
    if (!order || order.state === 'draft') throw new OrdersError('NOT_FOUND');
    if (order.state !== 'open') throw new OrdersError('NOT_OPEN');
    if (order.deadline.getTime() <= now.getTime()) throw new OrdersError('DEADLINE_PASSED');
    const existing = (await tx.select().from(orderApplications).where(and(eq(orderApplications.orderId, order.id), eq(orderApplications.learnerId, input.learnerId))).limit(1))[0];
    if (existing && existing.status !== 'withdrawn') throw new OrdersError('ALREADY_APPLIED');
    const top = (await tx.select({ r: max(orderApplications.rank) }).from(orderApplications).where(eq(orderApplications.learnerId, input.learnerId)))[0]?.r ?? 0;
    const values = { statement: input.statement, rank: top + 1, status: 'active' as const, updatedAt: now };
    const [row] = existing
      ? await tx.update(orderApplications).set(values).where(eq(orderApplications.id, existing.id)).returning()
      : await tx.insert(orderApplications).values({ id: newId(), orderId: order.id, learnerId: input.learnerId, createdAt: now, ...values }).returning();
    if (!row) throw new OrdersError('INVALID');
    await writeAudit(tx, { actorId: input.learnerId, action: 'order-application.applied', target: row.id, detail: { orderId: order.id }, at: now });
    return row;
  });
}

async function ownApplication(db: Db, learnerId: string, applicationId: string): Promise<{ app: OrderApplication; order: TrainingOrder }> {
  const row = (
    await db
      .select({ app: orderApplications, order: trainingOrders })
      .from(orderApplications)
      .innerJoin(trainingOrders, eq(trainingOrders.id, orderApplications.orderId))
      .where(and(eq(orderApplications.id, applicationId), eq(orderApplications.learnerId, learnerId)))
      .limit(1)
  )[0];
  if (!row) throw new OrdersError('NOT_FOUND');
  return row;
}

export async function withdrawApplication(db: Db, input: { learnerId: string; applicationId: string }, now = new Date()): Promise<OrderApplication> {
  const { app, order } = await ownApplication(db, input.learnerId, input.applicationId);
  if (app.status !== 'active') throw new OrdersError('INVALID_TRANSITION');
  if (order.deadline.getTime() <= now.getTime()) throw new OrdersError('DEADLINE_PASSED');
  return db.transaction(async (tx) => {
    const [row] = await tx.update(orderApplications).set({ status: 'withdrawn', updatedAt: now }).where(eq(orderApplications.id, app.id)).returning();
    await writeAudit(tx, { actorId: input.learnerId, action: 'order-application.withdrawn', target: app.id, at: now });
    return row ?? app;
  });
}

/** Swaps an application with its neighbour in the learner's ranking. */
export async function moveApplication(db: Db, input: { learnerId: string; applicationId: string; direction: 'up' | 'down' }, now = new Date()): Promise<void> {
  await ownApplication(db, input.learnerId, input.applicationId);
  await db.transaction(async (tx) => {
    const mine = await tx.select().from(orderApplications).where(and(eq(orderApplications.learnerId, input.learnerId), eq(orderApplications.status, 'active'))).orderBy(asc(orderApplications.rank));
    const i = mine.findIndex((a) => a.id === input.applicationId);
    const j = input.direction === 'up' ? i - 1 : i + 1;
    const a = mine[i];
    const b = mine[j];
    if (!a || !b) return;
    await tx.update(orderApplications).set({ rank: b.rank, updatedAt: now }).where(eq(orderApplications.id, a.id));
    await tx.update(orderApplications).set({ rank: a.rank, updatedAt: now }).where(eq(orderApplications.id, b.id));
  });
}

export async function respondToOffer(db: Db, input: { learnerId: string; applicationId: string; accept: boolean }, now = new Date()): Promise<OrderApplication> {
  const { app } = await ownApplication(db, input.learnerId, input.applicationId);
  if (app.status !== 'offered') throw new OrdersError('INVALID_TRANSITION');
  if (app.offerExpiresAt && app.offerExpiresAt.getTime() < now.getTime()) throw new OrdersError('OFFER_EXPIRED');
  return db.transaction(async (tx) => {
    const status = input.accept ? 'accepted' : 'declined';
    const [row] = await tx.update(orderApplications).set({ status, updatedAt: now }).where(and(eq(orderApplications.id, app.id), eq(orderApplications.status, 'offered'))).returning();
    if (!row) throw new OrdersError('INVALID_TRANSITION');
    await writeAudit(tx, { actorId: input.learnerId, action: `order-application.${status}`, target: app.id, at: now });
    return row;
  });
}

export interface MyApplication {
  app: OrderApplication;
  order: TrainingOrder;
  /** The enterprise's placement record, with its written feedback, once there is one. */
  placement: Placement | null;
}

/** The learner's own applications, by their ranking (withdrawn ones last). */
export async function listMyApplications(db: Db, learnerId: string): Promise<MyApplication[]> {
  const rows = await db
    .select({ app: orderApplications, order: trainingOrders, placement: placements })
    .from(orderApplications)
    .innerJoin(trainingOrders, eq(trainingOrders.id, orderApplications.orderId))
    .leftJoin(placements, eq(placements.applicationId, orderApplications.id))
    .where(eq(orderApplications.learnerId, learnerId))
    .orderBy(asc(orderApplications.rank));
  return rows.sort((a, b) => Number(a.app.status === 'withdrawn') - Number(b.app.status === 'withdrawn'));
}

export async function getVisibility(db: Db, userId: string): Promise<{ visible: boolean; park: string | null }> {
  const row = (await db.select().from(candidateVisibility).where(eq(candidateVisibility.userId, userId)).limit(1))[0];
  return { visible: row?.visible ?? false, park: row?.park ?? null };
}

export async function setVisibility(db: Db, input: { userId: string; visible: boolean; park: string | null }, now = new Date()): Promise<void> {
  await db.transaction(async (tx) => {
    const values = { visible: input.visible, park: input.park, updatedAt: now };
    await tx.insert(candidateVisibility).values({ userId: input.userId, ...values }).onConflictDoUpdate({ target: candidateVisibility.userId, set: values });
    await writeAudit(tx, { actorId: input.userId, action: 'candidate.visibility', target: input.userId, detail: values, at: now });
  });
}

/** Preferred parks of many learners in one query. */
export async function parksOf(db: Db, userIds: readonly string[]): Promise<Map<string, string | null>> {
  if (userIds.length === 0) return new Map();
  const rows = await db.select({ userId: candidateVisibility.userId, park: candidateVisibility.park }).from(candidateVisibility).where(inArray(candidateVisibility.userId, [...userIds]));
  return new Map(rows.map((r) => [r.userId, r.park]));
}
