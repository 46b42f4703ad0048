/** What the class page and its CSV downloads read: the class (404 outside the instructor's institution), its analytics and their tables. */
import { pick, type Locale } from '#i18n/locales.ts';
import type { Db } from '#lib/db/client.ts';
import { ClassError, classOf, type ClassActor } from '#lib/classes/classes.ts';
import { classAnalytics } from '#lib/classes/analytics.ts';
import type { Quiz } from '#lib/content/schema.ts';
import { classTables } from '#pages/[...lang]/instructor/classes/_class-page.ts';
import { getLessonQuiz, lessonTitles, listCourseSummaries } from './content.ts';

export async function loadClassPage(db: Db, actor: ClassActor, classId: string, locale: Locale) {
  let cls;
  try {
    cls = await classOf(db, actor, classId);
  } catch (e) {
    if (e instanceof ClassError) return null;
    throw e;
  }
  const [courses, titles] = await Promise.all([listCourseSummaries(), lessonTitles(locale)]);
  // Every quiz of the class's courses: the item analysis lists each of their options, chosen or not.
  const quizzes = new Map<string, Quiz>();
  for (const lesson of courses.filter((c) => cls.courseIds.includes(c.id)).flatMap((c) => c.lessons)) {
    const q = await getLessonQuiz(lesson.id);
    if (q) quizzes.set(lesson.id, q);
  }
  const analytics = await classAnalytics(db, { classId, courseIds: cls.courseIds, quizzes });
  const courseTitles = Object.fromEntries(courses.map((c) => [c.id, pick(c.data.title, locale)]));
  return { cls, analytics, courseTitles, lessonTitles: titles, tables: classTables({ analytics, courseIds: cls.courseIds, courseTitles, lessonTitles: titles, quizzes, locale }) };
}
