/**
 * The store's operations in the database: what a market day needs to know (listing quality, stock,
 * account health), recording what it produced (outcome, messages, stock), the learner's graded
 * replies and the store page's view. Framework-free: takes `db`, returns plain data.
 */
import { and, asc, eq, inArray, max } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { buyerMessages, marketDayOutcomes, productStock, type BuyerMessage, type MarketDayOutcomeRow } from '../db/schema-buyer-messages.ts';
import { marketDays, storeOrders, stores, type Store } from '../db/schema-sandbox.ts';
import { reviewProduct } from '../listing/listings.ts';
import type { MarketDayOutcome, MarketOperations } from '../workbench/market-day.ts';
import { WorkbenchError } from '../workbench/errors.ts';
import { workableBy } from '../workbench/store-access.ts';
import type { ProductWithTexts } from '../workbench/stores.ts';
import { MESSAGE_KINDS, type MessageKind } from './cases.ts';
import { responseHours } from './clock.ts';
import { accountHealth, type AccountHealth } from './health.ts';
import type { MessageLang } from './language.ts';
import { gradeReply, type Grade } from './rubric.ts';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** Units a product has before its stock is first counted (a teaching assumption). */
export const DEFAULT_STOCK = 100;
/** Longest reply accepted. */
export const MAX_REPLY_CHARS = 2000;

/** A listing's quality for the demand model: the listing review's score (src/lib/listing/review.ts), 0–100. */
export function listingQualityOf(p: ProductWithTexts, store: Pick<Store, 'businessModel'>): number {
  return reviewProduct(p, store).score;
}

async function healthOf(db: Db | Tx, storeId: string, latestSeq: number): Promise<AccountHealth> {
  const msgs = await db.select({ daySeq: buyerMessages.daySeq, score: buyerMessages.score, responseHours: buyerMessages.responseHours, kind: buyerMessages.kind }).from(buyerMessages).where(eq(buyerMessages.storeId, storeId));
  const outcomes = await db.select({ orders: marketDayOutcomes.orders, returns: marketDayOutcomes.returns }).from(marketDayOutcomes).where(eq(marketDayOutcomes.storeId, storeId));
  return accountHealth({
    messages: msgs.map((m) => ({ due: m.score !== null || m.daySeq < latestSeq, score: m.score, responseHours: m.responseHours })),
    orders: outcomes.reduce((a, o) => a + o.orders, 0),
    returns: outcomes.reduce((a, o) => a + o.returns, 0),
  });
}

async function latestSeqOf(db: Db | Tx, storeId: string): Promise<number> {
  const [row] = await db.select({ seq: max(marketDayOutcomes.seq) }).from(marketDayOutcomes).where(eq(marketDayOutcomes.storeId, storeId));
  return row?.seq ?? 0;
}

/** What the next market day of a store needs: each product's quality and stock, and the account health. */
export async function loadOperations(db: Db, store: Pick<Store, 'id' | 'businessModel'>, list: readonly ProductWithTexts[]): Promise<{ operations: MarketOperations; seq: number }> {
  const stock = list.length === 0 ? [] : await db.select().from(productStock).where(inArray(productStock.productId, list.map((p) => p.id)));
  const seq = (await latestSeqOf(db, store.id)) + 1;
  const health = await healthOf(db, store.id, seq);
  return {
    seq,
    operations: {
      health: health.health,
      products: new Map(list.map((p) => [p.id, { quality: listingQualityOf(p, store), stock: stock.find((s) => s.productId === p.id)?.units ?? DEFAULT_STOCK }])),
    },
  };
}

