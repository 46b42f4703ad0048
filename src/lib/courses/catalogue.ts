/** The course catalogue as plain data, and its filters (partner, audience, skill, level). */
import type { Course, Lesson } from '../content/schema.ts';
import { AUDIENCES, LEVELS, PARTNER_IDS } from '../content/schema.ts';
import { SKILL_IDS, type SkillId } from '../content/skills.ts';

export interface LessonSummary {
  /** `<course>/<NN-slug>` */
  id: string;
  slug: string;
  order: number;
  title: Lesson['title'];
  minutes: number;
  hasQuiz: boolean;
  skills: readonly SkillId[];
}

export interface CourseSummary {
  id: string;
  data: Course;
  lessons: LessonSummary[];
}

export interface CatalogueFilters {
  partner?: (typeof PARTNER_IDS)[number] | undefined;
  audience?: (typeof AUDIENCES)[number] | undefined;
  skill?: SkillId | undefined;
  level?: (typeof LEVELS)[number] | undefined;
}

const oneOf = <T extends string>(allowed: readonly T[], value: string | null): T | undefined =>
  value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;

/** Reads filters from a query string; unknown values are ignored rather than failing. */
export function parseFilters(params: URLSearchParams): CatalogueFilters {
  return {
    partner: oneOf(PARTNER_IDS, params.get('partner')),
    audience: oneOf(AUDIENCES, params.get('audience')),
    skill: oneOf(SKILL_IDS, params.get('skill')),
    level: oneOf(LEVELS, params.get('level')),
  };
}

export function filterCourses(courses: CourseSummary[], f: CatalogueFilters): CourseSummary[] {
  return courses.filter(
    (c) =>
      (!f.partner || c.data.partner === f.partner) &&
      (!f.audience || c.data.audiences.includes(f.audience)) &&
      (!f.skill || c.data.skills.includes(f.skill)) &&
      (!f.level || c.data.level === f.level),
  );
}

/** The query string for filters with one changed (null removes it). */
export function filterQuery(f: CatalogueFilters, key: keyof CatalogueFilters, value: string | null): string {
  const params = new URLSearchParams();
  for (const k of ['partner', 'audience', 'skill', 'level'] as const) {
    const v = k === key ? value : f[k];
    if (v) params.set(k, v);
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

export function neighbours(course: CourseSummary, lessonId: string): { prev: LessonSummary | undefined; next: LessonSummary | undefined } {
  const i = course.lessons.findIndex((l) => l.id === lessonId);
  return { prev: i > 0 ? course.lessons[i - 1] : undefined, next: i >= 0 ? course.lessons[i + 1] : undefined };
}
