/**
 * Server-side grading of a scenario submission and recording of the attempt. The browser never
 * decides: the submitted XML runs through the sandbox engine with the scenario's date, ledger,
 * seed and credit tier, and the result is checked against the scenario's pass criteria.
 */
import { and, desc, eq } from 'drizzle-orm';
import {
  checkSubmission,
  decimalToFen,
  getAtPath,
  parseMessage,
  type CebMessage,
  type Finding,
  type MessageKind,
  type SubmissionResult,
} from '#sandbox';
import type { Db } from '../db/client.ts';
import { scenarioAttempts } from '../db/schema-sandbox.ts';
import { completeLesson, type CourseRef, type ProgressFact } from '../progress/progress.ts';
import { scenarioCheckContext } from './check-context.ts';
import type { Scenario, TaxBillCriterion } from './schema.ts';

export interface Bilingual {
  zh: string;
  en: string;
}

export interface CriterionResult {
  /** Stable id, e.g. `verdict`, `fixed`, `kinds`, `taxBill-0`, `keep-1`. */
  id: string;
  met: boolean;
  message: Bilingual;
}

/** A receipt reduced to what the page shows. */
export interface ReceiptSummary {
  kind: string;
  status: string;
  info: string;
}

/** A tax bill in integer fen. */
export interface TaxBillSummary {
  invtNo: string;
  customsTaxFen: number;
  valueAddedTaxFen: number;
  consumptionTaxFen: number;
}

export interface GradeResult {
  passed: boolean;
  criteria: CriterionResult[];
  /** Distinct codes of every finding (errors and warnings), in order of appearance. */
  errorCodes: string[];
  findings: Finding[];
  receipts: ReceiptSummary[];
  taxBills: TaxBillSummary[];
  /** Kinds submitted, in batch order (empty fields are left out). */
  submittedKinds: MessageKind[];
}

export interface GradeOptions {
  /**
   * Training key to verify signatures with. Given only when the learner signed the submission
   * with their own key; otherwise signatures are not verified (editing a message breaks the
   * training signature of the starting files, which is not what the scenarios teach).
   */
  signatureKey?: string | undefined;
}

const field = (m: CebMessage, re: RegExp): string => re.exec(JSON.stringify(m))?.[1] ?? '';

function receiptOf(m: CebMessage): ReceiptSummary {
  return { kind: m.kind, status: field(m, /"returnStatus":"([^"]*)"/) || '-', info: field(m, /"returnInfo":"([^"]*)"/) };
}

function fenOf(v: string | undefined): number {
  return v === undefined ? 0 : (decimalToFen(v) ?? 0);
}

function billsOf(r: SubmissionResult): TaxBillSummary[] {
  return r.taxBills.flatMap((b) =>
    b.Tax.map((t) => ({
      invtNo: t.TaxHeadRd.invtNo,
      customsTaxFen: fenOf(t.TaxHeadRd.customsTax),
      valueAddedTaxFen: fenOf(t.TaxHeadRd.valueAddedTax),
      consumptionTaxFen: fenOf(t.TaxHeadRd.consumptionTax),
    })),
  );
}

const yuan = (fen: number): string => (fen / 100).toFixed(2);

function billMatches(want: TaxBillCriterion, got: TaxBillSummary): boolean {
  if (want.invtNo !== undefined && want.invtNo !== got.invtNo) return false;
  if (want.customsTaxFen !== undefined && want.customsTaxFen !== got.customsTaxFen) return false;
  if (want.valueAddedTaxFen !== undefined && want.valueAddedTaxFen !== got.valueAddedTaxFen) return false;
  if (want.consumptionTaxFen !== undefined && want.consumptionTaxFen !== got.consumptionTaxFen) return false;
  if (want.totalFen !== undefined && want.totalFen !== got.customsTaxFen + got.valueAddedTaxFen + got.consumptionTaxFen) return false;
  return true;
}

