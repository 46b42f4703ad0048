/**
 * Limits and tax of import lists, run in purchase-date order over the batch (then batch order):
 * - the taxable value of a list (goods + freight + insurance, fen) is checked against the single
 *   limit, and, with the buyer's running total for the calendar year (the ledger passed in plus the
 *   lists of this batch that pass), against the annual limit. The rules in force come from the
 *   message's rules date (`dateOf`); the calendar year a purchase counts in, and the order of the
 *   running total, from the purchase's own date (its order's appTime, else the list's);
 * - a one-item list over the single limit but within the annual limit is taxed in full (from
 *   2019-01-01) and still counts toward the annual total;
 * - positive-list quantity caps (sugar 2 kg, rice 20 kg per person per year);
 * - the tax of each list (`tax/compute.ts`) and the order's `taxTotal` against it.
 * D: the amount counted toward the limits is the list's taxable value.
 */
import * as hsTable from '../codes/hs.ts';
import * as unitTable from '../codes/units.ts';
import type { ImportInventoryHead, ImportInventoryList } from '../messages/types.ts';
import * as compute from '../tax/compute.ts';
import type { TaxLineInput, TaxMode, TaxResult } from '../tax/compute.ts';
import { fenToDecimal } from '../messages/decimal.ts';
import * as money from '../tax/money.ts';
import * as context from './context.ts';
import type { BatchIndex, DocWithLines, LedgerEntry, RuleContext } from './context.ts';
import * as rulePack from './rule-pack.ts';

// Imported helpers bound once at load: hot loops then call plain locals, not live import bindings
// (which some module runners, e.g. vitest's, turn into a getter per access).
const { HS_BY_CODE } = hsTable, { UNIT_BY_CODE } = unitTable, { computeTax, contentFromModel } = compute;
const { allocateFen, parseFen, parseScaled5, SCALE5 } = money, { dateOf, report } = context, { resolve } = rulePack;

const t = (s: string | undefined): string => (s ?? '').trim();

export type InventoryDoc = DocWithLines<ImportInventoryHead, ImportInventoryList>;

export interface ListTax {
  doc: InventoryDoc;
  taxableFen: number;
  tax: TaxResult;
  /** Whether the list passed the limits (counted toward the annual total). */
  counted: boolean;
}

/** Tax-line inputs of a list: goods per line, freight + insurance allocated in proportion. */
export function taxLinesOf(doc: InventoryDoc): TaxLineInput[] | null {
  const goods: number[] = [];
  for (const l of doc.lines) {
    const f = parseFen(l.totalPrice);
    if (f === null) return null;
    goods.push(f.fen);
  }
  const extra = (parseFen(doc.head.freight)?.fen ?? 0) + (parseFen(doc.head.insuredFee)?.fen ?? 0);
  const shares = allocateFen(extra, goods);
  return doc.lines.map((l, i) => ({
    gnum: Number(t(l.gnum)) || i + 1,
    gcode: t(l.gcode),
    qtyScaled: parseScaled5(l.qty) ?? 0,
    unit: t(l.unit),
    contentPerPiece: contentFromModel(l.gmodel),
    legalQtyScaled: parseScaled5(l.qty1) ?? undefined,
    legalUnit: t(l.unit1),
    goodsFen: goods[i] ?? 0,
    extraFen: shares[i] ?? 0,
  }));
}

function kgOf(line: ImportInventoryList): number | null {
  const q = parseScaled5(line.qty);
  if (q === null) return null;
  const kind = UNIT_BY_CODE.get(t(line.unit))?.kind;
  if (kind === 'mass-kg') return q / SCALE5;
  if (kind === 'mass-g') return q / SCALE5 / 1000;
  const q1 = parseScaled5(line.qty1), k1 = UNIT_BY_CODE.get(t(line.unit1))?.kind;
  if (q1 !== null && k1 === 'mass-kg') return q1 / SCALE5;
  if (q1 !== null && k1 === 'mass-g') return q1 / SCALE5 / 1000;
  const c = contentFromModel(line.gmodel);
  if ((kind === 'piece' || kind === 'package') && c !== undefined && /(kg|KG|千克|公斤|g|克)/.test(line.gmodel)) return (q / SCALE5) * c / 1000;
  return null;
}

