/**
 * The enterprise's flow after applications: shortlist, run matching (the
 * stable assignment over every order in matching becomes offers for this
 * order), offer by hand while seats remain, start training, complete, record
 * each trainee's placement with feedback, and answer the retention checks that
 * a hire schedules 3, 6 and 12 months later.
 */
import { and, asc, eq, inArray, lte, isNull } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { users } from '../db/schema-auth.ts';
import { enterprises } from '../db/schema-org.ts';
import { orderApplications, placements, retentionChecks, RETENTION_MONTHS, trainingOrders, type OrderApplication, type TrainingOrder } from '../db/schema-orders.ts';
import { writeAudit } from '../auth/accounts.ts';
import { learnerProfiles } from '../progress/profile.ts';
import { activeApplicationOrder, assignLearners } from '../matching/assign.ts';
import { OrdersError } from './errors.ts';
import { getOrderDetail, getOwnOrder, transitionOrder, type OrderDetail } from './orders.ts';
import { parksOf } from './applications.ts';
import { toMatchLearner, toMatchOrder } from './candidates.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
export const OFFER_DAYS = 7;

const HOLDS_SEAT = ['offered', 'accepted'] as const;

async function ownApplicationOfOrder(db: Db, userId: string, applicationId: string): Promise<{ app: OrderApplication; order: TrainingOrder }> {
  const row = (await db.select({ app: orderApplications }).from(orderApplications).where(eq(orderApplications.id, applicationId)).limit(1))[0];
  if (!row) throw new OrdersError('NOT_FOUND');
  const order = await getOwnOrder(db, userId, row.app.orderId);
  return { app: row.app, order };
}

export async function setShortlisted(db: Db, input: { userId: string; applicationId: string; shortlisted: boolean }, now = new Date()): Promise<void> {
  const { app } = await ownApplicationOfOrder(db, input.userId, input.applicationId);
  await db.update(orderApplications).set({ shortlisted: input.shortlisted, updatedAt: now }).where(eq(orderApplications.id, app.id));
}

async function seatsTaken(db: Db, orderIds: readonly string[]): Promise<Map<string, number>> {
  const out = new Map<string, number>(orderIds.map((id) => [id, 0]));
  if (orderIds.length === 0) return out;
  const rows = await db.select({ orderId: orderApplications.orderId }).from(orderApplications).where(and(inArray(orderApplications.orderId, [...orderIds]), inArray(orderApplications.status, [...HOLDS_SEAT])));
  for (const r of rows) out.set(r.orderId, (out.get(r.orderId) ?? 0) + 1);
  return out;
}

export interface MatchingRun {
  offered: string[];
  order: TrainingOrder;
}

/**
 * At or after the deadline: the order enters matching (if still open), the
 * learner-proposing stable assignment is computed over every order in
 * matching with their remaining seats, and this order's assigned learners get
 * offers to answer within OFFER_DAYS. Learners who already hold an offer or a
 * place are not in the market.
 */
export async function runMatching(db: Db, input: { userId: string; orderId: string }, now = new Date()): Promise<MatchingRun> {
  let order = await getOwnOrder(db, input.userId, input.orderId);
  // An open order closes here; `transitionOrder` refuses it before the deadline (BEFORE_DEADLINE).
  if (order.state === 'open') {
    order = await transitionOrder(db, { userId: input.userId, orderId: order.id, to: 'matching' }, now);
  }
  if (order.state !== 'matching') throw new OrdersError('INVALID_TRANSITION');
  const inMatching = await db.select({ id: trainingOrders.id }).from(trainingOrders).where(eq(trainingOrders.state, 'matching'));
  const details = (await Promise.all(inMatching.map((o) => getOrderDetail(db, o.id)))).filter((d): d is OrderDetail => d !== null);
  const orderIds = details.map((d) => d.order.id);
  const taken = await seatsTaken(db, orderIds);
  const apps = await db.select().from(orderApplications).where(inArray(orderApplications.orderId, orderIds));
  const placed = new Set(apps.filter((a) => (HOLDS_SEAT as readonly string[]).includes(a.status)).map((a) => a.learnerId));
  const byLearner = new Map<string, OrderApplication[]>();
  for (const a of apps) if (!placed.has(a.learnerId)) byLearner.set(a.learnerId, [...(byLearner.get(a.learnerId) ?? []), a]);
  const ids = [...byLearner.keys()];
  const [profiles, parks] = await Promise.all([learnerProfiles(db, ids), parksOf(db, ids)]);
  const learners = ids.flatMap((id) => {
    const p = profiles.get(id);
    const mine = (byLearner.get(id) ?? []).map((a) => ({ orderId: a.orderId, rank: a.rank, status: a.status === 'active' ? ('active' as const) : ('declined' as const) }));
    return p ? [toMatchLearner(p, parks.get(id), activeApplicationOrder(mine))] : [];
  });
  const orders = details.map((d) => toMatchOrder(d, Math.max(0, d.order.seats - (taken.get(d.order.id) ?? 0))));
  const { assignment } = assignLearners({ orders, learners });
  const offered = Object.entries(assignment).filter(([, o]) => o === order.id).map(([l]) => l);
  const current = order;
  await db.transaction(async (tx) => {
    for (const learnerId of offered) {
      await tx
        .update(orderApplications)
        .set({ status: 'offered', offerExpiresAt: new Date(now.getTime() + OFFER_DAYS * DAY_MS), updatedAt: now })
        .where(and(eq(orderApplications.orderId, current.id), eq(orderApplications.learnerId, learnerId), eq(orderApplications.status, 'active')));
    }
    await writeAudit(tx, { actorId: input.userId, action: 'training-order.matched', target: current.id, detail: { offered }, at: now });
  });
  return { offered, order };
}

