/**
 * Arithmetic: line totals (qty × price, to the fen, half up), goods value = Σ line totals,
 * acturalPaid = goodsValue + freight + taxTotal − discount (exactly, §8.5), no negative amounts,
 * gnum 1..n, net ≤ gross weight, waybill weight against the list gross weight (tolerance, warning).
 * Unreadable numbers are left to the format check.
 */
import { fenToDecimal } from '../messages/decimal.ts';
import * as money from '../tax/money.ts';
import * as context from './context.ts';
import type { BatchIndex, Entry, RuleContext } from './context.ts';
import * as rulePack from './rule-pack.ts';

// Imported helpers bound once at load (see limits.ts).
const { lineAmountFen, parseFen, parseScaled5 } = money, { dateOf, report } = context, { resolve } = rulePack;

interface Line { gnum: string; qty: string; price: string; totalPrice: string }

function checkLines(ctx: RuleContext, entry: Entry, linesPath: string, lines: readonly Line[]): number | null {
  let sum = 0;
  let ok = true;
  lines.forEach((l, i) => {
    const lp = `${linesPath}[${i}]`;
    if (String(i + 1) !== l.gnum.trim()) {
      report(ctx, entry, 'ARITH_GNUM_SEQUENCE', `${lp}.gnum`, {
        zh: `第${i + 1}个商品项的项号为“${l.gnum}”，应为 ${i + 1}。商品项号从1开始连续编号。`,
        en: `Item ${i + 1} has gnum "${l.gnum}"; it should be ${i + 1}. Item numbers run 1, 2, 3… without gaps.`,
      });
    }
    const q = parseScaled5(l.qty), pr = parseFen(l.price), tot = parseFen(l.totalPrice);
    if (q === null || pr === null || tot === null) {
      ok = false;
      return;
    }
    if (q <= 0 || pr.fen < 0 || tot.fen < 0) {
      report(ctx, entry, 'ARITH_NEGATIVE', `${lp}.${q <= 0 ? 'qty' : pr.fen < 0 ? 'price' : 'totalPrice'}`, {
        zh: `商品项${l.gnum}的数量必须大于0，单价和总价不能为负数。`,
        en: `Item ${l.gnum}: the quantity must be above 0 and prices cannot be negative.`,
      });
    }
    const expected = lineAmountFen(q, pr.fen);
    if (expected !== tot.fen) {
      report(ctx, entry, 'ARITH_LINE_TOTAL', `${lp}.totalPrice`, {
        zh: `商品项${l.gnum}：数量 ${l.qty} × 单价 ${l.price} = ${fenToDecimal(expected)}，但总价填了 ${l.totalPrice}。总价应等于数量乘单价（四舍五入到分）。`,
        en: `Item ${l.gnum}: qty ${l.qty} × price ${l.price} = ${fenToDecimal(expected)}, but totalPrice is ${l.totalPrice}. totalPrice must be qty × price, rounded half up to the fen.`,
      });
    }
    sum += tot.fen;
  });
  return ok ? sum : null;
}

function checkGoodsValue(ctx: RuleContext, entry: Entry, path: string, goodsValue: string, sum: number | null): void {
  const gv = parseFen(goodsValue);
  if (gv === null || sum === null || gv.fen === sum) return;
  report(ctx, entry, 'ARITH_GOODS_VALUE', path, {
    zh: `商品总价之和为 ${fenToDecimal(sum)} 元，但货款 goodsValue 填了 ${goodsValue}。货款应等于各商品项总价之和（含非现金抵扣前的金额）。`,
    en: `The line totals add up to ${fenToDecimal(sum)} yuan but goodsValue is ${goodsValue}. goodsValue is the sum of the line totals (before non-cash deductions).`,
  });
}

function checkWeights(ctx: RuleContext, entry: Entry, path: string, gross: string, net: string): void {
  const g = parseScaled5(gross), n = parseScaled5(net);
  if (g === null || n === null || n <= g) return;
  report(ctx, entry, 'ARITH_WEIGHT', `${path}.netWeight`, {
    zh: `净重 ${net} 千克大于毛重 ${gross} 千克。毛重包含包装，应不小于净重。`,
    en: `Net weight ${net} kg is above gross weight ${gross} kg. Gross weight includes the packing and cannot be below the net weight.`,
  });
}

