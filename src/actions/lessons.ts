/** Enrolment, quizzes and lesson completion: parse, one domain call, a plain result. */
import { ActionError, defineAction } from 'astro:actions';
import { z } from 'astro/zod';
import { answersFromForm, type QuizGrade } from '#lib/courses/quiz.ts';
import { completeLesson, enrolLearner } from '#lib/progress/progress.ts';
import { PAPER_ID, submitQuizPaper } from '#lib/progress/quiz-papers.ts';
import { t } from '#i18n/index.ts';
import { localizePath } from '#i18n/locales.ts';
import { getDb } from '#server/db.ts';
import { courseRef, getCourseSummary, getLessonQuiz } from '#server/content.ts';
import { domainCall, requirePermission } from '#server/action-errors.ts';

const lessonId = z.string().regex(/^[a-z0-9-]+\/\d{2}-[a-z0-9-]+$/);
const courseId = z.string().regex(/^[a-z0-9-]{2,60}$/);
/** The fields of a quiz submission besides the answers (built once: a schema per request cost a millisecond each). */
const submission = z.object({ lessonId, paperId: z.string().regex(PAPER_ID), durationMs: z.coerce.number().int().min(0).max(86_400_000).optional() });
/** Upper bound for a form: a quiz has at most a few dozen fields. */
const MAX_FIELDS = 200;

async function findLesson(id: string, locale: 'zh-CN' | 'en') {
  const course = await getCourseSummary(id.split('/')[0] ?? '');
  const lesson = course?.lessons.find((l) => l.id === id);
  if (!course || !lesson) throw new ActionError({ code: 'NOT_FOUND', message: t(locale, 'err.notFound') });
  return { course, lesson };
}

export interface QuizResult extends QuizGrade {
  lessonId: string;
  /** The quiz's own pass mark. */
  passPercent: number;
  newlyCompleted: boolean;
  /** This attempt finished the course. */
  courseCompleted: boolean;
}

export const lessons = {
  enrol: defineAction({
    accept: 'form',
    input: z.object({ courseId }),
    handler: async (input, context) => {
      const { user, locale } = requirePermission(context, 'course:enrol');
      const course = await getCourseSummary(input.courseId);
      if (!course) throw new ActionError({ code: 'NOT_FOUND', message: t(locale, 'err.notFound') });
      await enrolLearner(await getDb(), { userId: user.id, courseId: course.id });
      return { courseId: course.id };
    },
  }),

  completeLesson: defineAction({
    accept: 'form',
    input: z.object({ lessonId }),
    handler: async (input, context) => {
      const { user, locale } = requirePermission(context, 'course:enrol');
      const { course, lesson } = await findLesson(input.lessonId, locale);
      // A lesson with a quiz is completed by passing it, not by a button.
      const quiz = lesson.hasQuiz ? await getLessonQuiz(lesson.id) : undefined;
      if (quiz) throw new ActionError({ code: 'BAD_REQUEST', message: t(locale, 'lesson.quizLead', { pass: quiz.passPercent }) });
      await completeLesson(await getDb(), { userId: user.id, course: courseRef(course), lessonId: lesson.id });
      return { redirect: localizePath(`/courses/${lesson.id}`, locale) };
    },
  }),

  /** Grades on the server, against the learner's open paper and the key the browser never saw; stores the attempt and closes the paper. */
  submitQuiz: defineAction({
    accept: 'form',
    handler: async (form: FormData, context): Promise<QuizResult> => {
      const { user, locale } = requirePermission(context, 'course:take-quiz');
      const entries = [...form.entries()];
      if (entries.length > MAX_FIELDS) throw new ActionError({ code: 'BAD_REQUEST', message: t(locale, 'quiz.tampered') });
      const parsed = submission.safeParse({ lessonId: form.get('lessonId'), paperId: form.get('paperId'), durationMs: form.get('durationMs') || undefined });
      if (!parsed.success) {
        const noPaper = parsed.error.issues.some((i) => i.path[0] === 'paperId');
        throw new ActionError({ code: 'BAD_REQUEST', message: t(locale, noPaper ? 'quiz.err.NO_PAPER' : 'quiz.tampered') });
      }
      const { course, lesson } = await findLesson(parsed.data.lessonId, locale);
      const quiz = await getLessonQuiz(lesson.id);
      if (!quiz) throw new ActionError({ code: 'NOT_FOUND', message: t(locale, 'quiz.notFound') });
      const db = await getDb();
      const graded = await domainCall(locale, () =>
        submitQuizPaper(db, { userId: user.id, course: courseRef(course), lessonId: lesson.id, quiz, paperId: parsed.data.paperId, answers: answersFromForm(entries), durationMs: parsed.data.durationMs }),
      );
      const { grade } = graded;
      return { lessonId: lesson.id, correct: grade.correct, total: grade.total, score: grade.score, passed: grade.passed, passPercent: quiz.passPercent, feedback: graded.feedback, newlyCompleted: graded.newlyCompleted, courseCompleted: graded.courseCompleted };
    },
  }),
};
