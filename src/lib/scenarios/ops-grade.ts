/**
 * Grading of the operations scenarios on the server, by the real domain functions: the listing
 * review (`reviewListing`), the buyer-message rubric (`gradeReply`) and the pricing function
 * (`priceBreakdown`). `submitted` holds the posted form fields. A passing attempt is recorded with
 * `recordScenarioAttempt` (grade.ts) exactly as a customs one, so it counts in progress and skills.
 */
import { gradeReply, type Grade as ReplyGrade } from '../buyer-messages/rubric.ts';
import { reviewListing, type ListingReview } from '../listing/review.ts';
import { ATTRIBUTE_KEYS } from '../listing/rules.ts';
import { lowestPrice, meetsMargin, parsePriceMinor, priceBreakdown, type PriceBreakdown, type PricingInput } from '../pricing/pricing.ts';
import type { CriterionResult } from './grade.ts';
import type { ListingScenario, OpsScenario, PricingScenario, ReplyScenario } from './ops-schema.ts';

export type Submitted = Readonly<Record<string, string | undefined>>;

interface OpsGradeBase {
  passed: boolean;
  criteria: CriterionResult[];
  /** Codes stored with the attempt (listing finding codes, rubric violations, pricing codes). */
  errorCodes: string[];
}
export interface ListingGrade extends OpsGradeBase { kind: 'listing'; review: ListingReview }
export interface ReplyGrade2 extends OpsGradeBase { kind: 'reply'; rubric: ReplyGrade }
export interface PricingGrade extends OpsGradeBase { kind: 'pricing'; breakdown: PriceBreakdown | null; lowestMinor: number | null }
export type OpsGrade = ListingGrade | ReplyGrade2 | PricingGrade;

const norm = (s: string): string => s.normalize('NFKC').toLowerCase();
const money = (minor: number): string => (minor / 100).toFixed(2);

export function gradeListingScenario(s: ListingScenario, submitted: Submitted): ListingGrade {
  const l = s.listing;
  const texts = l.languages.map((lang) => ({ lang, title: (submitted[`title_${lang}`] ?? '').trim(), description: (submitted[`description_${lang}`] ?? '').trim() }));
  const attributes: Record<string, string> = {};
  for (const k of ATTRIBUTE_KEYS) {
    const v = (submitted[`attr_${k}`] ?? '').trim();
    if (v !== '') attributes[k] = v;
  }
  const review = reviewListing({ platform: l.platform, businessModel: l.businessModel, hsCode: l.hsCode, priceFen: l.priceFen, brand: l.brand, attributes, images: l.images, texts });
  const codes = [...new Set(review.findings.map((f) => f.code))];
  const criteria: CriterionResult[] = [];
  const errors = review.findings.filter((f) => f.severity === 'error').length;
  criteria.push({ id: 'publishable', met: review.publishable, message: review.publishable ? { zh: '平台审核没有错误，可以上架', en: 'The platform review finds no error: the listing can be published' } : { zh: `平台审核仍有 ${errors} 个错误`, en: `The platform review still finds ${errors} error(s)` } });
  criteria.push({ id: 'score', met: review.score >= s.criteria.minScore, message: { zh: `质量分 ${review.score}，至少 ${s.criteria.minScore}`, en: `Quality score ${review.score}, at least ${s.criteria.minScore}` } });
  const left = s.expectedCodes.filter((c) => codes.includes(c));
  criteria.push({ id: 'fixed', met: left.length === 0, message: left.length === 0 ? { zh: `原有的问题已改正：${s.expectedCodes.join('、')}`, en: `The original problems are fixed: ${s.expectedCodes.join(', ')}` } : { zh: `仍有原来的问题：${left.join('、')}`, en: `Original problems remain: ${left.join(', ')}` } });
  for (const [lang, words] of Object.entries(s.criteria.titleMustInclude)) {
    const title = norm(texts.find((t) => t.lang === lang)?.title ?? '');
    const missing = words.filter((w) => !title.includes(norm(w)));
    criteria.push({ id: `title-${lang}`, met: missing.length === 0, message: { zh: `标题（${lang}）保留商品词：${words.join('、')}`, en: `The title (${lang}) keeps the product words: ${words.join(', ')}` } });
  }
  for (const [key, want] of Object.entries(s.criteria.attributes)) {
    const got = norm(attributes[key] ?? '');
    criteria.push({ id: `attr-${key}`, met: got.includes(norm(want)), message: { zh: `属性 ${key} 按资料填写：${want}`, en: `Attribute ${key} as the data sheet states: ${want}` } });
  }
  return { kind: 'listing', passed: criteria.every((c) => c.met), criteria, errorCodes: codes, review };
}

