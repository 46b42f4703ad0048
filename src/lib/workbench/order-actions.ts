/**
 * No dead ends: what a store can do with an order it cannot declare as it is.
 *
 * - `splitOrder`: an import order over the single-transaction limit is split into orders that are
 *   each within the limit (goods + freight, the engine's taxable value), where the goods allow it:
 *   no single piece may be worth more than the limit (such an order goes taxed in full when it is
 *   one item, else through general trade). The original order becomes `split`; the new ones are open
 *   and get their own drafts (three documents and list each).
 * - `cancelOrder`: the order is cancelled with a reason (no message goes to customs).
 * - `moveToGeneralTrade`: the order leaves CBEC for a general-trade declaration (no CEB messages).
 *
 * Each is recorded in `sandbox_order_actions`; the order's status feeds the store's statistics.
 * Only an order that is open, or rejected and not yet released, can be acted on.
 */
import { eq } from 'drizzle-orm';
import { allocateFen, DEFAULT_RULE_PACK, resolve } from '#sandbox';
import type { Db } from '../db/client.ts';
import { DomainError } from '../domain-error.ts';
import { orderActions, type OrderAction } from '../db/schema-order-actions.ts';
import { storeOrders } from '../db/schema-sandbox.ts';
import { isImportModel } from './business-models.ts';
import { getOrderWorkspace } from './declarations.ts';
import type { OrderLine } from './market-day.ts';

export type OrderActionErrorCode = 'NOT_OPEN' | 'NOT_OVER_LIMIT' | 'CANNOT_SPLIT' | 'NOT_IMPORT' | 'REASON';

export class OrderActionError extends DomainError<'order', OrderActionErrorCode> {
  constructor(code: OrderActionErrorCode) {
    super('order', code);
    this.name = 'OrderActionError';
  }
}

export interface SplitPart {
  lines: OrderLine[];
  goodsFen: number;
  freightFen: number;
}

/**
 * Packs the order's pieces into as few parts as first-fit decreasing finds, each with goods within
 * `limitFen − freightFen`, then shares the freight in proportion to the goods (so every part's
 * goods + freight stays within the limit). Null when a single piece is worth more than that.
 */
export function planSplit(lines: readonly OrderLine[], freightFen: number, limitFen: number): SplitPart[] | null {
  const capacity = limitFen - freightFen;
  const pieces = lines.flatMap((l) => Array.from({ length: l.qty }, () => l)).sort((a, b) => b.priceFen - a.priceFen);
  if (pieces.some((p) => p.priceFen > capacity)) return null;
  const bins: Array<{ fen: number; lines: Map<string, OrderLine> }> = [];
  for (const p of pieces) {
    let bin = bins.find((b) => b.fen + p.priceFen <= capacity);
    if (!bin) {
      bin = { fen: 0, lines: new Map() };
      bins.push(bin);
    }
    bin.fen += p.priceFen;
    const had = bin.lines.get(p.sku);
    bin.lines.set(p.sku, had ? { ...had, qty: had.qty + 1 } : { ...p, qty: 1 });
  }
  const shares = allocateFen(freightFen, bins.map((b) => b.fen));
  return bins.map((b, i) => ({ lines: [...b.lines.values()], goodsFen: b.fen, freightFen: shares[i] ?? 0 }));
}

async function actionableOrder(db: Db, input: { userId: string; orderId: string }) {
  const ws = await getOrderWorkspace(db, input);
  if (!ws.open) throw new OrderActionError('NOT_OPEN');
  return ws;
}

/** Splits an import order over the single limit into orders within it; returns the new order numbers. */
export async function splitOrder(db: Db, input: { userId: string; orderId: string }, now = new Date()): Promise<{ orderNos: string[] }> {
  const ws = await actionableOrder(db, input);
  if (!isImportModel(ws.store.businessModel)) throw new OrderActionError('NOT_IMPORT');
  const limit = resolve(DEFAULT_RULE_PACK.limits, ws.asOf).value.singleFen;
  const o = ws.order;
  if (o.goodsFen + o.freightFen <= limit) throw new OrderActionError('NOT_OVER_LIMIT');
  const parts = planSplit(o.lines, o.freightFen, limit);
  if (parts === null || parts.length < 2) throw new OrderActionError('CANNOT_SPLIT');
  const orderNos = parts.map((_, i) => `${o.orderNo}-${i + 1}`);
  await db.transaction(async (tx) => {
    await tx.insert(storeOrders).values(parts.map((p, i) => ({
      id: crypto.randomUUID(), storeId: ws.store.id, marketDayId: o.marketDayId, orderNo: orderNos[i] ?? '', buyer: JSON.stringify(o.buyer),
      lines: JSON.stringify(p.lines), goodsFen: p.goodsFen, freightFen: p.freightFen, trap: null, status: 'open' as const, createdAt: new Date(now.getTime() + i + 1),
    })));
    await tx.update(storeOrders).set({ status: 'split' }).where(eq(storeOrders.id, o.id));
    await tx.insert(orderActions).values({ id: crypto.randomUUID(), orderId: o.id, userId: input.userId, action: 'split', reason: null, childOrderNos: JSON.stringify(orderNos), createdAt: now });
  });
  return { orderNos };
}

async function close(db: Db, input: { userId: string; orderId: string; reason?: string | undefined }, action: Exclude<OrderAction, 'split'>, now: Date): Promise<void> {
  const ws = await actionableOrder(db, input);
  const reason = (input.reason ?? '').trim();
  if (action === 'cancel' && (reason === '' || reason.length > 500)) throw new OrderActionError('REASON');
  await db.transaction(async (tx) => {
    await tx.update(storeOrders).set({ status: action === 'cancel' ? 'cancelled' : 'general-trade' }).where(eq(storeOrders.id, ws.order.id));
    await tx.insert(orderActions).values({ id: crypto.randomUUID(), orderId: ws.order.id, userId: input.userId, action, reason: reason === '' ? null : reason, childOrderNos: null, createdAt: now });
  });
}

/** Cancels an order with the store's reason; nothing goes to customs. */
export async function cancelOrder(db: Db, input: { userId: string; orderId: string; reason: string }, now = new Date()): Promise<void> {
  await close(db, input, 'cancel', now);
}

/** Moves an order out of CBEC to a general-trade declaration. */
export async function moveToGeneralTrade(db: Db, input: { userId: string; orderId: string; reason?: string }, now = new Date()): Promise<void> {
  await close(db, input, 'general-trade', now);
}

/** The actions taken on an order, oldest first. */
export async function orderActionsOf(db: Db, orderId: string) {
  return db.select().from(orderActions).where(eq(orderActions.orderId, orderId)).orderBy(orderActions.createdAt);
}
