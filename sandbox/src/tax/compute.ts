/**
 * Import tax of a CBEC retail list, per line, in integer fen.
 *
 * Taxable value of a line (完税价格) = its goods value + its share of freight and insurance
 * (brief §2: "actual transaction price, including the retail price, freight and insurance"); non-cash
 * discounts do not reduce it (D §8.6). Shares are allocated with `allocateFen`.
 *
 * Within the limits ('retail'): tariff 0, consumption tax and VAT at 70% of the statutory amount:
 *   CT  = V × c / (1 − c) × 70%            VAT = V × v / (1 − c) × 70%
 * which is the platforms' combined rate (c + v) / (1 − c) × 70% (brief §2, V[S24,S25]).
 * Taxed in full ('full', a one-item order over the single limit): tariff t at the MFN rate, then
 *   CT  = V (1 + t) c / (1 − c)            VAT = V (1 + t) v / (1 − c)
 * Each amount is rounded half up to the fen per line (`divRoundHalfUp`, §8.9); totals sum the lines.
 */
import { HS_BY_CODE, type HsLine } from '../codes/hs.ts';
import { UNIT_BY_CODE } from '../codes/units.ts';
import { DEFAULT_RULE_PACK, resolve, type RulePack } from '../rules/rule-pack.ts';
import { divRoundHalfUp, SCALE5 } from './money.ts';

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

/** D: the first "number + unit" in a spec text (`50ml`, `30 g`, `1.5L`) as g or ml, else undefined. */
export function contentFromModel(gmodel: string | undefined): number | undefined {
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
