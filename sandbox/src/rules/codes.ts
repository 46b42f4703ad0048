/**
 * Code-table checks: countries, currencies, units, customs districts, supervision modes, ID types,
 * transport and packaging codes, order type, I/E flag, enterprise codes and 10-digit HS codes that
 * exist in the shipped table. Empty values are left to the format check (FMT_REQUIRED).
 */
import { COUNTRY_BY_CODE } from '../codes/countries.ts';
import { CURRENCY_BY_CODE } from '../codes/currencies.ts';
import { DISTRICT_BY_CODE } from '../codes/customs-districts.ts';
import * as hsTable from '../codes/hs.ts';
import { ID_TYPE_BY_CODE, isValidResidentId } from '../codes/id-types.ts';
import { MODE_BY_CODE } from '../codes/supervision-modes.ts';
import { TRANSPORT_BY_CODE, WRAP_BY_CODE } from '../codes/transport.ts';
import { UNIT_BY_CODE } from '../codes/units.ts';
import * as context from './context.ts';
import type { BatchIndex, Entry, RuleContext } from './context.ts';
import * as rulePack from './rule-pack.ts';

// Imported helpers bound once at load (see limits.ts).
const { HS_BY_CODE } = hsTable, { dateOf, report } = context, { resolve } = rulePack;

type Table = ReadonlyMap<string, unknown>;

const TABLES: Record<string, { table: Table; code: string; zh: string; en: string; severity?: 'warning' }> = {
  country: { table: COUNTRY_BY_CODE, code: 'CODE_COUNTRY_UNKNOWN', zh: '国别（地区）代码', en: 'country/region code' },
  currency: { table: CURRENCY_BY_CODE, code: 'CODE_CURRENCY_UNKNOWN', zh: '币制代码', en: 'currency code' },
  unit: { table: UNIT_BY_CODE, code: 'CODE_UNIT_UNKNOWN', zh: '计量单位代码', en: 'unit code' },
  district: { table: DISTRICT_BY_CODE, code: 'CODE_DISTRICT_UNKNOWN', zh: '关区代码', en: 'customs district code' },
  idType: { table: ID_TYPE_BY_CODE, code: 'CODE_ID_TYPE_UNKNOWN', zh: '证件类型', en: 'ID type' },
  traf: { table: TRANSPORT_BY_CODE, code: 'CODE_TRANSPORT_UNKNOWN', zh: '运输方式代码', en: 'transport mode code', severity: 'warning' },
  wrap: { table: WRAP_BY_CODE, code: 'CODE_WRAP_UNKNOWN', zh: '包装种类代码', en: 'packaging code', severity: 'warning' },
};

/** Checks `value` of field `base.field` against a table; the path is built only for a finding. */
function checkTable(ctx: RuleContext, entry: Entry, kind: keyof typeof TABLES, base: string, field: string, value: string | undefined): void {
  if (value === undefined) return;
  const t = TABLES[kind]!;
  const v = value.trim();
  if (v === '' || t.table.has(v)) return;
  const path = `${base}.${field}`;
  const uncertain = t.severity === 'warning' ? { zh: '（该代码表为未核实的参考表，仅提示）', en: ' (this table is unverified, so this is a warning only)' } : { zh: '', en: '' };
  report(ctx, entry, t.code, path, {
    zh: `${path} 的${t.zh}“${value}”不在沙盒代码表中${uncertain.zh}。请按海关代码表填写，例如查阅 README 中的代码表。`,
    en: `${path}: ${t.en} "${value}" is not in the sandbox code table${uncertain.en}. Use a code from the customs table (see the sandbox README).`,
  }, t.severity === undefined ? {} : { severity: t.severity });
}

const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The check character of the first 17 characters of a USCC (GB 32100), or null if invalid. */
/** Value of each ASCII character in `USCC_CHARS`, −1 when it is not one. */
const USCC_VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < USCC_CHARS.length; i++) USCC_VALUE[USCC_CHARS.charCodeAt(i)] = i;

export function usccCheckChar(first17: string): string | null {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const c = first17.charCodeAt(i); // NaN past the end, as `first17[i] ?? '?'` is not found
    const v = c < 128 ? USCC_VALUE[c]! : -1;
    if (v < 0) return null;
    sum += v * (USCC_WEIGHTS[i] ?? 0);
  }
  return USCC_CHARS[(31 - (sum % 31)) % 31] ?? null;
}

