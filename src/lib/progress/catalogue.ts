/**
 * What the progress read model needs to know about the content: every course with its lessons,
 * the skills each lesson teaches, its quiz pass mark and the scenarios it sets. Plain data, built
 * either from the content files with node fs (the default, so `src/lib` callers such as matching
 * and the seeders need no Astro) or from any list of courses (tests).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { courseSchema, lessonSchema, type Course, type Lesson } from '../content/schema.ts';
import { splitFrontMatter } from '../content/check.ts';
import type { SkillId } from '../content/skills.ts';
import type { CourseRef } from './requirements.ts';

export interface CatalogueLesson {
  /** `<course>/<NN-slug>` */
  id: string;
  courseId: string;
  order: number;
  minutes: number;
  title: { zh: string; en: string };
  skills: readonly SkillId[];
  /** Pass mark of the lesson's quiz, or null when it has none. */
  passPercent: number | null;
  scenarios: readonly string[];
}

export interface CatalogueCourse {
  id: string;
  partner: Course['partner'];
  title: { zh: string; en: string };
  audiences: Course['audiences'];
  hours: number;
  lessons: readonly CatalogueLesson[];
  /** Scenarios a certificate of the course requires: every scenario its lessons set. */
  requiredScenarios: readonly string[];
}

export interface ProfileCatalogue {
  courses: readonly CatalogueCourse[];
  course: ReadonlyMap<string, CatalogueCourse>;
  lesson: ReadonlyMap<string, CatalogueLesson>;
  /** Scenario id → the lesson that sets it. */
  scenarioLesson: ReadonlyMap<string, CatalogueLesson>;
}

export interface CourseInput {
  id: string;
  data: Pick<Course, 'partner' | 'title' | 'audiences' | 'hours'>;
  lessons: ReadonlyArray<{ id: string; data: Pick<Lesson, 'order' | 'minutes' | 'title' | 'skills' | 'scenarios'> & { quiz?: { passPercent: number } | undefined } }>;
}

export function buildCatalogue(input: readonly CourseInput[]): ProfileCatalogue {
  const courses: CatalogueCourse[] = input.map((c) => {
    const lessons = [...c.lessons]
      .sort((a, b) => a.data.order - b.data.order)
      .map<CatalogueLesson>((l) => ({
        id: l.id,
        courseId: c.id,
        order: l.data.order,
        minutes: l.data.minutes,
        title: l.data.title,
        skills: l.data.skills,
        passPercent: l.data.quiz ? l.data.quiz.passPercent : null,
        scenarios: l.data.scenarios,
      }));
    return { id: c.id, partner: c.data.partner, title: c.data.title, audiences: c.data.audiences, hours: c.data.hours, lessons, requiredScenarios: [...new Set(lessons.flatMap((l) => l.scenarios))] };
  });
  const lesson = new Map(courses.flatMap((c) => c.lessons.map((l) => [l.id, l] as const)));
  const scenarioLesson = new Map<string, CatalogueLesson>();
  for (const l of lesson.values()) for (const s of l.scenarios) if (!scenarioLesson.has(s)) scenarioLesson.set(s, l);
  return { courses, course: new Map(courses.map((c) => [c.id, c])), lesson, scenarioLesson };
}

/** Reads `content/courses` (course.yaml and lesson front matter only); throws on a malformed file. */
export function readCatalogue(contentRoot: string): ProfileCatalogue {
  const dir = join(contentRoot, 'courses');
  const input: CourseInput[] = [];
  for (const id of readdirSync(dir).sort()) {
    const courseDir = join(dir, id);
    if (!statSync(courseDir).isDirectory() || !existsSync(join(courseDir, 'course.yaml'))) continue;
    const data = courseSchema.parse(parseYaml(readFileSync(join(courseDir, 'course.yaml'), 'utf8')));
    const lessons = readdirSync(courseDir)
      .filter((n) => /^\d{2}-[a-z0-9-]+\.mdx$/.test(n))
      .map((n) => {
        const split = splitFrontMatter(readFileSync(join(courseDir, n), 'utf8'));
        return { id: `${id}/${n.replace(/\.mdx$/, '')}`, data: lessonSchema.parse(split?.data) };
      });
    input.push({ id, data, lessons });
  }
  return buildCatalogue(input);
}

let cached: ProfileCatalogue | undefined;

/** The catalogue of the `content/` folder under the working directory, read once. */
export function defaultCatalogue(): ProfileCatalogue {
  cached ??= readCatalogue(join(process.cwd(), 'content'));
  return cached;
}

/** The completion path's view of a course: lessons, quizzes and required scenarios. */
export function courseRefOf(course: CatalogueCourse): CourseRef {
  return {
    courseId: course.id,
    lessonIds: course.lessons.map((l) => l.id),
    quizLessonIds: course.lessons.filter((l) => l.passPercent !== null).map((l) => l.id),
    requiredScenarios: course.requiredScenarios,
  };
}
