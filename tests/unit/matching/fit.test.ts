import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareCandidates, explainFit, fitScore, isEligible } from '#lib/matching/fit.ts';
import { recommendCandidates } from '#lib/matching/recommend.ts';
import { explainLines } from '#lib/matching/explain.ts';

describe('fit', () => {
  const order = { id: 'o', seats: 1, requires: { 'three-doc-match': 60, 'import-tax': 40 }, park: 'bonded' };

  it.each([
    // skills mean 66, accuracy 50, park match: 0.7·66 + 0.2·50 + 0.1·100 = 66.2
    [{ 'three-doc-match': 72, 'import-tax': 60 }, 50, 'bonded', 66.2],
    // no accuracy, other park: 0.7·66 = 46.2
    [{ 'three-doc-match': 72, 'import-tax': 60 }, undefined, 'wood', 46.2],
    // missing skill counts 0: mean 36 → 25.2
    [{ 'three-doc-match': 72 }, undefined, undefined, 25.2],
  ])('scores %j accuracy %s park %s as %d', (skills, acc, park, expected) => {
    expect(fitScore({ id: 'l', skills, sandboxAccuracy: acc, park, applications: [] }, order)).toBe(expected);
  });

  it('is eligible only when every required skill reaches its minimum; a skill without evidence is 0', () => {
    expect(isEligible({ skills: { 'three-doc-match': 60, 'import-tax': 40 } }, order)).toBe(true);
    expect(isEligible({ skills: { 'three-doc-match': 59, 'import-tax': 99 } }, order)).toBe(false);
    expect(isEligible({ skills: { 'three-doc-match': 99 } }, order)).toBe(false);
    expect(isEligible({ skills: {} }, { requires: { logistics: 0 } })).toBe(true);
  });

  it('explains in plain words in both languages', () => {
    const b = explainFit({ id: 'l', skills: { 'three-doc-match': 72, 'import-tax': 30 }, applications: [] }, order);
    expect(b.eligible).toBe(false);
    expect(explainLines(b, 'zh-CN')).toContain('三单对碰 72 / 要求 60 ✓');
    expect(explainLines(b, 'zh-CN')).toContain('进口税收 30 / 要求 40 ✗');
    expect(explainLines(b, 'en')).toContain('Three-document matching 72 / required 60 ✓');
  });

  it('states the fit exactly as the score shown beside it (two decimals, not one)', () => {
    // 0.7 · (100 + 69) / 2 = 59.15: the line must not say 59.1 next to a score of 59.15.
    const b = explainFit({ id: 'l', skills: { 'three-doc-match': 100, 'import-tax': 69 }, applications: [] }, order);
    expect(b.fit).toBe(59.15);
    expect(explainLines(b, 'en')).toContain('Fit 59.15 / 100 — meets every requirement');
    expect(explainLines(b, 'zh-CN')).toContain('匹配度 59.15 / 100 — 满足全部要求');
  });
});

describe('recommendCandidates', () => {
  it('equals checking every learner against every order', () => {
    const skill = fc.constantFrom('logistics', 'import-tax', 'returns');
    fc.assert(
      fc.property(
        fc.array(fc.record({ id: fc.uuid(), seats: fc.constant(1), requires: fc.dictionary(skill, fc.integer({ min: 0, max: 90 }), { maxKeys: 2 }) }), { maxLength: 4 }),
        fc.uniqueArray(fc.record({ id: fc.uuid(), skills: fc.dictionary(skill, fc.integer({ min: 0, max: 100 })), applications: fc.constant([]) }), { selector: (l) => l.id, maxLength: 30 }),
        fc.integer({ min: 1, max: 5 }),
        (orders, learners, limit) => {
          const got = recommendCandidates(orders, learners, limit);
          for (const o of orders) {
            const expected = learners.filter((l) => isEligible(l, o)).map((l) => ({ id: l.id, fit: fitScore(l, o) })).sort(compareCandidates).slice(0, limit);
            expect(got.get(o.id)).toEqual(expected);
          }
        },
      ),
    );
  });
});
