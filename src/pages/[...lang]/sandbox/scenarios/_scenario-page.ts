/**
 * Page model of a customs scenario: what its form shows (the posted messages or the scenario's starting
 * ones, the start time), the grade when the submission was for this scenario, its data in the reader's
 * language, and the learner's attempts (`loadScenarioPage`). The helpers it shares with the operations
 * scenarios (`formStartedAt`, `gradeFor`, `instructionParagraphs`) live here too.
 */
import type { Finding } from '#sandbox';
import type { Db } from '#lib/db/client.ts';
import type { LessonSummary } from '#lib/courses/catalogue.ts';
import { listScenarioAttempts, type AttemptRow } from '#lib/scenarios/grade.ts';
import { scenarioCheckContext } from '#lib/scenarios/check-context.ts';
import type { Scenario } from '#lib/scenarios/schema.ts';
import { t, type MessageKey } from '#i18n/index.ts';
import { pick, type Locale } from '#i18n/locales.ts';
import type { ActionForm } from '#server/forms.ts';

/** The form's start time: the posted one when it is a whole number, else now (milliseconds since the epoch). */
export function formStartedAt(posted: Readonly<Record<string, string>>, now: number = Date.now()): string {
  const at = posted['startedAt'];
  return at && /^\d+$/.test(at) ? at : String(now);
}

/** The action's result when it graded this scenario (a result of another scenario's form is not shown). */
export function gradeFor<T extends { scenarioId: string }>(data: T | undefined, scenarioId: string): T | undefined {
  return data?.scenarioId === scenarioId ? data : undefined;
}

/** Authored instructions as paragraphs (separated by blank lines). */
export function instructionParagraphs(text: string): string[] {
  return text.split(/\n\s*\n/);
}

/** What the page needs of the `scenarios.submit` result. */
interface Graded {
  scenarioId: string;
  findings: Finding[];
}

type Enterprise = NonNullable<Scenario['store']['platform']>;

/** What a scenario page's view is made from: the scenario and its form (`actionForm` with `echo: 'always'`). */
export interface ScenarioViewInput<S, T> {
  locale: Locale;
  scenario: S;
  submitted: Pick<ActionForm<T>, 'data' | 'posted'>;
  now?: number;
}

type ScenarioPageViewInput<T extends Graded> = ScenarioViewInput<Scenario, T>;

/** What the page shows apart from the database's attempts (pure). */
export function scenarioPageView<T extends Graded>(input: ScenarioPageViewInput<T>) {
  const { locale, scenario: s, submitted } = input;
  const grade = gradeFor(submitted.data, s.id);
  const errors = grade ? grade.findings.filter((f) => f.severity === 'error').length : 0;
  const productName = (itemNo: string): string => {
    const p = s.products.find((x) => x.itemNo === itemNo);
    return p ? pick(p.name, locale) : itemNo;
  };
  const enterprises = ([
    ['scenarios.platform', s.store.platform],
    ['scenarios.seller', s.store.seller],
    ['scenarios.payment', s.store.payment],
    ['scenarios.logistics', s.store.logistics],
    ['scenarios.agent', s.store.agent],
  ] as const).flatMap(([key, e]): [MessageKey, Enterprise][] => (e ? [[key, e]] : []));
  return {
    grade,
    startedAt: formStartedAt(submitted.posted, input.now),
    paragraphs: instructionParagraphs(pick(s.instructions, locale)),
    checkContext: scenarioCheckContext(s),
    findingCounts: { errors, warnings: grade ? grade.findings.length - errors : 0 },
    enterprises,
    /** Whether the product table has the item record column. */
    hasItemRecords: s.products.some((p) => p.itemRecordNo),
    /** The orders, each with its lines in words ("product × qty", joined in the reader's punctuation). */
    orders: s.orders.map((o) => ({ ...o, linesText: o.lines.map((l) => `${productName(l.itemNo)} × ${l.qty}`).join(t(locale, 'punct.semicolon')) })),
    /** One textarea per message kind: the posted text, else the scenario's starting message. */
    messages: s.submit.map((kind) => ({
      kind,
      id: `decl-xml-${kind}`,
      name: `xml_${kind}`,
      xml: submitted.posted[`xml_${kind}`] ?? s.start[kind] ?? '',
      companionIds: s.submit.filter((k) => k !== kind).map((k) => `decl-xml-${k}`),
    })),
  };
}

/** What both scenario pages add from the database: the scenario's lesson (passed through) and the learner's attempts. */
export interface ScenarioHistory {
  /** The scenario's lesson (`getLessonSummary`). */
  lesson: LessonSummary | undefined;
  /** The signed-in learner's attempts, newest first (none for a visitor). */
  attempts: AttemptRow[];
}

export async function scenarioHistory(db: Db, input: { userId: string | undefined; scenarioId: string; lesson: LessonSummary | undefined }): Promise<ScenarioHistory> {
  return { lesson: input.lesson, attempts: input.userId ? await listScenarioAttempts(db, input.userId, input.scenarioId) : [] };
}

/** Everything the customs scenario page shows. */
export async function loadScenarioPage<T extends Graded>(db: Db, input: ScenarioPageViewInput<T> & { userId: string | undefined; lesson: LessonSummary | undefined }) {
  return { ...scenarioPageView(input), ...(await scenarioHistory(db, { userId: input.userId, scenarioId: input.scenario.id, lesson: input.lesson })) };
}
