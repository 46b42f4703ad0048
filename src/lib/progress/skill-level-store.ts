/**
 * Stored skill levels (schema: `src/lib/db/schema-skill-levels.ts`): what lets the talent view count the
 * learners at or above a level of a skill with one index range, instead of computing every learner's
 * profile on each page view (minutes at 100,000 learners).
 *
 * `refreshSkillLevels` first recomputes the learners the database's triggers queued (every write of skill
 * evidence queues its learner), with the one `learnerProfiles` read model, so what it stores is what a
 * profile shows; when the content or the formula changed since the levels were stored, it queues every
 * learner first. A learner queued again while being computed keeps the newer queue entry (its id is
 * larger), so a write that lands during a refresh is never lost. `npm run db:migrate` runs it after the
 * migrations, so a deployment does the full recomputation before the first page asks.
 */
import { createHash } from 'node:crypto';
import { and, eq, gte, sql } from 'drizzle-orm';
import { ERROR_CATALOGUE } from '#sandbox';
import type { Db } from '../db/client.ts';
import { users } from '../db/schema-auth.ts';
import { learnerSkillLevels, skillLevelQueue, skillLevelState } from '../db/schema-skill-levels.ts';
import { SKILL_IDS } from '../content/skills.ts';
import { defaultCatalogue, type ProfileCatalogue } from './catalogue.ts';
import { KIND_SKILLS, learnerProfiles } from './profile.ts';
import { SANDBOX_FULL_TRUST, SKILL_WEIGHTS } from './skill-levels.ts';

/** Raise when the level formula changes in a way its constants (below) do not show. */
const FORMULA_VERSION = 1;
const BATCH = 500;

const fingerprints = new WeakMap<ProfileCatalogue, string>();

/** Names everything a stored level depends on besides the learner's own rows. */
function levelFingerprint(catalogue: ProfileCatalogue): string {
  const known = fingerprints.get(catalogue);
  if (known) return known;
  const lessons = [...catalogue.lesson.values()].map((l) => [l.id, l.skills, l.scenarios]).sort((a, b) => String(a[0]).localeCompare(String(b[0])));
  const errors = ERROR_CATALOGUE.map((e) => [e.code, e.lesson]);
  const input = JSON.stringify([FORMULA_VERSION, SKILL_IDS, SKILL_WEIGHTS, SANDBOX_FULL_TRUST, KIND_SKILLS, lessons, errors]);
  const fingerprint = createHash('sha256').update(input).digest('base64url');
  fingerprints.set(catalogue, fingerprint);
  return fingerprint;
}

const inJson = (column: unknown, values: readonly unknown[]) => sql`${column} in (select value from json_each(${JSON.stringify(values)}))`;

/** Brings the stored levels up to date; returns how many learners it recomputed. */
export async function refreshSkillLevels(db: Db, catalogue: ProfileCatalogue = defaultCatalogue()): Promise<number> {
  const fingerprint = levelFingerprint(catalogue);
  const state = (await db.select({ catalogue: skillLevelState.catalogue }).from(skillLevelState).where(eq(skillLevelState.id, 1)))[0];
  if (state?.catalogue !== fingerprint) {
    await db.transaction(async (tx) => {
      await tx.run(sql`insert into skill_level_queue (user_id) select id from users where role = 'learner' and id not in (select user_id from skill_level_queue)`);
      await tx.run(sql`insert into skill_level_queue (user_id) select distinct user_id from learner_skill_levels where user_id not in (select user_id from skill_level_queue)`);
      await tx.insert(skillLevelState).values({ id: 1, catalogue: fingerprint }).onConflictDoUpdate({ target: skillLevelState.id, set: { catalogue: fingerprint } });
    });
  }
  let done = 0;
  for (;;) {
    const queued = await db.select({ id: skillLevelQueue.id, userId: skillLevelQueue.userId }).from(skillLevelQueue).orderBy(skillLevelQueue.id).limit(BATCH);
    if (queued.length === 0) return done;
    const ids = queued.map((q) => q.userId);
    const learners = (await db.select({ id: users.id }).from(users).where(and(eq(users.role, 'learner'), inJson(users.id, ids)))).map((u) => u.id);
    const profiles = await learnerProfiles(db, learners, catalogue);
    const rows = [...profiles.values()].flatMap((p) => p.skills.filter((s) => s.level > 0).map((s) => [p.userId, s.skill, s.level]));
    await db.transaction(async (tx) => {
      await tx.delete(learnerSkillLevels).where(inJson(learnerSkillLevels.userId, ids));
      if (rows.length > 0) {
        await tx.run(sql`insert into learner_skill_levels (user_id, skill, level) select value ->> 0, value ->> 1, value ->> 2 from json_each(${JSON.stringify(rows)})`);
      }
      await tx.delete(skillLevelQueue).where(inJson(skillLevelQueue.id, queued.map((q) => q.id)));
    });
    done += queued.length;
  }
}

/** Learners whose stored level of each skill reaches the level asked (levels above 0 only). */
export async function learnersAtLevel(db: Db, asks: ReadonlyArray<{ skill: string; level: number }>): Promise<Map<string, number>> {
  const counts = await Promise.all(
    asks.map(async (a) => (await db.select({ n: sql<number>`count(*)` }).from(learnerSkillLevels).where(and(eq(learnerSkillLevels.skill, a.skill), gte(learnerSkillLevels.level, Math.max(1, a.level)))))[0]?.n ?? 0),
  );
  return new Map(asks.map((a, i) => [a.skill, Number(counts[i])]));
}
