/**
 * Who did what in a store, newest first: products added, listing edits, publishing and
 * unpublishing, market days run, declarations filed, orders split, cancelled or moved to general
 * trade, and buyer messages answered, each with the member who did it. Every source records its
 * actor (declarations and order actions their user, the rest an actor column). Rows written before
 * the actor columns existed have none; only the owner could act in a store then, so they read as
 * the owner's.
 */
import { and, desc, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { users } from '../db/schema-auth.ts';
import { buyerMessages } from '../db/schema-buyer-messages.ts';
import { listingChanges, type ListingChange } from '../db/schema-listing-changes.ts';
import { orderActions, type OrderAction } from '../db/schema-order-actions.ts';
import { declarations, marketDays, products, storeOrders, stores, type DeclarationStatus } from '../db/schema-sandbox.ts';

export type StoreActivity =
  | { kind: 'product-added'; sku: string }
  | { kind: 'listing'; change: ListingChange; sku: string }
  | { kind: 'market-day'; asOf: string; orders: number }
  | { kind: 'declared'; declarationKind: string; orderNo: string | null; attempt: number; status: DeclarationStatus }
  | { kind: 'order-action'; action: OrderAction; orderNo: string }
  | { kind: 'replied'; buyerName: string; score: number | null };

export type StoreActivityEntry = StoreActivity & { at: Date; actorId: string; actorName: string };

export const ACTIVITY_LIMIT = 30;

/** The latest `limit` actions in the store, newest first (ties: the order the sources are listed in). */
export async function storeActivity(db: Db, storeId: string, limit = ACTIVITY_LIMIT): Promise<StoreActivityEntry[]> {
  const [store] = await db.select({ ownerId: stores.ownerId }).from(stores).where(eq(stores.id, storeId));
  if (!store) return [];
  const actor = (id: string | null): string => id ?? store.ownerId;
  const [added, changes, days, decls, handled, replies] = await Promise.all([
    db.select({ at: products.createdAt, by: products.createdBy, sku: products.sku }).from(products).where(eq(products.storeId, storeId)).orderBy(desc(products.createdAt)).limit(limit),
    db
      .select({ at: listingChanges.at, by: listingChanges.actorId, change: listingChanges.change, sku: products.sku })
      .from(listingChanges)
      .innerJoin(products, eq(products.id, listingChanges.productId))
      .where(eq(listingChanges.storeId, storeId))
      .orderBy(desc(listingChanges.at), desc(listingChanges.id))
      .limit(limit),
    db.select({ at: marketDays.createdAt, by: marketDays.runBy, asOf: marketDays.asOf, orders: marketDays.orderCount }).from(marketDays).where(eq(marketDays.storeId, storeId)).orderBy(desc(marketDays.createdAt)).limit(limit),
    db
      .select({ at: declarations.createdAt, by: declarations.userId, kind: declarations.kind, attempt: declarations.attempt, status: declarations.status, orderNo: storeOrders.orderNo })
      .from(declarations)
      .leftJoin(storeOrders, eq(storeOrders.id, declarations.orderId))
      .where(eq(declarations.storeId, storeId))
      .orderBy(desc(declarations.createdAt))
      .limit(limit),
    db
      .select({ at: orderActions.createdAt, by: orderActions.userId, action: orderActions.action, orderNo: storeOrders.orderNo })
      .from(orderActions)
      .innerJoin(storeOrders, eq(storeOrders.id, orderActions.orderId))
      .where(eq(storeOrders.storeId, storeId))
      .orderBy(desc(orderActions.createdAt))
      .limit(limit),
    db
      .select({ at: buyerMessages.repliedAt, by: buyerMessages.repliedBy, buyerName: buyerMessages.buyerName, score: buyerMessages.score })
      .from(buyerMessages)
      .where(and(eq(buyerMessages.storeId, storeId), isNotNull(buyerMessages.repliedAt)))
      .orderBy(desc(buyerMessages.repliedAt))
      .limit(limit),
  ]);
  const entries: Array<StoreActivity & { at: Date; actorId: string }> = [
    ...added.map((r) => ({ kind: 'product-added' as const, at: r.at, actorId: actor(r.by), sku: r.sku })),
    ...changes.map((r) => ({ kind: 'listing' as const, at: r.at, actorId: actor(r.by), change: r.change, sku: r.sku })),
    ...days.map((r) => ({ kind: 'market-day' as const, at: r.at, actorId: actor(r.by), asOf: r.asOf, orders: r.orders })),
    ...decls.map((r) => ({ kind: 'declared' as const, at: r.at, actorId: r.by, declarationKind: r.kind, orderNo: r.orderNo, attempt: r.attempt, status: r.status })),
    ...handled.map((r) => ({ kind: 'order-action' as const, at: r.at, actorId: r.by, action: r.action, orderNo: r.orderNo })),
    ...replies.flatMap((r) => (r.at === null ? [] : [{ kind: 'replied' as const, at: r.at, actorId: actor(r.by), buyerName: r.buyerName, score: r.score }])),
  ];
  const latest = entries.map((e, i) => ({ e, i })).sort((a, b) => b.e.at.getTime() - a.e.at.getTime() || a.i - b.i).slice(0, limit).map((x) => x.e);
  const ids = [...new Set(latest.map((e) => e.actorId))];
  const who = ids.length === 0 ? new Map<string, string>() : new Map((await db.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, ids))).map((u) => [u.id, u.name]));
  return latest.map((e) => ({ ...e, actorName: who.get(e.actorId) ?? '' }));
}
