/**
 * Format check: every field of one message against its XSD facets and documented formats.
 *
 * Design: the check walks the typed message along its spec (so XML and JSON input are judged
 * alike) and reports, per field, the first thing wrong with it: missing, wrong length, not a
 * number, not a date, not a GUID, not an allowed appType/appStatus, not the fixed value. It
 * mirrors what the platform's own format check (CEB900) enforces from the XSD, plus two sandbox
 * rules named as such: money with at most 2 decimals (cbec-customs.md §8.2) and upper-case GUIDs.
 * A field whose documentation fixes its values to a code (CEB603 statisticsFlag: A or B) is checked
 * against that code table here too (FMT_CODE_VALUE): the value set is part of the field's format.
 * Code tables, cross-field arithmetic and cross-document matching are other families' rules.
 */

import { STATISTICS_FLAGS } from '../codes/transport.ts';
import type { CodeEntry } from '../codes/table.ts';
import { countTotalDigits, parseDecimal } from '../messages/decimal.ts';
import {
  FORMAT_RULE_VERSION,
  findPosition,
  lessonForSpec,
  makeFinding,
} from '../messages/finding.ts';
import { MESSAGE_SPECS } from '../messages/registry.ts';
import { baseSubscribeSpec, baseTransferSpec, extendMessageSpec, rootAttributeSpecs } from '../messages/spec.ts';
import type { ChildSpec, FieldSpec, GroupSpec, RecordSpec } from '../messages/spec.ts';
import type { CebMessage, MessageKind, ParsedMessage } from '../messages/types.ts';
import type { Bilingual, Finding, Severity } from '../types.ts';

const GUID_RE = /^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$/;
const INT_RE = /^\s*[+-]?\d+\s*$/;
const INT_MIN = -2147483648;
const INT_MAX = 2147483647;

type Obj = Record<string, unknown>;

/** Fields whose documented values are a code table: message kind, record, field, the codes. */
const CODED_FIELDS: ReadonlyArray<{ kind: MessageKind; record: string; field: string; codes: readonly CodeEntry[] }> = [
  { kind: 'CEB603', record: 'InventoryHead', field: 'statisticsFlag', codes: STATISTICS_FLAGS },
];
const CODE_VALUE_LESSON = 'export-declaration/01-export-inventory-list';

/** The longest value of any coded field's maximum length; longer values fail the length check first. */
let MAX_CODED_LENGTH = 0;

/** The codes a coded field allows (FMT_CODE_VALUE), or undefined for a field without a code table. */
export function allowedCodes(field: FieldSpec): readonly string[] | undefined {
  return CODED.get(field)?.map((c) => c.code);
}

/** The code table of each coded field spec (found once in the message specs). */
const CODED = new Map<FieldSpec, readonly CodeEntry[]>();
for (const c of CODED_FIELDS) {
  const visit = (spec: RecordSpec | GroupSpec): void => {
    if (spec.node === 'group') {
      for (const ch of spec.children) visit(ch.spec);
      return;
    }
    if (spec.name !== c.record) return;
    const f = spec.fields.find((x) => x.name === c.field);
    if (f !== undefined) {
      CODED.set(f, c.codes);
      MAX_CODED_LENGTH = Math.max(MAX_CODED_LENGTH, f.length ?? f.maxLength ?? Infinity);
    }
  };
  for (const ch of MESSAGE_SPECS[c.kind].body) visit(ch.spec);
}

/** What the walk reports to: a slot with its item count, and a field that may be wrong. */
interface FormatWalk {
  skip: readonly string[];
  slot(path: string, child: ChildSpec, count: number): void;
  /** Called only for fields `quickOk` cannot pass; `path` is the field path. */
  field(path: string, field: FieldSpec, value: string | undefined): void;
}

const BASE_SUBSCRIBE_SLOT: ChildSpec = { name: 'BaseSubscribe', min: 0, max: 5, spec: baseSubscribeSpec };