/** Limits, caps and tax over the batch's import lists. `rejectedKeys` holds `${messageIndex}|${base}` of documents with errors. */
export function checkLimitsAndTax(ctx: RuleContext, ix: BatchIndex, ledger: readonly LedgerEntry[], rejectedKeys: Set<string>): ListTax[] {
  const orders = new Map(ix.orders.map((o) => [t(o.head.orderNo), o]));
  // The purchase date: the order's own date when the order is in the batch, else the list's own date.
  const purchaseDate = (v: InventoryDoc): string => orders.get(t(v.head.orderNo))?.entry.date ?? v.entry.date;
  const sorted = [...ix.inventories].sort((a, b) => {
    const da = purchaseDate(a), db = purchaseDate(b);
    return da < db ? -1 : da > db ? 1 : a.entry.index - b.entry.index;
  });
  const running = new Map<string, number>();
  const kgRunning = new Map<string, number>();
  const out: ListTax[] = [];
  for (const v of sorted) {
    // rules in force by the rules date; the calendar year and the ledger by the purchase's own date
    const h = v.head, p = v.headPath, e = v.entry, date = dateOf(ctx, e), bought = purchaseDate(v), year = bought.slice(0, 4);
    const lines = taxLinesOf(v);
    if (lines === null) continue;
    const taxableFen = lines.reduce((s, l) => s + l.goodsFen + l.extraFen, 0);
    const buyer = `${t(h.buyerIdType)}|${t(h.buyerIdNumber)}`;
    const key = `${buyer}|${year}`;
    if (!running.has(key)) {
      let sum = 0;
      for (const le of ledger) {
        if (`${t(le.buyerIdType)}|${t(le.buyerIdNumber)}|${le.date.slice(0, 4)}` === key && le.date <= bought) sum += le.amountFen;
      }
      running.set(key, sum);
    }
    const before = running.get(key) ?? 0;
    const limits = resolve(ctx.pack.limits, date);
    const fullTax = resolve(ctx.pack.singleItemFullTax, date);
    const oneItem = v.lines.length === 1 && parseScaled5(v.lines[0]?.qty) === SCALE5;
    let mode: TaxMode = 'retail';
    let pass = true;
    const L = limits.value;
    if (taxableFen > L.singleFen) {
      if (oneItem && fullTax.value && before + taxableFen <= L.annualFen) {
        mode = 'full';
        report(ctx, e, 'POLICY_SINGLE_ITEM_FULL_TAX', `${v.linesPath}[0]`, {
          zh: `本清单仅一件商品，完税价格 ${fenToDecimal(taxableFen)} 元超过单次限值 ${fenToDecimal(L.singleFen)} 元但未超过年度限值：可按跨境电商零售进口，但关税、增值税、消费税全额征收，并计入年度交易总额。`,
          en: `One-item list with taxable value ${fenToDecimal(taxableFen)} yuan, above the ${fenToDecimal(L.singleFen)} single limit but within the annual limit: it may come in as CBEC retail, but tariff, VAT and consumption tax are charged in full and it counts toward the annual total.`,
        }, { severity: 'warning', ruleVersion: fullTax.version });
      } else {
        pass = false;
        report(ctx, e, 'POLICY_SINGLE_LIMIT', `${p}.orderNo`, {
          zh: `完税价格 ${fenToDecimal(taxableFen)} 元（货款+运费+保费）超过单次交易限值 ${fenToDecimal(L.singleFen)} 元（${limits.version}）。${oneItem ? (fullTax.value ? '虽为单件商品，但计入后将超过年度限值。' : '当时单件商品超限须按一般贸易进口。') : '请拆分订单或按一般贸易进口；仅单件商品的订单可全额征税后进口。'}`,
          en: `Taxable value ${fenToDecimal(taxableFen)} yuan (goods + freight + insurance) is above the single-transaction limit of ${fenToDecimal(L.singleFen)} yuan (${limits.version}). ${oneItem ? (fullTax.value ? 'It is one item, but it would break the annual limit.' : 'At that date a one-item order over the limit went through general trade.') : 'Split the order or use general trade; only a one-item order may come in taxed in full.'}`,
        }, { ruleVersion: limits.version });
      }
    }
    if (pass && before + taxableFen > L.annualFen) {
      pass = false;
      report(ctx, e, 'POLICY_ANNUAL_LIMIT', `${p}.buyerIdNumber`, {
        zh: `订购人${year}年已累计 ${fenToDecimal(before)} 元，加上本单 ${fenToDecimal(taxableFen)} 元超过个人年度交易限值 ${fenToDecimal(L.annualFen)} 元（${limits.version}）。超过年度限值的按一般贸易管理。`,
        en: `The buyer has ${fenToDecimal(before)} yuan in ${year}; with this list's ${fenToDecimal(taxableFen)} yuan that exceeds the personal annual limit of ${fenToDecimal(L.annualFen)} yuan (${limits.version}). Above the annual limit, general-trade rules apply.`,
      }, { ruleVersion: limits.version });
    }
    // positive-list quantity caps
    v.lines.forEach((l, i) => {
      const hs = HS_BY_CODE.get(t(l.gcode));
      const cap = hs?.remarks?.annualKgPerPerson;
      if (hs === undefined || cap === undefined) return;
      const kg = kgOf(l);
      const lp = `${v.linesPath}[${i}]`;
      if (kg === null) {
        report(ctx, e, 'POLICY_QUANTITY_BASIS', `${lp}.unit`, {
          zh: `${hs.zh}每人每年限${cap}千克，但无法从计量单位或规格型号得出重量。请以千克或克为单位申报，或在规格型号中写明净含量。`,
          en: `${hs.en} is capped at ${cap} kg per person per year, but the weight cannot be read from the unit or gmodel. Declare in kg or g, or state the net content in gmodel.`,
        }, { severity: 'warning' });
        return;
      }
      const k = `${key}|${hs.hs}`;
      const had = kgRunning.get(k) ?? 0;
      if (had + kg > cap) {
        pass = false;
        report(ctx, e, 'POLICY_QUANTITY_CAP', `${lp}.qty`, {
          zh: `正面清单备注：${hs.zh}每人每年不超过${cap}千克。订购人本年已购 ${had} 千克，本单 ${kg} 千克，超过限制。`,
          en: `Positive-list remark: ${hs.en} at most ${cap} kg per person per year. The buyer already has ${had} kg this year; this list adds ${kg} kg, over the cap.`,
        });
      } else {
        kgRunning.set(k, had + kg);
      }
    });
    const tax = computeTax(lines, { mode, asOf: date, pack: ctx.pack });
    tax.lines.forEach((r, i) => {
      if (r.ctBasis !== 'basis-unknown') return;
      report(ctx, e, 'TAX_CT_BASIS_UNKNOWN', `${v.linesPath}[${i}].gmodel`, {
        zh: `商品编码 ${r.gcode} 的消费税起征标准按每毫升/克或每片计算，但无法从计量单位或规格型号（gmodel）得出净含量或件数，沙盒按征收消费税处理。请在规格型号中写明净含量（如“50ml”）。`,
        en: `HS ${r.gcode}: the consumption-tax threshold is per ml/g or per piece, but neither the unit nor gmodel gives the content or piece count, so the sandbox charges the tax. State the net content in gmodel (e.g. "50ml").`,
      }, { severity: 'warning' });
    });
    const order = orders.get(t(h.orderNo));
    if (order !== undefined) {
      const declared = parseFen(order.head.taxTotal);
      const tol = resolve(ctx.pack.taxTotalToleranceFenPerLine, date);
      if (declared !== null && Math.abs(declared.fen - tax.totalFen) > tol.value * Math.max(lines.length, 1)) {
        report(ctx, order.entry, 'TAX_TOTAL_MISMATCH', `${order.headPath}.taxTotal`, {
          zh: `订单代扣税款 taxTotal 为 ${order.head.taxTotal} 元，按${mode === 'full' ? '全额征税' : '关税0、增值税和消费税按应纳税额70%'}计算应为 ${fenToDecimal(tax.totalFen)} 元（关税 ${fenToDecimal(tax.customsTaxFen)}，增值税 ${fenToDecimal(tax.vatFen)}，消费税 ${fenToDecimal(tax.ctFen)}）。请按应征税款更正 taxTotal 和 acturalPaid。`,
          en: `The order's withheld tax taxTotal is ${order.head.taxTotal} yuan; ${mode === 'full' ? 'taxed in full' : 'with tariff 0 and VAT and consumption tax at 70%'} it should be ${fenToDecimal(tax.totalFen)} yuan (tariff ${fenToDecimal(tax.customsTaxFen)}, VAT ${fenToDecimal(tax.vatFen)}, CT ${fenToDecimal(tax.ctFen)}). Correct taxTotal and acturalPaid.`,
        }, { ruleVersion: tax.ruleVersions.join(',') });
        rejectedKeys.add(`${order.entry.index}|${order.base}`);
      }
    }
    const selfRejected = rejectedKeys.has(`${e.index}|${v.base}`) || (order !== undefined && rejectedKeys.has(`${order.entry.index}|${order.base}`));
    const counted = pass && !selfRejected;
    if (counted) running.set(key, before + taxableFen);
    if (!pass) rejectedKeys.add(`${e.index}|${v.base}`);
    out.push({ doc: v, taxableFen, tax, counted });
  }
  return out;
}
