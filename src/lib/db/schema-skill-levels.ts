/**
 * Stored skill levels: the read model that lets a query count the learners at or above a level without
 * computing 100,000 profiles (the talent view). `learner_skill_levels` holds, per learner, every skill
 * whose level from evidence is above 0, exactly as `learnerProfiles` computes it.
 *
 * It cannot fall behind unnoticed: triggers (migration `skill_level_triggers`) put the learner of every
 * written lesson completion, quiz attempt, scenario attempt, declaration and declaration event, and every
 * account whose role changes, in `skill_level_queue`, whatever code path wrote it; the reader
 * (`src/lib/progress/skill-level-store.ts`) recomputes the queued learners before it counts. The content
 * the levels were computed against is named by `skill_level_state.catalogue`; when it differs (content or
 * formula changed), every learner is queued.
 */
import { sqliteTable, text, integer, primaryKey, index } from 'drizzle-orm/sqlite-core';
import { users } from './schema-auth.ts';

export const learnerSkillLevels = sqliteTable(
  'learner_skill_levels',
  {
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    skill: text('skill').notNull(),
    /** 1..100 (a level of 0 is not stored). */
    level: integer('level').notNull(),
  },
  // skill first: "learners at or above level L of skill S" is a range of this index alone.
  (t) => [primaryKey({ columns: [t.userId, t.skill] }), index('learner_skill_levels_skill_idx').on(t.skill, t.level)],
);

/** Learners whose levels must be recomputed. No foreign key: a deleted account's rows queue it too. */
export const skillLevelQueue = sqliteTable('skill_level_queue', {
  /** AUTOINCREMENT: a learner queued again gets a larger id, so the reader removes only what it computed. */
  id: integer('id').primaryKey({ autoIncrement: true }),
  userId: text('user_id').notNull().unique(),
});

export const skillLevelState = sqliteTable('skill_level_state', {
  id: integer('id').primaryKey(),
  /** Fingerprint of the catalogue and formula the stored levels were computed with. */
  catalogue: text('catalogue').notNull(),
});