/** Checks the format of every field of a parsed message. Never throws. */
export function checkFormat(parsed: ParsedMessage): Finding[] {
  const { message, positions } = parsed;
  const spec = MESSAGE_SPECS[message.kind];
  const lesson = lessonForSpec(spec);
  const skip = parsed.synthesized ?? [];
  const findings: Finding[] = [];

  const report = (code: string, path: string, message: Bilingual, severity: Severity = 'error'): void => {
    findings.push(
      makeFinding({
        code,
        severity,
        path,
        position: findPosition(positions, path),
        message,
        lesson: code === 'FMT_MONEY_DECIMALS' ? 'import-tax/02-tax-formula' : code === 'FMT_CODE_VALUE' ? CODE_VALUE_LESSON : lesson,
        ruleVersion: FORMAT_RULE_VERSION,
      }),
    );
  };

  // The walk follows `walkMessage` (messages/paths.ts) field for field and slot for slot, but
  // builds a field's path and its messages only when the field is not plainly valid.
  const walk: FormatWalk = {
    skip,
    slot(path, child, count) {
      if (underSynthesized(skip, path)) return;
      if (count >= child.min && count <= child.max) return;
      const bound = child.max === Infinity ? `${child.min}..∞` : `${child.min}..${child.max}`;
      const tooMany = count > child.max;
      report('FMT_OCCURS', path, {
        zh: `${path} 有 ${count} 个，规范允许 ${bound} 个。${tooMany ? `请拆分为多条报文或删减到 ${child.max} 个以内。` : `请至少填写 ${child.min} 个 <${child.name}>。`}`,
        en: `${path} has ${count} item(s); the standard allows ${bound}. ${tooMany ? `Split the message or cut it down to at most ${child.max}.` : `Provide at least ${child.min} <${child.name}>.`}`,
      });
    },
    field(path, field, value) {
      checkField(path, field, value, report);
    },
  };
  const m = message as unknown as Obj;
  for (const f of rootAttributeSpecs) {
    const value = asValue(m[f.name]);
    if (!quickOk(f, value)) walk.field(f.name, f, value);
  }
  for (const c of spec.body) walkSlot(m[c.name], c, '', walk);
  if (spec.envelope !== 'none') {
    walkRecord(m['BaseTransfer'], baseTransferSpec, 'BaseTransfer', walk);
    const subs = m['BaseSubscribe'];
    const list = Array.isArray(subs) ? subs : [];
    walk.slot('BaseSubscribe', BASE_SUBSCRIBE_SLOT, list.length);
    list.forEach((sub, i) => walkRecord(sub, baseSubscribeSpec, `BaseSubscribe[${i}]`, walk));
    if (m['ExtendMessage'] !== undefined) walkRecord(m['ExtendMessage'], extendMessageSpec, 'ExtendMessage', walk);
  }
  if (!underSynthesized(skip, 'Signature')) checkSignature(message, report);
  return findings;
}

function underSynthesized(skip: readonly string[], path: string): boolean {
  if (skip.length === 0) return false;
  return skip.some((s) => path === s || path.startsWith(`${s}.`) || path.startsWith(`${s}[`));
}

function walkSlot(value: unknown, c: ChildSpec, base: string, walk: FormatWalk): void {
  const path = base === '' ? c.name : `${base}.${c.name}`;
  if (c.max > 1) {
    const list = Array.isArray(value) ? value : [];
    walk.slot(path, c, list.length);
    list.forEach((item, i) => walkNode(item, c.spec, `${path}[${i}]`, walk)); // forEach: holes are skipped, as in walkMessage
  } else if (value !== undefined) walkNode(value, c.spec, path, walk);
  else if (c.min === 0) walk.slot(path, c, 0);
}

function walkNode(value: unknown, spec: RecordSpec | GroupSpec, path: string, walk: FormatWalk): void {
  if (spec.node === 'record') {
    walkRecord(value, spec, path, walk);
    return;
  }
  const obj = (value ?? {}) as Obj;
  for (const c of spec.children) walkSlot(obj[c.name], c, path, walk);
}

function walkRecord(value: unknown, spec: RecordSpec, path: string, walk: FormatWalk): void {
  const obj = (value ?? {}) as Obj;
  if (underSynthesized(walk.skip, path)) return;
  const fields = spec.fields;
  for (let i = 0; i < fields.length; i++) {
    const f = fields[i]!;
    const v = asValue(obj[f.name]);
    if (!quickOk(f, v)) walk.field(`${path}.${f.name}`, f, v);
  }
}

function asValue(v: unknown): string | undefined {
  return typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined;
}

/** Whether a character is matched by the `\s` class of a JavaScript regular expression. */
function isSpace(c: number): boolean {
  return c <= 32
    ? c === 32 || (c >= 9 && c <= 13)
    : c >= 0xa0 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff);
}

