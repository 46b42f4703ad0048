/**
 * A class's analytics for its instructor: per-learner progress in the class's courses, a
 * per-lesson completion funnel, quiz item analysis (how often each option was chosen) and the
 * class's most common sandbox errors. Members come from the profile read model in one batch (a
 * class has at most `MAX_MEMBERS`); option counts are one SQL aggregate over the attempts' JSON.
 */
import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { users } from '../db/schema-auth.ts';
import { classMembers } from '../db/schema-classes.ts';
import { defaultCatalogue, type ProfileCatalogue } from '../progress/catalogue.ts';
import { learnerProfiles } from '../progress/profile.ts';

export interface ClassLearnerRow {
  userId: string;
  name: string;
  email: string;
  joinedAt: Date;
  /** Per class course, in the class's course order. */
  courses: Array<{ courseId: string; lessonsCompleted: number; lessonsTotal: number; percent: number; finished: boolean }>;
  /** Mean best score over the class courses' quizzes taken; null before any. */
  quizBest: number | null;
  scenariosPassed: number;
  declarations: number;
  firstTimePercent: number | null;
}

export interface FunnelStep {
  courseId: string;
  lessonId: string;
  completed: number;
  /** Share of the class's members, 0–100. */
  percent: number;
}

export interface OptionCount {
  lessonId: string;
  questionId: string;
  optionId: string;
  /** Attempts that chose this option. */
  chosen: number;
  /** Attempts at the lesson's quiz by the class's members. */
  attempts: number;
}

export interface ClassAnalytics {
  members: number;
  learners: ClassLearnerRow[];
  funnel: FunnelStep[];
  options: OptionCount[];
  errors: Array<{ code: string; count: number; learners: number; lessonId: string | null }>;
}

const pct = (n: number, of: number) => (of === 0 ? 0 : Math.round((n * 100) / of));

export async function classAnalytics(db: Db, input: { classId: string; courseIds: readonly string[] }, catalogue: ProfileCatalogue = defaultCatalogue()): Promise<ClassAnalytics> {
  const members = await db
    .select({ userId: users.id, name: users.displayName, email: users.email, joinedAt: classMembers.joinedAt })
    .from(classMembers)
    .innerJoin(users, eq(users.id, classMembers.userId))
    .where(eq(classMembers.classId, input.classId))
    .orderBy(asc(users.displayName), asc(users.email));
  const courseIds = new Set(input.courseIds);
  const courses = input.courseIds.map((id) => catalogue.course.get(id)).filter((c) => c !== undefined);
  const [profiles, options] = await Promise.all([
    learnerProfiles(db, members.map((m) => m.userId), catalogue),
    db.all<{ lessonId: string; questionId: string; optionId: string; chosen: number; attempts: number }>(sql`
      with a as (
        select q.id, q.lesson_id, q.answers from class_members m join quiz_attempts q on q.user_id = m.user_id
        where m.class_id = ${input.classId} and q.course_id in (select value from json_each(${JSON.stringify([...courseIds])}))
      )
      select a.lesson_id as lessonId, j.key as questionId, o.value as optionId, count(*) as chosen,
        (select count(*) from a a2 where a2.lesson_id = a.lesson_id) as attempts
      from a, json_each(a.answers) j, json_each(j.value) o
      group by a.lesson_id, j.key, o.value order by a.lesson_id, j.key, o.value`),
  ]);
  const learners = members.map((m): ClassLearnerRow => {
    const p = profiles.get(m.userId);
    const quizzes = (p?.quizzes ?? []).filter((q) => courseIds.has(q.courseId));
    return {
      ...m,
      courses: courses.map((c) => {
        const s = p?.courses.find((x) => x.courseId === c.id);
        return { courseId: c.id, lessonsCompleted: s?.lessonsCompleted ?? 0, lessonsTotal: c.lessons.length, percent: s?.requirements.percent ?? 0, finished: s?.requirements.met ?? false };
      }),
      quizBest: quizzes.length === 0 ? null : Math.round(quizzes.reduce((n, q) => n + q.best, 0) / quizzes.length),
      scenariosPassed: (p?.scenarios ?? []).filter((s) => s.passed).length,
      declarations: p?.sandbox.declarations ?? 0,
      firstTimePercent: p?.sandbox.firstTimeAcceptanceRate == null ? null : Math.round(p.sandbox.firstTimeAcceptanceRate * 100),
    };
  });
  const funnel = courses.flatMap((c) =>
    c.lessons.map((l) => {
      const completed = members.filter((m) => profiles.get(m.userId)?.completedLessonIds.has(l.id)).length;
      return { courseId: c.id, lessonId: l.id, completed, percent: pct(completed, members.length) };
    }),
  );
  const errors = new Map<string, { code: string; count: number; learners: number; lessonId: string | null }>();
  for (const p of profiles.values()) {
    for (const e of p.sandbox.errorCodes) {
      const row = errors.get(e.code) ?? { code: e.code, count: 0, learners: 0, lessonId: e.lessonId };
      row.count += e.count;
      row.learners += 1;
      errors.set(e.code, row);
    }
  }
  return {
    members: members.length,
    learners,
    funnel,
    options: options.map((o) => ({ ...o, chosen: Number(o.chosen), attempts: Number(o.attempts) })),
    errors: [...errors.values()].sort((a, b) => b.count - a.count || a.code.localeCompare(b.code)).slice(0, 20),
  };
}
