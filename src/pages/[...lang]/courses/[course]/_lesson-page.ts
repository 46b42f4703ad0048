/**
 * The lesson page's model (a static page built once per language): its front matter and its
 * course as plain data for the template. The quiz is not in the page: a link leads to the quiz
 * page, where the server draws the learner's paper (docs/decisions/0020-quiz-papers.md).
 */
import { ERROR_BY_CODE } from '#sandbox';
import { t } from '#i18n/index.ts';
import { localizePath, pick, type Locale } from '#i18n/locales.ts';
import type { Lesson } from '#lib/content/schema.ts';
import type { CourseSummary } from '#lib/courses/catalogue.ts';
import { neighbours } from '#lib/courses/catalogue.ts';
import { paperSize } from '#lib/courses/paper.ts';

export interface LessonPageInput {
  locale: Locale;
  /** `<course>/<NN-slug>` */
  lessonId: string;
  data: Pick<Lesson, 'title' | 'summary' | 'minutes' | 'objectives' | 'sources' | 'sandboxRules' | 'quiz'>;
  course: CourseSummary;
  /** The lesson has an English body (its course has an English edition). */
  english: boolean;
  headings: readonly { depth: number; slug: string; text: string }[];
  /** Operations scenarios the front matter lists, titled. */
  opsTasks: { id: string; title: string }[];
}

export function lessonPageModel(input: LessonPageInput) {
  const { locale, data, course, lessonId } = input;
  const { prev, next } = neighbours(course, lessonId);
  const link = (id: string, title: { zh: string; en: string }) => ({ href: localizePath(`/courses/${id}`, locale), title: pick(title, locale) });
  const bodyLang: Locale = locale === 'en' && !input.english ? 'zh-CN' : locale;
  const quiz = data.quiz;
  return {
    title: pick(data.title, locale),
    description: pick(data.summary, locale),
    course: { id: course.id, ...link(course.id, course.data.title) },
    minutes: t(locale, 'course.minutes', { n: data.minutes }),
    toc: input.headings.filter((h) => h.depth === 2),
    objectives: data.objectives.map((o) => pick(o, locale)),
    bodyLang,
    zhOnly: bodyLang !== locale,
    sources: data.sources,
    rules: data.sandboxRules.map((code) => {
      const def = ERROR_BY_CODE.get(code);
      return { code, title: def ? pick(def.title, locale) : '' };
    }),
    opsTasks: input.opsTasks,
    quiz: quiz && {
      href: localizePath(`/courses/${lessonId}/quiz`, locale),
      lead: t(locale, 'lesson.quizLead', { pass: quiz.passPercent }),
      about: paperSize(quiz) < quiz.questions.length ? t(locale, 'lesson.quizDraw', { n: paperSize(quiz), bank: quiz.questions.length }) : t(locale, 'lesson.quizAll', { n: quiz.questions.length }),
    },
    completeAction: localizePath(`/courses/${lessonId}/result`, locale),
    prev: prev ? link(prev.id, prev.title) : null,
    next: next ? link(next.id, next.title) : null,
  };
}
