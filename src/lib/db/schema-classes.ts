/**
 * 班级 — an instructor's class (e.g. 2026级跨境电商1班) for courses of their institution. Learners
 * join with the class's join code, which is single-purpose (it joins this class and nothing else),
 * expires, and can be regenerated (the old code stops working at once).
 */
import { sqliteTable, text, integer, primaryKey, index } from 'drizzle-orm/sqlite-core';
import { users } from './schema-auth.ts';
import { institutions } from './schema-org.ts';

export const classes = sqliteTable(
  'classes',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    institutionId: text('institution_id')
      .notNull()
      .references(() => institutions.id),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    /** Upper-case, unambiguous letters and digits; unique. */
    joinCode: text('join_code').notNull().unique(),
    joinCodeExpiresAt: integer('join_code_expires_at', { mode: 'timestamp_ms' }).notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('classes_institution_idx').on(t.institutionId, t.createdAt)],
);

/** The courses a class studies (content course ids, all of the class's institution). */
export const classCourses = sqliteTable(
  'class_courses',
  {
    classId: text('class_id')
      .notNull()
      .references(() => classes.id, { onDelete: 'cascade' }),
    courseId: text('course_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.classId, t.courseId] })],
);

export const classMembers = sqliteTable(
  'class_members',
  {
    classId: text('class_id')
      .notNull()
      .references(() => classes.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    joinedAt: integer('joined_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.classId, t.userId] }), index('class_members_user_idx').on(t.userId)],
);

export type ClassRow = typeof classes.$inferSelect;
