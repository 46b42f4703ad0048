import { describe, expect, it } from 'vitest';
import { hasEvidence, levelComponents, skillLevel, type SkillEvidence } from '#lib/progress/skill-levels.ts';

const none: SkillEvidence = { lessonsCompleted: 0, lessonsTotal: 4, quizBest: null, quizFirst: null, scenariosPassed: 0, scenariosTotal: 2, declarations: 0, firstTimeAccepted: 0 };

describe('skillLevel: worked examples', () => {
  it.each<[string, Partial<SkillEvidence>, number]>([
    // 40·0.75 + 25·0.775 + 20·1 + 15·0.9 = 82.875
    ['3/4 lessons, quiz 85 (first 70), 2/2 scenarios, 9/10 first-time', { lessonsCompleted: 3, quizBest: 85, quizFirst: 70, scenariosPassed: 2, declarations: 10, firstTimeAccepted: 9 }, 83],
    ['nothing done', {}, 0],
    ['every lesson, perfect quizzes first time, all scenarios, 5/5 declarations', { lessonsCompleted: 4, quizBest: 100, quizFirst: 100, scenariosPassed: 2, declarations: 5, firstTimeAccepted: 5 }, 100],
    // 40·1 + 25·(100+0)/200 = 52.5 of 100 → 53: retrying to the key only reaches half the quiz weight
    ['all lessons, quiz passed only after a 0% first attempt', { lessonsCompleted: 4, quizBest: 100, quizFirst: 0 }, 53],
    // 2 declarations, both accepted: 15·1·(2/5) = 6
    ['only two declarations, both accepted', { declarations: 2, firstTimeAccepted: 2 }, 6],
  ])('%s → %i', (_label, over, expected) => {
    expect(skillLevel({ ...none, ...over })).toBe(expected);
  });

  it('leaves out components a skill cannot have and scales the rest to 100', () => {
    // No scenario and no declaration: lessons 40 and quiz 25 carry the whole scale.
    const e: SkillEvidence = { ...none, scenariosTotal: 0, lessonsCompleted: 2, lessonsTotal: 2, quizBest: 80, quizFirst: 60 };
    const parts = levelComponents(e);
    expect(parts.map((p) => p.kind)).toEqual(['lessons', 'quiz']);
    // (40·1 + 25·0.7) / 65 · 100 = 88.46
    expect(skillLevel(e)).toBe(88);
  });

  it('explains a level in figures whose points add up to it', () => {
    const e: SkillEvidence = { ...none, lessonsCompleted: 3, quizBest: 85, quizFirst: 70, scenariosPassed: 2, declarations: 10, firstTimeAccepted: 9 };
    const parts = levelComponents(e);
    expect(parts.map((p) => [p.kind, p.figures])).toEqual([
      ['lessons', { done: 3, total: 4 }],
      ['quiz', { best: 85, first: 70 }],
      ['scenarios', { passed: 2, total: 2 }],
      ['sandbox', { percent: 90, declarations: 10 }],
    ]);
    expect(Math.round(parts.reduce((s, p) => s + p.points, 0))).toBe(skillLevel(e));
  });

  it('stays an integer within 0..100 for odd input', () => {
    expect(skillLevel({ ...none, lessonsCompleted: 9, lessonsTotal: 4, quizBest: 140, quizFirst: -5, declarations: 3, firstTimeAccepted: 7 })).toBeLessThanOrEqual(100);
    expect(skillLevel({ ...none, lessonsTotal: 0, scenariosTotal: 0 })).toBe(0);
    expect(hasEvidence(none)).toBe(false);
    expect(hasEvidence({ ...none, declarations: 1 })).toBe(true);
  });
});
