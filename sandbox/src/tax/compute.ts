/**
 * Import tax of a CBEC retail list, per line, in integer fen.
 *
 * Taxable value of a line (完税价格) = its goods value + its share of freight and insurance
 * (财关税〔2016〕18号: "actual transaction price, including the retail price, freight and insurance" [S23],
 * docs/customs-sources.md); non-cash discounts do not reduce it (D, sandbox/README.md). Shares are allocated with `allocateFen`.
 *
 * Within the limits ('retail'): tariff 0, consumption tax and VAT at 70% of the statutory amount:
 *   CT  = V × c / (1 − c) × 70%            VAT = V × v / (1 − c) × 70%
 * which is the platforms' combined rate (c + v) / (1 − c) × 70% [S24,S25].
 * Taxed in full ('full', a one-item order over the single limit): tariff t at the MFN rate, then
 *   CT  = V (1 + t) c / (1 − c)            VAT = V (1 + t) v / (1 − c)
 * Each amount is rounded half up to the fen per line (`divRoundHalfUp`, the sandbox's rounding rule); totals sum the lines.
 */
import * as hsTable from '../codes/hs.ts';
import type { HsLine } from '../codes/hs.ts';
import * as unitTable from '../codes/units.ts';
import * as rulePack from '../rules/rule-pack.ts';
import type { RulePack } from '../rules/rule-pack.ts';
import * as money from './money.ts';

// Imported helpers and tables bound once at load: hot loops then call plain locals, not live import
// bindings (which some module runners, e.g. vitest's, turn into a getter per access).
const { HS_BY_CODE } = hsTable, { UNIT_BY_CODE } = unitTable, { DEFAULT_RULE_PACK, resolve } = rulePack, { divRoundHalfUp, SCALE5 } = money;

export type TaxMode = 'retail' | 'full';

export interface TaxLineInput {
  gnum: number;
  gcode: string;
  /** Quantity in 1/100000 units, and its unit code. */
  qtyScaled: number;
  unit: string;
  /**
   * Content of one piece in g or ml, read from the spec text (`gmodel`, e.g. "50ml") by
   * `contentFromModel`; used for the per-ml/g cosmetics threshold when the unit is a piece.
   */
  contentPerPiece?: number | undefined;
  /** Legal first quantity (scaled 1e5) and unit (`qty1`/`unit1`), when declared. */
  legalQtyScaled?: number | undefined;
  legalUnit?: string | undefined;
  /** Goods value of the line (its totalPrice), fen. */
  goodsFen: number;
  /** Share of freight and insurance, fen. */
  extraFen: number;
}

export type CtBasis = 'none' | 'always' | 'above-threshold' | 'below-threshold' | 'basis-unknown';

export interface TaxLineResult {
  gnum: number;
  gcode: string;
  /** Taxable value (完税价格) = CEB816 taxPrice, fen. */
  taxPriceFen: number;
  customsTaxFen: number;
  vatFen: number;
  ctFen: number;
  /** Why the consumption tax applied or not. */
  ctBasis: CtBasis;
  /** False when the HS code is not in the shipped table (no tax computed). */
  known: boolean;
}

export interface TaxResult {
  mode: TaxMode;
  lines: TaxLineResult[];
  taxPriceFen: number;
  customsTaxFen: number;
  vatFen: number;
  ctFen: number;
  totalFen: number;
  /** Rule-pack versions used, e.g. `vat@2019-04-01`. */
  ruleVersions: string[];
}

const MULT: Record<string, number> = { 'mass-kg': 1000, 'mass-g': 1, 'volume-l': 1000, 'volume-ml': 1 };

const CONTENT = /(\d+(?:\.\d+)?)\s*(kg|KG|Kg|千克|公斤|ml|mL|ML|毫升|g|G|克|l|L|升)(?![a-zA-Z])/;
const CONTENT_MULT: Record<string, number> = { kg: 1000, KG: 1000, Kg: 1000, 千克: 1000, 公斤: 1000, ml: 1, mL: 1, ML: 1, 毫升: 1, g: 1, G: 1, 克: 1, l: 1000, L: 1000, 升: 1000 };

/** Whether a UTF-16 code unit is `\s` of a JavaScript regular expression. */
function isRegexSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * Multiplier of the unit of `CONTENT` at `i` (not followed by an ASCII letter), or 0. The unit
 * alternatives never share a first character with a different second one that could also match,
 * so at most one alternative can match at `i`, and its lookahead decides.
 */