/** An offer by hand to an active applicant, while seats remain (open after the deadline, or in matching). */
export async function offerByHand(db: Db, input: { userId: string; applicationId: string }, now = new Date()): Promise<OrderApplication> {
  const { app, order } = await ownApplicationOfOrder(db, input.userId, input.applicationId);
  if (order.state !== 'matching') throw new OrdersError('NOT_OPEN');
  if (app.status !== 'active') throw new OrdersError('INVALID_TRANSITION');
  const taken = (await seatsTaken(db, [order.id])).get(order.id) ?? 0;
  if (taken >= order.seats) throw new OrdersError('NO_SEATS');
  return db.transaction(async (tx) => {
    const [row] = await tx.update(orderApplications).set({ status: 'offered', offerExpiresAt: new Date(now.getTime() + OFFER_DAYS * DAY_MS), updatedAt: now }).where(eq(orderApplications.id, app.id)).returning();
    await writeAudit(tx, { actorId: input.userId, action: 'order-application.offered', target: app.id, at: now });
    return row ?? app;
  });
}

export interface PlacementInput {
  hired: boolean;
  placedOn?: Date | undefined;
  role?: string | undefined;
  salaryBandMinFen?: number | undefined;
  salaryBandMaxFen?: number | undefined;
  feedback: string;
}

/** Records (or corrects) a trainee's placement; a hire schedules the 3-, 6- and 12-month checks. */
export async function recordPlacement(db: Db, input: { userId: string; applicationId: string; placement: PlacementInput }, now = new Date()): Promise<void> {
  const { app, order } = await ownApplicationOfOrder(db, input.userId, input.applicationId);
  if (order.state !== 'completed' && order.state !== 'in_training') throw new OrdersError('NOT_OPEN');
  if (app.status !== 'accepted') throw new OrdersError('INVALID_TRANSITION');
  const p = input.placement;
  if (p.hired && !p.placedOn) throw new OrdersError('INVALID', 'placedOn');
  await db.transaction(async (tx) => {
    const values = {
      hired: p.hired,
      placedOn: p.hired ? (p.placedOn ?? null) : null,
      role: p.hired ? (p.role ?? null) : null,
      salaryBandMinFen: p.hired ? (p.salaryBandMinFen ?? null) : null,
      salaryBandMaxFen: p.hired ? (p.salaryBandMaxFen ?? null) : null,
      feedback: p.feedback,
      recordedBy: input.userId,
      recordedAt: now,
    };
    await tx.insert(placements).values({ applicationId: app.id, ...values }).onConflictDoUpdate({ target: placements.applicationId, set: values });
    await tx.delete(retentionChecks).where(and(eq(retentionChecks.applicationId, app.id), isNull(retentionChecks.answeredAt)));
    if (p.hired && p.placedOn) {
      const rows = RETENTION_MONTHS.map((months) => ({ applicationId: app.id, months, dueAt: addMonths(p.placedOn as Date, months) }));
      await tx.insert(retentionChecks).values(rows).onConflictDoNothing();
    }
    await writeAudit(tx, { actorId: input.userId, action: 'placement.recorded', target: app.id, detail: { hired: p.hired }, at: now });
  });
}

/** The same calendar day `months` later (clamped to the month's end), in UTC. */
export function addMonths(d: Date, months: number): Date {
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + months;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(d.getUTCDate(), last), d.getUTCHours(), d.getUTCMinutes()));
}

export interface RetentionTask {
  applicationId: string;
  months: number;
  dueAt: Date;
  learnerName: string;
  orderTitleZh: string;
  orderTitleEn: string | null;
  role: string | null;
}

/** The enterprise's "still employed?" checks that are due and unanswered. */
export async function dueRetentionTasks(db: Db, userId: string, now = new Date()): Promise<RetentionTask[]> {
  return db
    .select({ applicationId: retentionChecks.applicationId, months: retentionChecks.months, dueAt: retentionChecks.dueAt, learnerName: users.displayName, orderTitleZh: trainingOrders.titleZh, orderTitleEn: trainingOrders.titleEn, role: placements.role })
    .from(retentionChecks)
    .innerJoin(placements, eq(placements.applicationId, retentionChecks.applicationId))
    .innerJoin(orderApplications, eq(orderApplications.id, retentionChecks.applicationId))
    .innerJoin(users, eq(users.id, orderApplications.learnerId))
    .innerJoin(trainingOrders, eq(trainingOrders.id, orderApplications.orderId))
    .innerJoin(enterprises, eq(enterprises.id, trainingOrders.enterpriseId))
    .where(and(eq(enterprises.userId, userId), lte(retentionChecks.dueAt, now), isNull(retentionChecks.answeredAt)))
    .orderBy(asc(retentionChecks.dueAt));
}

export async function answerRetention(db: Db, input: { userId: string; applicationId: string; months: number; stillEmployed: boolean }, now = new Date()): Promise<void> {
  await ownApplicationOfOrder(db, input.userId, input.applicationId);
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(retentionChecks)
      .set({ stillEmployed: input.stillEmployed, answeredAt: now, answeredBy: input.userId })
      .where(and(eq(retentionChecks.applicationId, input.applicationId), eq(retentionChecks.months, input.months), lte(retentionChecks.dueAt, now), isNull(retentionChecks.answeredAt)))
      .returning();
    if (!row) throw new OrdersError('NOT_FOUND');
    await writeAudit(tx, { actorId: input.userId, action: 'placement.retention', target: input.applicationId, detail: { months: input.months, stillEmployed: input.stillEmployed }, at: now });
  });
}
