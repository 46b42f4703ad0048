/**
 * Incubation (双创孵化): learners' teams of 2–5 around a product niche tied to a Fushun industry,
 * one sandbox store per team, an approved enterprise user as mentor, the mentor's and members'
 * comments, and a public showcase. Milestones are not stored: they are read from the sandbox data.
 */
import { sqliteTable, text, integer, index, primaryKey } from 'drizzle-orm/sqlite-core';
import { users } from './schema-auth.ts';
import { stores } from './schema-sandbox.ts';

/** The Fushun industries a team's niche is tied to (the pilot zone's parks' industries). */
export const TEAM_INDUSTRIES = ['bonded-logistics', 'wood-products', 'herbal-medicine', 'specialty-agriculture', 'paraffin', 'fine-chemicals'] as const;
export type TeamIndustry = (typeof TEAM_INDUSTRIES)[number];

export const teams = sqliteTable(
  'incubation_teams',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    /** The product niche, in the team's words. */
    niche: text('niche').notNull(),
    industry: text('industry', { enum: TEAM_INDUSTRIES }).notNull(),
    /** Shared with the people the team invites. */
    joinCode: text('join_code').notNull().unique(),
    leadId: text('lead_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    storeId: text('store_id').references(() => stores.id, { onDelete: 'set null' }),
    mentorId: text('mentor_id').references(() => users.id, { onDelete: 'set null' }),
    /** The public showcase text; published when `showcasePublishedAt` is set. */
    showcase: text('showcase').notNull().default(''),
    showcasePublishedAt: integer('showcase_published_at', { mode: 'timestamp_ms' }),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('incubation_teams_mentor_idx').on(t.mentorId)],
);

export const teamMembers = sqliteTable(
  'incubation_team_members',
  {
    teamId: text('team_id')
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    joinedAt: integer('joined_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.teamId, t.userId] }), index('incubation_team_members_user_idx').on(t.userId)],
);

export const teamComments = sqliteTable(
  'incubation_team_comments',
  {
    id: text('id').primaryKey(),
    teamId: text('team_id')
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
    authorId: text('author_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    body: text('body').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('incubation_team_comments_team_idx').on(t.teamId, t.createdAt)],
);

export type Team = typeof teams.$inferSelect;
export type TeamComment = typeof teamComments.$inferSelect;
