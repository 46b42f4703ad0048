import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import type { Finding } from '#sandbox';
import { loadOpsScenarios, loadScenarios } from '#lib/scenarios/load.ts';
import type { OpsGrade } from '#lib/scenarios/ops-grade.ts';
import { formStartedAt, gradeFor, instructionParagraphs, scenarioPageView } from '#pages/[...lang]/sandbox/scenarios/_scenario-page.ts';
import { breakdownLines, listingAttributeKeys, minorText, opsScenarioPageView, percentText } from '#pages/[...lang]/sandbox/scenarios/ops/_ops-scenario-page.ts';

const root = fileURLToPath(new URL('../../../content/scenarios', import.meta.url));
const customs = loadScenarios(root).scenarios;
const ops = loadOpsScenarios(root).scenarios;

function customsScenario(id: string) {
  const s = customs.find((x) => x.id === id);
  if (!s) throw new Error(`no scenario ${id}`);
  return s;
}
function opsScenario(kind: 'listing' | 'reply' | 'pricing') {
  const s = ops.find((x) => x.kind === kind);
  if (!s) throw new Error(`no ${kind} scenario`);
  return s;
}

const finding = (severity: 'error' | 'warning'): Finding => ({ code: 'X', severity, path: '/', message: { zh: '问题', en: 'problem' } }) as unknown as Finding;

describe('scenario page helpers', () => {
  it('keeps a posted whole-number start time, else starts now', () => {
    expect(formStartedAt({ startedAt: '1700000000000' }, 5)).toBe('1700000000000');
    expect(formStartedAt({ startedAt: '17e11' }, 5)).toBe('5');
    expect(formStartedAt({ startedAt: '' }, 5)).toBe('5');
    expect(formStartedAt({}, 5)).toBe('5');
  });

  it("shows a result only for the scenario it graded", () => {
    expect(gradeFor({ scenarioId: 'a', passed: true }, 'a')).toEqual({ scenarioId: 'a', passed: true });
    expect(gradeFor({ scenarioId: 'b', passed: true }, 'a')).toBeUndefined();
    expect(gradeFor(undefined, 'a')).toBeUndefined();
  });

  it('splits instructions at blank lines only', () => {
    expect(instructionParagraphs('one\ntwo\n\nthree\n  \nfour')).toEqual(['one\ntwo', 'three', 'four']);
  });
});

describe('customs scenario page', () => {
  const s = customsScenario('import-9610-amount-paid');
  const idle = { data: undefined, posted: {} };

  it('prefills each message from the start, or from what was posted', () => {
    const fresh = scenarioPageView({ locale: 'zh-CN', scenario: s, submitted: idle, now: 7 });
    expect(fresh.messages.map((m) => m.kind)).toEqual(s.submit);
    expect(fresh.messages[0]?.xml).toBe(s.start[s.submit[0] ?? 'CEB311']);
    expect(fresh.messages[0]?.companionIds).toEqual(s.submit.slice(1).map((k) => `decl-xml-${k}`));
    expect(fresh.startedAt).toBe('7');
    expect(fresh.grade).toBeUndefined();
    const kind = s.submit[1] ?? 'CEB411';
    const after = scenarioPageView({ locale: 'zh-CN', scenario: s, submitted: { data: undefined, posted: { [`xml_${kind}`]: '<mine/>', startedAt: '42' } } });
    expect(after.messages[1]).toMatchObject({ id: `decl-xml-${kind}`, name: `xml_${kind}`, xml: '<mine/>' });
    expect(after.startedAt).toBe('42');
  });

  it('counts errors and warnings of this scenario’s grade', () => {
    const data = { scenarioId: s.id, findings: [finding('error'), finding('warning'), finding('error')] };
    expect(scenarioPageView({ locale: 'en', scenario: s, submitted: { data, posted: {} } }).findingCounts).toEqual({ errors: 2, warnings: 1 });
    expect(scenarioPageView({ locale: 'en', scenario: s, submitted: { data: { ...data, scenarioId: 'other' }, posted: {} } }).findingCounts).toEqual({ errors: 0, warnings: 0 });
  });

  it('lists the enterprises the store names and each order’s lines in the reader’s language', () => {
    const zh = scenarioPageView({ locale: 'zh-CN', scenario: s, submitted: idle });
    const en = scenarioPageView({ locale: 'en', scenario: s, submitted: idle });
    expect(zh.enterprises.map(([key]) => key)).toContain('scenarios.platform');
    expect(zh.enterprises.every(([, e]) => e.code.length > 0)).toBe(true);
    const product = s.products[0];
    const line = s.orders[0]?.lines.find((l) => l.itemNo === product?.itemNo);
    if (!product || !line) throw new Error('scenario without an order line');
    expect(zh.orders[0]?.linesText).toContain(`${product.name.zh} × ${line.qty}`);
    expect(en.orders[0]?.linesText).toContain(`${product.name.en ?? product.name.zh} × ${line.qty}`);
    expect(zh.hasItemRecords).toBe(s.products.some((p) => p.itemRecordNo));
  });
});

