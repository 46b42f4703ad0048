import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareCandidates, explainFit, fitScore, isEligible, type MatchLearner, type MatchOrder } from '#lib/matching/fit.ts';
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
  /** The straightforward reference: every learner against every order, sorted, cut. */
  const reference = (orders: MatchOrder[], learners: MatchLearner[], limit: number) =>
    new Map(orders.map((o) => [o.id, learners.filter((l) => isEligible(l, o)).map((l) => ({ id: l.id, fit: fitScore(l, o) })).sort(compareCandidates).slice(0, limit)]));

  const PARKS = ['bonded', 'wood', 'herbs'];
  // Whole levels take the byte matrix and counting sort; one level with decimals switches to doubles and a comparison sort.
  // The few round values make equal fits common, so the tie-break by id is exercised.
  const level = fc.oneof(fc.integer({ min: 0, max: 100 }), fc.constantFrom(0, 50, 90, 100), fc.integer({ min: 0, max: 10_000 }).map((x) => x / 100));
  const market = (skills: string[], maxOrders: number, maxLearners: number) => {
    const skill = fc.constantFrom(...skills);
    return fc.record({
      orders: fc.uniqueArray(
        fc.record({
          id: fc.string({ minLength: 1, maxLength: 3 }),
          seats: fc.constant(1),
          requires: fc.dictionary(skill, fc.oneof(fc.integer({ min: 0, max: 90 }), fc.constant(0)), { maxKeys: 3 }),
          park: fc.option(fc.constantFrom(...PARKS, 'nobody-here'), { nil: undefined }),
        }),
        { selector: (o) => o.id, maxLength: maxOrders },
      ),
      learners: fc.uniqueArray(
        fc.record({
          id: fc.string({ minLength: 1, maxLength: 3 }),
          skills: fc.dictionary(fc.oneof(skill, fc.constant('not-required')), level, { maxKeys: 5 }),
          sandboxAccuracy: fc.option(fc.oneof(fc.integer({ min: 0, max: 100 }), fc.constant(100)), { nil: undefined }),
          park: fc.option(fc.constantFrom(...PARKS), { nil: undefined }),
          applications: fc.constant([]),
        }),
        { selector: (l) => l.id, maxLength: maxLearners },
      ),
      limit: fc.oneof(fc.integer({ min: 1, max: 5 }), fc.constant(1000)),
    });
  };

  it('equals checking every learner against every order (levels, accuracy, park, ties, a small or a large limit)', () => {
    fc.assert(
      fc.property(market(['logistics', 'import-tax', 'returns'], 5, 60), ({ orders, learners, limit }) => {
        expect(recommendCandidates(orders, learners, limit)).toEqual(reference(orders, learners, limit));
      }),
      { numRuns: 300 },
    );
  });

  it('equals it too when the orders require more than 32 skills (beyond the skill bit masks)', () => {
    const many = Array.from({ length: 40 }, (_, i) => `s${i}`);
    const skill = fc.constantFrom(...many);
    // Order i requires skill i (and maybe one more), so every skill has a column and an order of its own.
    const orders = fc.tuple(...many.map((s, i) => fc.record({ id: fc.constant(`o${i}`), seats: fc.constant(1), requires: fc.tuple(fc.integer({ min: 1, max: 90 }), fc.option(fc.tuple(skill, fc.integer({ min: 0, max: 90 })), { nil: undefined })).map(([min, more]) => ({ [s]: min, ...(more ? { [more[0]]: more[1] } : {}) })) })));
    const learners = fc.uniqueArray(
      fc.record({ id: fc.string({ minLength: 1, maxLength: 3 }), skills: fc.dictionary(skill, level, { minKeys: 1, maxKeys: 12 }), applications: fc.constant([]) }),
      { selector: (l) => l.id, maxLength: 40 },
    );
    fc.assert(
      fc.property(orders, learners, fc.integer({ min: 1, max: 3 }), (os, ls, limit) => {
        expect(recommendCandidates(os, ls, limit)).toEqual(reference(os, ls, limit));
      }),
      { numRuns: 100 },
    );
  });

  it('equals it when every learner is a close contender, so the top list fills and the scan stops early', () => {
    const strong = fc.record({
      id: fc.string({ minLength: 1, maxLength: 4 }),
      skills: fc.record({ logistics: fc.integer({ min: 80, max: 100 }), returns: fc.integer({ min: 80, max: 100 }) }),
      sandboxAccuracy: fc.integer({ min: 90, max: 100 }),
      park: fc.constantFrom('bonded', 'wood'),
      applications: fc.constant([]),
    });
    fc.assert(
      fc.property(fc.uniqueArray(strong, { selector: (l) => l.id, minLength: 10, maxLength: 80 }), fc.integer({ min: 1, max: 8 }), (learners, limit) => {
        const orders: MatchOrder[] = [
          { id: 'one', seats: 1, requires: { logistics: 50 }, park: 'bonded' },
          { id: 'two', seats: 1, requires: { logistics: 60, returns: 85 }, park: 'wood' },
        ];
        expect(recommendCandidates(orders, learners, limit)).toEqual(reference(orders, learners, limit));
      }),
    );
  });
});
