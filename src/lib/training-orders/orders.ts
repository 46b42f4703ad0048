/**
 * Training orders from the enterprise's side: post (draft or open at once),
 * move through the state table (`states.ts`), list its own. And the learners'
 * browse of open orders with filters. Each write is one transaction with its
 * audit-log line.
 */
import { and, asc, desc, eq, gt, gte, inArray, lte, ne, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { enterprises } from '../db/schema-org.ts';
import { orderApplications, trainingOrderCurriculum, trainingOrders, trainingOrderSkills, type OrderState, type TrainingOrder } from '../db/schema-orders.ts';
import { newId, writeAudit } from '../auth/accounts.ts';
import { requireApprovedEnterprise } from '../enterprise/profile.ts';
import { OrdersError } from './errors.ts';
import type { OrderFormInput } from './input.ts';
import { assertTransition } from './states.ts';
import { defaultCatalogue, type ProfileCatalogue } from '../progress/catalogue.ts';

export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export interface Catalogue {
  courses: ReadonlySet<string>;
  scenarios: ReadonlySet<string>;
}

export interface OrderDetail {
  order: TrainingOrder;
  enterpriseName: string;
  enterpriseUserId: string;
  requires: Record<string, number>;
  curriculum: { kind: 'course' | 'scenario'; ref: string }[];
}

/** The catalogue an order's curriculum is chosen from: course ids and sandbox scenario ids. */
export function orderCatalogue(c: ProfileCatalogue = defaultCatalogue()): Catalogue {
  return { courses: new Set(c.courses.map((x) => x.id)), scenarios: new Set(c.scenarioLesson.keys()) };
}

function checkOrder(o: OrderFormInput, catalogue: Catalogue, now: Date): void {
  const unknownCourse = o.courses.find((c) => !catalogue.courses.has(c));
  const unknownScenario = o.scenarios.find((s) => !catalogue.scenarios.has(s));
  if (unknownCourse !== undefined || unknownScenario !== undefined) throw new OrdersError('INVALID', 'courses');
  if (o.seats < 1 || o.deadline.getTime() <= now.getTime()) throw new OrdersError('INVALID', o.seats < 1 ? 'seats' : 'deadline');
}

function orderColumns(o: OrderFormInput) {
  return {
    titleZh: o.titleZh,
    titleEn: o.titleEn ?? null,
    descriptionZh: o.descriptionZh,
    descriptionEn: o.descriptionEn ?? null,
    brief: o.brief ?? null,
    seats: o.seats,
    park: o.park,
    trainingStart: o.trainingStart,
    trainingEnd: o.trainingEnd,
    stipendFen: o.stipend,
    salaryMinFen: o.salaryMin,
    salaryMaxFen: o.salaryMax,
    hireCount: o.hireCount,
    hireRole: o.hireRole,
    deadline: o.deadline,
  };
}

async function writeRequirements(tx: Tx, orderId: string, o: OrderFormInput): Promise<void> {
  await tx.insert(trainingOrderSkills).values(Object.entries(o.requires).map(([skill, minLevel]) => ({ orderId, skill, minLevel })));
  const curriculum = [...o.courses.map((ref) => ({ orderId, kind: 'course' as const, ref })), ...o.scenarios.map((ref) => ({ orderId, kind: 'scenario' as const, ref }))];
  if (curriculum.length > 0) await tx.insert(trainingOrderCurriculum).values(curriculum).onConflictDoNothing();
}

export async function createOrder(db: Db, input: { userId: string; order: OrderFormInput; catalogue: Catalogue }, now = new Date()): Promise<TrainingOrder> {
  const ent = await requireApprovedEnterprise(db, input.userId);
  const o = input.order;
  checkOrder(o, input.catalogue, now);
  return db.transaction(async (tx) => {
    const id = newId();
    const [row] = await tx
      .insert(trainingOrders)
      .values({ id, enterpriseId: ent.id, ...orderColumns(o), state: o.publish === 'open' ? 'open' : 'draft', createdAt: now, updatedAt: now })
      .returning();
    await writeRequirements(tx, id, o);
    await writeAudit(tx, { actorId: input.userId, action: 'training-order.created', target: id, detail: { state: row?.state }, at: now });
    if (!row) throw new OrdersError('INVALID');
    return row;
  });
}

/** Edits the enterprise's own order while it is a draft or open (requirements and curriculum replaced); audit-logged. */
export async function updateOrder(db: Db, input: { userId: string; orderId: string; order: OrderFormInput; catalogue: Catalogue }, now = new Date()): Promise<TrainingOrder> {
  await requireApprovedEnterprise(db, input.userId);
  const o = input.order;
  checkOrder(o, input.catalogue, now);
  return db.transaction(async (tx) => {
    const order = await getOwnOrder(tx, input.userId, input.orderId);
    if (order.state !== 'draft' && order.state !== 'open') throw new OrdersError('NOT_EDITABLE');
    const [row] = await tx
      .update(trainingOrders)
      .set({ ...orderColumns(o), updatedAt: now })
      .where(and(eq(trainingOrders.id, order.id), eq(trainingOrders.state, order.state)))
      .returning();
    if (!row) throw new OrdersError('NOT_EDITABLE');
    await tx.delete(trainingOrderSkills).where(eq(trainingOrderSkills.orderId, order.id));
    await tx.delete(trainingOrderCurriculum).where(eq(trainingOrderCurriculum.orderId, order.id));
    await writeRequirements(tx, order.id, o);
    await writeAudit(tx, { actorId: input.userId, action: 'training-order.edited', target: order.id, detail: { state: order.state }, at: now });
    return row;
  });
}

/** The order, if it belongs to the user's enterprise; otherwise NOT_FOUND (another's order is not even acknowledged). */
export async function getOwnOrder(db: Db | Tx, userId: string, orderId: string): Promise<TrainingOrder> {
  const row = (
    await db
      .select({ o: trainingOrders })
      .from(trainingOrders)
      .innerJoin(enterprises, eq(enterprises.id, trainingOrders.enterpriseId))
      .where(and(eq(trainingOrders.id, orderId), eq(enterprises.userId, userId)))
      .limit(1)
  )[0];
  if (!row) throw new OrdersError('NOT_FOUND');
  return row.o;
}

/**
 * Moves an order along the state table, audit-logged; refuses any move the table does not allow,
 * opening once the deadline has passed and closing applications (open → matching) before it. A
 * null user is the system (seed).
 */
export async function transitionOrder(db: Db, input: { userId: string | null; orderId: string; to: OrderState }, now = new Date()): Promise<TrainingOrder> {
  return db.transaction(async (tx) => {
    const order = input.userId === null ? (await tx.select().from(trainingOrders).where(eq(trainingOrders.id, input.orderId)).limit(1))[0] : await getOwnOrder(tx, input.userId, input.orderId);
    if (!order) throw new OrdersError('NOT_FOUND');
    assertTransition(order.state, input.to);
    if (input.to === 'open' && order.deadline.getTime() <= now.getTime()) throw new OrdersError('DEADLINE_PASSED');
    // Applications close at the deadline, never earlier: an enterprise cannot cut the window short.
    if (order.state === 'open' && input.to === 'matching' && order.deadline.getTime() > now.getTime()) throw new OrdersError('BEFORE_DEADLINE');
    const [updated] = await tx
      .update(trainingOrders)
      .set({ state: input.to, updatedAt: now })
      .where(and(eq(trainingOrders.id, order.id), eq(trainingOrders.state, order.state)))
      .returning();
    if (!updated) throw new OrdersError('INVALID_TRANSITION');
    await writeAudit(tx, { actorId: input.userId, action: `training-order.${input.to}`, target: order.id, detail: { from: order.state, to: input.to }, at: now });
    return updated;
  });
}

async function detailsOf(db: Db, rows: { o: TrainingOrder; name: string; userId: string }[]): Promise<OrderDetail[]> {
  const ids = rows.map((r) => r.o.id);
  if (ids.length === 0) return [];
  const [skills, curriculum] = await Promise.all([
    db.select().from(trainingOrderSkills).where(inArray(trainingOrderSkills.orderId, ids)),
    db.select().from(trainingOrderCurriculum).where(inArray(trainingOrderCurriculum.orderId, ids)),
  ]);
  return rows.map((r) => ({
    order: r.o,
    enterpriseName: r.name,
    enterpriseUserId: r.userId,
    requires: Object.fromEntries(skills.filter((s) => s.orderId === r.o.id).sort((a, b) => (a.skill < b.skill ? -1 : 1)).map((s) => [s.skill, s.minLevel])),
    curriculum: curriculum.filter((c) => c.orderId === r.o.id).map((c) => ({ kind: c.kind, ref: c.ref })),
  }));
}

const orderWithEnterprise = { o: trainingOrders, name: enterprises.name, userId: enterprises.userId };

export async function getOrderDetail(db: Db, orderId: string): Promise<OrderDetail | null> {
  const rows = await db.select(orderWithEnterprise).from(trainingOrders).innerJoin(enterprises, eq(enterprises.id, trainingOrders.enterpriseId)).where(eq(trainingOrders.id, orderId)).limit(1);
  return (await detailsOf(db, rows))[0] ?? null;
}

/** An order a learner may read: anything but a draft. */
export async function getPublishedOrder(db: Db, orderId: string): Promise<OrderDetail> {
  const d = await getOrderDetail(db, orderId);
  if (!d || d.order.state === 'draft') throw new OrdersError('NOT_FOUND');
  return d;
}

export async function listEnterpriseOrders(db: Db, userId: string): Promise<(OrderDetail & { applicants: number })[]> {
  const rows = await db.select(orderWithEnterprise).from(trainingOrders).innerJoin(enterprises, eq(enterprises.id, trainingOrders.enterpriseId)).where(eq(enterprises.userId, userId)).orderBy(desc(trainingOrders.createdAt));
  const details = await detailsOf(db, rows);
  const counts = details.length
    ? await db
        .select({ orderId: orderApplications.orderId, n: sql<number>`count(*)` })
        .from(orderApplications)
        .where(and(inArray(orderApplications.orderId, details.map((d) => d.order.id)), ne(orderApplications.status, 'withdrawn')))
        .groupBy(orderApplications.orderId)
    : [];
  return details.map((d) => ({ ...d, applicants: counts.find((c) => c.orderId === d.order.id)?.n ?? 0 }));
}

export interface OrderFilters {
  skill?: string | undefined;
  park?: string | undefined;
  minStipendFen?: number | undefined;
  /** Only orders whose deadline is on or before this date. */
  deadlineBy?: Date | undefined;
}

/** Open orders whose deadline has not passed, soonest deadline first. */
export async function listOpenOrders(db: Db, filters: OrderFilters, now = new Date()): Promise<OrderDetail[]> {
  const conds = [eq(trainingOrders.state, 'open'), gt(trainingOrders.deadline, now)];
  if (filters.park) conds.push(eq(trainingOrders.park, filters.park));
  if (filters.minStipendFen !== undefined) conds.push(gte(trainingOrders.stipendFen, filters.minStipendFen));
  if (filters.deadlineBy) conds.push(lte(trainingOrders.deadline, filters.deadlineBy));
  if (filters.skill) conds.push(inArray(trainingOrders.id, db.select({ id: trainingOrderSkills.orderId }).from(trainingOrderSkills).where(eq(trainingOrderSkills.skill, filters.skill))));
  const rows = await db.select(orderWithEnterprise).from(trainingOrders).innerJoin(enterprises, eq(enterprises.id, trainingOrders.enterpriseId)).where(and(...conds)).orderBy(asc(trainingOrders.deadline));
  return detailsOf(db, rows);
}

/** The enterprise's own order with its requirements and curriculum; null when it is not theirs (the page answers 404). */
export async function ownOrderDetail(db: Db, userId: string, orderId: string): Promise<OrderDetail | null> {
  const d = await getOrderDetail(db, orderId);
  return d && d.enterpriseUserId === userId ? d : null;
}
