/**
 * Order-based training (订单式培训): enterprises' extended profiles, training
 * orders with their required skills and curriculum, learners' applications
 * (ranked: the ranking is the learner's preference) and whether a learner lets
 * enterprises see them as a recommended candidate.
 */
import { sqliteTable, text, integer, index, primaryKey, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { users } from './schema-auth.ts';
import { enterprises } from './schema-org.ts';

export const ENTERPRISE_SIZES = ['micro', 'small', 'medium', 'large'] as const;
export type EnterpriseSize = (typeof ENTERPRISE_SIZES)[number];

/** What an enterprise tells about itself beyond the sign-up fields (kept on `enterprises`). */
export const enterpriseProfiles = sqliteTable('enterprise_profiles', {
  enterpriseId: text('enterprise_id')
    .primaryKey()
    .references(() => enterprises.id, { onDelete: 'cascade' }),
  industry: text('industry').notNull(),
  size: text('size', { enum: ENTERPRISE_SIZES }).notNull(),
  contactEmail: text('contact_email'),
  description: text('description').notNull().default(''),
  /** Park id (src/lib/enterprise/parks.ts) or 'elsewhere'. */
  park: text('park').notNull(),
  updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
});

export const ORDER_STATES = ['draft', 'open', 'matching', 'in_training', 'completed', 'cancelled'] as const;
export type OrderState = (typeof ORDER_STATES)[number];

/** 培训订单 — a training order posted by an approved enterprise. Money in fen. */
export const trainingOrders = sqliteTable(
  'training_orders',
  {
    id: text('id').primaryKey(),
    enterpriseId: text('enterprise_id')
      .notNull()
      .references(() => enterprises.id, { onDelete: 'cascade' }),
    titleZh: text('title_zh').notNull(),
    titleEn: text('title_en'),
    descriptionZh: text('description_zh').notNull(),
    descriptionEn: text('description_en'),
    /** The enterprise's own brief beside the catalogue curriculum. */
    brief: text('brief'),
    seats: integer('seats').notNull(),
    park: text('park').notNull(),
    trainingStart: integer('training_start', { mode: 'timestamp_ms' }).notNull(),
    trainingEnd: integer('training_end', { mode: 'timestamp_ms' }).notNull(),
    stipendFen: integer('stipend_fen').notNull(),
    salaryMinFen: integer('salary_min_fen').notNull(),
    salaryMaxFen: integer('salary_max_fen').notNull(),
    /** How many trainees the enterprise commits to hire, and as what. */
    hireCount: integer('hire_count').notNull(),
    hireRole: text('hire_role').notNull(),
    deadline: integer('deadline', { mode: 'timestamp_ms' }).notNull(),
    state: text('state', { enum: ORDER_STATES }).notNull().default('draft'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('training_orders_state_idx').on(t.state, t.deadline), index('training_orders_enterprise_idx').on(t.enterpriseId)],
);

export const trainingOrderSkills = sqliteTable(
  'training_order_skills',
  {
    orderId: text('order_id')
      .notNull()
      .references(() => trainingOrders.id, { onDelete: 'cascade' }),
    /** Shared vocabulary id (src/lib/content/skills.ts). */
    skill: text('skill').notNull(),
    minLevel: integer('min_level').notNull(),
  },
  (t) => [primaryKey({ columns: [t.orderId, t.skill] }), index('training_order_skills_skill_idx').on(t.skill)],
);

export const CURRICULUM_KINDS = ['course', 'scenario'] as const;

export const trainingOrderCurriculum = sqliteTable(
  'training_order_curriculum',
  {
    orderId: text('order_id')
      .notNull()
      .references(() => trainingOrders.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: CURRICULUM_KINDS }).notNull(),
    /** Course id or scenario id from content/. */
    ref: text('ref').notNull(),
  },
  (t) => [primaryKey({ columns: [t.orderId, t.kind, t.ref] })],
);

/**
 * active → (withdrawn | offered); offered → (accepted | declined); an active
 * application not placed by matching stays active.
 */
export const APPLICATION_STATUSES = ['active', 'withdrawn', 'offered', 'accepted', 'declined'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export const orderApplications = sqliteTable(
  'order_applications',
  {
    id: text('id').primaryKey(),
    orderId: text('order_id')
      .notNull()
      .references(() => trainingOrders.id, { onDelete: 'cascade' }),
    learnerId: text('learner_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    statement: text('statement').notNull(),
    /** The learner's preference: 1 = first choice. */
    rank: integer('rank').notNull(),
    status: text('status', { enum: APPLICATION_STATUSES }).notNull().default('active'),
    shortlisted: integer('shortlisted', { mode: 'boolean' }).notNull().default(false),
    offerExpiresAt: integer('offer_expires_at', { mode: 'timestamp_ms' }),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [uniqueIndex('order_applications_once').on(t.orderId, t.learnerId), index('order_applications_learner_idx').on(t.learnerId)],
);

/** A learner's choice to be seen by enterprises as a recommended candidate without applying (off by default). */
export const candidateVisibility = sqliteTable('candidate_visibility', {
  userId: text('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  visible: integer('visible', { mode: 'boolean' }).notNull().default(false),
  /** The park the learner prefers to work in (a fit factor). */
  park: text('park'),
  updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
});

/** 就业 — the outcome for one trainee of a completed order, with the enterprise's written feedback. */
export const placements = sqliteTable('placements', {
  applicationId: text('application_id')
    .primaryKey()
    .references(() => orderApplications.id, { onDelete: 'cascade' }),
  hired: integer('hired', { mode: 'boolean' }).notNull(),
  placedOn: integer('placed_on', { mode: 'timestamp_ms' }),
  role: text('role'),
  salaryBandMinFen: integer('salary_band_min_fen'),
  salaryBandMaxFen: integer('salary_band_max_fen'),
  feedback: text('feedback').notNull().default(''),
  recordedBy: text('recorded_by').references(() => users.id, { onDelete: 'set null' }),
  recordedAt: integer('recorded_at', { mode: 'timestamp_ms' }).notNull(),
});

export const RETENTION_MONTHS = [3, 6, 12] as const;

/** "Still employed?" — a dated task 3, 6 and 12 months after a hire; the answer is kept. */
export const retentionChecks = sqliteTable(
  'retention_checks',
  {
    applicationId: text('application_id')
      .notNull()
      .references(() => placements.applicationId, { onDelete: 'cascade' }),
    months: integer('months').notNull(),
    dueAt: integer('due_at', { mode: 'timestamp_ms' }).notNull(),
    stillEmployed: integer('still_employed', { mode: 'boolean' }),
    answeredAt: integer('answered_at', { mode: 'timestamp_ms' }),
    answeredBy: text('answered_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [primaryKey({ columns: [t.applicationId, t.months] }), index('retention_checks_due_idx').on(t.dueAt)],
);

export type Placement = typeof placements.$inferSelect;
export type RetentionCheck = typeof retentionChecks.$inferSelect;
export type EnterpriseProfile = typeof enterpriseProfiles.$inferSelect;
export type TrainingOrder = typeof trainingOrders.$inferSelect;
export type OrderApplication = typeof orderApplications.$inferSelect;