/** All arithmetic checks over the batch. */
export function checkArithmetic(ctx: RuleContext, ix: BatchIndex): void {
  for (const o of ix.orders) {
    const h = o.head, p = o.headPath, e = o.entry;
    const sum = checkLines(ctx, e, o.linesPath, o.lines);
    checkGoodsValue(ctx, e, `${p}.goodsValue`, h.goodsValue, sum);
    const gv = parseFen(h.goodsValue), fr = parseFen(h.freight), tax = parseFen(h.taxTotal), dis = parseFen(h.discount), paid = parseFen(h.acturalPaid);
    if (gv === null || fr === null || tax === null || dis === null || paid === null) continue;
    for (const [f, v] of [['goodsValue', gv], ['freight', fr], ['taxTotal', tax], ['discount', dis], ['acturalPaid', paid]] as const) {
      if (v.fen < 0) report(ctx, e, 'ARITH_NEGATIVE', `${p}.${f}`, { zh: `${f} 不能为负数（没有则填0）。`, en: `${f} cannot be negative (write 0 when there is none).` });
    }
    const expected = gv.fen + fr.fen + tax.fen - dis.fen;
    if (expected !== paid.fen) {
      report(ctx, e, 'ARITH_ACTURAL_PAID', `${p}.acturalPaid`, {
        zh: `货款 ${h.goodsValue} + 运费 ${h.freight} + 代扣税款 ${h.taxTotal} − 优惠 ${h.discount} = ${fenToDecimal(expected)} 元，但实际支付 acturalPaid 填了 ${h.acturalPaid}。实际支付金额须精确到分地等于该算式。`,
        en: `goodsValue ${h.goodsValue} + freight ${h.freight} + taxTotal ${h.taxTotal} − discount ${h.discount} = ${fenToDecimal(expected)} yuan, but acturalPaid is ${h.acturalPaid}. acturalPaid must equal that sum to the fen.`,
      });
    }
  }
  const waybills = new Map(ix.waybills.map((w) => [`${w.head.logisticsCode.trim()}|${w.head.logisticsNo.trim()}`, w]));
  for (const v of ix.inventories) {
    checkLines(ctx, v.entry, v.linesPath, v.lines);
    checkWeights(ctx, v.entry, v.headPath, v.head.grossWeight, v.head.netWeight);
    const w = waybills.get(`${v.head.logisticsCode.trim()}|${v.head.logisticsNo.trim()}`);
    const gw = parseScaled5(v.head.grossWeight), ww = w === undefined ? null : parseScaled5(w.head.weight);
    if (w !== undefined && gw !== null && ww !== null && gw !== ww) {
      const tol = resolve(ctx.pack.weightTolerance, dateOf(ctx, v.entry));
      if (Math.abs(gw - ww) * 10_000 > tol.value * Math.max(gw, 1)) {
        report(ctx, w.entry, 'ARITH_WEIGHT_WAYBILL', `${w.headPath}.weight`, {
          zh: `运单重量 ${w.head.weight} 千克与清单毛重 ${v.head.grossWeight} 千克相差超过 ${tol.value / 100}%。请核对包裹称重。`,
          en: `Waybill weight ${w.head.weight} kg and list gross weight ${v.head.grossWeight} kg differ by more than ${tol.value / 100}%. Check the parcel weight.`,
        }, { severity: 'warning', ruleVersion: tol.version });
      }
    }
  }
  for (const o of ix.exportOrders) {
    const sum = checkLines(ctx, o.entry, o.linesPath, o.lines);
    checkGoodsValue(ctx, o.entry, `${o.headPath}.goodsValue`, o.head.goodsValue, sum);
  }
  for (const v of ix.exportInventories) {
    checkLines(ctx, v.entry, v.linesPath, v.lines);
    checkWeights(ctx, v.entry, v.headPath, v.head.grossWeight, v.head.netWeight);
  }
}

