/** Content collections as plain data for pages (the only place that calls getCollection for them). */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import type { Partner, Course, GlossaryTerm, Quiz } from '#lib/content/schema.ts';
import type { CourseSummary, LessonSummary } from '#lib/courses/catalogue.ts';
import type { CourseRef } from '#lib/progress/progress.ts';
import type { Scenario } from '#lib/scenarios/schema.ts';
import type { OpsScenario } from '#lib/scenarios/ops-schema.ts';
import { courseRefOf, defaultCatalogue } from '#lib/progress/catalogue.ts';
import { pick } from '#i18n/locales.ts';

export async function listPartners(): Promise<Partner[]> {
  const order = ['lnpu', 'sylg', 'fvtc'];
  return (await getCollection('partners')).map((e) => e.data).sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
}

export async function getPartner(id: string): Promise<Partner | undefined> {
  return (await getEntry('partners', id))?.data;
}

export interface CourseEntry {
  id: string;
  data: Course;
}

export async function listCourses(): Promise<CourseEntry[]> {
  return (await getCollection('courses')).map((e) => ({ id: e.id, data: e.data })).sort((a, b) => a.id.localeCompare(b.id));
}

export async function listGlossary(): Promise<GlossaryTerm[]> {
  return (await getCollection('glossary')).map((e) => e.data);
}


function toLessonSummary(e: CollectionEntry<'lessons'>): LessonSummary {
  const slug = e.id.split('/')[1] ?? e.id;
  return { id: e.id, slug, order: e.data.order, title: e.data.title, minutes: e.data.minutes, hasQuiz: !!e.data.quiz, skills: e.data.skills };
}

let catalogueCache: Promise<CourseSummary[]> | undefined;

/** Every course with its lessons in order (content is immutable while the server runs). */
export function listCourseSummaries(): Promise<CourseSummary[]> {
  catalogueCache ??= (async () => {
    const [courses, lessons] = await Promise.all([getCollection('courses'), getCollection('lessons')]);
    return courses
      .map((c) => ({
        id: c.id,
        data: c.data,
        lessons: lessons
          .filter((l) => l.id.startsWith(`${c.id}/`))
          .map(toLessonSummary)
          .sort((a, b) => a.order - b.order),
      }))
      .sort((a, b) => a.id.localeCompare(b.id));
  })();
  return catalogueCache;
}

export async function getCourseSummary(courseId: string): Promise<CourseSummary | undefined> {
  return (await listCourseSummaries()).find((c) => c.id === courseId);
}

/** A lesson's summary by its `<course>/<lesson>` id (undefined for none or an unknown one). */
export async function getLessonSummary(lessonId: string | undefined): Promise<LessonSummary | undefined> {
  if (lessonId === undefined) return undefined;
  return (await getCourseSummary(lessonId.split('/')[0] ?? ''))?.lessons.find((l) => l.id === lessonId);
}

/** A scenario id as a URL may carry it (lower-case words and digits joined by hyphens). */
const SCENARIO_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A customs scenario by id; undefined for an unknown or malformed id. */
export async function getScenario(id: string): Promise<Scenario | undefined> {
  return SCENARIO_ID.test(id) ? (await getEntry('scenarios', id))?.data : undefined;
}

/** An operations scenario (listing, reply, pricing) by id; undefined for an unknown or malformed id. */
export async function getOpsScenario(id: string): Promise<OpsScenario | undefined> {
  return SCENARIO_ID.test(id) ? (await getEntry('opsScenarios', id))?.data : undefined;
}

/** The completion path's view of a course (lessons, quizzes, required scenarios), from the progress catalogue. */
export function courseRef(course: CourseSummary): CourseRef {
  const known = defaultCatalogue().course.get(course.id);
  return known ? courseRefOf(known) : { courseId: course.id, lessonIds: course.lessons.map((l) => l.id) };
}

/** The quiz of a lesson with its answer key: server only. */
export async function getLessonQuiz(lessonId: string): Promise<Quiz | undefined> {
  return (await getEntry('lessons', lessonId))?.data.quiz;
}

/** A lesson by its URL's course and lesson slugs, with its course and quiz (the key included: server only). */
export async function findLessonBySlug(courseSlug: string | undefined, lessonSlug: string | undefined): Promise<{ course: CourseSummary; lesson: LessonSummary; quiz: Quiz | undefined } | undefined> {
  const course = await getCourseSummary(courseSlug ?? '');
  const lesson = course?.lessons.find((l) => l.slug === lessonSlug);
  return course && lesson ? { course, lesson, quiz: await getLessonQuiz(lesson.id) } : undefined;
}

/** The English body of a lesson, when its course has an English edition. */
export async function getEnglishBody(lessonId: string): Promise<CollectionEntry<'lessonsEn'> | undefined> {
  return (await getCollection('lessonsEn')).find((e) => e.id === lessonId);
}

/** Titles of every lesson in one language, keyed by `<course>/<lesson>` (for links from the editor). */
export async function lessonTitles(locale: 'zh-CN' | 'en'): Promise<Record<string, string>> {
  const courses = await listCourseSummaries();
  return Object.fromEntries(courses.flatMap((c) => c.lessons.map((l) => [l.id, pick(l.title, locale)] as const)));
}

/** Titles of every scenario in one language, keyed by scenario id. */
export async function scenarioTitles(locale: 'zh-CN' | 'en'): Promise<Record<string, string>> {
  return Object.fromEntries((await getCollection('scenarios')).map((e) => [e.id, pick(e.data.title, locale)] as const));
}

/** Every graded scenario (customs and operations) with its title in one language and its page, keyed by id (for the study-hour ledger). */
export async function gradedScenarioRefs(locale: 'zh-CN' | 'en'): Promise<Record<string, { title: string; path: string }>> {
  const title = (t: { zh: string; en?: string | undefined }) => pick(t, locale);
  const [customs, ops] = await Promise.all([getCollection('scenarios'), getCollection('opsScenarios')]);
  return Object.fromEntries([
    ...customs.map((e) => [e.id, { title: title(e.data.title), path: `/sandbox/scenarios/${e.id}` }] as const),
    ...ops.map((e) => [e.id, { title: title(e.data.title), path: `/sandbox/scenarios/ops/${e.id}` }] as const),
  ]);
}
