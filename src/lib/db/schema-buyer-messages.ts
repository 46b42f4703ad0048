/**
 * Store operations in the sandbox: the buyer messages a market day brings and the learner's graded
 * replies, what each market day's operations produced (for the store's chart), and each product's
 * stock. Times in UTC; hours are market-day hours (src/lib/buyer-messages/clock.ts).
 */
import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';
import { marketDays, products, storeOrders, stores } from './schema-sandbox.ts';

export const buyerMessages = sqliteTable(
  'sandbox_buyer_messages',
  {
    id: text('id').primaryKey(),
    storeId: text('store_id').notNull().references(() => stores.id, { onDelete: 'cascade' }),
    marketDayId: text('market_day_id').notNull().references(() => marketDays.id, { onDelete: 'cascade' }),
    /** The order the message is about (null for a pre-sale question). */
    orderId: text('order_id').references(() => storeOrders.id, { onDelete: 'set null' }),
    orderNo: text('order_no'),
    /** delay, wrong-item, return-request, negative-review, pre-sale. */
    kind: text('kind').notNull(),
    /** The buyer's language (zh, en, ru). */
    lang: text('lang').notNull(),
    buyerName: text('buyer_name').notNull(),
    body: text('body').notNull(),
    /** The sequence number of its market day in the store (1, 2, …). */
    daySeq: integer('day_seq').notNull(),
    /** Market-day hour (0–23) it arrived at. */
    receivedHour: integer('received_hour').notNull(),
    reply: text('reply'),
    repliedAt: integer('replied_at', { mode: 'timestamp_ms' }),
    /** The user (users.id) who answered; null before the answer, and on rows from before it was recorded: the owner's. */
    repliedBy: text('replied_by'),
    responseHours: integer('response_hours'),
    /** The rubric's grade 0–100. */
    score: integer('score'),
    /** JSON: the rubric's elements found and missing, and violations. */
    grading: text('grading'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('sandbox_buyer_messages_store_idx').on(t.storeId, t.daySeq)],
);

/** What one market day's operations produced, with the account health it started from. */
export const marketDayOutcomes = sqliteTable('sandbox_market_day_outcomes', {
  marketDayId: text('market_day_id').primaryKey().references(() => marketDays.id, { onDelete: 'cascade' }),
  storeId: text('store_id').notNull().references(() => stores.id, { onDelete: 'cascade' }),
  seq: integer('seq').notNull(),
  healthAtStart: integer('health_at_start').notNull(),
  /** The demand index × 100. */
  demandPct: integer('demand_pct').notNull(),
  baseOrders: integer('base_orders').notNull(),
  orders: integer('orders').notNull(),
  returns: integer('returns').notNull(),
  messages: integer('messages').notNull(),
  lostToStock: integer('lost_to_stock').notNull(),
});

/** Units in stock; a product without a row has DEFAULT_STOCK units. */
export const productStock = sqliteTable('sandbox_product_stock', {
  productId: text('product_id').primaryKey().references(() => products.id, { onDelete: 'cascade' }),
  units: integer('units').notNull(),
});

export type BuyerMessage = typeof buyerMessages.$inferSelect;
export type MarketDayOutcomeRow = typeof marketDayOutcomes.$inferSelect;
