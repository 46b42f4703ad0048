/**
 * The sandbox engine: pure, deterministic functions from a submission to a verdict. No I/O, no
 * clock, no global state: the same input and options always give the same findings and receipts.
 *
 * - `checkSubmission`: the whole pipeline — read (XML or JSON text, or already parsed), format,
 *   signature, code tables, three-document matching, arithmetic, policy, limits and tax, then the
 *   simulated customs (receipts, CEB816 tax bills, CEB792 summary results) and returns/summaries.
 * - `checkParsed`: the fast path for already-parsed messages — every rule, no simulated customs.
 */
import type { CreditTier } from './customs/credit.ts';
import { simulateCustoms, type NodeOutcome } from './customs/simulate.ts';
import { messageFromJson, parseMessage } from './messages/index.ts';
import type { CebMessage, Ceb792Message, Ceb816Message, ParsedMessage } from './messages/types.ts';
import { checkArithmetic } from './rules/arithmetic.ts';
import { checkCodes } from './rules/codes.ts';
import { buildIndex, FALLBACK_DATE, isoDate, messageAppTime, rulesDateOf, type Entry, type LedgerEntry, type ReleasedList, type RuleContext } from './rules/context.ts';
import { checkFormat } from './rules/format.ts';
import { checkLimitsAndTax, type ListTax } from './rules/limits.ts';
import { checkExportMatch, checkImportMatch } from './rules/match.ts';
import { checkExportPolicy, checkImportPolicy } from './rules/policy.ts';
import { registryOf, checkReturns } from './rules/returns.ts';
import { DEFAULT_RULE_PACK, type RulePack } from './rules/rule-pack.ts';
import { checkSignatures } from './rules/signature-check.ts';
import { checkSummaries } from './rules/summary.ts';
import type { Finding } from './types.ts';

/** The training key used when none is given (documented in the README; the CLI's `--key` overrides it). */
export const DEMO_TRAINING_KEY = 'fushun-cbec-academy-demo-key';

export interface CheckOptions {
  /**
   * ISO date the batch is checked as of. A message declared on or before it is judged by the rules
   * in force at its own declaration time (appTime); a message dated later, or undated, by the rules
   * of this date. Default: each message's own declaration time. A purchase counts toward the annual
   * limit of the calendar year of its own order (or list) date either way.
   */
  asOf?: string;
  /** Purchases already counted toward buyers' annual limits. */
  ledger?: readonly LedgerEntry[];
  /** Seed of the risk step (default 1). */
  seed?: number;
  /** Training key of the signatures (default `DEMO_TRAINING_KEY`). */
  signatureKey?: string;
  /** Verify training signatures (default true). */
  verifySignatures?: boolean;
  /** Credit tier of every enterprise, or by ebcCode (default: regular / general). */
  creditTier?: CreditTier | Readonly<Record<string, CreditTier>>;
  /** Lists released in earlier sessions (for returns and summaries). */
  releasedLists?: readonly ReleasedList[];
  /** Enterprises (ebcCode) holding an overseas-warehouse filing (9810 before 2024-12-15). */
  warehouseFilings?: readonly string[];
  /** Run the format check (default true). */
  formatCheck?: boolean;
  /** A rule pack with instructor overrides (default `DEFAULT_RULE_PACK`). */
  rulePack?: RulePack;
}

export interface Submission extends CheckOptions {
  /** XML text, JSON text, or already-parsed messages, in batch order. */
  messages: ReadonlyArray<ParsedMessage | string>;
}

export interface Verdict {
  /** True when no node of the batch was rejected (warnings allowed). */
  accepted: boolean;
  errors: number;
  warnings: number;
  /** Business nodes rejected (100) or refused at the format check (CEB900). */
  rejected: number;
  outcomes: NodeOutcome[];
}

export interface SubmissionResult {
  findings: Finding[];
  /** Receipts in time order (CEB312/412/512/622/626/304/…/702, CEB900, CEB792). */
  receipts: CebMessage[];
  /** One CEB816 per released import list. */
  taxBills: Ceb816Message[];
  summaryResults: Ceb792Message[];
  /** Tax of every import list checked (also of lists that were rejected). */
  taxes: ListTax[];
  verdict: Verdict;
}

function entriesOf(parsed: ReadonlyArray<ParsedMessage | undefined>, asOf: string | undefined): Entry[] {
  const out: Entry[] = [];
  parsed.forEach((p, index) => {
    if (p === undefined) return;
    const own = isoDate(messageAppTime(p.message));
    out.push({ index, parsed: p, msg: p.message, date: own ?? asOf ?? FALLBACK_DATE, rulesDate: rulesDateOf(own, asOf) });
  });
  return out;
}

function readOne(input: ParsedMessage | string, index: number, findings: Finding[]): ParsedMessage | undefined {
  if (typeof input !== 'string') return input;
  const text = input.trimStart();
  const r = text.startsWith('{') ? messageFromJson(text) : parseMessage(input);
  for (const f of r.findings) findings.push({ ...f, messageIndex: index });
  return r.ok ? r.parsed : undefined;
}

