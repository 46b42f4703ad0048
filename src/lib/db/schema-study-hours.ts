/**
 * 学时 — study hours of government staff: the time spent on each lesson (measured by the lesson
 * page's heartbeat, counted on the server), the rules and annual target of each department, and
 * who heads a department. Hours are stored and computed in tenths of an hour (integers).
 */
import { sqliteTable, text, integer, primaryKey, index } from 'drizzle-orm/sqlite-core';
import { users } from './schema-auth.ts';

/** Seconds of study on one lesson in one calendar year (Asia/Shanghai). */
export const lessonStudyTime = sqliteTable(
  'lesson_study_time',
  {
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    lessonId: text('lesson_id').notNull(),
    courseId: text('course_id').notNull(),
    year: integer('year').notNull(),
    seconds: integer('seconds').notNull(),
    /** The last heartbeat: the next one adds the time since, up to a cap. */
    lastPingAt: integer('last_ping_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.year, t.lessonId] })],
);

/** A department's rules and target for one year; a department without a row uses the defaults. */
export const studyHourPolicies = sqliteTable(
  'study_hour_policies',
  {
    department: text('department').notNull(),
    year: integer('year').notNull(),
    /** Annual target, tenths of an hour. */
    targetTenths: integer('target_tenths').notNull(),
    /** Minutes of study on a lesson that earn `lessonTenths`. */
    lessonMinutes: integer('lesson_minutes').notNull(),
    lessonTenths: integer('lesson_tenths').notNull(),
    /** Added for each lesson test passed in the year. */
    testTenths: integer('test_tenths').notNull(),
    /** Added for each graded scenario first passed in the year (rows from before it existed get 1.0 hour). */
    scenarioTenths: integer('scenario_tenths').notNull().default(10),
    updatedBy: text('updated_by').references(() => users.id, { onDelete: 'set null' }),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.department, t.year] })],
);

/** 部门负责人 — government users who see their department's totals and set its rules. */
export const departmentHeads = sqliteTable(
  'department_heads',
  {
    userId: text('user_id')
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    department: text('department').notNull(),
    appointedAt: integer('appointed_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('department_heads_department_idx').on(t.department)],
);

export type StudyHourPolicy = typeof studyHourPolicies.$inferSelect;
