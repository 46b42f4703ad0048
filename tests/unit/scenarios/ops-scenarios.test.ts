/** The operations scenarios (listing, reply, pricing): every one loads, its reference answer passes and a wrong answer fails. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadOpsScenarios, loadScenarios } from '#lib/scenarios/load.ts';
import { gradeOpsScenario, gradePricingScenario } from '#lib/scenarios/ops-grade.ts';
import { loadContent } from '#lib/content/check.ts';
import type { PricingScenario } from '#lib/scenarios/ops-schema.ts';

const root = join(process.cwd(), 'content/scenarios');
const { scenarios, problems } = loadOpsScenarios(root);

describe('operations scenario content', () => {
  it('every operations scenario loads, two of each kind', () => {
    expect(problems).toEqual([]);
    for (const kind of ['listing', 'reply', 'pricing'] as const) expect(scenarios.filter((s) => s.kind === kind).length, kind).toBeGreaterThanOrEqual(2);
  });

  it('the customs loader leaves them out and still loads every customs scenario', () => {
    const customs = loadScenarios(root);
    expect(customs.problems).toEqual([]);
    const ids = new Set(customs.scenarios.map((s) => s.id));
    for (const s of scenarios) expect(ids.has(s.id)).toBe(false);
  });

  it('belongs to a lesson that exists', () => {
    const content = loadContent(join(process.cwd(), 'content'));
    for (const s of scenarios) {
      expect(content.lessons.some((l) => `${l.course}/${l.slug}` === s.lesson), s.id).toBe(true);
    }
  });
});

describe.each(scenarios.map((s) => [s.id, s] as const))('scenario %s', (_id, s) => {
  it('the reference answer passes every criterion', () => {
    const g = gradeOpsScenario(s, s.solution);
    expect(g.criteria.filter((c) => !c.met).map((c) => c.message.en)).toEqual([]);
    expect(g.passed).toBe(true);
  });

  it('the starting answer fails', () => {
    expect(gradeOpsScenario(s, s.start).passed).toBe(false);
  });
});

describe('listing grading', () => {
  const s = scenarios.find((x) => x.id === 'ops-listing-amazon-box')!;
  it('the start produces the expected codes', () => {
    const g = gradeOpsScenario(s, s.start);
    if (s.kind !== 'listing') throw new Error('kind');
    for (const code of s.expectedCodes) expect(g.errorCodes).toContain(code);
  });
  it('a clean title that drops the product words fails the keep criterion', () => {
    const g = gradeOpsScenario(s, { ...s.solution, title_en: 'Hunhe Craft Pine Organiser with Lid and Three Compartments' });
    expect(g.criteria.find((c) => c.id === 'title-en')?.met).toBe(false);
    expect(g.passed).toBe(false);
  });
  it('an invented material fails the data-sheet criterion', () => {
    const g = gradeOpsScenario(s, { ...s.solution, attr_material: 'Oak' });
    expect(g.criteria.find((c) => c.id === 'attr-material')?.met).toBe(false);
  });
});

describe('reply grading', () => {
  const en = scenarios.find((x) => x.id === 'ops-reply-delay-en')!;
  const ru = scenarios.find((x) => x.id === 'ops-reply-review-ru')!;
  it('the Russian draft that buys a better review scores 0', () => {
    const g = gradeOpsScenario(ru, ru.start);
    expect(g.errorCodes).toContain('REVIEW_INCENTIVE');
    expect(g.criteria.find((c) => c.id === 'violations')?.met).toBe(false);
  });
  it('the English reference answer translated into Chinese fails the language criterion', () => {
    const g = gradeOpsScenario(en, { reply: '您好，订单FSCB20260318000456的包裹3天内送达，抱歉久等。祝您愉快！' });
    expect(g.criteria.find((c) => c.id === 'language')?.met).toBe(false);
    expect(g.passed).toBe(false);
  });
  it('moving the buyer off the platform fails', () => {
    const g = gradeOpsScenario(en, { reply: `${en.solution['reply'] ?? ''}\nWrite to us at help@hunhe.com.` });
    expect(g.errorCodes).toContain('OFF_PLATFORM');
    expect(g.passed).toBe(false);
  });
});

describe('pricing grading', () => {
  const s = scenarios.find((x): x is PricingScenario => x.id === 'ops-pricing-eu-direct')!;
  it('the reference price is the lowest .99 price that makes the margin', () => {
    const g = gradePricingScenario(s, s.solution);
    expect(g.lowestMinor).toBe(3199);
  });
  it.each([
    ['30.99', ['margin']],
    ['32.99', ['lowest']],
    ['31.49', ['ending', 'margin']],
    ['35.99', ['ceiling', 'lowest']],
  ])('%s fails %j', (price, failing) => {
    const g = gradePricingScenario(s, { price });
    expect(g.criteria.filter((c) => !c.met).map((c) => c.id).sort()).toEqual([...failing].sort());
  });
  it('an unreadable price fails with a clear criterion', () => {
    const g = gradePricingScenario(s, { price: 'cheap' });
    expect(g.passed).toBe(false);
    expect(g.errorCodes).toEqual(['PRICE_UNREADABLE']);
  });
});