function unitAt(s: string, i: number): number {
  const n = s.length;
  if (i >= n) return 0;
  const c = s.charCodeAt(i), d = i + 1 < n ? s.charCodeAt(i + 1) : -1;
  let len = 0, mult = 0;
  switch (c) {
    case 107: if (d === 103) { len = 2; mult = 1000; } break; // kg
    case 75: if (d === 71 || d === 103) { len = 2; mult = 1000; } break; // KG, Kg
    case 0x5343: if (d === 0x514b) { len = 2; mult = 1000; } break; // 千克
    case 0x516c: if (d === 0x65a4) { len = 2; mult = 1000; } break; // 公斤
    case 109: if (d === 108 || d === 76) { len = 2; mult = 1; } break; // ml, mL
    case 77: if (d === 76) { len = 2; mult = 1; } break; // ML
    case 0x6beb: if (d === 0x5347) { len = 2; mult = 1; } break; // 毫升
    case 103: case 71: case 0x514b: len = 1; mult = 1; break; // g, G, 克
    case 108: case 76: case 0x5347: len = 1; mult = 1000; break; // l, L, 升
    default: break;
  }
  if (len === 0) return 0;
  const after = i + len;
  return after < n && isAsciiLetter(s.charCodeAt(after)) ? 0 : mult;
}

/**
 * D: the first "number + unit" in a spec text (`50ml`, `30 g`, `1.5L`) as g or ml, else undefined.
 * Same result as `CONTENT.exec` (kept above as the specification) without the regex and its match
 * array: a match can only start at the first digit of a run of digits (a later start reaches the same
 * end), and backtracking inside the number or the spaces never lets a unit match.
 */
export function contentFromModel(gmodel: string | undefined): number | undefined {
  if (gmodel === undefined) return undefined;
  const s = gmodel, n = s.length;
  for (let i = 0; i < n; i++) {
    if (!isDigit(s.charCodeAt(i)) || (i > 0 && isDigit(s.charCodeAt(i - 1)))) continue;
    let j = i + 1;
    while (j < n && isDigit(s.charCodeAt(j))) j++;
    if (j + 1 < n && s.charCodeAt(j) === 46 && isDigit(s.charCodeAt(j + 1))) {
      j += 2;
      while (j < n && isDigit(s.charCodeAt(j))) j++;
    }
    let k = j;
    while (k < n && isRegexSpace(s.charCodeAt(k))) k++;
    const mult = unitAt(s, k);
    if (mult === 0) continue;
    const v = Number(s.slice(i, j)) * mult;
    return v > 0 ? v : undefined;
  }
  return undefined;
}

/** The regular-expression reading `contentFromModel` implements (for tests and reference). */
export function contentFromModelRegex(gmodel: string | undefined): number | undefined {
  if (gmodel === undefined) return undefined;
  const m = CONTENT.exec(gmodel);
  if (m === null) return undefined;
  const v = Number(m[1]) * (CONTENT_MULT[m[2] ?? ''] ?? 0);
  return v > 0 ? v : undefined;
}

/** Content in g or ml (scaled 1e5): from a mass/volume unit, else pieces × content per piece. */
function contentScaled(line: TaxLineInput): number | null {
  const kind = UNIT_BY_CODE.get(line.unit)?.kind;
  const m = kind === undefined ? undefined : MULT[kind];
  if (m !== undefined && line.qtyScaled > 0) return line.qtyScaled * m;
  const lk = line.legalUnit === undefined ? undefined : UNIT_BY_CODE.get(line.legalUnit)?.kind;
  const lm = lk === undefined ? undefined : MULT[lk];
  if (lm !== undefined && line.legalQtyScaled !== undefined && line.legalQtyScaled > 0) return line.legalQtyScaled * lm;
  if ((kind === 'piece' || kind === 'package') && line.contentPerPiece !== undefined && line.qtyScaled > 0) {
    return line.qtyScaled * line.contentPerPiece;
  }
  return null;
}

/** Number of pieces (scaled 1e5) when the unit counts pieces or packages. */
function piecesScaled(line: TaxLineInput): number | null {
  const kind = UNIT_BY_CODE.get(line.unit)?.kind;
  return (kind === 'piece' || kind === 'package') && line.qtyScaled > 0 ? line.qtyScaled : null;
}

/** Whether the consumption tax applies to a line, given its taxable value. */
export function consumptionTaxBasis(hs: HsLine, line: TaxLineInput, taxPriceFen: number): CtBasis {
  const ct = hs.consumptionTax;
  if (ct === null) return 'none';
  const t = ct.threshold;
  if (t.kind === 'always') return 'always';
  const basis = t.kind === 'per-ml-or-g' ? contentScaled(line) : piecesScaled(line);
  if (basis === null) return 'basis-unknown';
  // price per unit ≥ min  ⇔  taxPrice × SCALE ≥ min × basisScaled
  return taxPriceFen * SCALE5 >= t.minFen * basis ? 'above-threshold' : 'below-threshold';
}

export interface TaxOptions {
  mode: TaxMode;
  /** ISO date the tax is computed as of. */
  asOf: string;
  pack?: RulePack;
}

const B1e4 = 10_000n;