function describeBill(want: TaxBillCriterion): Bilingual {
  const zh: string[] = [];
  const en: string[] = [];
  if (want.customsTaxFen !== undefined) { zh.push(`关税 ${yuan(want.customsTaxFen)} 元`); en.push(`tariff ${yuan(want.customsTaxFen)}`); }
  if (want.valueAddedTaxFen !== undefined) { zh.push(`增值税 ${yuan(want.valueAddedTaxFen)} 元`); en.push(`VAT ${yuan(want.valueAddedTaxFen)}`); }
  if (want.consumptionTaxFen !== undefined) { zh.push(`消费税 ${yuan(want.consumptionTaxFen)} 元`); en.push(`consumption tax ${yuan(want.consumptionTaxFen)}`); }
  if (want.totalFen !== undefined) { zh.push(`税款合计 ${yuan(want.totalFen)} 元`); en.push(`total tax ${yuan(want.totalFen)}`); }
  return { zh: `电子税单：${zh.join('，')}`, en: `Tax bill: ${en.join(', ')} yuan` };
}

/** Grades one submission: `submitted` maps message kinds to their XML (or JSON) text. */
export function gradeScenario(scenario: Scenario, submitted: Partial<Record<MessageKind, string>>, options: GradeOptions = {}): GradeResult {
  const kinds = scenario.submit.filter((k) => (submitted[k] ?? '').trim() !== '');
  const messages = kinds.map((k) => submitted[k] ?? '');
  const { asOf, ledger, warehouseFilings } = scenarioCheckContext(scenario);
  const result = checkSubmission({
    messages,
    asOf,
    ledger,
    seed: scenario.seed,
    creditTier: scenario.store.creditTier,
    warehouseFilings,
    verifySignatures: options.signatureKey !== undefined,
    ...(options.signatureKey !== undefined ? { signatureKey: options.signatureKey } : {}),
  });
  const codes = [...new Set(result.findings.map((f) => f.code))];
  const codeSet = new Set(codes);
  const receipts = result.receipts.map(receiptOf);
  const taxBills = billsOf(result);
  const c = scenario.criteria;
  const criteria: CriterionResult[] = [];

  const missing = scenario.submit.filter((k) => !kinds.includes(k));
  criteria.push({
    id: 'kinds',
    met: missing.length === 0,
    message: missing.length === 0
      ? { zh: `提交了全部报文：${scenario.submit.join('、')}`, en: `All messages submitted: ${scenario.submit.join(', ')}` }
      : { zh: `缺少报文：${missing.join('、')}`, en: `Missing messages: ${missing.join(', ')}` },
  });

  // the verdict: nothing rejected; `released` also needs every inventory list released
  const lists = result.verdict.outcomes.filter((o) => o.kind === 'CEB621' || o.kind === 'CEB603');
  const released = lists.length > 0 && lists.every((o) => o.status === 'released');
  const verdictMet = result.verdict.accepted && (c.verdict === 'accepted' || released);
  criteria.push({
    id: 'verdict',
    met: verdictMet,
    message: c.verdict === 'released'
      ? { zh: '没有任何报文被退单，清单全部放行', en: 'No message rejected and every inventory list released' }
      : { zh: '没有任何报文被退单', en: 'No message rejected' },
  });

  if (scenario.expectedCodes.length > 0) {
    const left = scenario.expectedCodes.filter((code) => codeSet.has(code));
    criteria.push({
      id: 'fixed',
      met: left.length === 0,
      message: left.length === 0
        ? { zh: `原有的问题已改正：${scenario.expectedCodes.join('、')}`, en: `The original problems are fixed: ${scenario.expectedCodes.join(', ')}` }
        : { zh: `仍有原来的问题：${left.join('、')}`, en: `Original problems remain: ${left.join(', ')}` },
    });
  }
  for (const code of c.mustNotHaveCodes) {
    criteria.push({ id: `not-${code}`, met: !codeSet.has(code), message: { zh: `不应出现 ${code}`, en: `${code} must not appear` } });
  }
  for (const code of c.mustHaveCodes) {
    criteria.push({ id: `has-${code}`, met: codeSet.has(code), message: { zh: `应出现提示 ${code}`, en: `${code} is expected` } });
  }
  c.mustHaveTaxBillFen.forEach((want, i) => {
    criteria.push({ id: `taxBill-${i}`, met: taxBills.some((b) => billMatches(want, b)), message: describeBill(want) });
  });
  for (const rc of c.mustHaveReceipts) {
    const [kind, status] = rc.split(':');
    criteria.push({ id: `receipt-${rc}`, met: receipts.some((r) => r.kind === kind && r.status === status), message: { zh: `收到回执 ${kind}，状态 ${status}`, en: `Receipt ${kind} with status ${status}` } });
  }
  c.keep.forEach((k, i) => {
    const text = submitted[k.kind];
    let value: unknown;
    if (text !== undefined && text.trim() !== '') {
      const p = parseMessage(text);
      if (p.ok) value = getAtPath(p.parsed.message, k.path);
    }
    const met = typeof value === 'string' && value.trim() === k.value;
    criteria.push({ id: `keep-${i}`, met, message: { zh: `${k.label.zh}应为 ${k.value}（${k.kind}）`, en: `${k.label.en} must be ${k.value} (${k.kind})` } });
  });

  return {
    passed: criteria.every((x) => x.met),
    criteria,
    errorCodes: codes,
    findings: result.findings,
    receipts,
    taxBills,
    submittedKinds: kinds,
  };
}

