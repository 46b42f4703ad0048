/** What a store did with an order it could not declare as it was: split, cancel, move to general trade. */
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { users } from './schema-auth.ts';
import { storeOrders } from './schema-sandbox.ts';

export const ORDER_ACTIONS = ['split', 'cancel', 'general-trade'] as const;
export type OrderAction = (typeof ORDER_ACTIONS)[number];

export const orderActions = sqliteTable(
  'sandbox_order_actions',
  {
    id: text('id').primaryKey(),
    orderId: text('order_id')
      .notNull()
      .references(() => storeOrders.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    action: text('action', { enum: ORDER_ACTIONS }).notNull(),
    /** The store's reason (cancel), or null. */
    reason: text('reason'),
    /** JSON: order numbers of the orders a split created, or null. */
    childOrderNos: text('child_order_nos'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('sandbox_order_actions_order_idx').on(t.orderId)],
);

export type OrderActionRow = typeof orderActions.$inferSelect;
