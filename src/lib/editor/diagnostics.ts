/**
 * Live diagnostics of a declaration set in the browser: the engine's own read, format check and
 * rules (`parseMessage` + `checkParsed`, which runs `checkFormat` and every business rule,
 * three-document matching included) over the edited document and its companions, then the
 * findings as editor markers and as a problems list.
 *
 * Design: the editor must show what the server will say. Given the server's check context
 * (`EditorCheckContext`: the same as-of date, ledger, warehouse filings and earlier released
 * lists), the check runs with it; with `sign` (the page declares through "sign and declare"), each
 * readable XML message is first signed, as the server does before it checks, so a signature the
 * signing step will add or replace is no finding, while JSON texts (which the server does not sign)
 * are verified as the server verifies them. Documents are prepared once per text and cached; a
 * keystroke re-reads only the edited document.
 */
import { pick } from '#i18n/pick.ts';
import {
  checkParsed,
  isSignable,
  parseMessage,
  serializeMessage,
  signMessage,
  type CheckOptions,
  type Finding,
  type LedgerEntry,
  type ParseResult,
  type ParsedMessage,
  type ReleasedList,
} from '#sandbox';

/** What the server checks a page's messages with (plain JSON, passed from the page to the island). */
export interface EditorCheckContext {
  asOf?: string | undefined;
  ledger?: readonly LedgerEntry[] | undefined;
  releasedLists?: readonly ReleasedList[] | undefined;
  warehouseFilings?: readonly string[] | undefined;
  /** The server signs readable XML messages with the user's key before checking them. */
  sign?: boolean | undefined;
}

export interface SetCheck {
  /** Findings of every document, `messageIndex` = the document's index in the set. */
  findings: Finding[];
  /** The parse result of each document, in set order. */
  results: ParseResult[];
  /** Time the check took, in milliseconds. */
  ms: number;
}

export interface CheckerOptions {
  asOf?: string | undefined;
  /** The server's check context; when given, its `asOf` (even none: each message's own date) replaces the option above. */
  context?: EditorCheckContext | undefined;
  /** Injectable clock for the timing (defaults to `performance.now`). */
  now?: () => number;
}

/** The key the editor signs with in place of the user's (the server signs with the user's own). */
const EDITOR_KEY = 'fushun-cbec-academy-editor-preview-key';

/** One document as the server will read it: its read findings and the message it checks. */
interface Prepared {
  result: ParseResult;
  /** Read findings the server also gives (positions in the user's text). */
  findings: readonly Finding[];
  /** The message the rules run on (signed when the server signs it), with the user's positions. */
  parsed: ParsedMessage | undefined;
}

/** Checks a declaration set; keeps the prepared documents of unchanged texts. */
export class SetChecker {
  private cache = new Map<string, Prepared>();
  private readonly options: CheckOptions;
  private readonly sign: boolean;
  private readonly now: () => number;

  constructor(options: CheckerOptions = {}) {
    const c = options.context ?? {};
    const asOf = options.context ? c.asOf : options.asOf;
    this.sign = c.sign === true;
    this.options = {
      ...(asOf !== undefined && asOf !== '' ? { asOf } : {}),
      ...(c.ledger ? { ledger: c.ledger } : {}),
      ...(c.releasedLists ? { releasedLists: c.releasedLists } : {}),
      ...(c.warehouseFilings ? { warehouseFilings: c.warehouseFilings } : {}),
      // with signing, signatures are verified as on the server (the signed ones pass); without, not at all
      verifySignatures: this.sign,
      ...(this.sign ? { signatureKey: EDITOR_KEY } : {}),
    };
    this.now = options.now ?? (() => performance.now());
  }

  private prepare(text: string): Prepared {
    const result = parseMessage(text);
    if (!result.ok) return { result, findings: result.findings, parsed: undefined };
    const msg = result.parsed.message;
    if (!this.sign || !isSignable(msg) || text.trimStart().startsWith('{')) return { result, findings: result.findings, parsed: result.parsed };
    // what the server reads: the message signed and written out again
    const reread = parseMessage(serializeMessage(signMessage(msg, EDITOR_KEY, 'editor')));
    if (!reread.ok) return { result, findings: result.findings, parsed: result.parsed };
    const kept = new Set(reread.findings.map((f) => `${f.code}|${f.path}`));
    const parsed: ParsedMessage = { message: reread.parsed.message, positions: result.parsed.positions };
    if (reread.parsed.synthesized !== undefined) parsed.synthesized = reread.parsed.synthesized;
    return { result, findings: result.findings.filter((f) => kept.has(`${f.code}|${f.path}`)), parsed };
  }