export interface AttemptRow {
  id: number;
  passed: boolean;
  errorCodes: string[];
  durationMs: number | null;
  submittedAt: Date;
}

function codesOf(json: string): string[] {
  try {
    const v = JSON.parse(json) as unknown;
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * Stores a graded attempt (passed, error codes, time taken); a passing attempt of a scenario that
 * belongs to a lesson completes that lesson (source `sandbox`) and settles the course in the same
 * transaction (`src/lib/progress/completion.ts`).
 */
export async function recordScenarioAttempt(
  db: Db,
  input: { userId: string; scenario: Pick<Scenario, 'id' | 'lesson'>; grade: Pick<GradeResult, 'passed' | 'errorCodes'>; durationMs?: number | undefined; course?: CourseRef | undefined },
  now = new Date(),
): Promise<{ attemptId: number } & ProgressFact> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(scenarioAttempts)
      .values({
        userId: input.userId,
        scenarioId: input.scenario.id,
        lessonId: input.scenario.lesson ?? null,
        passed: input.grade.passed,
        errorCodes: JSON.stringify(input.grade.errorCodes),
        durationMs: input.durationMs ?? null,
        submittedAt: now,
      })
      .returning({ id: scenarioAttempts.id });
    const lesson = input.scenario.lesson;
    if (input.grade.passed && lesson !== undefined && input.course !== undefined && input.course.lessonIds.includes(lesson)) {
      const fact = await completeLesson(tx, { userId: input.userId, course: input.course, lessonId: lesson, source: 'sandbox' }, now);
      return { attemptId: row?.id ?? 0, ...fact };
    }
    return { attemptId: row?.id ?? 0, newlyCompleted: false, courseCompleted: false };
  });
}

/** The learner's attempts at one scenario, newest first. */
export async function listScenarioAttempts(db: Db, userId: string, scenarioId: string, limit = 20): Promise<AttemptRow[]> {
  const rows = await db
    .select()
    .from(scenarioAttempts)
    .where(and(eq(scenarioAttempts.userId, userId), eq(scenarioAttempts.scenarioId, scenarioId)))
    .orderBy(desc(scenarioAttempts.id))
    .limit(limit);
  return rows.map((r) => ({ id: r.id, passed: r.passed, errorCodes: codesOf(r.errorCodes), durationMs: r.durationMs, submittedAt: r.submittedAt }));
}

export interface ScenarioStatus {
  attempts: number;
  passed: boolean;
  lastAt: Date;
}

/** Per scenario: how many attempts, whether any passed, when last tried. */
export async function scenarioStatuses(db: Db, userId: string): Promise<Map<string, ScenarioStatus>> {
  const rows = await db
    .select({ scenarioId: scenarioAttempts.scenarioId, passed: scenarioAttempts.passed, at: scenarioAttempts.submittedAt })
    .from(scenarioAttempts)
    .where(eq(scenarioAttempts.userId, userId));
  const map = new Map<string, ScenarioStatus>();
  for (const r of rows) {
    const s = map.get(r.scenarioId);
    if (!s) map.set(r.scenarioId, { attempts: 1, passed: r.passed, lastAt: r.at });
    else {
      s.attempts += 1;
      s.passed ||= r.passed;
      if (r.at > s.lastAt) s.lastAt = r.at;
    }
  }
  return map;
}
