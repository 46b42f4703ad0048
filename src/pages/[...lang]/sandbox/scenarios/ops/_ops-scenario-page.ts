/**
 * Page model of an operations scenario (listing fix, buyer reply, pricing): the form's fields (what was
 * posted, else the scenario's start), the grade when the submission was for this scenario, the pricing
 * breakdown's lines, and the learner's attempts (`loadOpsScenarioPage`).
 */
import { HS_BY_CODE } from '#sandbox';
import type { Db } from '#lib/db/client.ts';
import type { LessonSummary } from '#lib/courses/catalogue.ts';
import { CATEGORY_ATTRIBUTES, listingCategoryOf } from '#lib/listing/rules.ts';
import type { PriceBreakdown } from '#lib/pricing/pricing.ts';
import type { OpsGrade } from '#lib/scenarios/ops-grade.ts';
import type { OpsScenario } from '#lib/scenarios/ops-schema.ts';
import { STORE_LANGUAGE_NAMES } from '#lib/storefront/labels.ts';
import { pick } from '#i18n/locales.ts';
import { formStartedAt, gradeFor, instructionParagraphs, scenarioHistory, type ScenarioViewInput } from '../_scenario-page.ts';

/** A rate in basis points as a percentage with two decimals ("12.50%"). */
export function percentText(bps: number): string {
  return `${(bps / 100).toFixed(2)}%`;
}

/** An amount in a currency's minor unit with two decimals ("19.90"). */
export function minorText(minor: number): string {
  return (minor / 100).toFixed(2);
}

/** The attributes a listing scenario's form asks for: its category's required and recommended ones, then any the start fills. */
export function listingAttributeKeys(s: OpsScenario): string[] {
  if (s.kind !== 'listing') return [];
  const c = CATEGORY_ATTRIBUTES[listingCategoryOf(HS_BY_CODE.get(s.listing.hsCode), s.listing.hsCode)];
  return [...new Set([...c.required, ...c.recommended, ...Object.keys(s.start).filter((k) => k.startsWith('attr_')).map((k) => k.slice(5))])];
}

/** The pricing breakdown from the buyer's payment down to the profit, costs negative (dictionary key suffix, fen). */
export function breakdownLines(b: PriceBreakdown) {
  return [
    ['gross', b.grossFen], ['vat', b.vatFen], ['net', b.netFen], ['commission', -b.commissionFen],
    ['unitCost', -b.unitCostFen], ['freight', -b.freightFen], ['fulfilment', -b.fulfilmentFen], ['other', -b.otherFen],
    ['duty', -b.dutyFen], ['profit', b.profitFen],
  ] as const;
}

/** What the page needs of the `scenarios.submitOps` result. */
interface Graded {
  scenarioId: string;
  grade: OpsGrade;
}

type OpsScenarioPageViewInput<T extends Graded> = ScenarioViewInput<OpsScenario, T>;

/** What the page shows apart from the database's attempts (pure). */
export function opsScenarioPageView<T extends Graded>(input: OpsScenarioPageViewInput<T>) {
  const { locale, scenario: s, submitted } = input;
  const result = gradeFor(submitted.data, s.id);
  const value = (name: string): string => submitted.posted[name] ?? s.start[name] ?? '';
  return {
    result,
    grade: result?.grade,
    startedAt: formStartedAt(submitted.posted, input.now),
    paragraphs: instructionParagraphs(pick(s.instructions, locale)),
    /** A listing's title and description fields, one pair per language of the listing. */
    languages: s.kind === 'listing' ? s.listing.languages.map((lang) => ({ lang, name: STORE_LANGUAGE_NAMES[lang], title: value(`title_${lang}`), description: value(`description_${lang}`) })) : [],
    /** A listing's attribute fields. */
    attributes: listingAttributeKeys(s).map((key) => ({ key, value: value(`attr_${key}`) })),
    reply: value('reply'),
    price: value('price'),
  };
}

/** Everything the operations scenario page shows. */
export async function loadOpsScenarioPage<T extends Graded>(db: Db, input: OpsScenarioPageViewInput<T> & { userId: string | undefined; lesson: LessonSummary | undefined }) {
  return { ...opsScenarioPageView(input), ...(await scenarioHistory(db, { userId: input.userId, scenarioId: input.scenario.id, lesson: input.lesson })) };
}
