/**
 * The figures a scenario's text states (title, summary, instructions, both languages) checked
 * against the scenario's own data and the engine's tables, so that a task text cannot teach a rate,
 * an amount, a code or a country its grader does not use.
 *
 * - rates (`11%`): the VAT, consumption-tax and MFN rates of the scenario's goods in the HS table,
 *   and the rule pack's within-limits share (70%) and matching tolerance, as of the scenario's date;
 * - amounts (`12000.00元`, `5,000-yuan`, `× 198.00`): a price, quantity total or amount of the
 *   starting or reference messages, a tax of the reference solution's CEB816 bills (computed by the
 *   engine), or a limit, threshold or consumption-tax basis of the rule pack or the HS table;
 * - codes: a 10-digit HS code of the scenario's goods, a customs district (`0804`) of the code
 *   table used in the messages, a list number (`08042026E000003456`) of the messages;
 * - countries: every country or region named is one the scenario's data uses (China aside).
 */
import {
  COUNTRIES,
  DEFAULT_RULE_PACK,
  DISTRICT_BY_CODE,
  HS_BY_CODE,
  resolve,
  type HsLine,
  type MessageKind,
} from '#sandbox';
import { gradeScenario } from './grade.ts';
import type { Scenario } from './schema.ts';

export interface FigureProblem {
  field: string;
  figure: string;
  problem: string;
}

/** The texts a learner reads, with the field they come from. */
function textsOf(s: Scenario): Array<{ field: string; text: string }> {
  return (['title', 'summary', 'instructions'] as const).flatMap((k) => [
    { field: `${k}.zh`, text: s[k].zh },
    { field: `${k}.en`, text: s[k].en },
  ]);
}

const bpToPercent = (bp: number): string => String(bp / 100);
const fenOfText = (t: string): number => Math.round(Number(t.replaceAll(',', '')) * 100);

/** The rates in force for the scenario: its goods' HS rates and the rule pack's percentages. */
function knownRates(s: Scenario, lines: readonly HsLine[]): Set<string> {
  const pack = DEFAULT_RULE_PACK;
  const vat = resolve(pack.vatRates, s.asOf).value;
  const out = new Set<string>([bpToPercent(resolve(pack.retailFactor, s.asOf).value), bpToPercent(resolve(pack.matchTolerance, s.asOf).value)]);
  for (const l of lines) {
    out.add(bpToPercent(l.vat === 'standard' ? vat.standardBp : vat.reducedBp));
    out.add(bpToPercent(l.mfnTariffBp));
    if (l.consumptionTax !== null) out.add(bpToPercent(l.consumptionTax.rateBp));
  }
  return out;
}

/** Every amount (fen) the scenario's data, messages, tax bills and tables give. */
function knownAmounts(s: Scenario, lines: readonly HsLine[], messages: readonly string[]): Set<number> {
  const pack = DEFAULT_RULE_PACK;
  const limits = resolve(pack.limits, s.asOf).value;
  const out = new Set<number>([0, limits.singleFen, limits.annualFen, resolve(pack.b2bThresholdFen, s.asOf).value]);
  for (const p of s.products) out.add(p.priceFen);
  for (const o of s.orders) {
    out.add(o.freightFen);
    out.add(o.discountFen);
  }
  for (const l of lines) {
    const th = l.consumptionTax?.threshold;
    if (th !== undefined && 'minFen' in th) out.add(th.minFen);
  }
  for (const xml of messages) for (const m of xml.matchAll(/>\s*(-?\d+(?:\.\d+)?)\s*</g)) out.add(fenOfText(m[1] ?? ''));
  for (const b of gradeScenario(s, s.solution).taxBills) {
    out.add(b.customsTaxFen).add(b.valueAddedTaxFen).add(b.consumptionTaxFen).add(b.customsTaxFen + b.valueAddedTaxFen + b.consumptionTaxFen);
  }
  return out;
}

/** Names (and short names) a country is written with in the texts. */
function countryNames(): Array<{ code: string; names: string[] }> {
  return COUNTRIES.filter((c) => c.code !== '142').map((c) => ({
    code: c.code,
    names: [c.zh, c.zh.replace(/^中国/, ''), c.en, c.en.replace(/\s*\(.*\)$/, '')].filter((n) => n.length >= 2),
  }));
}

/** The problems of one scenario's stated figures; empty when every figure agrees. */
export function scenarioFigureProblems(s: Scenario): FigureProblem[] {
  const kinds = Object.keys({ ...s.start, ...s.solution }) as MessageKind[];
  const messages = kinds.flatMap((k) => [s.start[k] ?? '', s.solution[k] ?? '']).filter((x) => x !== '');
  const all = messages.join('\n');
  const lines = s.products.map((p) => HS_BY_CODE.get(p.hsCode)).filter((l): l is HsLine => l !== undefined);
  const rates = knownRates(s, lines);
  const amounts = knownAmounts(s, lines, messages);
  const dataCountries = new Set<string>([
    ...s.products.map((p) => p.country),
    ...s.orders.flatMap((o) => (o.buyer.country !== undefined ? [o.buyer.country] : [])),
    ...[...all.matchAll(/<ceb:(?:country|tradeCountry)>\s*(\d{3})\s*</g)].map((m) => m[1] ?? ''),
  ]);
  const out: FigureProblem[] = [];
  for (const { field, text } of textsOf(s)) {
    for (const m of text.matchAll(/(\d+(?:\.\d+)?)\s*%/g)) {
      const rate = m[1] ?? '';
      if (!rates.has(String(Number(rate)))) out.push({ field, figure: `${rate}%`, problem: `not a rate of the scenario's goods or the rule pack as of ${s.asOf} (${[...rates].join('%, ')}%)` });
    }
    const amountRes = [/(\d[\d,]*(?:\.\d+)?)\s*(?:元|-?\s*yuan)/g, /×\s*(\d[\d,]*\.\d{2})/g];
    const seen = new Set<string>();
    for (const re of amountRes) {
      for (const m of text.matchAll(re)) {
        const a = m[1] ?? '';
        if (seen.has(`${m.index}`)) continue;
        seen.add(`${m.index}`);
        if (!amounts.has(fenOfText(a))) out.push({ field, figure: a, problem: 'not an amount of the messages, the tax bills, the products or the rule pack' });
      }
    }
    for (const m of text.matchAll(/(?<!\d)(\d{10})(?!\d)/g)) {
      const hs = m[1] ?? '';
      if (!HS_BY_CODE.has(hs) || !s.products.some((p) => p.hsCode === hs)) out.push({ field, figure: hs, problem: 'not the HS code of a product of the scenario' });
    }
    for (const m of text.matchAll(/(?<![\d-])(0\d{3})(?![\d-])/g)) {
      const d = m[1] ?? '';
      if (!DISTRICT_BY_CODE.has(d) || !all.includes(`>${d}<`)) out.push({ field, figure: d, problem: 'not a customs district of the code table used in the messages' });
    }
    for (const m of text.matchAll(/(?<![\dA-Z])(\d{8}[A-Z]\d{9})(?![\dA-Z])/g)) {
      const no = m[1] ?? '';
      if (!all.includes(no)) out.push({ field, figure: no, problem: 'a list number that is not in the messages' });
    }
    for (const c of countryNames()) {
      const named = c.names.find((n) => text.includes(n));
      if (named !== undefined && !dataCountries.has(c.code)) out.push({ field, figure: named, problem: `country ${c.code} is not used by the scenario's data (${[...dataCountries].join(', ')})` });
    }
  }
  return out;
}
