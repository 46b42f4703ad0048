/**
 * Organisations around the academy: partner institutions, enterprises (which
 * an admin approves), invite codes for instructors and government staff, and
 * the audit log of every administrative act.
 */
import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';
import { users } from './schema-auth.ts';

export const institutions = sqliteTable('institutions', {
  /** Short id shared with content/partners: fvtc, lnpu, sylg. */
  id: text('id').primaryKey(),
  nameZh: text('name_zh').notNull(),
  nameEn: text('name_en').notNull(),
  kind: text('kind', { enum: ['university', 'college', 'vocational'] }).notNull(),
  isPartner: integer('is_partner', { mode: 'boolean' }).notNull().default(true),
  /** Offered for new invites; an inactive institution keeps its people and history (ADR 0020). */
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  /** The institution's contact for the zone office (operational record, not public). */
  contactName: text('contact_name'),
  contactEmail: text('contact_email'),
  contactPhone: text('contact_phone'),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
});

export const ENTERPRISE_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type EnterpriseStatus = (typeof ENTERPRISE_STATUSES)[number];

/** 企业 — an enterprise account's profile (the account user owns it). */
export const enterprises = sqliteTable(
  'enterprises',
  {
    id: text('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .unique()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    /** 统一社会信用代码 — 18-character unified social credit code. */
    creditCode: text('credit_code').notNull(),
    contactName: text('contact_name').notNull(),
    contactPhone: text('contact_phone'),
    status: text('status', { enum: ENTERPRISE_STATUSES }).notNull().default('pending'),
    reviewedBy: text('reviewed_by').references(() => users.id),
    reviewedAt: integer('reviewed_at', { mode: 'timestamp_ms' }),
    reviewNote: text('review_note'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('enterprises_status_idx').on(t.status)],
);

/** An invite for instructor or government sign-up, bound to an institution or a department. */
export const inviteCodes = sqliteTable('invite_codes', {
  code: text('code').primaryKey(),
  role: text('role', { enum: ['instructor', 'government'] }).notNull(),
  institutionId: text('institution_id').references(() => institutions.id),
  department: text('department'),
  createdBy: text('created_by')
    .notNull()
    .references(() => users.id),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
  usedBy: text('used_by').references(() => users.id),
  /** Set when the code is spent: by the account it created (usedBy), or by a sign-up that created none (usedBy null). */
  usedAt: integer('used_at', { mode: 'timestamp_ms' }),
  /** An admin withdrew the unused code. */
  revokedAt: integer('revoked_at', { mode: 'timestamp_ms' }),
  revokedBy: text('revoked_by').references(() => users.id),
});

export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
    /** Null for system actions (seed, CLI). */
    actorId: text('actor_id').references(() => users.id, { onDelete: 'set null' }),
    action: text('action').notNull(),
    target: text('target'),
    /** JSON with the details of the act. */
    detail: text('detail'),
  },
  (t) => [index('audit_log_at_idx').on(t.at)],
);

export type Institution = typeof institutions.$inferSelect;
export type Enterprise = typeof enterprises.$inferSelect;
export type InviteCode = typeof inviteCodes.$inferSelect;
