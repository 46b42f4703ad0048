/**
 * A class's analytics as the tables the class page shows and the CSV downloads carry (one model
 * for both), plus the funnel's chart bars. Plain data in, plain data out.
 */
import { t } from '#i18n/index.ts';
import { pick, type Locale } from '#i18n/locales.ts';
import { formatDateTime } from '#i18n/format.ts';
import type { ClassAnalytics } from '#lib/classes/analytics.ts';
import type { Quiz } from '#lib/content/schema.ts';
import type { DataTable } from '#lib/stats/csv.ts';

export const CLASS_TABLES = ['learners', 'funnel', 'items', 'errors'] as const;
export type ClassTableId = (typeof CLASS_TABLES)[number];

export interface ClassPageInput {
  analytics: ClassAnalytics;
  courseIds: readonly string[];
  courseTitles: Readonly<Record<string, string>>;
  lessonTitles: Readonly<Record<string, string>>;
  quizzes: ReadonlyMap<string, Quiz>;
  locale: Locale;
}

const pct = (n: number | null) => (n === null ? '—' : `${n}%`);

export function classTables(input: ClassPageInput): Record<ClassTableId, DataTable> {
  const { analytics: a, locale } = input;
  const course = (id: string) => input.courseTitles[id] ?? id;
  const lesson = (id: string) => input.lessonTitles[id] ?? id;
  const learners: DataTable = {
    id: 'learners',
    caption: t(locale, 'classes.learners.caption'),
    header: [
      t(locale, 'classes.col.learner'),
      t(locale, 'classes.col.email'),
      ...input.courseIds.map(course),
      t(locale, 'classes.col.quizBest'),
      t(locale, 'classes.col.scenarios'),
      t(locale, 'classes.col.declarations'),
      t(locale, 'classes.col.firstTime'),
      t(locale, 'classes.col.joined'),
    ],
    rows: a.learners.map((l) => [
      l.name,
      l.email,
      ...l.courses.map((c) => `${c.lessonsCompleted}/${c.lessonsTotal} (${c.percent}%)${c.finished ? ' ✓' : ''}`),
      pct(l.quizBest),
      l.scenariosPassed,
      l.declarations,
      pct(l.firstTimePercent),
      formatDateTime(l.joinedAt, locale),
    ]),
  };
  const funnel: DataTable = {
    id: 'funnel',
    caption: t(locale, 'classes.funnel.caption', { n: a.members }),
    header: [t(locale, 'classes.col.lesson'), t(locale, 'classes.col.courses'), t(locale, 'classes.col.completed'), t(locale, 'classes.col.percent')],
    rows: a.funnel.map((f) => [lesson(f.lessonId), course(f.courseId), f.completed, `${f.percent}%`]),
  };
  const items: DataTable = {
    id: 'items',
    caption: t(locale, 'classes.items.title'),
    header: [t(locale, 'classes.col.lesson'), t(locale, 'classes.col.question'), t(locale, 'classes.col.option'), t(locale, 'classes.col.correct'), t(locale, 'classes.col.chosen'), t(locale, 'classes.col.share')],
    rows: a.options.map((o) => {
      const q = input.quizzes.get(o.lessonId)?.questions.find((x) => x.id === o.questionId);
      const opt = q?.options.find((x) => x.id === o.optionId);
      return [
        lesson(o.lessonId),
        q ? pick(q.prompt, locale) : o.questionId,
        opt ? `${o.optionId}. ${pick(opt.text, locale)}` : o.optionId,
        q?.answer.includes(o.optionId) ? '✓' : '',
        o.chosen,
        // Over the attempts whose paper asked the question (a drawn quiz asks each question of only some).
        o.attempts === 0 ? '—' : `${Math.round((o.chosen * 100) / o.attempts)}%`,
      ];
    }),
    rowHeader: 1,
    authored: [1, 2],
  };
  const errors: DataTable = {
    id: 'errors',
    caption: t(locale, 'classes.errors.caption'),
    header: [t(locale, 'classes.col.code2'), t(locale, 'classes.col.count'), t(locale, 'classes.col.learners'), t(locale, 'classes.col.lesson')],
    rows: a.errors.map((e) => [e.code, e.count, e.learners, e.lessonId ? lesson(e.lessonId) : '—']),
  };
  return { learners, funnel, items, errors };
}

/** The items table split per lesson for the page (the CSV keeps one table). */
export function itemsByLesson(items: DataTable, analytics: ClassAnalytics, lessonTitles: Readonly<Record<string, string>>, locale: Locale): DataTable[] {
  const lessons = [...new Set(analytics.options.map((o) => o.lessonId))];
  return lessons.map((id) => {
    const title = lessonTitles[id] ?? id;
    const attempts = analytics.options.find((o) => o.lessonId === id)?.lessonAttempts ?? 0;
    return { id: `items-${id.replace(/[^a-z0-9]/g, '-')}`, caption: t(locale, 'classes.items.caption', { lesson: title, attempts }), header: items.header.slice(1), rows: items.rows.filter((r) => r[0] === title).map((r) => r.slice(1)), rowHeader: 0, authored: [0, 1] };
  });
}

export function funnelBars(analytics: ClassAnalytics, lessonTitles: Readonly<Record<string, string>>): Array<{ label: string; value: number }> {
  return analytics.funnel.map((f) => ({ label: lessonTitles[f.lessonId] ?? f.lessonId, value: f.completed }));
}
