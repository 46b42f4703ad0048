/**
 * Command line of the sandbox — the only file that touches the file system.
 *
 *   npm run sandbox -- check FILE|DIR... [--as-of YYYY-MM-DD] [--ledger FILE] [--seed N] [--json]
 *                                         [--no-signature-check] [--key KEY] [--credit-tier TIER]
 *                                         [--filing EBCCODE]
 *   npm run sandbox -- example KIND [--json] [--key KEY]
 *   npm run sandbox -- sign FILE [--key KEY]
 *
 * Files are XML or JSON (one message, or a JSON array of messages), any mix; a directory stands for
 * its *.xml and *.json files in name order (`expected.json` excluded). The training key is `--key`,
 * else the environment variable SANDBOX_TRAINING_KEY, else the public demo key `DEMO_TRAINING_KEY`.
 * Exit codes: 0 nothing rejected, 1 something rejected, 2 usage error or unreadable file.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isCreditTier } from './customs/credit.ts';
import { checkSubmission, DEMO_TRAINING_KEY, type SubmissionResult } from './engine.ts';
import { exampleMessage, messageFromJson, messageToJson, parseMessage, serializeMessage } from './messages/index.ts';
import { MESSAGE_KINDS, type CebMessage, type MessageKind } from './messages/types.ts';
import type { LedgerEntry } from './rules/context.ts';
import { isSignable, signMessage } from './rules/signature.ts';
import { ERROR_CATALOGUE } from './errors/index.ts';
import { listParams } from './rules/rule-pack.ts';
import { HS_LINES } from './codes/hs.ts';
import { MESSAGE_SPECS } from './messages/registry.ts';

class UsageError extends Error {}

interface Args {
  command: string;
  files: string[];
  flags: Map<string, string[]>;
}

const VALUE_FLAGS = new Set(['--as-of', '--ledger', '--seed', '--key', '--credit-tier', '--filing']);
const BOOL_FLAGS = new Set(['--json', '--no-signature-check', '--help']);

function parseArgs(argv: string[]): Args {
  const [command = '', ...rest] = argv;
  const files: string[] = [];
  const flags = new Map<string, string[]>();
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i] ?? '';
    if (VALUE_FLAGS.has(a)) {
      const v = rest[++i];
      if (v === undefined) throw new UsageError(`${a} needs a value`);
      flags.set(a, [...(flags.get(a) ?? []), v]);
    } else if (BOOL_FLAGS.has(a)) {
      flags.set(a, ['true']);
    } else if (a.startsWith('--')) {
      throw new UsageError(`unknown option ${a}`);
    } else {
      files.push(a);
    }
  }
  return { command, files, flags };
}

const USAGE = `usage:
  npm run sandbox -- check FILE|DIR... [--as-of YYYY-MM-DD] [--ledger FILE] [--seed N] [--json]
                                        [--no-signature-check] [--key KEY] [--credit-tier TIER] [--filing EBCCODE]
  npm run sandbox -- example KIND [--json] [--key KEY]      (KIND e.g. CEB311)
  npm run sandbox -- sign FILE [--key KEY]                  (prints the file signed with the training key)
  npm run sandbox -- catalogue                              (Markdown tables of messages, error codes, dated parameters, HS lines)`;

function expandFiles(paths: string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      throw new Error(`cannot read ${p}`);
    }
    if (st.isDirectory()) {
      for (const name of readdirSync(p).sort()) {
        if ((name.endsWith('.xml') || name.endsWith('.json')) && name !== 'expected.json' && name !== 'ledger.json' && name !== 'options.json') out.push(join(p, name));
      }
    } else {
      out.push(p);
    }
  }
  return out;
}

function readMessages(files: string[]): string[] {
  const texts: string[] = [];
  for (const f of files) {
    let text: string;
    try {
      text = readFileSync(f, 'utf8');
    } catch {
      throw new Error(`cannot read ${f}`);
    }
    const trimmed = text.trimStart();
    if (trimmed.startsWith('[')) {
      let arr: unknown;
      try {
        arr = JSON.parse(trimmed);
      } catch {
        throw new Error(`${f} is not valid JSON`);
      }
      if (!Array.isArray(arr)) throw new Error(`${f} is not a JSON array`);
      for (const m of arr) texts.push(JSON.stringify(m));
    } else {
      texts.push(text);
    }
  }
  return texts;
}

function readLedger(file: string): LedgerEntry[] {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    throw new Error(`cannot read ledger ${file}`);
  }
  if (!Array.isArray(data)) throw new Error(`ledger ${file} must be a JSON array`);
  return data.map((e: Record<string, unknown>, i) => {
    if (typeof e['buyerIdNumber'] !== 'string' || typeof e['date'] !== 'string' || typeof e['amountFen'] !== 'number') {
      throw new Error(`ledger ${file} entry ${i}: needs buyerIdType, buyerIdNumber, date, amountFen`);
    }
    return { buyerIdType: typeof e['buyerIdType'] === 'string' ? e['buyerIdType'] : '1', buyerIdNumber: e['buyerIdNumber'], date: e['date'], amountFen: e['amountFen'] };
  });
}

function businessKey(m: CebMessage): string {
  const s = JSON.stringify(m);
  for (const k of ['invtNo', 'orderNo', 'logisticsNo', 'payTransactionId', 'copNo', 'sumNo']) {
    const r = new RegExp(`"${k}":"([^"]*)"`).exec(s);
    if (r?.[1]) return `${k}=${r[1]}`;
  }
  return '';
}

function statusOf(m: CebMessage): { status: string; time: string; info: string } {
  const s = JSON.stringify(m);
  const g = (k: string) => new RegExp(`"${k}":"((?:[^"\\\\]|\\\\.)*)"`).exec(s)?.[1] ?? '';
  return { status: g('returnStatus'), time: g('returnTime'), info: g('returnInfo') };
}

const EN_PLURAL = new Intl.PluralRules('en');

/** "1 error", "2 errors": the English count in its plural form. */
function count(n: number, one: string, other: string): string {
  return `${n} ${EN_PLURAL.select(n) === 'one' ? one : other}`;
}