/**
 * True only when `checkField` would report nothing for this value; false means "run checkField"
 * (which then decides). Values with white space, surrogates or anything unusual take the full path.
 */
function quickOk(field: FieldSpec, value: string | undefined): boolean {
  if (value === undefined) return !field.required;
  const n = value.length;
  if (n === 0) return !field.required && !needsContent(field);
  for (let i = 0; i < n; i++) {
    const c = value.charCodeAt(i);
    if (c <= 32 || (c >= 0xa0 && (isSpace(c) || (c >= 0xd800 && c <= 0xdfff)))) return false;
  }
  // no white space: the collapsed / trimmed value is the value itself
  const v = value;
  switch (field.format) {
    case undefined:
      if (field.base === 'string' && !lengthOk(field, n)) return false;
      break;
    case 'guid':
      if (!GUID_RE.test(v)) return false;
      for (let i = 0; i < n; i++) {
        const c = v.charCodeAt(i);
        if (c >= 97 && c <= 102) return false; // a-f: FMT_GUID_CASE
      }
      break;
    case 'appType':
      if (v !== '1' && v !== '2' && v !== '3') return false;
      break;
    case 'appStatus':
      if (v !== '1' && v !== '2') return false;
      break;
    case 'datetime14':
      if (!isValidDateTime(v, 14)) return false;
      break;
    case 'datetime17':
      if (!isValidDateTime(v, 17)) return false;
      break;
    case 'date8':
      if (!isValidDateTime(v, 8)) return false;
      break;
    default:
      if (!lengthOk(field, n)) return false;
  }
  if (field.base === 'decimal' && !decimalOk(field, v)) return false;
  if (field.base === 'int') {
    if (!INT_RE.test(v)) return false;
    const num = Number(v);
    const significant = v.replace(/^[\s+-]*0*/, '').trim();
    if (num < INT_MIN || num > INT_MAX || (field.totalDigits !== undefined && significant.length > field.totalDigits)) return false;
  }
  if (field.fixed !== undefined && v !== field.fixed) return false;
  // coded fields are short (statisticsFlag is C1): the length test keeps the lookup off the hot path
  if (n <= MAX_CODED_LENGTH && CODED.has(field) && !CODED.get(field)!.some((c) => c.code === v)) return false;
  return true;
}

function lengthOk(field: FieldSpec, n: number): boolean {
  if (field.length !== undefined && n !== field.length) return false;
  if (field.maxLength !== undefined && n > field.maxLength) return false;
  if (field.minLength !== undefined && n < field.minLength) return false;
  return true;
}

/** The checks of `checkDecimal` on a value without white space, without building its parts. */
function decimalOk(field: FieldSpec, v: string): boolean {
  const n = v.length;
  let i = 0;
  const c0 = v.charCodeAt(0);
  if (c0 === 43 || c0 === 45) i++; // + -
  let intDigits = 0, intSig = 0;
  for (; i < n; i++) {
    const c = v.charCodeAt(i);
    if (c < 48 || c > 57) break;
    intDigits++;
    if (intSig > 0 || c !== 48) intSig++;
  }
  let fracDigits = 0, fracSig = 0;
  if (i < n) {
    if (v.charCodeAt(i) !== 46) return false;
    for (i++; i < n; i++) {
      const c = v.charCodeAt(i);
      if (c < 48 || c > 57) return false;
      fracDigits++;
      if (c !== 48) fracSig = fracDigits;
    }
  }
  if (intDigits === 0 && fracDigits === 0) return false;
  const total = field.totalDigits ?? 19;
  const frac = field.fractionDigits ?? 0;
  if (fracSig > frac || Math.max(1, intSig + fracSig) > total || intSig > total - frac) return false;
  if (field.money && fracSig > 2) return false;
  return true;
}

type Report = (code: string, path: string, message: Bilingual, severity?: Severity) => void;

const LABELS = new WeakMap<FieldSpec, Bilingual>();

