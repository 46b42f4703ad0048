/** Every figure a scenario's text states agrees with its messages, its reference solution and the engine's tables. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scenarioFigureProblems } from '#lib/scenarios/figures.ts';
import { loadScenarios } from '#lib/scenarios/load.ts';

const { scenarios } = loadScenarios(join(process.cwd(), 'content/scenarios'));
const byId = (id: string) => {
  const s = scenarios.find((x) => x.id === id);
  if (!s) throw new Error(`no scenario ${id}`);
  return s;
};

describe.each(scenarios.map((s) => [s.id, s] as const))('scenario %s', (_id, s) => {
  it('states only rates, amounts, codes and countries its data and the engine agree with', () => {
    expect(scenarioFigureProblems(s)).toEqual([]);
  });
});

describe('the figures check fails on a wrong text', () => {
  const edit = (id: string, en: string): ReturnType<typeof scenarioFigureProblems> => {
    const s = byId(id);
    return scenarioFigureProblems({ ...s, instructions: { ...s.instructions, en } });
  };
  it.each([
    ['import-watch-full-tax', "The watch's MFN tariff is 10%.", '10%'],
    ['import-tax-total', 'The goods value is 525.00 yuan.', '525.00'],
    ['import-tax-total', '2 tins × 199.00 each.', '199.00'],
    ['b2b-9710-threshold', 'A business in Hong Kong ordered.', 'Hong Kong'],
    ['import-cosmetics-ct', 'HS code 3304990091.', '3304990091'],
    ['export-return-district', 'Filed at district 0901.', '0901'],
    ['export-summary-list', 'List number 08042026E000003457.', '08042026E000003457'],
  ])('%s: "%s" names %s', (id, text, figure) => {
    expect(edit(id, text).map((p) => p.figure)).toContain(figure);
  });
});