function printHuman(r: SubmissionResult, files: string[]): void {
  const w = (s: string) => process.stdout.write(`${s}\n`);
  w(`== 回执 Receipts (${r.receipts.length}) ==`);
  for (const m of r.receipts) {
    if (m.kind === 'CEB792') {
      w(`  ${m.kind}  汇总结果 summary result  sumNo=${m.SummaryResult[0]?.SummaryResultHead.sumNo ?? ''}  items=${m.SummaryResult[0]?.SummaryResultList.length ?? 0}`);
      continue;
    }
    const st = statusOf(m);
    w(`  ${m.kind}  ${st.status.padStart(4)}  ${st.time}  ${businessKey(m)}  ${st.info}`);
  }
  if (r.findings.length > 0) {
    w(`== 问题 Findings (${count(r.verdict.errors, 'error', 'errors')}, ${count(r.verdict.warnings, 'warning', 'warnings')}) ==`);
    for (const f of r.findings) {
      const where = f.messageIndex === undefined ? '' : `${files[f.messageIndex] ?? `#${f.messageIndex}`}`;
      const pos = f.position === undefined ? '' : `:${f.position.line}:${f.position.column}`;
      w(`  [${f.severity === 'error' ? 'ERROR' : 'warn '}] ${f.code}  ${where}${pos}  ${f.path}${f.ruleVersion ? `  (${f.ruleVersion})` : ''}`);
      w(`      ${f.message.zh}`);
      w(`      ${f.message.en}`);
      w(`      → lesson ${f.lesson}`);
    }
  }
  for (const bill of r.taxBills) {
    for (const t of bill.Tax) {
      const h = t.TaxHeadRd;
      w(`== 电子税单 Tax bill CEB816  invtNo=${h.invtNo}  taxNo=${h.taxNo} ==`);
      w('  gnum  gcode       taxPrice     tariff      VAT        CT');
      for (const l of t.TaxListRd) w(`  ${l.gnum.padStart(4)}  ${l.gcode}  ${l.taxPrice.padStart(10)}  ${l.customsTax.padStart(9)}  ${l.valueAddedTax.padStart(9)}  ${l.consumptionTax.padStart(9)}`);
      w(`  合计 total: 关税 tariff ${h.customsTax} · 增值税 VAT ${h.valueAddedTax} · 消费税 CT ${h.consumptionTax}   (${h.note ?? ''})`);
    }
  }
  w(r.verdict.accepted ? '结论 Verdict: 无退单 nothing rejected (exit 0)' : `结论 Verdict: ${r.verdict.rejected} 退单 rejected (exit 1)`);
}

