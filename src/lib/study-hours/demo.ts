/**
 * Demo study of the demo government user, through the real paths: heartbeats a minute apart on
 * three regulatory lessons (42, 35 and 18 minutes), the first two tests passed against their keys.
 * The user heads their department, so they also see its totals. Runs once.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { lessonStudyTime } from '../db/schema-study-hours.ts';
import { loadContent } from '../content/check.ts';
import { gradeQuiz, type QuizAnswers } from '../courses/quiz.ts';
import { readCatalogue, courseRefOf } from '../progress/catalogue.ts';
import { recordQuizAttempt } from '../progress/progress.ts';
import { appointDepartmentHead, recordStudyPing } from './ledger.ts';

const COURSE = 'gov-supervision';
const MINUTES = [42, 35, 18];
const PASSED = 2;

export async function seedDemoGovernmentStudy(db: Db, input: { userId: string; department: string; contentRoot: string; now: Date }): Promise<boolean> {
  await appointDepartmentHead(db, { userId: input.userId, department: input.department }, input.now);
  if ((await db.select({ s: lessonStudyTime.seconds }).from(lessonStudyTime).where(eq(lessonStudyTime.userId, input.userId)).limit(1)).length > 0) return false;
  const course = readCatalogue(input.contentRoot).course.get(COURSE);
  if (!course) return false;
  const quizOf = new Map(loadContent(input.contentRoot).lessons.map((l) => [`${l.course}/${l.slug}`, l.data.quiz]));
  // Earlier the same day, so the study falls in the seeding year and before "now".
  let at = input.now.getTime() - (MINUTES.reduce((a, b) => a + b + 2, 0) + 5) * 60_000;
  for (const [i, minutes] of MINUTES.entries()) {
    const lesson = course.lessons[i];
    if (!lesson) break;
    for (let m = 0; m <= minutes; m++) await recordStudyPing(db, { userId: input.userId, lessonId: lesson.id, courseId: COURSE }, new Date((at += m === 0 ? 0 : 60_000)));
    const quiz = quizOf.get(lesson.id);
    if (quiz && i < PASSED) {
      const key: QuizAnswers = Object.fromEntries(quiz.questions.map((q) => [q.id, [...q.answer]]));
      await recordQuizAttempt(db, { userId: input.userId, course: courseRefOf(course), lessonId: lesson.id, answers: key, grade: gradeQuiz(quiz, key), durationMs: 360_000 }, new Date((at += 60_000)));
    }
    at += 60_000;
  }
  return true;
}
