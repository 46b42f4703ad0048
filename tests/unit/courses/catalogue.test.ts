import { describe, expect, it } from 'vitest';
import { filterCourses, filterQuery, neighbours, parseFilters, type CourseSummary } from '#lib/courses/catalogue.ts';
import { courseSchema } from '#lib/content/schema.ts';

const course = (id: string, partner: 'fvtc' | 'lnpu' | 'sylg', audiences: ('learner' | 'enterprise' | 'government')[], level: 'intro' | 'intermediate' | 'advanced', skills: ('customs-modes' | 'logistics')[]): CourseSummary => ({
  id,
  data: courseSchema.parse({ title: { zh: id, en: id }, summary: { zh: 's', en: 's' }, partner, audiences, level, hours: 8, credit: 1, skills, outcomes: [{ zh: 'o', en: 'o' }] }),
  lessons: [1, 2, 3].map((n) => ({ id: `${id}/0${n}-l`, slug: `0${n}-l`, order: n, title: { zh: `${n}`, en: `${n}` }, minutes: 10, hasQuiz: true, skills: skills })),
});
const all = [course('a', 'lnpu', ['learner'], 'intro', ['customs-modes']), course('b', 'sylg', ['government'], 'advanced', ['logistics']), course('c', 'lnpu', ['learner', 'government'], 'advanced', ['logistics'])];

describe('catalogue filters', () => {
  it('combines filters', () => {
    expect(filterCourses(all, parseFilters(new URLSearchParams('partner=lnpu'))).map((c) => c.id)).toEqual(['a', 'c']);
    expect(filterCourses(all, parseFilters(new URLSearchParams('audience=government&level=advanced'))).map((c) => c.id)).toEqual(['b', 'c']);
    expect(filterCourses(all, parseFilters(new URLSearchParams('skill=logistics&partner=lnpu'))).map((c) => c.id)).toEqual(['c']);
  });
  it('ignores unknown values instead of failing', () => {
    expect(parseFilters(new URLSearchParams('partner=<script>&level=expert'))).toEqual({ partner: undefined, audience: undefined, skill: undefined, level: undefined });
  });
  it('builds links that change one filter and keep the others', () => {
    const f = parseFilters(new URLSearchParams('partner=lnpu&level=intro'));
    expect(filterQuery(f, 'level', 'advanced')).toBe('?partner=lnpu&level=advanced');
    expect(filterQuery(f, 'partner', null)).toBe('?level=intro');
  });
  it('finds previous and next lessons', () => {
    const n = neighbours(all[0]!, 'a/02-l');
    expect(n.prev?.id).toBe('a/01-l');
    expect(n.next?.id).toBe('a/03-l');
    expect(neighbours(all[0]!, 'a/03-l').next).toBeUndefined();
  });
});
