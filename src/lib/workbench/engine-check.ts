/**
 * The in-browser engine check (/sandbox/engine-check): pasted text split into messages, the engine's
 * result reduced to what must agree between browser and server (tests/e2e/parity.spec.ts compares it
 * with an independent reduction in Node), and the report the page shows, as plain data.
 */
import { parseFen, receiptStatus, type SubmissionResult } from '#sandbox';
import { formatFen } from '#i18n/format.ts';
import type { Locale } from '#i18n/locales.ts';
import { pick } from '#i18n/pick.ts';

/** The engine's result reduced to what must agree between browser and server. */
export interface EngineCheckResult {
  accepted: boolean;
  errors: number;
  warnings: number;
  rejected: number;
  findings: Array<{ code: string; severity: string; path: string; messageIndex: number | null; position: [number, number, number | null, number | null] | null }>;
  outcomes: Array<{ messageIndex: number; kind: string; status: string; finalStatus: string }>;
  receipts: Array<{ kind: string; status: string | null }>;
  taxBills: Array<{ invtNo: string; customsTaxFen: number | null; vatFen: number | null; ctFen: number | null; lines: Array<{ gnum: string; gcode: string; taxPriceFen: number | null; customsTaxFen: number | null; vatFen: number | null; ctFen: number | null }> }>;
  taxes: Array<{ taxableFen: number; counted: boolean; taxPriceFen: number; customsTaxFen: number; vatFen: number; ctFen: number; totalFen: number }>;
  summaryResults: Array<{ kind: string; status: string | null }>;
}

const fen = (s: string | undefined): number | null => parseFen(s)?.fen ?? null;

export function normalizeResult(r: SubmissionResult): EngineCheckResult {
  return {
    accepted: r.verdict.accepted,
    errors: r.verdict.errors,
    warnings: r.verdict.warnings,
    rejected: r.verdict.rejected,
    findings: r.findings.map((f) => ({
      code: f.code,
      severity: f.severity,
      path: f.path,
      messageIndex: f.messageIndex ?? null,
      position: f.position ? [f.position.line, f.position.column, f.position.endLine ?? null, f.position.endColumn ?? null] : null,
    })),
    outcomes: r.verdict.outcomes.map((o) => ({ messageIndex: o.messageIndex, kind: o.kind, status: o.status, finalStatus: o.finalStatus })),
    receipts: r.receipts.map((m) => ({ kind: m.kind, status: receiptStatus(m) })),
    taxBills: r.taxBills.flatMap((b) =>
      b.Tax.map((x) => ({
        invtNo: x.TaxHeadRd.invtNo,
        customsTaxFen: fen(x.TaxHeadRd.customsTax),
        vatFen: fen(x.TaxHeadRd.valueAddedTax),
        ctFen: fen(x.TaxHeadRd.consumptionTax),
        lines: x.TaxListRd.map((l) => ({ gnum: l.gnum, gcode: l.gcode, taxPriceFen: fen(l.taxPrice), customsTaxFen: fen(l.customsTax), vatFen: fen(l.valueAddedTax), ctFen: fen(l.consumptionTax) })),
      })),
    ),
    taxes: r.taxes.map((x) => ({ taxableFen: x.taxableFen, counted: x.counted, taxPriceFen: x.tax.taxPriceFen, customsTaxFen: x.tax.customsTaxFen, vatFen: x.tax.vatFen, ctFen: x.tax.ctFen, totalFen: x.tax.totalFen })),
    summaryResults: r.summaryResults.map((m) => ({ kind: m.kind, status: receiptStatus(m) })),
  };
}

/** Splits pasted text into messages: at lines of `---`, and before each `<?xml` declaration. */
export function splitMessages(text: string): string[] {
  return text
    .split(/^[ \t]*-{3,}[ \t]*$/m)
    .flatMap((chunk) => chunk.split(/(?=<\?xml)/))
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** What the form's date field may hold: empty (the engine's default) or YYYY-MM-DD. */
export function isCheckDate(value: string): boolean {
  return value === '' || /^\d{4}-\d{2}-\d{2}$/.test(value);
}

/** Looks up a page string by key with `{name}` placeholders filled in. */
export type Translate = (key: string, vars?: Record<string, string | number>) => string;

/** The result panel as text: the verdict, each finding with where it is and its lesson, receipts, taxes. */
export interface EngineCheckReport {
  state: 'accepted' | 'rejected';
  verdict: { text: string; tone: 'success' | 'error' };
  findings: Array<{ code: string; severity: string; severityText: string; message: string; where: string; lesson: string | null }>;
  receipts: string[];
  taxes: string[];
  elapsed: string;
}

export function engineCheckReport(input: { raw: SubmissionResult; messageCount: number; ms: number; locale: Locale; tr: Translate }): EngineCheckReport {
  const { raw, tr } = input;
  const r = normalizeResult(raw);
  return {
    state: r.accepted ? 'accepted' : 'rejected',
    verdict: {
      text: r.accepted ? tr('parity.accepted', { n: input.messageCount, warnings: r.warnings }) : tr('parity.rejected', { errors: r.errors, warnings: r.warnings, rejected: r.rejected }),
      tone: r.accepted ? 'success' : 'error',
    },
    findings: raw.findings.map((f) => {
      const n = (f.messageIndex ?? 0) + 1;
      const where = f.position ? tr('parity.where', { n, line: f.position.line, column: f.position.column }) : tr('parity.whereMsg', { n });
      return { code: f.code, severity: f.severity, severityText: tr(`parity.severity.${f.severity}`), message: pick(input.locale, f.message), where: `(${where}; ${f.path})`, lesson: f.lesson === '' ? null : f.lesson };
    }),
    receipts: r.receipts.map((x) => `${x.kind} · returnStatus ${x.status ?? '-'}`),
    taxes: r.taxes.map((x, i) => tr('parity.taxLine', { n: i + 1, taxable: formatFen(x.taxableFen), total: formatFen(x.totalFen) })),
    elapsed: tr('parity.elapsed', { ms: input.ms }),
  };
}