/** §8.3: a 10-character customs code, or an 18-character USCC whose check character is right. */
export function isValidEnterpriseCode(code: string): boolean {
  if (code.length === 10) {
    let ok = true;
    for (let i = 0; i < 10 && ok; i++) {
      const c = code.charCodeAt(i);
      ok = (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
    }
    if (ok) return true;
  }
  if (code.length !== 18) return false;
  return usccCheckChar(code.slice(0, 17)) === code[17];
}

function checkEnterprise(ctx: RuleContext, entry: Entry, path: string, value: string | undefined, allowNone = false): void {
  if (value === undefined || value === '') return;
  if (allowNone && value === '无') return;
  if (isValidEnterpriseCode(value)) return;
  report(ctx, entry, 'CODE_ENTERPRISE_CODE', path, {
    zh: `${path}“${value}”既不是10位海关注册编码，也不是校验位正确的18位统一社会信用代码。请核对企业在海关的备案编码。`,
    en: `${path} "${value}" is neither a 10-character customs registration code nor an 18-character unified social credit code with a valid check character. Copy the enterprise's registered code.`,
  }, { ruleVersion: 'enterprise-code@D8.3' });
}

function checkId(ctx: RuleContext, entry: Entry, base: string, typeField: string, idType: string, numField: string, idNumber: string): void {
  checkTable(ctx, entry, 'idType', base, typeField, idType);
  if (idType === '1' && idNumber !== '' && !isValidResidentId(idNumber)) {
    const numPath = `${base}.${numField}`;
    report(ctx, entry, 'CODE_ID_NUMBER_INVALID', numPath, {
      zh: `${numPath}“${idNumber}”不是有效的18位居民身份证号码（校验位不符）。证件类型为1（身份证）时，请填写订购人真实的身份证号码。`,
      en: `${numPath} "${idNumber}" is not a valid 18-digit resident ID number (its check character is wrong). With ID type 1, give the buyer's real ID number.`,
    });
  }
}

function checkHs(ctx: RuleContext, entry: Entry, path: string, gcode: string): void {
  if (gcode === '' || HS_BY_CODE.has(gcode)) return;
  report(ctx, entry, 'CODE_HS_UNKNOWN', path, {
    zh: `${path} 商品编码“${gcode}”不在沙盒商品编码表中。清单须填写10位海关商品编码；请在 README 的商品编码表中查找正确编码。`,
    en: `${path}: HS code "${gcode}" is not in the sandbox tariff table. Lists need the 10-digit Chinese tariff code; look it up in the README's HS table.`,
  });
}

function checkMode(ctx: RuleContext, entry: Entry, path: string, mode: string, direction: 'import' | 'export', customsCode: string): void {
  if (mode === '') return;
  const m = MODE_BY_CODE.get(mode);
  if (m === undefined) {
    report(ctx, entry, 'CODE_MODE_UNKNOWN', path, {
      zh: `${path}“${mode}”不是跨境电商监管方式。${direction === 'import' ? '进口清单只能填9610（直购）、1210或1239（网购保税）。' : '出口清单只能填9610、1210、9710或9810。'}`,
      en: `${path} "${mode}" is not a CBEC supervision mode. ${direction === 'import' ? 'Import lists take 9610 (direct purchase), 1210 or 1239 (bonded).' : 'Export lists take 9610, 1210, 9710 or 9810.'}`,
    });
    return;
  }
  if (m.direction !== 'both' && m.direction !== direction) {
    report(ctx, entry, 'CODE_MODE_DIRECTION', path, {
      zh: `${path}“${mode}”（${m.zh}）只用于${m.direction === 'export' ? '出口' : '进口'}，不能用于本${direction === 'import' ? '进口' : '出口'}清单。`,
      en: `${path} "${mode}" (${m.en}) is for ${m.direction} only and cannot be used on this ${direction} list.`,
    });
    return;
  }
  const date = dateOf(ctx, entry);
  if (mode === '1239') {
    const r = resolve(ctx.pack.mode1239, date);
    if (!r.value) {
      report(ctx, entry, 'CODE_MODE_NOT_IN_FORCE', path, {
        zh: `1239（保税电商A）自2016-12-01起实施（海关总署公告2016年第75号），申报日期${date}时尚不可用。请改用1210。`,
        en: `1239 (bonded CBEC A) is in force from 2016-12-01 (GACC Ann. 2016 No.75); on ${date} it is not available. Use 1210.`,
      }, { ruleVersion: r.version });
    }
  }
  if (mode === '9710' || mode === '9810') {
    const r = resolve(ctx.pack.b2bModesInForce, date);
    const notYet = date < '2020-07-01' || (r.value === 'pilot' && customsCode.startsWith('08'));
    if (notYet) {
      report(ctx, entry, 'CODE_MODE_NOT_IN_FORCE', path, {
        zh: `${mode}自2020-07-01起在试点关区实施，2021-07-01起推广至全国（含沈阳海关）。申报日期${date}、关区${customsCode}时尚不可用。`,
        en: `${mode} started in pilot districts on 2020-07-01 and went nationwide (Shenyang included) on 2021-07-01. On ${date} in district ${customsCode} it is not available.`,
      }, { ruleVersion: r.version });
    }
  }
}

function checkIeFlag(ctx: RuleContext, entry: Entry, path: string, value: string, expected: 'I' | 'E'): void {
  if (value === '' || value === expected) return;
  report(ctx, entry, 'CODE_IE_FLAG', path, {
    zh: `${path}“${value}”与报文不符：${expected === 'I' ? '进口报文填I' : '出口报文填E'}。`,
    en: `${path} "${value}" does not fit the message: ${expected === 'I' ? 'import messages take I' : 'export messages take E'}.`,
  });
}

/** All code-table checks over the batch. */
export function checkCodes(ctx: RuleContext, ix: BatchIndex): void {
  for (const o of ix.orders) {
    const h = o.head, p = o.headPath;
    if (h.orderType !== '' && h.orderType !== 'I') {
      report(ctx, o.entry, 'CODE_ORDER_TYPE', `${p}.orderType`, { zh: `进口订单（CEB311）的订单类型应为I，现为“${h.orderType}”。`, en: `An import order (CEB311) has order type I, not "${h.orderType}".` });
    }
    checkEnterprise(ctx, o.entry, `${p}.ebpCode`, h.ebpCode);
    checkEnterprise(ctx, o.entry, `${p}.ebcCode`, h.ebcCode);
    checkTable(ctx, o.entry, 'currency', p, 'currency', h.currency);
    checkId(ctx, o.entry, p, 'buyerIdType', h.buyerIdType, 'buyerIdNumber', h.buyerIdNumber);
    o.lines.forEach((l, i) => {
      const lp = `${o.linesPath}[${i}]`;
      checkTable(ctx, o.entry, 'unit', lp, 'unit', l.unit);
      checkTable(ctx, o.entry, 'currency', lp, 'currency', l.currency);
      checkTable(ctx, o.entry, 'country', lp, 'country', l.country);
    });
  }
  for (const d of ix.payments) {
    const h = d.head, p = d.headPath;
    checkEnterprise(ctx, d.entry, `${p}.payCode`, h.payCode);
    checkEnterprise(ctx, d.entry, `${p}.ebpCode`, h.ebpCode);
    checkTable(ctx, d.entry, 'currency', p, 'currency', h.currency);
    checkId(ctx, d.entry, p, 'payerIdType', h.payerIdType, 'payerIdNumber', h.payerIdNumber);
  }
  for (const d of ix.waybills) {
    checkEnterprise(ctx, d.entry, `${d.headPath}.logisticsCode`, d.head.logisticsCode);
    checkTable(ctx, d.entry, 'currency', d.headPath, 'currency', d.head.currency);
  }
  for (const v of ix.inventories) {
    const h = v.head, p = v.headPath, e = v.entry;
    for (const f of ['ebpCode', 'ebcCode', 'logisticsCode', 'agentCode'] as const) checkEnterprise(ctx, e, `${p}.${f}`, h[f]);
    checkTable(ctx, e, 'district', p, 'customsCode', h.customsCode);
    checkTable(ctx, e, 'district', p, 'portCode', h.portCode);
    checkId(ctx, e, p, 'buyerIdType', h.buyerIdType, 'buyerIdNumber', h.buyerIdNumber);
    checkMode(ctx, e, `${p}.tradeMode`, h.tradeMode, 'import', h.customsCode);
    checkIeFlag(ctx, e, `${p}.ieFlag`, h.ieFlag, 'I');
    checkTable(ctx, e, 'traf', p, 'trafMode', h.trafMode);
    checkTable(ctx, e, 'wrap', p, 'wrapType', h.wrapType);
    checkTable(ctx, e, 'country', p, 'country', h.country);
    checkTable(ctx, e, 'currency', p, 'currency', h.currency);
    v.lines.forEach((l, i) => {
      const lp = `${v.linesPath}[${i}]`;
      checkHs(ctx, e, `${lp}.gcode`, l.gcode);
      checkTable(ctx, e, 'country', lp, 'country', l.country);
      checkTable(ctx, e, 'country', lp, 'tradeCountry', l.tradeCountry);
      checkTable(ctx, e, 'currency', lp, 'currency', l.currency);
      checkTable(ctx, e, 'unit', lp, 'unit', l.unit);
    });
  }
  for (const r of ix.importReturns) {
    checkTable(ctx, r.entry, 'district', r.headPath, 'customsCode', r.head.customsCode);
    checkId(ctx, r.entry, r.headPath, 'buyerIdType', r.head.buyerIdType, 'buyerIdNumber', r.head.buyerIdNumber);
    r.lines.forEach((l, i) => {
      checkHs(ctx, r.entry, `${r.linesPath}[${i}].gcode`, l.gcode);
      checkTable(ctx, r.entry, 'unit', `${r.linesPath}[${i}]`, 'unit', l.unit);
    });
  }
  for (const o of ix.exportOrders) {
    const h = o.head, p = o.headPath;
    if (h.orderType !== '' && !['E', 'B', 'W'].includes(h.orderType)) {
      report(ctx, o.entry, 'CODE_ORDER_TYPE', `${p}.orderType`, { zh: `出口订单（CEB303）的订单类型为E（零售出口）、B（B2B出口）或W（海外仓订仓单），现为“${h.orderType}”。`, en: `An export order (CEB303) has order type E (retail), B (B2B) or W (overseas-warehouse booking), not "${h.orderType}".` });
    }
    checkEnterprise(ctx, o.entry, `${p}.ebpCode`, h.ebpCode, true);
    checkEnterprise(ctx, o.entry, `${p}.ebcCode`, h.ebcCode);
    checkTable(ctx, o.entry, 'currency', p, 'currency', h.currency);
    o.lines.forEach((l, i) => {
      checkTable(ctx, o.entry, 'unit', `${o.linesPath}[${i}]`, 'unit', l.unit);
      checkTable(ctx, o.entry, 'currency', `${o.linesPath}[${i}]`, 'currency', l.currency);
    });
  }
  for (const d of ix.exportWaybills) {
    checkEnterprise(ctx, d.entry, `${d.headPath}.logisticsCode`, d.head.logisticsCode);
    checkTable(ctx, d.entry, 'currency', d.headPath, 'currency', d.head.currency);
  }
  for (const c of ix.collections) checkTable(ctx, c.entry, 'currency', c.headPath, 'currency', c.head.currency);
  for (const v of ix.exportInventories) {
    const h = v.head, p = v.headPath, e = v.entry;
    for (const f of ['ebpCode', 'ebcCode', 'logisticsCode', 'agentCode'] as const) checkEnterprise(ctx, e, `${p}.${f}`, h[f], f === 'ebpCode');
    checkTable(ctx, e, 'district', p, 'customsCode', h.customsCode);
    checkTable(ctx, e, 'district', p, 'portCode', h.portCode);
    checkMode(ctx, e, `${p}.tradeMode`, h.tradeMode, 'export', h.customsCode);
    checkIeFlag(ctx, e, `${p}.ieFlag`, h.ieFlag, 'E');
    checkTable(ctx, e, 'traf', p, 'trafMode', h.trafMode);
    checkTable(ctx, e, 'wrap', p, 'wrapType', h.wrapType);
    checkTable(ctx, e, 'country', p, 'country', h.country);
    checkTable(ctx, e, 'currency', p, 'fCurrency', h.fCurrency);
    checkTable(ctx, e, 'currency', p, 'iCurrency', h.iCurrency);
    const simplified = h.statisticsFlag === 'A';
    v.lines.forEach((l, i) => {
      const lp = `${v.linesPath}[${i}]`;
      if (!simplified) checkHs(ctx, e, `${lp}.gcode`, l.gcode);
      checkTable(ctx, e, 'country', lp, 'country', l.country);
      checkTable(ctx, e, 'currency', lp, 'currency', l.currency);
      checkTable(ctx, e, 'unit', lp, 'unit', l.unit);
    });
  }
  for (const a of ix.arrivals) {
    checkTable(ctx, a.entry, 'district', a.headPath, 'customsCode', a.head.customsCode);
    checkTable(ctx, a.entry, 'traf', a.headPath, 'trafMode', a.head.trafMode);
  }
  for (const d of ix.departures) {
    checkTable(ctx, d.entry, 'district', d.headPath, 'customsCode', d.head.customsCode);
    checkTable(ctx, d.entry, 'traf', d.headPath, 'trafMode', d.head.trafMode);
  }
  for (const s of ix.summaries) checkTable(ctx, s.entry, 'district', s.headPath, 'customsCode', s.head.customsCode);
  for (const r of ix.exportReturns) {
    checkTable(ctx, r.entry, 'district', r.headPath, 'customsCode', r.head.customsCode);
    checkTable(ctx, r.entry, 'district', r.headPath, 'portCode', r.head.portCode);
    checkTable(ctx, r.entry, 'country', r.headPath, 'country', r.head.country);
  }
}
