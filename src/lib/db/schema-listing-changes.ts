/**
 * Each change to a product's listing (edit, publish, unpublish) with the member who made it: a
 * team's store is worked in by several learners, and the store page shows who did what.
 */
import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';
import { users } from './schema-auth.ts';
import { products, stores } from './schema-sandbox.ts';

export const LISTING_CHANGES = ['edit', 'publish', 'unpublish'] as const;
export type ListingChange = (typeof LISTING_CHANGES)[number];

export const listingChanges = sqliteTable(
  'sandbox_listing_changes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    productId: text('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    storeId: text('store_id')
      .notNull()
      .references(() => stores.id, { onDelete: 'cascade' }),
    actorId: text('actor_id').references(() => users.id, { onDelete: 'set null' }),
    change: text('change', { enum: LISTING_CHANGES }).notNull(),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('sandbox_listing_changes_store_idx').on(t.storeId, t.at)],
);
