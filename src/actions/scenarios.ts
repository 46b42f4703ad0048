/** Scenario actions (graded sandbox tasks opened from lessons): parse, grade on the server, record. */
import { ActionError, defineAction } from 'astro:actions';
import { z } from 'astro/zod';
import { getEntry } from 'astro:content';
import { MAX_MESSAGE_CHARS } from '#lib/workbench/limits.ts';
import { recordScenarioAttempt, type CriterionResult, type ReceiptSummary, type TaxBillSummary } from '#lib/scenarios/grade.ts';
import { signAndGradeScenario } from '#lib/scenarios/sign.ts';
import { gradeOpsScenario, type OpsGrade } from '#lib/scenarios/ops-grade.ts';
import type { Finding, MessageKind } from '#sandbox';
import { t } from '#i18n/index.ts';
import { getDb } from '#server/db.ts';
import { courseRef, getCourseSummary } from '#server/content.ts';
import { requirePermission } from '#server/action-errors.ts';

/** Upper bound of form fields: one per message kind plus a few hidden ones. */
const MAX_FIELDS = 40;

export interface ScenarioSubmitResult {
  scenarioId: string;
  passed: boolean;
  criteria: CriterionResult[];
  findings: Finding[];
  receipts: ReceiptSummary[];
  taxBills: TaxBillSummary[];
  errorCodes: string[];
  /** Kinds submitted in batch order (a finding's messageIndex points here). */
  kinds: MessageKind[];
  newlyCompleted: boolean;
  /** This attempt finished the course. */
  courseCompleted: boolean;
  /** Lesson the pass was recorded to, when any. */
  lessonId: string | null;
}

const headSchema = z.object({ scenarioId: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).max(80), startedAt: z.coerce.number().int().positive().optional() });

/** The scenario id and start time every scenario form posts. */
function parseHead(form: FormData, locale: Parameters<typeof t>[0]): z.output<typeof headSchema> {
  if ([...form.keys()].length > MAX_FIELDS) throw new ActionError({ code: 'BAD_REQUEST', message: t(locale, 'scenarios.err.invalid') });
  const head = headSchema.safeParse({ scenarioId: form.get('scenarioId'), startedAt: form.get('startedAt') || undefined });
  if (!head.success) throw new ActionError({ code: 'BAD_REQUEST', message: t(locale, 'scenarios.err.invalid') });
  return head.data;
}

/** Time taken, when the form's start time is plausible (within a day). */
function durationOf(started: number | undefined, now: Date): number | undefined {
  return started !== undefined && started <= now.getTime() && now.getTime() - started < 86_400_000 ? now.getTime() - started : undefined;
}

/** Longest text a field of an operations scenario takes (a reply, a description). */
const MAX_OPS_FIELD = 4000;

export interface OpsSubmitResult {
  scenarioId: string;
  grade: OpsGrade;
  /** Lesson the pass was recorded to, when any. */
  lessonId: string | null;
  courseCompleted: boolean;
}

export const scenarios = {
  /** Grades an operations scenario (listing, reply, pricing) on the server and stores the attempt like a customs one. */
  submitOps: defineAction({
    accept: 'form',
    handler: async (form: FormData, context): Promise<OpsSubmitResult> => {
      const { user, locale } = requirePermission(context, 'sandbox:scenarios', 'scenarios.err.signin');
      const head = parseHead(form, locale);
      const entry = await getEntry('opsScenarios', head.scenarioId);
      if (!entry) throw new ActionError({ code: 'NOT_FOUND', message: t(locale, 'scenarios.err.notFound') });
      const submitted: Record<string, string> = {};
      for (const [k, v] of form.entries()) {
        if (typeof v !== 'string' || !/^(title|description|attr)_[A-Za-z]+$|^reply$|^price$/.test(k)) continue;
        if (v.length > MAX_OPS_FIELD) throw new ActionError({ code: 'BAD_REQUEST', message: t(locale, 'scenarios.err.invalid') });
        submitted[k] = v;
      }
      if (Object.values(submitted).every((v) => v.trim() === '')) throw new ActionError({ code: 'BAD_REQUEST', message: t(locale, 'scenarios.err.emptyAnswer') });
      const scenario = entry.data;
      const grade = gradeOpsScenario(scenario, submitted);
      const now = new Date();
      const durationMs = durationOf(head.startedAt, now);
      const course = scenario.lesson !== undefined ? await getCourseSummary(scenario.lesson.split('/')[0] ?? '') : undefined;
      const saved = await recordScenarioAttempt(await getDb(), { userId: user.id, scenario, grade, durationMs, course: course ? courseRef(course) : undefined }, now);
      return { scenarioId: scenario.id, grade, lessonId: grade.passed && course ? (scenario.lesson ?? null) : null, courseCompleted: saved.courseCompleted };
    },
  }),

  /** Signs the posted messages with the learner's training key, grades them (signatures verified) and stores the attempt. */
  submit: defineAction({
    accept: 'form',
    handler: async (form: FormData, context): Promise<ScenarioSubmitResult> => {
      const { user, locale } = requirePermission(context, 'sandbox:scenarios', 'scenarios.err.signin');
      const head = parseHead(form, locale);
      const entry = await getEntry('scenarios', head.scenarioId);
      if (!entry) throw new ActionError({ code: 'NOT_FOUND', message: t(locale, 'scenarios.err.notFound') });
      const scenario = entry.data;
      const submitted: Partial<Record<MessageKind, string>> = {};
      for (const kind of scenario.submit) {
        const v = form.get(`xml_${kind}`);
        if (v === null) continue;
        if (typeof v !== 'string') throw new ActionError({ code: 'BAD_REQUEST', message: t(locale, 'scenarios.err.invalid') });
        if (v.length > MAX_MESSAGE_CHARS) throw new ActionError({ code: 'BAD_REQUEST', message: t(locale, 'scenarios.err.tooLarge', { kind, max: MAX_MESSAGE_CHARS }) });
        submitted[kind] = v;
      }
      if (Object.values(submitted).every((v) => v.trim() === '')) throw new ActionError({ code: 'BAD_REQUEST', message: t(locale, 'scenarios.err.empty') });

      const now = new Date();
      const db = await getDb();
      const { grade } = await signAndGradeScenario(db, { userId: user.id, scenario, submitted }, now);
      const durationMs = durationOf(head.startedAt, now);
      const course = scenario.lesson !== undefined ? await getCourseSummary(scenario.lesson.split('/')[0] ?? '') : undefined;
      const saved = await recordScenarioAttempt(db, { userId: user.id, scenario, grade, durationMs, course: course ? courseRef(course) : undefined }, now);
      return {
        scenarioId: scenario.id,
        passed: grade.passed,
        criteria: grade.criteria,
        findings: grade.findings,
        receipts: grade.receipts,
        taxBills: grade.taxBills,
        errorCodes: grade.errorCodes,
        kinds: grade.submittedKinds,
        newlyCompleted: saved.newlyCompleted,
        courseCompleted: saved.courseCompleted,
        lessonId: grade.passed && course ? (scenario.lesson ?? null) : null,
      };
    },
  }),
};
