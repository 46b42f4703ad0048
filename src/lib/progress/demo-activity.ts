/**
 * Demo activity for the demo learner, recorded through the real paths (quiz grading against the
 * lesson's key, scenario grading by the engine, the completion path), so the certificate the demo
 * learner holds was earned exactly as a real one is. Runs once: a learner with any quiz attempt is
 * left alone.
 */
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { quizAttempts } from '../db/schema-progress.ts';
import { loadContent } from '../content/check.ts';
import { gradeQuiz, type QuizAnswers } from '../courses/quiz.ts';
import type { Quiz } from '../content/schema.ts';
import { loadScenarios } from '../scenarios/load.ts';
import { gradeScenario, recordScenarioAttempt } from '../scenarios/grade.ts';
import { readCatalogue, courseRefOf } from './catalogue.ts';
import { recordQuizAttempt } from './progress.ts';

/** The course the demo learner finishes (its lessons set no scenario) and the one in progress. */
const FINISHED = 'cbec-fundamentals';
const STARTED = { course: 'payment-finance', lessons: 2, scenario: 'import-payment-draft' };

const keyOf = (quiz: Quiz): QuizAnswers => Object.fromEntries(quiz.questions.map((q) => [q.id, [...q.answer]]));
/** A wrong first try: the first option that is not keyed, for every question. */
const wrongOf = (quiz: Quiz): QuizAnswers => Object.fromEntries(quiz.questions.map((q) => [q.id, [q.options.find((o) => !q.answer.includes(o.id))?.id ?? q.options[0]!.id]]));

export async function seedDemoActivity(db: Db, input: { userId: string; contentRoot: string; now: Date }): Promise<boolean> {
  if ((await db.select({ id: quizAttempts.id }).from(quizAttempts).where(eq(quizAttempts.userId, input.userId)).limit(1)).length > 0) return false;
  const content = loadContent(input.contentRoot);
  const catalogue = readCatalogue(input.contentRoot);
  const quizOf = new Map(content.lessons.map((l) => [`${l.course}/${l.slug}`, l.data.quiz]));
  let minute = 0;
  const at = (): Date => new Date(input.now.getTime() - 3 * 86_400_000 + (minute += 17) * 60_000);

  const take = async (courseId: string, count: number): Promise<void> => {
    const course = catalogue.course.get(courseId);
    if (!course) return;
    const ref = courseRefOf(course);
    for (const [i, lesson] of course.lessons.slice(0, count).entries()) {
      const quiz = quizOf.get(lesson.id);
      if (!quiz) continue;
      if (i % 2 === 1) {
        const wrong = wrongOf(quiz);
        await recordQuizAttempt(db, { userId: input.userId, course: ref, lessonId: lesson.id, answers: wrong, grade: gradeQuiz(quiz, wrong), durationMs: 240_000 }, at());
      }
      const key = keyOf(quiz);
      await recordQuizAttempt(db, { userId: input.userId, course: ref, lessonId: lesson.id, answers: key, grade: gradeQuiz(quiz, key), durationMs: 300_000 }, at());
    }
  };
  await take(FINISHED, Number.POSITIVE_INFINITY);
  await take(STARTED.course, STARTED.lessons);

  const scenario = loadScenarios(join(input.contentRoot, 'scenarios')).scenarios.find((s) => s.id === STARTED.scenario);
  const course = catalogue.course.get(STARTED.course);
  if (scenario && course) {
    await recordScenarioAttempt(db, { userId: input.userId, scenario, grade: gradeScenario(scenario, scenario.start), durationMs: 420_000, course: courseRefOf(course) }, at());
    await recordScenarioAttempt(db, { userId: input.userId, scenario, grade: gradeScenario(scenario, scenario.solution), durationMs: 600_000, course: courseRefOf(course) }, at());
  }
  return true;
}