/** Short label of a field: its name and the first clause of its description. */
function label(field: FieldSpec): Bilingual {
  let l = LABELS.get(field);
  if (l === undefined) {
    const zh = field.zh.split(/[，。,;；（(:：\s]/)[0] ?? '';
    l = { zh: zh ? `${field.name}（${zh}）` : field.name, en: field.name };
    LABELS.set(field, l);
  }
  return l;
}

/** Checks one field value; reports at most one finding per rule family step. */
export function checkField(path: string, field: FieldSpec, value: string | undefined, report: Report): void {
  const l = label(field);
  if (value === undefined || value === '') {
    if (field.required) {
      report('FMT_REQUIRED', path, {
        zh: `必填字段 ${path} ${l.zh} 缺失或为空（${field.type}）。请填写该字段。`,
        en: `Required field ${path} is missing or empty (${field.type}). Fill it in.`,
      });
    } else if (value === '' && needsContent(field)) {
      report('FMT_LENGTH', path, {
        zh: `字段 ${path} ${l.zh} 为空，但出现时不能为空（${field.type}）。请填写或删除该元素。`,
        en: `${path} is present but empty, which ${field.type} does not allow. Fill it in or remove the element.`,
      });
    }
    return;
  }
  const v = field.collapse || field.base !== 'string' ? value.replace(/\s+/g, ' ').trim() : value;
  if (field.format !== undefined) {
    if (!checkFormatRule(path, field, v, l, report)) return;
  } else if (field.base === 'string') {
    if (!checkLength(path, field, v, l, report)) return;
  }
  if (field.base === 'decimal') checkDecimal(path, field, v, l, report);
  if (field.base === 'int') checkInt(path, field, v, l, report);
  if (field.fixed !== undefined && v !== field.fixed) {
    report('FMT_FIXED', path, {
      zh: `字段 ${path} ${l.zh} 的值为“${clip(v)}”，规范规定必须为“${field.fixed}”。请改为 ${field.fixed}。`,
      en: `${path} is "${clip(v)}"; the standard fixes it to "${field.fixed}". Change it to ${field.fixed}.`,
    });
  }
  const codes = CODED.get(field);
  if (codes !== undefined && !codes.some((c) => c.code === v.trim())) {
    const allowed = { zh: codes.map((c) => `${c.code}（${c.zh}）`).join('、'), en: codes.map((c) => `${c.code} (${c.en})`).join(', ') };
    report('FMT_CODE_VALUE', path, {
      zh: `字段 ${path} ${l.zh} 的值为“${clip(v)}”，规范只允许：${allowed.zh}。请改为其中之一。`,
      en: `${path} is "${clip(v)}"; the standard allows only ${allowed.en}. Use one of them.`,
    });
  }
  if (field.base === 'string' && !field.collapse && v !== value.trim()) {
    report(
      'FMT_WHITESPACE',
      path,
      {
        zh: `字段 ${path} ${l.zh} 首尾有空格或换行，海关系统会按原样比对，可能导致单证对碰失败。请删除多余的空白。`,
        en: `${path} has leading or trailing white space; customs compares values as written, so matching with other documents may fail. Remove the extra white space.`,
      },
      'warning',
    );
  }
}

function needsContent(field: FieldSpec): boolean {
  return field.base !== 'string' || (field.length ?? 0) > 0 || (field.minLength ?? 0) > 0;
}

/** Length in characters as XSD counts them (code points). */
function charLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xd800 || c > 0xdbff) n++;
  }
  return n;
}

function checkLength(path: string, field: FieldSpec, v: string, l: Bilingual, report: Report): boolean {
  const n = charLength(v);
  if (field.length !== undefined && n !== field.length) {
    report('FMT_LENGTH', path, {
      zh: `字段 ${path} ${l.zh} 长度为 ${n}，规范要求正好 ${field.length} 位（${field.type}）。请更正为 ${field.length} 位。`,
      en: `${path} is ${n} characters long; the standard requires exactly ${field.length} (${field.type}). Correct it to ${field.length} characters.`,
    });
    return false;
  }
  if (field.maxLength !== undefined && n > field.maxLength) {
    report('FMT_LENGTH', path, {
      zh: `字段 ${path} ${l.zh} 长度为 ${n}，超过规范上限 ${field.maxLength}（${field.type}）。请缩短到 ${field.maxLength} 个字符以内。`,
      en: `${path} is ${n} characters long, more than the ${field.maxLength} allowed (${field.type}). Shorten it to at most ${field.maxLength} characters.`,
    });
    return false;
  }
  if (field.minLength !== undefined && n < field.minLength) {
    report('FMT_LENGTH', path, {
      zh: `字段 ${path} ${l.zh} 长度为 ${n}，少于规范下限 ${field.minLength}（${field.type}）。请补全。`,
      en: `${path} is ${n} characters long, fewer than the ${field.minLength} required (${field.type}). Complete it.`,
    });
    return false;
  }
  return true;
}