/** Records a market day's outcome, messages and stock, inside the market day's transaction. */
export async function recordOperations(tx: Tx, input: { storeId: string; marketDayId: string; seq: number; health: number; outcome: MarketDayOutcome; now: Date }): Promise<void> {
  const { outcome } = input;
  await tx.insert(marketDayOutcomes).values({
    marketDayId: input.marketDayId, storeId: input.storeId, seq: input.seq, healthAtStart: input.health, demandPct: Math.round(outcome.demand * 100),
    baseOrders: outcome.baseOrders, orders: outcome.orders.length, returns: outcome.returns, messages: outcome.messages.length, lostToStock: outcome.lostToStock,
  });
  const orders = await tx.select({ id: storeOrders.id, orderNo: storeOrders.orderNo }).from(storeOrders).where(eq(storeOrders.marketDayId, input.marketDayId));
  if (outcome.messages.length > 0) {
    await tx.insert(buyerMessages).values(outcome.messages.map((m) => ({
      id: crypto.randomUUID(), storeId: input.storeId, marketDayId: input.marketDayId, orderId: orders.find((o) => o.orderNo === m.orderNo)?.id ?? null, orderNo: m.orderNo,
      kind: m.kind, lang: m.lang, buyerName: m.buyerName, body: m.body, daySeq: input.seq, receivedHour: m.receivedHour, createdAt: input.now,
    })));
  }
  for (const [productId, units] of outcome.stockLeft) {
    await tx.insert(productStock).values({ productId, units }).onConflictDoUpdate({ target: productStock.productId, set: { units } });
  }
}

export interface StoredGrade extends Grade {
  responseHours: number;
}

/** A learner answers a buyer message of a store they may work in (their own or their team's): graded once, by the rubric, and recorded with who answered. */
export async function answerBuyerMessage(db: Db, input: { userId: string; messageId: string; reply: string }, now = new Date()): Promise<StoredGrade> {
  const reply = input.reply.trim();
  if (reply === '' || reply.length > MAX_REPLY_CHARS) throw new WorkbenchError('INVALID', 'reply');
  const [row] = await db.select({ m: buyerMessages }).from(buyerMessages).innerJoin(stores, eq(stores.id, buyerMessages.storeId)).where(and(eq(buyerMessages.id, input.messageId), workableBy(input.userId)));
  if (!row) throw new WorkbenchError('NOT_FOUND');
  if (row.m.reply !== null) throw new WorkbenchError('ALREADY_ANSWERED');
  const hours = responseHours({ messageSeq: row.m.daySeq, receivedHour: row.m.receivedHour, latestSeq: await latestSeqOf(db, row.m.storeId) });
  const kind = (MESSAGE_KINDS as readonly string[]).includes(row.m.kind) ? (row.m.kind as MessageKind) : 'pre-sale';
  const grade = gradeReply({ kind, buyerLang: row.m.lang as MessageLang, orderNo: row.m.orderNo, reply, responseHours: hours });
  await db.update(buyerMessages).set({ reply, repliedAt: now, repliedBy: input.userId, responseHours: hours, score: grade.score, grading: JSON.stringify(grade) }).where(eq(buyerMessages.id, row.m.id));
  return { ...grade, responseHours: hours };
}

export interface OperationsView {
  health: AccountHealth;
  messages: Array<BuyerMessage & { grade: Grade | null; asOf: string }>;
  days: Array<MarketDayOutcomeRow & { asOf: string }>;
}

/** The store page's operations: account health now, the messages (newest day first), the days' outcomes in order. */
export async function loadOperationsView(db: Db, storeId: string): Promise<OperationsView> {
  const latest = await latestSeqOf(db, storeId);
  const rows = await db.select({ m: buyerMessages, asOf: marketDays.asOf }).from(buyerMessages).innerJoin(marketDays, eq(marketDays.id, buyerMessages.marketDayId)).where(eq(buyerMessages.storeId, storeId)).orderBy(asc(buyerMessages.daySeq), asc(buyerMessages.receivedHour));
  const days = await db.select({ d: marketDayOutcomes, asOf: marketDays.asOf }).from(marketDayOutcomes).innerJoin(marketDays, eq(marketDays.id, marketDayOutcomes.marketDayId)).where(eq(marketDayOutcomes.storeId, storeId)).orderBy(asc(marketDayOutcomes.seq));
  return {
    health: await healthOf(db, storeId, latest),
    messages: rows.reverse().map((r) => ({ ...r.m, asOf: r.asOf, grade: r.m.grading === null ? null : (JSON.parse(r.m.grading) as Grade) })),
    days: days.map((r) => ({ ...r.d, asOf: r.asOf })),
  };
}

