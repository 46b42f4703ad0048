/**
 * Accounts and sign-in state: users, auth sessions (Lucia's current scheme:
 * only the SHA-256 of the token secret is stored) and rate-limit buckets,
 * kept in the database so that app instances stay stateless.
 */
import { sqliteTable, text, integer, blob, index } from 'drizzle-orm/sqlite-core';
import { institutions } from './schema-org.ts';

export const ROLES = ['learner', 'enterprise', 'instructor', 'government', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** active: can use the platform; pending: enterprise awaiting approval; disabled: blocked by an admin. */
export const USER_STATUSES = ['active', 'pending', 'disabled'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

export const users = sqliteTable(
  'users',
  {
    id: text('id').primaryKey(),
    /** Lower-cased e-mail, unique. */
    email: text('email').notNull().unique(),
    passwordHash: text('password_hash').notNull(),
    displayName: text('display_name').notNull(),
    role: text('role', { enum: ROLES }).notNull(),
    status: text('status', { enum: USER_STATUSES }).notNull().default('active'),
    /** Instructors (and learners, optionally) belong to a partner institution. */
    institutionId: text('institution_id').references(() => institutions.id),
    /** Government users: their department (e.g. 抚顺海关). */
    department: text('department'),
    /** Preferred interface language. */
    locale: text('locale', { enum: ['zh-CN', 'en'] }).notNull().default('zh-CN'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  // role/institution then name: the instructor desk and the regulator's desk page their people in name order
  // straight from these indexes, never a sort of every row; role then institution: learners per institution
  // (statistics) read the index alone. Every `role = ?` search leads with role (bench:dashboards).
  (t) => [
    index('users_role_institution_idx').on(t.role, t.institutionId),
    index('users_role_name_idx').on(t.role, t.displayName, t.id, t.institutionId),
    index('users_institution_name_idx').on(t.institutionId, t.role, t.displayName, t.id),
  ],
);

export const authSessions = sqliteTable(
  'auth_sessions',
  {
    /** The public id part of the token (>= 80 bits of entropy). */
    id: text('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** SHA-256 of the token secret; the secret itself is never stored. */
    secretHash: blob('secret_hash', { mode: 'buffer' }).notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    lastVerifiedAt: integer('last_verified_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('auth_sessions_user_idx').on(t.userId)],
);

/** Fixed-window failure counters for sign-in (per account and per IP). */
export const rateLimits = sqliteTable(
  'rate_limits',
  {
    /** e.g. `signin:email:a@b.cn` or `signin:ip:127.0.0.1` */
    key: text('key').primaryKey(),
    failures: integer('failures').notNull(),
    windowStartedAt: integer('window_started_at', { mode: 'timestamp_ms' }).notNull(),
    blockedUntil: integer('blocked_until', { mode: 'timestamp_ms' }),
  },
  // Pruning (rate-limit.ts pruneRateLimits) finds the oldest windows first, without reading the table.
  (t) => [index('rate_limits_window_idx').on(t.windowStartedAt)],
);

export type User = typeof users.$inferSelect;
export type AuthSessionRow = typeof authSessions.$inferSelect;