function checkDecimal(path: string, field: FieldSpec, v: string, l: Bilingual, report: Report): void {
  const p = parseDecimal(v);
  const total = field.totalDigits ?? 19;
  const frac = field.fractionDigits ?? 0;
  const intMax = total - frac;
  const example = frac > 0 ? `123.${'4'.repeat(Math.min(frac, 2))}` : '123';
  if (!p) {
    report('FMT_NUMBER', path, {
      zh: `字段 ${path} ${l.zh} 的值“${clip(v)}”不是数字（${field.type}：最多 ${intMax} 位整数、${frac} 位小数）。请只写数字和小数点，如 ${example}，不要带货币符号、千分位或科学计数法。`,
      en: `${path} is "${clip(v)}", which is not a number (${field.type}: up to ${intMax} integer digits and ${frac} decimals). Write digits and a decimal point only, e.g. ${example}; no currency signs, thousands separators or exponents.`,
    });
    return;
  }
  if (p.fraction.length > frac || countTotalDigits(p) > total || p.integer.length > intMax) {
    report('FMT_NUMBER', path, {
      zh: `字段 ${path} ${l.zh} 的值“${clip(v)}”超出 ${field.type} 的范围（最多 ${intMax} 位整数、${frac} 位小数）。请更正数值或精度。`,
      en: `${path} is "${clip(v)}", outside ${field.type} (at most ${intMax} integer digits and ${frac} decimals). Correct the value or its precision.`,
    });
    return;
  }
  if (field.money && p.fraction.length > 2) {
    report('FMT_MONEY_DECIMALS', path, {
      zh: `金额字段 ${path} ${l.zh} 的值“${v}”有 ${p.fraction.length} 位有效小数。人民币结算到分，沙箱规则要求金额最多 2 位小数（XSD 本身允许 5 位）。请四舍五入到分。`,
      en: `Amount ${path} is "${v}", with ${p.fraction.length} significant decimals. RMB settles in fen, so the sandbox rule allows at most 2 decimals for money (the XSD itself allows 5). Round it to the fen.`,
    });
  }
}

function checkInt(path: string, field: FieldSpec, v: string, l: Bilingual, report: Report): void {
  const digits = field.totalDigits;
  const bad = (): void =>
    report('FMT_NUMBER', path, {
      zh: `字段 ${path} ${l.zh} 的值“${clip(v)}”不是${digits ? `不超过 ${digits} 位的` : ''}整数（${field.type}）。请填写整数，如 1。`,
      en: `${path} is "${clip(v)}", which is not an integer${digits ? ` of at most ${digits} digits` : ''} (${field.type}). Write a whole number, e.g. 1.`,
    });
  if (!INT_RE.test(v)) return bad();
  const n = Number(v);
  const significant = v.replace(/^[\s+-]*0*/, '').trim();
  if (n < INT_MIN || n > INT_MAX || (digits !== undefined && significant.length > digits)) bad();
}