/** Tax of one line. `vatBp`, `factorBp` come from the rule pack. */
export function computeLineTax(line: TaxLineInput, vatRates: { standardBp: number; reducedBp: number }, mode: TaxMode, factorBp: number, retailTariffBp: number): TaxLineResult {
  const taxPriceFen = line.goodsFen + line.extraFen;
  const hs = HS_BY_CODE.get(line.gcode);
  if (hs === undefined) {
    return { gnum: line.gnum, gcode: line.gcode, taxPriceFen, customsTaxFen: 0, vatFen: 0, ctFen: 0, ctBasis: 'none', known: false };
  }
  const ctBasis = consumptionTaxBasis(hs, line, taxPriceFen);
  const ctApplies = ctBasis === 'always' || ctBasis === 'above-threshold' || ctBasis === 'basis-unknown';
  const cn = ctApplies && hs.consumptionTax !== null ? hs.consumptionTax.rateBp : 0;
  const vn = hs.vat === 'standard' ? vatRates.standardBp : vatRates.reducedBp;
  const tn = mode === 'full' ? hs.mfnTariffBp : retailTariffBp;
  const fn = mode === 'full' ? 10_000 : factorBp;
  const Vn = taxPriceFen;
  // Exact integers either way: plain numbers while every product stays within 2^53 (then each
  // floating-point product is exact), BigInt beyond. `divRoundHalfUp` gives the same result for both.
  const dn = (1e4 - cn) * 1e8;
  const pt = Vn * tn * fn, pc = Vn * (1e4 + tn) * cn * fn, pv = Vn * (1e4 + tn) * vn * fn;
  const small = Number.isSafeInteger(cn) && Number.isSafeInteger(vn) && Number.isSafeInteger(tn) && Number.isSafeInteger(fn) && Number.isSafeInteger(Vn)
    && cn >= 0 && vn >= 0 && tn >= 0 && fn >= 0 && Number.isSafeInteger(dn) && dn > 0
    && Math.abs(Vn * (1e4 + tn)) <= Number.MAX_SAFE_INTEGER && Math.abs(Vn * tn) <= Number.MAX_SAFE_INTEGER
    && Math.abs(Vn * (1e4 + tn) * cn) <= Number.MAX_SAFE_INTEGER && Math.abs(Vn * (1e4 + tn) * vn) <= Number.MAX_SAFE_INTEGER
    && Math.abs(pt) * 2 + 1e8 <= Number.MAX_SAFE_INTEGER && Math.abs(pc) * 2 + dn <= Number.MAX_SAFE_INTEGER && Math.abs(pv) * 2 + dn <= Number.MAX_SAFE_INTEGER;
  let customsTaxFen: number, ctFen: number, vatFen: number;
  if (small) {
    customsTaxFen = divRoundHalfUp(pt, 1e8);
    ctFen = divRoundHalfUp(pc, dn);
    vatFen = divRoundHalfUp(pv, dn);
  } else {
    const c = BigInt(cn);
    const v = BigInt(vn);
    const t = BigInt(tn);
    const f = BigInt(fn);
    const V = BigInt(taxPriceFen);
    const den = (B1e4 - c) * B1e4 * B1e4;
    customsTaxFen = divRoundHalfUp(V * t * f, B1e4 * B1e4);
    ctFen = divRoundHalfUp(V * (B1e4 + t) * c * f, den);
    vatFen = divRoundHalfUp(V * (B1e4 + t) * v * f, den);
  }
  return { gnum: line.gnum, gcode: line.gcode, taxPriceFen, customsTaxFen, vatFen, ctFen, ctBasis, known: true };
}

/** Tax of a whole list. */
export function computeTax(lines: readonly TaxLineInput[], opts: TaxOptions): TaxResult {
  const pack = opts.pack ?? DEFAULT_RULE_PACK;
  const vat = resolve(pack.vatRates, opts.asOf);
  const factor = resolve(pack.retailFactor, opts.asOf);
  const tariff = resolve(pack.retailTariffBp, opts.asOf);
  const out: TaxLineResult[] = [];
  let taxPriceFen = 0, customsTaxFen = 0, vatFen = 0, ctFen = 0;
  for (const line of lines) {
    const r = computeLineTax(line, vat.value, opts.mode, factor.value, tariff.value);
    out.push(r);
    taxPriceFen += r.taxPriceFen;
    customsTaxFen += r.customsTaxFen;
    vatFen += r.vatFen;
    ctFen += r.ctFen;
  }
  const ruleVersions = [vat.version];
  if (opts.mode === 'retail') ruleVersions.push(factor.version, tariff.version);
  return { mode: opts.mode, lines: out, taxPriceFen, customsTaxFen, vatFen, ctFen, totalFen: customsTaxFen + vatFen + ctFen, ruleVersions };
}

/** The platforms' combined rate (c + v) / (1 − c) × factor, as a float (for display only). */
export function combinedRetailRate(hs: HsLine, vatBp: number, factorBp = 7000, ctApplies = true): number {
  const c = ctApplies && hs.consumptionTax !== null ? hs.consumptionTax.rateBp / 10_000 : 0;
  const v = vatBp / 10_000;
  return ((c + v) / (1 - c)) * (factorBp / 10_000);
}
