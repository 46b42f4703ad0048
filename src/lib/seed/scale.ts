/**
 * Synthetic data at scale for benchmarks: N learners with enrolments, lesson completions, quiz
 * attempts (a failed first try on about 40% of lessons), scenario attempts and sandbox declarations
 * with their events, over the real catalogue's lesson and scenario ids. Generated inside SQLite
 * with recursive CTEs (no row crosses into JavaScript), in one transaction, so 100,000 learners
 * (over 5 million rows) take a couple of minutes. Synthetic users are `scale-<n>` with an unusable
 * password hash; they never sign in.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import type { ProfileCatalogue } from '../progress/catalogue.ts';

export interface ScaleResult {
  learners: number;
  rows: Record<string, number>;
}

const TABLES = ['users', 'enrolments', 'lesson_completions', 'quiz_attempts', 'sandbox_scenario_attempts', 'sandbox_declarations', 'sandbox_declaration_events'] as const;

async function counts(db: Db): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of TABLES) out[t] = Number((await db.all<{ n: number }>(sql.raw(`select count(*) as n from ${t}`)))[0]?.n ?? 0);
  return out;
}

/** Fills the database; refuses when synthetic learners already exist. `now` anchors every date (spread over the year before it). */
export async function seedScale(db: Db, input: { learners: number; catalogue: ProfileCatalogue; now?: Date }): Promise<ScaleResult> {
  const n = Math.floor(input.learners);
  if (!Number.isInteger(n) || n < 1 || n > 1_000_000) throw new RangeError('learners must be an integer from 1 to 1,000,000');
  const existing = await db.all<{ n: number }>(sql`select count(*) as n from users where id like 'scale-%'`);
  if (Number(existing[0]?.n ?? 0) > 0) throw new Error('synthetic learners already exist in this database; use a fresh DATABASE_URL');
  const now = (input.now ?? new Date()).getTime();
  const year = 365 * 86_400_000;
  const lessons = input.catalogue.courses.flatMap((c) => c.lessons.map((l) => ({ lesson: l.id, course: c.id })));
  const scenarios = [...input.catalogue.scenarioLesson.entries()].map(([id, l]) => ({ id, lesson: l.id }));
  const before = await counts(db);
  await db.transaction(async (tx) => {
    await tx.run(sql`create temp table if not exists scale_lessons (idx integer primary key, lesson_id text, course_id text)`);
    await tx.run(sql`create temp table if not exists scale_scenarios (idx integer primary key, scenario_id text, lesson_id text)`);
    await tx.run(sql`delete from scale_lessons`);
    await tx.run(sql`delete from scale_scenarios`);
    await tx.run(sql`insert into scale_lessons (idx, lesson_id, course_id) select key, json_extract(value, '$.lesson'), json_extract(value, '$.course') from json_each(${JSON.stringify(lessons)})`);
    await tx.run(sql`insert into scale_scenarios (idx, scenario_id, lesson_id) select key, json_extract(value, '$.id'), json_extract(value, '$.lesson') from json_each(${JSON.stringify(scenarios)})`);
    // Learners, spread over the three partner institutions and one group outside them.
    await tx.run(sql`
      with recursive s(i) as (select 1 union all select i + 1 from s where i < ${n})
      insert into users (id, email, password_hash, display_name, role, status, institution_id, locale, created_at)
      select 'scale-' || i, 'scale-' || i || '@scale.invalid', '!synthetic', '学员' || printf('%06d', i), 'learner', 'active',
             case i % 4 when 0 then 'lnpu' when 1 then 'sylg' when 2 then 'fvtc' else null end, 'zh-CN', ${now - year} + (i * 7919 % ${year})
      from s`);
    // Each learner takes about 37% of all lessons (whole courses in the real data; here a stable pseudo-random pick).
    await tx.run(sql`
      insert into lesson_completions (user_id, lesson_id, course_id, completed_at, source)
      select u.id, l.lesson_id, l.course_id, ${now - year} + ((u.rowid * 104729 + l.idx * 7927) % ${year}), 'quiz'
      from users u join scale_lessons l on ((u.rowid * 2654435761 + l.idx * 40503) % 100) < 37
      where u.id like 'scale-%'`);
    await tx.run(sql`
      insert into enrolments (user_id, course_id, enrolled_at, completed_at, last_lesson_id, last_activity_at)
      select user_id, course_id, min(completed_at), null, max(lesson_id), max(completed_at)
      from lesson_completions where user_id like 'scale-%' group by user_id, course_id`);
    // Failed tries, oldest first (ids follow time, so the first attempt is the earliest): ~25% and ~40%, then the pass.
    await tx.run(sql`
      insert into quiz_attempts (user_id, lesson_id, course_id, score, correct, total, passed, answers, submitted_at, duration_ms)
      select user_id, lesson_id, course_id, 20, 1, 5, 0, '{}', completed_at - 1200000, 200000
      from lesson_completions where user_id like 'scale-%' and ((rowid * 69621) % 100) < 25`);
    // A failed attempt on ~40% of completed lessons, then the passing one.
    await tx.run(sql`
      insert into quiz_attempts (user_id, lesson_id, course_id, score, correct, total, passed, answers, submitted_at, duration_ms)
      select user_id, lesson_id, course_id, 40, 2, 5, 0, '{}', completed_at - 600000, 240000
      from lesson_completions where user_id like 'scale-%' and ((rowid * 48271) % 100) < 40`);
    await tx.run(sql`
      insert into quiz_attempts (user_id, lesson_id, course_id, score, correct, total, passed, answers, submitted_at, duration_ms)
      select user_id, lesson_id, course_id, 60 + (rowid * 16807) % 41, 4, 5, 1, '{}', completed_at, 300000
      from lesson_completions where user_id like 'scale-%'`);
    await tx.run(sql`
      insert into sandbox_scenario_attempts (user_id, scenario_id, lesson_id, passed, error_codes, duration_ms, submitted_at)
      select u.id, sc.scenario_id, sc.lesson_id, ((u.rowid + sc.idx) % 3) > 0, case when ((u.rowid + sc.idx) % 3) > 0 then '[]' else '["MATCH_AMOUNT_PAID"]' end, 420000,
             ${now - year} + ((u.rowid * 7 + sc.idx * 86400000) % ${year})
      from users u join scale_scenarios sc on ((u.rowid * 31 + sc.idx * 17) % 10) < 1
      where u.id like 'scale-%'`);
    // Two first-attempt declarations per learner, ~70% accepted.
    await tx.run(sql`
      with recursive k(j) as (select 1 union all select j + 1 from k where j < 2)
      insert into sandbox_declarations (id, user_id, kind, status, attempt, findings, as_of, created_at, updated_at)
      select 'scale-d-' || u.rowid || '-' || k.j, u.id, case when k.j = 1 then 'import-set' else 'export-set' end,
             case when ((u.rowid * 13 + k.j) % 10) < 7 then 'released' else 'rejected' end, 1,
             case when ((u.rowid * 13 + k.j) % 10) < 7 then '[]' else '[{"code":"MATCH_AMOUNT_PAID","severity":"error"},{"code":"LIMIT_SINGLE","severity":"error"}]' end,
             '2026-11-01', ${now - year} + ((u.rowid * 65537 + k.j) % ${year}), ${now}
      from users u, k where u.id like 'scale-%'`);
    await tx.run(sql`
      insert into sandbox_declaration_events (declaration_id, at, status, receipt_code)
      select id, created_at, case status when 'released' then 'accepted' else 'rejected' end, case status when 'released' then '120' else '100' end
      from sandbox_declarations where id like 'scale-d-%'`);
    await tx.run(sql`
      insert into sandbox_declaration_events (declaration_id, at, status, receipt_code)
      select id, created_at + 60000, 'released', '800' from sandbox_declarations where id like 'scale-d-%' and status = 'released'`);
  });
  const after = await counts(db);
  return { learners: n, rows: Object.fromEntries(TABLES.map((t) => [t, (after[t] ?? 0) - (before[t] ?? 0)])) };
}