function key(args: Args): string {
  return args.flags.get('--key')?.[0] ?? process.env['SANDBOX_TRAINING_KEY'] ?? DEMO_TRAINING_KEY;
}

function runCheck(args: Args): number {
  if (args.files.length === 0) throw new UsageError('check needs at least one FILE');
  const files = expandFiles(args.files);
  if (files.length === 0) throw new Error('no .xml or .json files found');
  const texts = readMessages(files);
  const labels: string[] = [];
  for (const f of files) labels.push(f);
  const asOf = args.flags.get('--as-of')?.[0];
  if (asOf !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new UsageError('--as-of takes YYYY-MM-DD');
  const seedText = args.flags.get('--seed')?.[0];
  if (seedText !== undefined && !/^\d+$/.test(seedText)) throw new UsageError('--seed takes a non-negative integer');
  const tier = args.flags.get('--credit-tier')?.[0];
  if (tier !== undefined && !isCreditTier(tier)) throw new UsageError('--credit-tier: advanced-certified | certified | regular | general | dishonest | seriously-dishonest');
  const ledgerFile = args.flags.get('--ledger')?.[0];
  const r = checkSubmission({
    messages: texts,
    ...(asOf === undefined ? {} : { asOf }),
    ...(ledgerFile === undefined ? {} : { ledger: readLedger(ledgerFile) }),
    seed: seedText === undefined ? 1 : Number(seedText),
    signatureKey: key(args),
    verifySignatures: !args.flags.has('--no-signature-check'),
    ...(tier === undefined ? {} : { creditTier: tier }),
    warehouseFilings: args.flags.get('--filing') ?? [],
  });
  if (args.flags.has('--json')) {
    process.stdout.write(`${JSON.stringify({ verdict: r.verdict, findings: r.findings, receipts: r.receipts, taxBills: r.taxBills, files: labels }, null, 2)}\n`);
  } else {
    printHuman(r, labels.length === texts.length ? labels : texts.map((_, i) => `#${i + 1}`));
  }
  return r.verdict.accepted ? 0 : 1;
}

function runExample(args: Args): number {
  const kind = (args.files[0] ?? '').toUpperCase();
  if (!(MESSAGE_KINDS as readonly string[]).includes(kind)) throw new UsageError(`example needs a KIND: ${MESSAGE_KINDS.join(' ')}`);
  let msg: CebMessage = exampleMessage(kind as MessageKind);
  if (isSignable(msg)) msg = signMessage(msg, key(args));
  process.stdout.write(args.flags.has('--json') ? `${messageToJson(msg)}\n` : `${serializeMessage(msg)}\n`);
  return 0;
}

function runSign(args: Args): number {
  const file = args.files[0];
  if (file === undefined) throw new UsageError('sign needs a FILE');
  const text = readMessages([file])[0] ?? '';
  const r = text.trimStart().startsWith('{') ? messageFromJson(text) : parseMessage(text);
  if (!r.ok) throw new Error(`${file}: ${r.findings[0]?.message.en ?? 'unreadable'}`);
  const msg = r.parsed.message;
  if (!isSignable(msg)) throw new Error(`${file}: ${msg.kind} is a receipt and carries no signature`);
  process.stdout.write(`${serializeMessage(signMessage(msg, key(args)))}\n`);
  return 0;
}

const cell = (s: string): string => s.replaceAll('|', '\\|').replaceAll('\n', ' ');

/** Markdown tables for the README, generated from the data so they cannot drift. */
function runCatalogue(): number {
  const out: string[] = [];
  out.push('### Messages', '', '| Kind | Root | Direction | Role | 中文 | English |', '|---|---|---|---|---|---|');
  for (const s of Object.values(MESSAGE_SPECS)) out.push(`| ${s.kind} | ${s.root} | ${s.direction} | ${s.role} | ${cell(s.zh)} | ${cell(s.en)} |`);
  out.push('', '### Error codes', '', '| Code | Family | 中文 | English | Lesson |', '|---|---|---|---|---|');
  for (const e of ERROR_CATALOGUE) out.push(`| \`${e.code}\` | ${e.family} | ${cell(e.title.zh)} | ${cell(e.title.en)} | \`${e.lesson}\` |`);
  out.push('', '### Dated parameters of the rule pack', '', '| Parameter | From | To (excl.) | Value | Evidence | Source |', '|---|---|---|---|---|---|');
  for (const p of listParams()) {
    for (const v of p.versions) out.push(`| \`${p.name}\` | ${v.validFrom} | ${v.validTo ?? '—'} | ${cell(JSON.stringify(v.value))} | ${v.evidence} | ${cell(v.source)} |`);
  }
  out.push('', '### HS lines', '', '| HS | Goods | VAT | Consumption tax | MFN | Positive list | Remarks | Evidence / source |', '|---|---|---|---|---|---|---|---|');
  for (const l of HS_LINES) {
    const ct = l.consumptionTax === null ? '—' : `${l.consumptionTax.rateBp / 100}%${l.consumptionTax.threshold.kind === 'always' ? '' : ` if ${l.consumptionTax.threshold.kind} ≥ ${l.consumptionTax.threshold.minFen / 100} yuan`}`;
    const rem = [l.remarks?.modes ? `modes ${l.remarks.modes.join('/')}` : '', l.remarks?.annualKgPerPerson ? `≤ ${l.remarks.annualKgPerPerson} kg/person/year` : '', l.export ? `export: ${Object.entries(l.export).filter(([, v]) => v).map(([k]) => k).join(', ')}` : ''].filter((x) => x !== '').join('; ');
    out.push(`| ${l.hs} | ${cell(l.zh)} / ${cell(l.en)} | ${l.vat === 'standard' ? '13%' : '9%'} | ${ct} | ${l.mfnTariffBp / 100}% | ${l.positiveList ? 'yes' : 'no'} | ${cell(rem) || '—'} | ${l.evidence}: ${cell(l.source)} |`);
  }
  process.stdout.write(`${out.join('\n')}\n`);
  return 0;
}

function main(argv: string[]): number {
  try {
    const args = parseArgs(argv);
    if (args.flags.has('--help') || args.command === '' || args.command === 'help') {
      process.stdout.write(`${USAGE}\n`);
      return args.command === '' ? 2 : 0;
    }
    if (args.command === 'check') return runCheck(args);
    if (args.command === 'example') return runExample(args);
    if (args.command === 'sign') return runSign(args);
    if (args.command === 'catalogue') return runCatalogue();
    throw new UsageError(`unknown command ${args.command}`);
  } catch (e) {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n${e instanceof UsageError ? `${USAGE}\n` : ''}`);
    return 2;
  }
}

process.exitCode = main(process.argv.slice(2));