export function gradeReplyScenario(s: ReplyScenario, submitted: Submitted): ReplyGrade2 {
  const m = s.message;
  const rubric = gradeReply({ kind: m.kind, buyerLang: m.lang, orderNo: m.orderNo, reply: submitted['reply'] ?? '', responseHours: m.responseHours });
  const language = rubric.elements.find((e) => e.element === 'language')?.found ?? false;
  const criteria: CriterionResult[] = [
    { id: 'score', met: rubric.score >= s.criteria.minScore, message: { zh: `评分 ${rubric.score}，至少 ${s.criteria.minScore}`, en: `Grade ${rubric.score}, at least ${s.criteria.minScore}` } },
    { id: 'language', met: language, message: { zh: '用买家的语言回复', en: "Written in the buyer's language" } },
    { id: 'violations', met: rubric.violations.length === 0, message: rubric.violations.length === 0 ? { zh: '没有平台禁止的做法', en: 'No practice the platforms forbid' } : { zh: `有平台禁止的做法：${rubric.violations.join('、')}`, en: `Forbidden practice: ${rubric.violations.join(', ')}` } },
  ];
  const errorCodes = [...rubric.violations, ...rubric.elements.filter((e) => !e.found).map((e) => `REPLY_MISSING_${e.element.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}`)];
  return { kind: 'reply', passed: criteria.every((c) => c.met), criteria, errorCodes, rubric };
}

export function pricingInputOf(s: PricingScenario): PricingInput {
  return { fenPerUnit: s.market.fenPerUnit, ...s.costs };
}

export function gradePricingScenario(s: PricingScenario, submitted: Submitted): PricingGrade {
  const input = pricingInputOf(s);
  const c = s.criteria;
  const lowestMinor = lowestPrice(input, c.targetMarginBps, { step: c.step, ending: c.ending, maxMinor: c.maxPriceMinor });
  const price = parsePriceMinor(submitted['price'] ?? '');
  const cur = s.market.currency;
  if (price === null) {
    return { kind: 'pricing', passed: false, criteria: [{ id: 'price', met: false, message: { zh: '请填写售价，例如 16.99', en: 'Enter a price, e.g. 16.99' } }], errorCodes: ['PRICE_UNREADABLE'], breakdown: null, lowestMinor };
  }
  const b = priceBreakdown(input, price);
  const margin = b.marginBps === null ? '—' : (b.marginBps / 100).toFixed(2);
  const target = (c.targetMarginBps / 100).toFixed(2);
  const lowerOk = price - c.step >= 0 && meetsMargin(priceBreakdown(input, price - c.step), c.targetMarginBps);
  const criteria: CriterionResult[] = [
    { id: 'margin', met: meetsMargin(b, c.targetMarginBps), message: { zh: `毛利率 ${margin}%，目标至少 ${target}%`, en: `Margin ${margin}%, target at least ${target}%` } },
    { id: 'ceiling', met: price <= c.maxPriceMinor, message: { zh: `售价不高于竞品价 ${cur} ${money(c.maxPriceMinor)}`, en: `Price no higher than the competing ${cur} ${money(c.maxPriceMinor)}` } },
    { id: 'ending', met: price % c.step === c.ending % c.step, message: { zh: `售价以 .${String(c.ending).padStart(2, '0')} 结尾`, en: `Price ends in .${String(c.ending).padStart(2, '0')}` } },
    { id: 'lowest', met: !lowerOk, message: { zh: `是达到目标的最低价（低一档 ${cur} ${money(Math.max(0, price - c.step))} 就达不到）`, en: `The lowest price that reaches the target (one step lower, ${cur} ${money(Math.max(0, price - c.step))}, would not)` } },
  ];
  const errorCodes = criteria.filter((x) => !x.met).map((x) => `PRICE_${x.id.toUpperCase()}`);
  return { kind: 'pricing', passed: criteria.every((x) => x.met), criteria, errorCodes, breakdown: b, lowestMinor };
}

/** Grades an operations scenario by its kind. */
export function gradeOpsScenario(s: OpsScenario, submitted: Submitted): OpsGrade {
  switch (s.kind) {
    case 'listing': return gradeListingScenario(s, submitted);
    case 'reply': return gradeReplyScenario(s, submitted);
    case 'pricing': return gradePricingScenario(s, submitted);
  }
}
