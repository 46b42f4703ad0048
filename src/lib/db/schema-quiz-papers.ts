/**
 * Quiz papers: the questions one attempt asks, drawn on the server from the quiz's bank
 * (src/lib/courses/paper.ts), with each question's option order. A learner has at most one open
 * paper per lesson; submitting grades against it and closes it in the same transaction as the
 * attempt (src/lib/progress/quiz-papers.ts). See docs/decisions/0020-quiz-papers.md.
 */
import { sql } from 'drizzle-orm';
import { sqliteTable, text, integer, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { users } from './schema-auth.ts';
import { quizAttempts } from './schema-progress.ts';

export const quizPapers = sqliteTable(
  'quiz_papers',
  {
    /** 20 random URL-safe characters: the hidden `paperId` of the quiz form. */
    id: text('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    lessonId: text('lesson_id').notNull(),
    /** The 32-bit seed the draw used. */
    seed: integer('seed').notNull(),
    /** JSON: the drawn questions in order, each `{ id, options }` with its option ids in the order shown. */
    layout: text('layout').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    /** Set when the paper was graded (or closed unanswered because the bank changed). */
    submittedAt: integer('submitted_at', { mode: 'timestamp_ms' }),
    /** The graded attempt; null while open or when closed unanswered. */
    attemptId: integer('attempt_id').references(() => quizAttempts.id, { onDelete: 'set null' }),
  },
  (t) => [
    // One open paper per learner and lesson: opening the quiz again shows the same paper.
    uniqueIndex('quiz_papers_open_idx').on(t.userId, t.lessonId).where(sql`${t.submittedAt} IS NULL`),
    index('quiz_papers_user_lesson_idx').on(t.userId, t.lessonId, t.createdAt),
  ],
);

export type QuizPaperRow = typeof quizPapers.$inferSelect;