/** The business node a path starts with (`Order[0]` of `Order[0].OrderHead.x`), as `/^([A-Za-z]+\[\d+\])/`. */
function topNode(path: string): string | undefined {
  const n = path.length;
  let i = 0;
  for (; i < n; i++) {
    const c = path.charCodeAt(i) | 0x20;
    if (c < 97 || c > 122) break;
  }
  if (i === 0 || i >= n || path.charCodeAt(i) !== 91) return undefined;
  let j = i + 1;
  for (; j < n; j++) {
    const c = path.charCodeAt(j);
    if (c < 48 || c > 57) break;
  }
  if (j === i + 1 || j >= n || path.charCodeAt(j) !== 93) return undefined;
  return path.slice(0, j + 1);
}

interface RulesRun {
  ctx: RuleContext;
  entries: Entry[];
  index: ReturnType<typeof buildIndex>;
  taxes: ListTax[];
}

/** Shared empty values for the common case of no options (read only, never mutated). */
const NO_FILINGS: ReadonlySet<string> = new Set<string>();
const NO_LISTS: readonly ReleasedList[] = [];
const NO_LEDGER: readonly LedgerEntry[] = [];
const EMPTY_REGISTRY = registryOf(NO_LISTS);

function runRules(parsed: ReadonlyArray<ParsedMessage | undefined>, findings: Finding[], opts: CheckOptions): RulesRun {
  const pack = opts.rulePack ?? DEFAULT_RULE_PACK;
  const ctx: RuleContext = { pack, asOf: opts.asOf, findings, warehouseFilings: opts.warehouseFilings === undefined ? NO_FILINGS : new Set(opts.warehouseFilings) };
  const entries = entriesOf(parsed, opts.asOf);
  if (opts.formatCheck !== false) {
    for (const e of entries) for (const f of checkFormat(e.parsed)) findings.push({ ...f, messageIndex: e.index });
  }
  checkSignatures(ctx, entries, opts.signatureKey ?? DEMO_TRAINING_KEY, opts.verifySignatures !== false);
  const index = buildIndex(entries);
  checkCodes(ctx, index);
  checkImportMatch(ctx, index);
  checkExportMatch(ctx, index, opts.releasedLists ?? NO_LISTS);
  checkArithmetic(ctx, index);
  checkImportPolicy(ctx, index);
  checkExportPolicy(ctx, index);
  const rejected = new Set<string>();
  for (const f of findings) {
    if (f.severity !== 'error' || f.messageIndex === undefined) continue;
    const top = topNode(f.path);
    if (top !== undefined) rejected.add(`${f.messageIndex}|${top}`);
  }
  const taxes = checkLimitsAndTax(ctx, index, opts.ledger ?? NO_LEDGER, rejected);
  return { ctx, entries, index, taxes };
}

/** Fast path: every rule on already-parsed messages, without the simulated customs. */
export function checkParsed(messages: readonly ParsedMessage[], opts: CheckOptions = {}): { findings: Finding[]; taxes: ListTax[] } {
  const findings: Finding[] = [];
  const run = runRules(messages, findings, opts);
  const lists = opts.releasedLists ?? NO_LISTS;
  const reg = lists.length === 0 ? EMPTY_REGISTRY : registryOf(lists);
  checkReturns(run.ctx, run.index, reg);
  checkSummaries(run.ctx, run.index, reg, lists);
  return { findings, taxes: run.taxes };
}

const PHASE2 = new Set(['CEB625', 'CEB213', 'CEB701']);

/** The whole pipeline over a batch. */
export function checkSubmission(sub: Submission): SubmissionResult {
  const findings: Finding[] = [];
  const parsed = sub.messages.map((m, i) => readOne(m, i, findings));
  const run = runRules(parsed, findings, sub);
  const seed = sub.seed ?? 1;
  const pack = sub.rulePack ?? DEFAULT_RULE_PACK;
  const allKinds = new Set(run.entries.map((e) => e.msg.kind));
  const phase1Kinds = new Set([...allKinds].filter((k) => !PHASE2.has(k)));
  const base = { entries: run.entries, index: run.index, listTaxes: run.taxes, seed, creditTier: sub.creditTier, pack, asOf: sub.asOf };
  const p1 = simulateCustoms({ ...base, findings, kinds: phase1Kinds });
  const released = [...(sub.releasedLists ?? []), ...p1.released];
  const reg = registryOf(sub.releasedLists ?? NO_LISTS, p1.released);
  checkReturns(run.ctx, run.index, reg);
  const summaryLists = checkSummaries(run.ctx, run.index, reg, released);
  const p2 = simulateCustoms({ ...base, findings, kinds: PHASE2, previous: p1.outcomes, summaryLists });
  findings.push(...p1.riskFindings, ...p2.riskFindings);
  const timed = [...p1.receipts, ...p2.receipts].sort((a, b) => (a.time < b.time ? -1 : a.time > b.time ? 1 : a.seq - b.seq));
  const outcomes = [...p1.outcomes, ...p2.outcomes].sort((a, b) => a.messageIndex - b.messageIndex);
  // messages that could not be read at all count as rejected
  const unreadable = parsed.filter((p) => p === undefined).length;
  const rejected = outcomes.filter((o) => o.status === 'rejected' || o.status === 'format-error').length + unreadable;
  const errors = findings.filter((f) => f.severity === 'error').length;
  return {
    findings,
    receipts: timed.map((r) => r.message),
    taxBills: [...p1.taxBills, ...p2.taxBills],
    summaryResults: [...p1.summaryResults, ...p2.summaryResults],
    taxes: run.taxes,
    verdict: { accepted: rejected === 0, errors, warnings: findings.length - errors, rejected, outcomes },
  };
}
