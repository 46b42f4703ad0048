/**
 * Offline study: every item a learner's device queued while offline (a lesson completion or a quiz
 * answer) and synced later, under the idempotency key the device gave it. The row is written in the
 * same transaction as the item's effect, so an item is applied exactly once however often it is sent.
 */
import { sqliteTable, text, integer, primaryKey } from 'drizzle-orm/sqlite-core';
import { users } from './schema-auth.ts';

export const OFFLINE_ITEM_KINDS = ['lesson-complete', 'quiz'] as const;

export const offlineSyncItems = sqliteTable(
  'offline_sync_items',
  {
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** The idempotency key: a random UUID the device made when it queued the item. */
    key: text('key').notNull(),
    kind: text('kind', { enum: OFFLINE_ITEM_KINDS }).notNull(),
    lessonId: text('lesson_id').notNull(),
    /** When the learner did it, as the device said (bounded by the server, see src/lib/offline/sync.ts). */
    occurredAt: integer('occurred_at', { mode: 'timestamp_ms' }).notNull(),
    receivedAt: integer('received_at', { mode: 'timestamp_ms' }).notNull(),
    /** JSON: what applying the item did (the answer a repeated send gets). */
    outcome: text('outcome').notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.key] })],
);
