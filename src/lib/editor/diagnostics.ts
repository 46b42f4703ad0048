/**
 * Live diagnostics of a declaration set in the browser: the engine's own read, format check and
 * rules (`parseMessage` + `checkParsed`, which runs `checkFormat` and every business rule,
 * three-document matching included) over the edited document and its companions, then the
 * findings as editor markers and as a problems list.
 *
 * Design: companions change rarely, so their parse results are cached by text; a keystroke
 * re-reads only the edited document. Signatures are not verified while editing (the server does
 * that on submit), so an edit never shows a digest error at every keystroke.
 */
import { checkParsed, parseMessage, type Finding, type ParseResult, type ParsedMessage } from '#sandbox';

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
  /** Injectable clock for the timing (defaults to `performance.now`). */
  now?: () => number;
}

/** Checks a declaration set; keeps the parse results of unchanged documents. */
export class SetChecker {
  private cache = new Map<string, ParseResult>();
  private readonly asOf: string | undefined;
  private readonly now: () => number;

  constructor(options: CheckerOptions = {}) {
    this.asOf = options.asOf;
    this.now = options.now ?? (() => performance.now());
  }

  private read(text: string, useCache: boolean): ParseResult {
    if (useCache) {
      const hit = this.cache.get(text);
      if (hit) return hit;
    }
    const r = parseMessage(text);
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
    const results = texts.map((text, i) => this.read(text, i !== selfIndex));
    const parsed: ParsedMessage[] = [];
    const indexOf: number[] = [];
    results.forEach((r, i) => {
      for (const f of r.findings) findings.push({ ...f, messageIndex: i });
      if (r.ok) {
        parsed.push(r.parsed);
        indexOf.push(i);
      }
    });
    const opts = this.asOf !== undefined && this.asOf !== '' ? { asOf: this.asOf, verifySignatures: false } : { verifySignatures: false };
    const run = checkParsed(parsed, opts);
    for (const f of run.findings) {
      const at = f.messageIndex === undefined ? undefined : indexOf[f.messageIndex];
      findings.push(at === undefined ? f : { ...f, messageIndex: at });
    }
    return { findings, results, ms: this.now() - t0 };
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
    message: `${locale === 'en' ? f.message.en : f.message.zh} (${f.code})`,
    code: f.code,
  }));
}

/** The problems list of one document: errors first, then by place. */
export function toProblems(findings: readonly Finding[], locale: 'zh-CN' | 'en'): Problem[] {
  return findings
    .map((f) => ({
      code: f.code,
      severity: f.severity,
      message: locale === 'en' ? f.message.en : f.message.zh,
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