function checkFormatRule(path: string, field: FieldSpec, v: string, l: Bilingual, report: Report): boolean {
  switch (field.format) {
    case 'guid':
      if (!GUID_RE.test(v)) {
        report('FMT_GUID', path, {
          zh: `字段 ${path} ${l.zh} 的值“${clip(v)}”不是 36 位 GUID。格式应为 8-4-4-4-12 位十六进制数字（大写），如 4CDE1CFD-EDED-46B1-946C-B8022E42FC94。请用系统生成的 GUID。`,
          en: `${path} is "${clip(v)}", which is not a 36-character GUID. It must be 8-4-4-4-12 hexadecimal digits (upper case), e.g. 4CDE1CFD-EDED-46B1-946C-B8022E42FC94. Use a generated GUID.`,
        });
        return false;
      }
      if (v !== v.toUpperCase()) {
        report(
          'FMT_GUID_CASE',
          path,
          {
            zh: `字段 ${path} ${l.zh} 含小写字母。规范要求 GUID 的英文字母大写，请改为 ${v.toUpperCase()}。`,
            en: `${path} contains lower-case letters. The standard wants GUID letters in upper case; change it to ${v.toUpperCase()}.`,
          },
          'warning',
        );
      }
      return true;
    case 'appType':
      if (v !== '1' && v !== '2' && v !== '3') {
        report('FMT_APP_TYPE', path, {
          zh: `字段 ${path} appType（企业报送类型）的值“${clip(v)}”无效。只能是 1（新增）、2（变更）或 3（删除）。首次申报请填 1。`,
          en: `${path} appType is "${clip(v)}", which is not allowed. It must be 1 (new), 2 (change) or 3 (delete). Use 1 for a first declaration.`,
        });
        return false;
      }
      return true;
    case 'appStatus':
      if (v !== '1' && v !== '2') {
        report('FMT_APP_STATUS', path, {
          zh: `字段 ${path} appStatus（业务状态）的值“${clip(v)}”无效。只能是 1（暂存）或 2（申报）。正式申报请填 2。`,
          en: `${path} appStatus is "${clip(v)}", which is not allowed. It must be 1 (draft, 暂存) or 2 (declare, 申报). Use 2 to declare.`,
        });
        return false;
      }
      return true;
    case 'datetime14':
    case 'datetime17':
    case 'date8': {
      const shape = field.format === 'date8' ? 'YYYYMMDD' : field.format === 'datetime14' ? 'YYYYMMDDhhmmss' : 'YYYYMMDDhhmmssSSS';
      const example = field.format === 'date8' ? '20260315' : field.format === 'datetime14' ? '20260315093000' : '20260315093000123';
      if (!isValidDateTime(v, shape.length)) {
        report('FMT_DATETIME', path, {
          zh: `字段 ${path} ${l.zh} 的值“${clip(v)}”不是有效的 ${shape} 格式时间（${shape.length} 位数字，不带分隔符），如 ${example}。请更正。`,
          en: `${path} is "${clip(v)}", which is not a valid ${shape} time (${shape.length} digits, no separators), e.g. ${example}. Correct it.`,
        });
        return false;
      }
      return true;
    }
    default:
      return checkLength(path, field, v, l, report);
  }
}

/** `YYYYMMDD[hhmmss[SSS]]` with a real calendar date and a valid time of day. */
export function isValidDateTime(v: string, length: number): boolean {
  if (v.length !== length || !/^\d+$/.test(v)) return false;
  const year = Number(v.slice(0, 4));
  const month = Number(v.slice(4, 6));
  const day = Number(v.slice(6, 8));
  if (year < 1900 || month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  if (day > days) return false;
  if (length >= 14) {
    const h = Number(v.slice(8, 10));
    const mi = Number(v.slice(10, 12));
    const s = Number(v.slice(12, 14));
    if (h > 23 || mi > 59 || s > 59) return false;
  }
  return true;
}

function checkSignature(message: CebMessage, report: Report): void {
  if (!('Signature' in message) || !message.Signature) return;
  const sig = message.Signature;
  const need = (path: string, value: string, zh: string): void => {
    if (value.trim() !== '') return;
    report('FMT_REQUIRED', path, {
      zh: `签名中的 ${path}（${zh}）缺失或为空。请用加签工具重新生成签名。`,
      en: `${path} in the signature is missing or empty. Sign the message again with the signing tool.`,
    });
  };
  need('Signature.SignedInfo.CanonicalizationMethod', sig.SignedInfo.CanonicalizationMethod.Algorithm, '规范化算法');
  need('Signature.SignedInfo.SignatureMethod', sig.SignedInfo.SignatureMethod.Algorithm, '签名算法');
  if (sig.SignedInfo.Reference.length === 0) {
    report('FMT_OCCURS', 'Signature.SignedInfo.Reference', {
      zh: '签名缺少 ds:Reference。请用加签工具重新生成签名。',
      en: 'The signature has no ds:Reference. Sign the message again with the signing tool.',
    });
  }
  sig.SignedInfo.Reference.forEach((r, i) => {
    need(`Signature.SignedInfo.Reference[${i}].DigestMethod`, r.DigestMethod.Algorithm, '摘要算法');
    need(`Signature.SignedInfo.Reference[${i}].DigestValue`, r.DigestValue, '摘要值');
  });
  need('Signature.SignatureValue', sig.SignatureValue, '签名值');
}

function clip(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}
