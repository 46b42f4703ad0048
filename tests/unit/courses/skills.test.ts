import { describe, expect, it } from 'vitest';
import { skillProfile } from '#lib/progress/skills.ts';
import type { CourseSummary } from '#lib/courses/catalogue.ts';

const lesson = (id: string, skills: CourseSummary['lessons'][number]['skills']) => ({ id, slug: id, order: 1, title: { zh: id, en: id }, minutes: 10, hasQuiz: true, skills });
const courses = [
  { id: 'c', data: {} as CourseSummary['data'], lessons: [lesson('c/01-a', ['import-tax', 'three-doc-match']), lesson('c/02-b', ['import-tax']), lesson('c/03-c', ['logistics'])] },
] satisfies CourseSummary[];

describe('skillProfile', () => {
  it('counts completed lessons per skill and leaves untouched skills out', () => {
    expect(skillProfile(courses, new Set(['c/01-a']))).toEqual([
      { skill: 'three-doc-match', completed: 1, total: 1, percent: 100 },
      { skill: 'import-tax', completed: 1, total: 2, percent: 50 },
    ]);
    expect(skillProfile(courses, new Set())).toEqual([]);
  });
});
