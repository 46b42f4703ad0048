/**
 * Models of the quiz page (the learner's open paper, drawn on the server) and of the result page
 * (where the quiz and "mark complete" forms post without JavaScript). Plain data in and out; the
 * pages read the content and the action results and render.
 */
import { t } from '#i18n/index.ts';
import { langOf, localizePath, pick, type Locale } from '#i18n/locales.ts';
import type { Quiz } from '#lib/content/schema.ts';
import type { CourseSummary, LessonSummary } from '#lib/courses/catalogue.ts';
import type { PublicPaper } from '#lib/courses/paper.ts';
import { publicQuiz, type QuizGrade } from '#lib/courses/quiz.ts';
import type { Principal } from '#lib/auth/permissions.ts';
import type { Db } from '#lib/db/client.ts';
import { openQuizPaper, type OpenPaper } from '#lib/progress/quiz-papers.ts';
import { studyRefusal } from '#server/lesson-access.ts';

interface LessonRef {
  locale: Locale;
  course: Pick<CourseSummary, 'id' | 'data'>;
  lesson: Pick<LessonSummary, 'id' | 'title'>;
}

function links({ locale, course, lesson }: LessonRef) {
  return {
    lessonHref: localizePath(`/courses/${lesson.id}`, locale),
    lessonTitle: pick(lesson.title, locale),
    courseHref: localizePath(`/courses/${course.id}`, locale),
    courseTitle: pick(course.data.title, locale),
    quizHref: localizePath(`/courses/${lesson.id}/quiz`, locale),
  };
}

/** The quiz page: the paper without its key, and where it came from. */
export function quizPageModel(input: LessonRef & { quiz: Quiz; paper: OpenPaper }) {
  const l = links(input);
  const paper: PublicPaper = { ...publicQuiz(input.paper.quiz), paperId: input.paper.id, bankSize: input.quiz.questions.length };
  return { ...l, title: `${t(input.locale, 'lesson.quiz')} · ${l.lessonTitle}`, paper };
}

/** Opens (or reopens) the learner's paper for the lesson and models the page. */
export async function loadQuizPage(db: Db, input: LessonRef & { userId: string; quiz: Quiz }, now = new Date()) {
  const paper = await openQuizPaper(db, { userId: input.userId, lessonId: input.lesson.id, quiz: input.quiz }, now);
  return quizPageModel({ ...input, paper });
}

/** What the result page needs of one action result (`Astro.getActionResult`). */
interface Posted<T> {
  data?: T | undefined;
  error?: { code: string } | undefined;
}

/** A graded paper as the action returns it, with the quiz's own pass mark. */
export type GradedQuiz = QuizGrade & { passPercent: number };

export interface ResultPageInput extends LessonRef {
  viewer: Principal | null | undefined;
  /** The bank, for the prompts and option labels of the graded questions. */
  quiz: Quiz | undefined;
  completion: Posted<{ redirect: string }> | undefined;
  graded: Posted<GradedQuiz> | undefined;
}

/** Where the result page sends the browser instead: nothing was posted, or "mark complete" succeeded. */
export function resultRedirect(input: Pick<ResultPageInput, 'locale' | 'course' | 'lesson' | 'completion' | 'graded'>): string | undefined {
  const { completion, graded } = input;
  if (completion && !completion.error && completion.data) return completion.data.redirect;
  if (!completion && !graded) return links(input).lessonHref;
  return undefined;
}

/** The result page: the graded paper with per-question feedback, or why the post was refused. */
export function resultPageModel(input: ResultPageInput) {
  const { locale, completion, graded } = input;
  const l = links(input);
  const error = completion?.error ?? graded?.error;
  // A viewer the permission table does not let study gets the plain reason, not an error.
  const refusal = error && (error.code === 'UNAUTHORIZED' || error.code === 'FORBIDDEN') ? studyRefusal(input.viewer, locale, graded ? l.quizHref : l.lessonHref) : null;
  const byId = new Map(input.quiz?.questions.map((q) => [q.id, q]) ?? []);
  const r = graded?.data;
  const result = r && {
    passed: r.passed,
    score: t(locale, 'quiz.result', { correct: r.correct, total: r.total, score: r.score }),
    verdict: r.passed ? t(locale, 'quiz.passed') : t(locale, 'quiz.failed', { pass: r.passPercent }),
    review: r.feedback.flatMap((f) => {
      const q = byId.get(f.questionId);
      if (!q) return [];
      const label = (id: string) => {
        const o = q.options.find((x) => x.id === id);
        return o ? pick(o.text, locale) : id;
      };
      return [
        {
          correct: f.correct,
          prompt: pick(q.prompt, locale),
          promptLang: langOf(q.prompt, locale),
          chosen: f.chosen.length ? f.chosen.map(label).join(' / ') : t(locale, 'quiz.unanswered'),
          key: f.correctOptions.length > 0 ? f.correctOptions.map(label).join(' / ') : null,
          explanation: pick(f.explanation, locale),
          explanationLang: langOf(f.explanation, locale),
        },
      ];
    }),
  };
  const again = !refusal && input.quiz && ((result && !result.passed) || graded?.error);
  return {
    title: `${t(locale, 'quiz.resultTitle')} · ${l.lessonTitle}`,
    lessonHref: l.lessonHref,
    lessonTitle: l.lessonTitle,
    courseHref: l.courseHref,
    /** The action's error is shown (not when the viewer simply may not study: `refusal` says why). */
    showError: !refusal,
    refusal,
    result,
    /** A new paper: after a graded attempt that did not pass, or when this paper was refused. */
    newAttempt: again ? { href: l.quizHref, label: t(locale, 'quiz.newAttempt') } : undefined,
  };
}
