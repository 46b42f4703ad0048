/**
 * A class's analytics for its instructor: per-learner progress in the class's courses, a
 * per-lesson completion funnel, quiz item analysis (how often each option was chosen, every option
 * of the quiz listed, unchosen ones with 0) and the class's most common sandbox errors. Members come
 * from the profile read model in one batch (a class has at most `MAX_MEMBERS`); option counts and
 * the questions each attempt's paper asked are SQL aggregates over the attempts' and papers' JSON.
 */
import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { users } from '../db/schema-auth.ts';
import { classMembers } from '../db/schema-classes.ts';
import type { Quiz } from '../content/schema.ts';
import { paperSize } from '../courses/paper.ts';
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
  /**
   * Attempts that asked this question: whose paper drew it (ADR 0020). An attempt without a paper (recorded before
   * papers, or offline for a quiz asking its whole bank) asked the whole bank when the quiz draws no subset, else
   * the questions it answered.
   */
  attempts: number;
  /** Attempts at the lesson's quiz by the class's members. */
  lessonAttempts: number;
}

/** The quizzes' questions and options, by lesson id, so that options nobody chose are listed too. */
export type ClassQuizzes = ReadonlyMap<string, Pick<Quiz, 'draw' | 'questions'>>;

export interface ClassAnalytics {
  members: number;
  learners: ClassLearnerRow[];
  funnel: FunnelStep[];
  options: OptionCount[];
  errors: Array<{ code: string; count: number; learners: number; lessonId: string | null }>;
}

const pct = (n: number, of: number) => (of === 0 ? 0 : Math.round((n * 100) / of));

interface ChosenRow {
  lessonId: string;
  questionId: string;
  optionId: string;
  chosen: number;
}

/**
 * Option counts per question, every option of a known quiz included, each over the attempts that asked its
 * question. Lessons in id order; a known quiz's questions and options in its order, then any chosen option the
 * quiz no longer has.
 */
async function itemAnalysis(db: Db, classId: string, courseIds: readonly string[], quizzes: ClassQuizzes): Promise<OptionCount[]> {
  // The class's attempts at the class's courses, each with its paper's layout when it had a (well-formed) paper.
  const attempts = sql`
    select q.lesson_id, q.answers, case when json_valid(p.layout) then p.layout end as layout
    from class_members m join quiz_attempts q on q.user_id = m.user_id
    left join quiz_papers p on p.user_id = q.user_id and p.lesson_id = q.lesson_id and p.attempt_id = q.id
    where m.class_id = ${classId} and q.course_id in (select value from json_each(${JSON.stringify(courseIds)}))`;
  const [chosenRows, askedRows, lessonRows] = await Promise.all([
    db.all<ChosenRow>(sql`
      with a as (${attempts})
      select a.lesson_id as lessonId, j.key as questionId, o.value as optionId, count(*) as chosen
      from a, json_each(a.answers) j, json_each(j.value) o
      group by a.lesson_id, j.key, o.value order by a.lesson_id, j.key, o.value`),
    db.all<{ lessonId: string; questionId: string; fromPaper: number; n: number }>(sql`
      with a as (${attempts})
      select a.lesson_id as lessonId, json_extract(j.value, '$.id') as questionId, 1 as fromPaper, count(*) as n
      from a, json_each(a.layout) j where a.layout is not null group by a.lesson_id, json_extract(j.value, '$.id')
      union all
      select a.lesson_id, j.key, 0, count(*) from a, json_each(a.answers) j where a.layout is null group by a.lesson_id, j.key`),
    db.all<{ lessonId: string; attempts: number; withoutPaper: number }>(sql`
      with a as (${attempts})
      select a.lesson_id as lessonId, count(*) as attempts, sum(a.layout is null) as withoutPaper from a group by a.lesson_id order by a.lesson_id`),
  ]);
  const key = (...parts: string[]) => parts.join('\u0000');
  const chosen = new Map(chosenRows.map((r) => [key(r.lessonId, r.questionId, r.optionId), Number(r.chosen)]));
  const onPaper = new Map<string, number>();
  const answeredWithoutPaper = new Map<string, number>();
  for (const r of askedRows) (Number(r.fromPaper) === 1 ? onPaper : answeredWithoutPaper).set(key(r.lessonId, r.questionId), Number(r.n));
  const out: OptionCount[] = [];
  for (const lesson of lessonRows) {
    const lessonAttempts = Number(lesson.attempts);
    const quiz = quizzes.get(lesson.lessonId);
    const asksWholeBank = quiz !== undefined && paperSize(quiz) >= quiz.questions.length;
    const asked = (questionId: string) =>
      (onPaper.get(key(lesson.lessonId, questionId)) ?? 0) + (asksWholeBank ? Number(lesson.withoutPaper) : (answeredWithoutPaper.get(key(lesson.lessonId, questionId)) ?? 0));
    const listed = new Set<string>();
    const row = (questionId: string, optionId: string) => {
      listed.add(key(questionId, optionId));
      out.push({ lessonId: lesson.lessonId, questionId, optionId, chosen: chosen.get(key(lesson.lessonId, questionId, optionId)) ?? 0, attempts: asked(questionId), lessonAttempts });
    };
    for (const q of quiz?.questions ?? []) for (const o of q.options) row(q.id, o.id);
    for (const r of chosenRows) if (r.lessonId === lesson.lessonId && !listed.has(key(r.questionId, r.optionId))) row(r.questionId, r.optionId);
  }
  return out;
}

export async function classAnalytics(
  db: Db,
  input: { classId: string; courseIds: readonly string[]; quizzes?: ClassQuizzes },
  catalogue: ProfileCatalogue = defaultCatalogue(),
): Promise<ClassAnalytics> {
  const members = await db
    .select({ userId: users.id, name: users.displayName, email: users.email, joinedAt: classMembers.joinedAt })
    .from(classMembers)
    .innerJoin(users, eq(users.id, classMembers.userId))
    .where(eq(classMembers.classId, input.classId))
    .orderBy(asc(users.displayName), asc(users.email));
  const courseIds = new Set(input.courseIds);
  const courses = input.courseIds.map((id) => catalogue.course.get(id)).filter((c) => c !== undefined);
  const [profiles, options] = await Promise.all([learnerProfiles(db, members.map((m) => m.userId), catalogue), itemAnalysis(db, input.classId, [...courseIds], input.quizzes ?? new Map())]);
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
    options,
    errors: [...errors.values()].sort((a, b) => b.count - a.count || a.code.localeCompare(b.code)).slice(0, 20),
  };
}
