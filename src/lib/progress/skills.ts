/**
 * The learner's skills profile: for each skill of the shared vocabulary, how
 * many of the lessons that teach it the learner has completed. Pure: it takes
 * the catalogue and the completed lesson ids.
 */
import type { CourseSummary } from '../courses/catalogue.ts';
import type { SkillId } from '../content/skills.ts';

export interface SkillProgress {
  skill: SkillId;
  completed: number;
  total: number;
  /** 0–100, rounded down. */
  percent: number;
}

/** Skills the learner has started, most advanced first; skills untouched are left out. */
export function skillProfile(courses: readonly CourseSummary[], completedLessonIds: ReadonlySet<string>): SkillProgress[] {
  const totals = new Map<SkillId, { completed: number; total: number }>();
  for (const course of courses) {
    for (const lesson of course.lessons) {
      for (const skill of lesson.skills) {
        const t = totals.get(skill) ?? { completed: 0, total: 0 };
        t.total += 1;
        if (completedLessonIds.has(lesson.id)) t.completed += 1;
        totals.set(skill, t);
      }
    }
  }
  return [...totals.entries()]
    .filter(([, t]) => t.completed > 0)
    .map(([skill, t]) => ({ skill, ...t, percent: Math.floor((t.completed * 100) / t.total) }))
    .sort((a, b) => b.percent - a.percent || b.completed - a.completed || a.skill.localeCompare(b.skill));
}
