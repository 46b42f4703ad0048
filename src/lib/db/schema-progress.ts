/**
 * Learning progress: enrolments, lesson completions and quiz attempts.
 * Course and lesson ids are content slugs (`customs-clearance`,
 * `customs-clearance/03-three-doc-match`), not foreign keys: content lives in files.
 */
import { sqliteTable, text, integer, primaryKey, index } from 'drizzle-orm/sqlite-core';
import { users } from './schema-auth.ts';

export const enrolments = sqliteTable(
  'enrolments',
  {
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    courseId: text('course_id').notNull(),
    enrolledAt: integer('enrolled_at', { mode: 'timestamp_ms' }).notNull(),
    /** Set when every lesson of the course is complete. */
    completedAt: integer('completed_at', { mode: 'timestamp_ms' }),
    /** Last lesson the learner opened or finished, for "continue where you left off". */
    lastLessonId: text('last_lesson_id'),
    lastActivityAt: integer('last_activity_at', { mode: 'timestamp_ms' }).notNull(),
  },
  // course first: per-course statistics read the index alone (bench:dashboards).
  (t) => [primaryKey({ columns: [t.userId, t.courseId] }), index('enrolments_course_idx').on(t.courseId, t.completedAt), index('enrolments_activity_idx').on(t.lastActivityAt), index('enrolments_enrolled_idx').on(t.enrolledAt)],
);

export const COMPLETION_SOURCES = ['manual', 'quiz', 'sandbox'] as const;

export const lessonCompletions = sqliteTable(
  'lesson_completions',
  {
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    lessonId: text('lesson_id').notNull(),
    courseId: text('course_id').notNull(),
    completedAt: integer('completed_at', { mode: 'timestamp_ms' }).notNull(),
    source: text('source', { enum: COMPLETION_SOURCES }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.lessonId] }), index('lesson_completions_course_idx').on(t.userId, t.courseId), index('lesson_completions_by_course_idx').on(t.courseId)],
);

export const quizAttempts = sqliteTable(
  'quiz_attempts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    lessonId: text('lesson_id').notNull(),
    courseId: text('course_id').notNull(),
    /** Percentage 0–100, rounded down. */
    score: integer('score').notNull(),
    correct: integer('correct').notNull(),
    total: integer('total').notNull(),
    passed: integer('passed', { mode: 'boolean' }).notNull(),
    /** JSON: question id → chosen option ids. */
    answers: text('answers').notNull(),
    submittedAt: integer('submitted_at', { mode: 'timestamp_ms' }).notNull(),
    /** Time from the first answer to submission, when the browser reported it. */
    durationMs: integer('duration_ms'),
  },
  (t) => [index('quiz_attempts_user_lesson_idx').on(t.userId, t.lessonId), index('quiz_attempts_course_idx').on(t.courseId, t.passed)],
);

export type Enrolment = typeof enrolments.$inferSelect;
export type QuizAttempt = typeof quizAttempts.$inferSelect;
