import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenarios } from '#lib/scenarios/load.ts';
import { gradeScenario } from '#lib/scenarios/grade.ts';
import { SCENARIO_MODES } from '#lib/scenarios/schema.ts';
import { loadContent } from '#lib/content/check.ts';

const root = join(process.cwd(), 'content/scenarios');
const { scenarios, problems } = loadScenarios(root);

describe('scenario content', () => {
  it('every scenario folder passes the schema and has its files', () => {
    expect(problems).toEqual([]);
    expect(scenarios.length).toBeGreaterThanOrEqual(12);
  });

  it('covers the modes and belongs to lessons that exist and list it', () => {
    const modes = new Set(scenarios.map((s) => s.mode));
    for (const m of ['9610-import', '1210-import', '9610-export', '9710', '9810', 'export-summary', 'import-return', 'export-return'] as const) {
      expect(SCENARIO_MODES).toContain(m);
      expect(modes.has(m), m).toBe(true);
    }
    const content = loadContent(join(process.cwd(), 'content'));
    for (const s of scenarios) {
      expect(s.lesson, s.id).toBeDefined();
      const lesson = content.lessons.find((l) => `${l.course}/${l.slug}` === s.lesson);
      expect(lesson, `${s.id} → ${s.lesson}`).toBeDefined();
      expect(lesson?.data.scenarios, s.id).toContain(s.id);
      expect(lesson?.body, s.id).toContain(`scenario="${s.id}"`);
    }
  });
});

describe.each(scenarios.map((s) => [s.id, s] as const))('scenario %s', (_id, s) => {
  it('the reference solution passes every criterion through the engine', () => {
    const g = gradeScenario(s, s.solution);
    expect(g.criteria.filter((c) => !c.met).map((c) => c.message.en)).toEqual([]);
    expect(g.passed).toBe(true);
    expect(g.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('the starting messages fail with the expected codes', () => {
    const g = gradeScenario(s, s.start);
    expect(g.passed).toBe(false);
    for (const code of s.expectedCodes) expect(g.errorCodes).toContain(code);
    expect(g.criteria.find((c) => c.id === 'fixed')?.met).toBe(false);
  });
});

describe('criteria logic', () => {
  const s = scenarios.find((x) => x.id === 'import-tax-total')!;
  const sol = s.solution;
  const cases: { name: string; edit: (x: typeof sol) => typeof sol; failing: string[] }[] = [
    { name: 'solution', edit: (x) => x, failing: [] },
    { name: 'missing message', edit: (x) => ({ ...x, CEB511: '' }), failing: ['kinds', 'verdict', 'taxBill-0'] },
    {
      name: 'goods value changed to dodge the tax',
      edit: (x) => ({ ...x, CEB311: x.CEB311!.replace('<ceb:goodsValue>524.00<', '<ceb:goodsValue>523.00<') }),
      failing: ['verdict', 'keep-0', 'taxBill-0'],
    },
    {
      name: 'tax left out again',
      edit: (x) => ({ ...x, CEB311: x.CEB311!.replace('<ceb:taxTotal>44.10<', '<ceb:taxTotal>0<').replace('<ceb:acturalPaid>568.10<', '<ceb:acturalPaid>524.00<'), CEB411: x.CEB411!.replace('<ceb:amountPaid>568.10<', '<ceb:amountPaid>524.00<') }),
      failing: ['verdict', 'fixed', 'taxBill-0'],
    },
    { name: 'unreadable XML', edit: (x) => ({ ...x, CEB621: '<not xml' }), failing: ['verdict', 'taxBill-0'] },
  ];
  it.each(cases)('$name', ({ edit, failing }) => {
    const g = gradeScenario(s, edit(sol));
    expect(g.criteria.filter((c) => !c.met).map((c) => c.id).sort()).toEqual([...failing].sort());
    expect(g.passed).toBe(failing.length === 0);
  });

  it('verifies signatures only when a key is given', () => {
    const edited = { ...sol, CEB621: sol.CEB621!.replace('13904130157', '13904130158') };
    expect(gradeScenario(s, edited).errorCodes).not.toContain('SIG_DIGEST');
    expect(gradeScenario(s, edited, { signatureKey: 'fushun-cbec-academy-demo-key' }).errorCodes).toContain('SIG_DIGEST');
  });

  it('a watch taxed at the 70% rate fails the tax bill and keeps the full-tax warning', () => {
    const w = scenarios.find((x) => x.id === 'import-watch-full-tax')!;
    const g = gradeScenario(w, w.start);
    expect(g.criteria.find((c) => c.id === 'has-POLICY_SINGLE_ITEM_FULL_TAX')?.met).toBe(true);
    expect(g.criteria.find((c) => c.id === 'taxBill-0')?.met).toBe(false);
  });
});