  private read(text: string, useCache: boolean): Prepared {
    if (useCache) {
      const hit = this.cache.get(text);
      if (hit) return hit;
    }
    const r = this.prepare(text);
    if (useCache) {
      if (this.cache.size > 32) this.cache.clear();
      this.cache.set(text, r);
    }
    return r;
  }

  /** Checks `texts` (set order); `selfIndex` is the document being typed in (read without the cache). */
  check(texts: readonly string[], selfIndex: number): SetCheck {
    const t0 = this.now();
    const findings: Finding[] = [];
    const prepared = texts.map((text, i) => this.read(text, i !== selfIndex));
    const parsed: ParsedMessage[] = [];
    const indexOf: number[] = [];
    prepared.forEach((p, i) => {
      for (const f of p.findings) findings.push({ ...f, messageIndex: i });
      if (p.parsed) {
        parsed.push(p.parsed);
        indexOf.push(i);
      }
    });
    const run = checkParsed(parsed, this.options);
    for (const f of run.findings) {
      const at = f.messageIndex === undefined ? undefined : indexOf[f.messageIndex];
      findings.push(at === undefined ? f : { ...f, messageIndex: at });
    }
    return { findings, results: prepared.map((p) => p.result), ms: this.now() - t0 };
  }
}

export interface MarkerData {
  startLineNumber: number;
  startColumn: number;
  endLineNumber: number;
  endColumn: number;
  severity: 'error' | 'warning';
  message: string;
  code: string;
}

export interface Problem {
  code: string;
  severity: 'error' | 'warning';
  message: string;
  line: number;
  column: number;
  lesson: string;
  path: string;
}

function lineText(lines: readonly string[], line: number): string {
  return lines[line - 1] ?? '';
}

/**
 * The marker range of a finding. An element spanning several lines is underlined on its first
 * line only (from the start tag to the line's end), so a finding on a whole node stays readable.
 */
export function markerRange(f: Finding, lines: readonly string[]): Pick<MarkerData, 'startLineNumber' | 'startColumn' | 'endLineNumber' | 'endColumn'> {
  const p = f.position;
  if (!p) {
    const first = lineText(lines, 1);
    return { startLineNumber: 1, startColumn: 1, endLineNumber: 1, endColumn: Math.max(2, first.length + 1) };
  }
  const text = lineText(lines, p.line);
  const lineEnd = text.trimEnd().length + 1;
  if (p.endLine !== undefined && p.endColumn !== undefined && p.endLine === p.line && p.endColumn > p.column) {
    return { startLineNumber: p.line, startColumn: p.column, endLineNumber: p.line, endColumn: p.endColumn };
  }
  return { startLineNumber: p.line, startColumn: p.column, endLineNumber: p.line, endColumn: Math.max(p.column + 1, lineEnd) };
}

/** The findings of one document as editor markers, in the page's language. */
export function toMarkers(findings: readonly Finding[], text: string, locale: 'zh-CN' | 'en'): MarkerData[] {
  const lines = text.split('\n');
  return findings.map((f) => ({
    ...markerRange(f, lines),
    severity: f.severity,
    message: `${pick(locale, f.message)} (${f.code})`,
    code: f.code,
  }));
}

/** The problems list of one document: errors first, then by place. */
export function toProblems(findings: readonly Finding[], locale: 'zh-CN' | 'en'): Problem[] {
  return findings
    .map((f) => ({
      code: f.code,
      severity: f.severity,
      message: pick(locale, f.message),
      line: f.position?.line ?? 1,
      column: f.position?.column ?? 1,
      lesson: f.lesson,
      path: f.path,
    }))
    .sort((a, b) => (a.severity === b.severity ? a.line - b.line || a.column - b.column : a.severity === 'error' ? -1 : 1));
}

/** Findings of document `index` of the set. */
export function findingsOf(findings: readonly Finding[], index: number): Finding[] {
  return findings.filter((f) => f.messageIndex === index);
}