describe('operations scenario page', () => {
  const idle = { data: undefined, posted: {} };

  it('asks for a listing’s category attributes and the ones its start fills, once each', () => {
    const s = opsScenario('listing');
    const keys = listingAttributeKeys(s);
    expect(new Set(keys).size).toBe(keys.length);
    for (const k of Object.keys(s.start).filter((x) => x.startsWith('attr_'))) expect(keys).toContain(k.slice(5));
    expect(listingAttributeKeys(opsScenario('reply'))).toEqual([]);
  });

  it('fills a listing’s fields from the start, or from what was posted', () => {
    const s = opsScenario('listing');
    if (s.kind !== 'listing') throw new Error('not a listing');
    const lang = s.listing.languages[0] ?? 'ru';
    const fresh = opsScenarioPageView({ locale: 'zh-CN', scenario: s, submitted: idle });
    expect(fresh.languages[0]).toEqual({ lang, name: expect.any(String) as string, title: s.start[`title_${lang}`] ?? '', description: s.start[`description_${lang}`] ?? '' });
    const after = opsScenarioPageView({ locale: 'zh-CN', scenario: s, submitted: { data: undefined, posted: { [`title_${lang}`]: 'mine' } } });
    expect(after.languages[0]?.title).toBe('mine');
    expect(fresh.reply).toBe('');
  });

  it('offers no listing fields for a reply, and the reply as posted', () => {
    const s = opsScenario('reply');
    const view = opsScenarioPageView({ locale: 'en', scenario: s, submitted: { data: undefined, posted: { reply: 'Dear buyer' } } });
    expect(view.languages).toEqual([]);
    expect(view.attributes).toEqual([]);
    expect(view.reply).toBe('Dear buyer');
  });

  it('shows this scenario’s grade only', () => {
    const s = opsScenario('pricing');
    const grade = { kind: 'pricing', passed: false, criteria: [], errorCodes: [], breakdown: null, lowestMinor: null } as OpsGrade;
    expect(opsScenarioPageView({ locale: 'en', scenario: s, submitted: { data: { scenarioId: s.id, grade }, posted: {} } }).grade).toBe(grade);
    expect(opsScenarioPageView({ locale: 'en', scenario: s, submitted: { data: { scenarioId: 'other', grade }, posted: {} } }).grade).toBeUndefined();
  });

  it('writes rates and minor units with two decimals and the breakdown with costs negative', () => {
    expect(percentText(1250)).toBe('12.50%');
    expect(minorText(1990)).toBe('19.90');
    const lines = breakdownLines({ grossFen: 100, vatFen: 10, netFen: 90, commissionFen: 5, unitCostFen: 20, freightFen: 3, fulfilmentFen: 2, otherFen: 1, dutyFen: 4, profitFen: 55, marginBps: 5500, priceMinor: 100 });
    expect(lines.map(([k]) => k)).toEqual(['gross', 'vat', 'net', 'commission', 'unitCost', 'freight', 'fulfilment', 'other', 'duty', 'profit']);
    expect(Object.fromEntries(lines)).toMatchObject({ gross: 100, commission: -5, duty: -4, profit: 55 });
  });
});
