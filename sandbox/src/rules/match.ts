/**
 * Cross-document matching (三单对碰; the checks customs runs, as a practitioner page lists them [S18],
 * docs/customs-sources.md), with the fields to match taken from the message specs (D): identities, numbers and codes must be equal exactly; the list's line totals are
 * compared with the order's goods value under the `match-tolerance` parameter (warning under it,
 * error over it). A finding is put on the document that disagrees with the one before it in the
 * chain order → payment/waybill → list, so its path points where the learner fixes it.
 */
import { fenToDecimal } from '../messages/decimal.ts';
import * as money from '../tax/money.ts';
import type { ImportOrderHead } from '../messages/types.ts';
import * as context from './context.ts';
import type { BatchIndex, Doc, DocWithLines, Entry, ReleasedList, RuleContext } from './context.ts';
import * as rulePack from './rule-pack.ts';

// Imported helpers bound once at load (see limits.ts).
const { parseFen } = money, { dateOf, report } = context, { resolve } = rulePack;

const t = (s: string | undefined): string => (s ?? '').trim();

function firstBy<T>(docs: readonly T[], key: (d: T) => string): Map<string, T> {
  const m = new Map<string, T>();
  for (const d of docs) {
    const k = key(d);
    if (!m.has(k)) m.set(k, d);
  }
  return m;
}

function duplicates<T extends Doc<unknown>>(ctx: RuleContext, docs: readonly T[], key: (d: T) => string, field: string, what: { zh: string; en: string }): void {
  const seen = new Map<string, T>();
  for (const d of docs) {
    const k = key(d);
    if (k === '' || k === '|') continue;
    const first = seen.get(k);
    if (first === undefined) {
      seen.set(k, d);
      continue;
    }
    report(ctx, d.entry, 'MATCH_DUPLICATE', `${d.headPath}.${field}`, {
      zh: `${what.zh}“${k}”在本批次中重复申报（首次见于第${first.entry.index + 1}个报文）。同一单据只申报一次；如需修改请用 appType=2（变更）。`,
      en: `${what.en} "${k}" is declared twice in this batch (first in message ${first.entry.index + 1}). Declare a document once; to change it, send appType 2 (change).`,
    });
  }
}

function mismatch(ctx: RuleContext, entry: Entry, code: string, path: string, label: { zh: string; en: string }, got: string, want: string, other: { zh: string; en: string }): void {
  report(ctx, entry, code, path, {
    zh: `${path} ${label.zh}为“${got}”，但${other.zh}中为“${want}”。三单对碰要求两者完全一致，请按${other.zh}更正。`,
    en: `${path}: ${label.en} is "${got}" but the ${other.en} has "${want}". The three-document match needs them identical; correct it to match the ${other.en}.`,
  });
}

const ORDER = { zh: '电子订单（CEB311）', en: 'order (CEB311)' };

function matchOrderPayment(ctx: RuleContext, o: DocWithLines<ImportOrderHead, unknown>, pay: Doc<import('../messages/types.ts').PaymentHead>): void {
  const h = o.head, p = pay.head, pp = pay.headPath, e = pay.entry;
  if (t(h.ebpCode) !== t(p.ebpCode)) mismatch(ctx, e, 'MATCH_EBP_CODE', `${pp}.ebpCode`, { zh: '电商平台代码', en: 'platform code' }, p.ebpCode, h.ebpCode, ORDER);
  if (t(h.payCode) !== '' && t(h.payCode) !== t(p.payCode)) mismatch(ctx, e, 'MATCH_PAY_TRANSACTION', `${pp}.payCode`, { zh: '支付企业代码', en: 'payment enterprise code' }, p.payCode, h.payCode ?? '', ORDER);
  if (t(h.payTransactionId) !== '' && t(h.payTransactionId) !== t(p.payTransactionId)) mismatch(ctx, e, 'MATCH_PAY_TRANSACTION', `${pp}.payTransactionId`, { zh: '支付交易编号', en: 'payment transaction number' }, p.payTransactionId, h.payTransactionId ?? '', ORDER);
  const paid = parseFen(h.acturalPaid), amount = parseFen(p.amountPaid);
  if (paid !== null && amount !== null && paid.fen !== amount.fen) {
    report(ctx, e, 'MATCH_AMOUNT_PAID', `${pp}.amountPaid`, {
      zh: `支付金额 ${fenToDecimal(amount.fen)} 元与订单实际支付金额 acturalPaid ${fenToDecimal(paid.fen)} 元不一致。支付单金额必须等于订单的实际支付金额（货款+运费+税款-优惠）。`,
      en: `Amount paid ${fenToDecimal(amount.fen)} yuan differs from the order's acturalPaid ${fenToDecimal(paid.fen)} yuan. The payment must equal the order's actual payment (goods + freight + tax − discount).`,
    });
  }
  const v = resolve(ctx.pack.identityRule, dateOf(ctx, e)).version;
  const pairs: Array<[string, string, string, { zh: string; en: string }]> = [
    ['payerName', p.payerName, h.buyerName, { zh: '支付人姓名', en: 'payer name' }],
    ['payerIdType', p.payerIdType, h.buyerIdType, { zh: '支付人证件类型', en: 'payer ID type' }],
    ['payerIdNumber', p.payerIdNumber, h.buyerIdNumber, { zh: '支付人证件号码', en: 'payer ID number' }],
  ];
  for (const [field, got, want, label] of pairs) {
    if (t(got) === t(want)) continue;
    report(ctx, e, 'MATCH_BUYER_PAYER', `${pp}.${field}`, {
      zh: `${label.zh}“${got}”与订单订购人“${want}”不一致。沙盒始终要求订购人与支付人为同一人（身份无法核实时的规定），请使用订购人本人的支付信息。`,
      en: `The ${label.en} "${got}" differs from the order's buyer "${want}". The sandbox always requires buyer = payer (the rule for unverified identities); pay with the buyer's own account.`,
    }, { ruleVersion: v });
  }
}

function matchOrderWaybill(ctx: RuleContext, h: ImportOrderHead, w: Doc<import('../messages/types.ts').LogisticsHead>): void {
  const pairs: Array<[string, string, string, { zh: string; en: string }]> = [
    ['consignee', w.head.consignee, h.consignee, { zh: '收货人姓名', en: 'consignee name' }],
    ['consigneeTelephone', w.head.consigneeTelephone, h.consigneeTelephone, { zh: '收货人电话', en: 'consignee telephone' }],
    ['consigneeAddress', w.head.consigneeAddress, h.consigneeAddress, { zh: '收货地址', en: 'consignee address' }],
  ];
  for (const [field, got, want, label] of pairs) {
    if (t(got) !== t(want)) mismatch(ctx, w.entry, 'MATCH_CONSIGNEE', `${w.headPath}.${field}`, label, got, want, ORDER);
  }
}

/** Import 三单对碰 and the list against its order, payment and waybill. */
export function checkImportMatch(ctx: RuleContext, ix: BatchIndex): void {
  duplicates(ctx, ix.orders, (d) => `${t(d.head.ebpCode)}|${t(d.head.orderNo)}`, 'orderNo', { zh: '订单', en: 'Order' });
  duplicates(ctx, ix.payments, (d) => `${t(d.head.payCode)}|${t(d.head.payTransactionId)}`, 'payTransactionId', { zh: '支付单', en: 'Payment' });
  duplicates(ctx, ix.waybills, (d) => `${t(d.head.logisticsCode)}|${t(d.head.logisticsNo)}`, 'logisticsNo', { zh: '运单', en: 'Waybill' });
  duplicates(ctx, ix.inventories, (d) => `${t(d.head.ebpCode)}|${t(d.head.orderNo)}`, 'orderNo', { zh: '清单', en: 'Inventory list' });

  const orders = firstBy(ix.orders, (d) => t(d.head.orderNo));
  const payments = firstBy(ix.payments, (d) => t(d.head.orderNo));
  const waybillsByNo = firstBy(ix.waybills, (d) => `${t(d.head.logisticsCode)}|${t(d.head.logisticsNo)}`);
  const waybillsByOrder = firstBy(ix.waybills, (d) => t(d.head.orderNo));

  for (const o of ix.orders) {
    const pay = payments.get(t(o.head.orderNo));
    if (pay !== undefined) matchOrderPayment(ctx, o, pay);
    const wb = waybillsByOrder.get(t(o.head.orderNo));
    if (wb !== undefined) matchOrderWaybill(ctx, o.head, wb);
  }

  for (const v of ix.inventories) {
    const h = v.head, p = v.headPath, e = v.entry;
    const order = orders.get(t(h.orderNo));
    if (order === undefined) {
      report(ctx, e, 'MATCH_ORDER_MISSING', `${p}.orderNo`, {
        zh: `清单的订单编号“${h.orderNo}”在本批次中找不到电子订单（CEB311）。申报清单前，电商企业或平台须先传输订单；请一并提交订单或更正订单编号。`,
        en: `No order (CEB311) with orderNo "${h.orderNo}" in this batch. The order must be sent before the list; include it or correct the order number.`,
      });
    } else {
      const oh = order.head;
      if (t(oh.ebpCode) !== t(h.ebpCode)) mismatch(ctx, e, 'MATCH_EBP_CODE', `${p}.ebpCode`, { zh: '电商平台代码', en: 'platform code' }, h.ebpCode, oh.ebpCode, ORDER);
      if (t(oh.ebcCode) !== t(h.ebcCode)) mismatch(ctx, e, 'MATCH_EBC_CODE', `${p}.ebcCode`, { zh: '电商企业代码', en: 'e-commerce enterprise code' }, h.ebcCode, oh.ebcCode, ORDER);
      for (const [field, label] of [['buyerName', { zh: '订购人姓名', en: 'buyer name' }], ['buyerIdType', { zh: '订购人证件类型', en: 'buyer ID type' }], ['buyerIdNumber', { zh: '订购人证件号码', en: 'buyer ID number' }]] as const) {
        if (t(h[field]) !== t(oh[field])) mismatch(ctx, e, 'MATCH_BUYER_INVENTORY', `${p}.${field}`, label, h[field], oh[field], ORDER);
      }
      if (t(h.consigneeAddress) !== t(oh.consigneeAddress)) mismatch(ctx, e, 'MATCH_CONSIGNEE', `${p}.consigneeAddress`, { zh: '收货地址', en: 'consignee address' }, h.consigneeAddress, oh.consigneeAddress, ORDER);
      const lf = parseFen(h.freight), of = parseFen(oh.freight);
      if (lf !== null && of !== null && lf.fen !== of.fen) {
        mismatch(ctx, e, 'MATCH_FREIGHT', `${p}.freight`, { zh: '运费', en: 'freight' }, h.freight, oh.freight, ORDER);
      }
      // goods: every list line maps to an order line by gnum, with the same quantity
      const orderLines = new Map(order.lines.map((l) => [t(l.gnum), l]));
      v.lines.forEach((l, i) => {
        const ol = orderLines.get(t(l.gnum));
        const lp = `${v.linesPath}[${i}]`;
        if (ol === undefined) {
          report(ctx, e, 'MATCH_GOODS', `${lp}.gnum`, {
            zh: `清单第${l.gnum}项在订单中没有对应的商品项（gnum）。清单商品项号须与订单商品项号一一对应。`,
            en: `List item ${l.gnum} has no order line with that gnum. List items map one-to-one to the order's lines.`,
          });
        } else if (Number(t(ol.qty)) !== Number(t(l.qty))) {
          mismatch(ctx, e, 'MATCH_GOODS', `${lp}.qty`, { zh: '商品数量', en: 'quantity' }, l.qty, ol.qty, ORDER);
        }
      });
      // list line totals against the order goods value, with the tolerance (§8.5)
      const goods = parseFen(oh.goodsValue);
      let sum = 0;
      let ok = goods !== null;
      for (const l of v.lines) {
        const f = parseFen(l.totalPrice);
        if (f === null) ok = false;
        else sum += f.fen;
      }
      if (ok && goods !== null && sum !== goods.fen) {
        const tol = resolve(ctx.pack.matchTolerance, dateOf(ctx, e));
        const over = Math.abs(sum - goods.fen) * 10_000 > tol.value * Math.max(goods.fen, 1);
        report(ctx, e, 'MATCH_LIST_TOTAL', `${v.linesPath}`, {
          zh: `清单商品总价合计 ${fenToDecimal(sum)} 元，订单货款 goodsValue 为 ${fenToDecimal(goods.fen)} 元，相差${over ? '超过' : '未超过'}${tol.value / 100}%的容差。${over ? '请按订单更正清单商品价格。' : '在容差内，仅提示。'}`,
          en: `The list's line totals add up to ${fenToDecimal(sum)} yuan; the order's goodsValue is ${fenToDecimal(goods.fen)} yuan — ${over ? 'more' : 'less'} than the ${tol.value / 100}% tolerance apart. ${over ? 'Correct the list prices to the order.' : 'Within tolerance: a warning only.'}`,
        }, { severity: over ? 'error' : 'warning', ruleVersion: tol.version });
      }
      if (!payments.has(t(h.orderNo))) {
        report(ctx, e, 'MATCH_PAYMENT_MISSING', `${p}.orderNo`, {
          zh: `订单“${h.orderNo}”在本批次中没有支付单（CEB411）。支付企业须在清单申报前传输支付单。`,
          en: `Order "${h.orderNo}" has no payment slip (CEB411) in this batch. The payment enterprise sends it before the list is declared.`,
        });
      }
    }
    const key = `${t(h.logisticsCode)}|${t(h.logisticsNo)}`;
    const wb = waybillsByNo.get(key);
    if (wb === undefined) {
      const byOrder = waybillsByOrder.get(t(h.orderNo));
      if (byOrder !== undefined) {
        mismatch(ctx, e, 'MATCH_LOGISTICS_NO', `${p}.logisticsNo`, { zh: '物流企业代码/运单编号', en: 'logistics code / waybill number' }, `${h.logisticsCode}/${h.logisticsNo}`, `${byOrder.head.logisticsCode}/${byOrder.head.logisticsNo}`, { zh: '物流运单（CEB511）', en: 'waybill (CEB511)' });
      } else {
        report(ctx, e, 'MATCH_LOGISTICS_MISSING', `${p}.logisticsNo`, {
          zh: `本批次中找不到物流企业“${h.logisticsCode}”的运单“${h.logisticsNo}”（CEB511）。物流企业须在清单申报前传输运单。`,
          en: `No waybill (CEB511) "${h.logisticsNo}" of logistics enterprise "${h.logisticsCode}" in this batch. The logistics enterprise sends it before the list.`,
        });
      }
    } else if (t(wb.head.orderNo) !== t(h.orderNo)) {
      mismatch(ctx, wb.entry, 'MATCH_ORDER_NO', `${wb.headPath}.orderNo`, { zh: '订单编号', en: 'order number' }, wb.head.orderNo, h.orderNo, { zh: '申报清单（CEB621）', en: 'list (CEB621)' });
    }
  }
}

/** Export: the list against its order (CEB303) and waybill (CEB505); arrival/departure waybills known. */
export function checkExportMatch(ctx: RuleContext, ix: BatchIndex, earlier: readonly ReleasedList[] = []): void {
  duplicates(ctx, ix.exportOrders, (d) => `${t(d.head.ebpCode)}|${t(d.head.orderNo)}`, 'orderNo', { zh: '出口订单', en: 'Export order' });
  duplicates(ctx, ix.exportInventories, (d) => `${t(d.head.ebcCode)}|${t(d.head.copNo)}`, 'copNo', { zh: '出口清单', en: 'Export list' });
  const orders = firstBy(ix.exportOrders, (d) => t(d.head.orderNo));
  const waybills = firstBy(ix.exportWaybills, (d) => `${t(d.head.logisticsCode)}|${t(d.head.logisticsNo)}`);
  const EXPORT_ORDER = { zh: '出口订单（CEB303）', en: 'export order (CEB303)' };
  for (const v of ix.exportInventories) {
    const h = v.head, p = v.headPath, e = v.entry;
    const order = orders.get(t(h.orderNo));
    if (order === undefined) {
      report(ctx, e, 'MATCH_EXPORT_ORDER_MISSING', `${p}.orderNo`, {
        zh: `出口清单的订单编号“${h.orderNo}”在本批次中找不到出口订单（CEB303${h.tradeMode === '9810' ? '，海外仓为订仓单' : ''}）。申报前须先传输交易数据。`,
        en: `No export order (CEB303${h.tradeMode === '9810' ? ', for 9810 the booking order' : ''}) with orderNo "${h.orderNo}" in this batch. Transaction data is sent before the list.`,
      });
    } else {
      if (t(order.head.ebpCode) !== t(h.ebpCode)) mismatch(ctx, e, 'MATCH_EBP_CODE', `${p}.ebpCode`, { zh: '电商平台代码', en: 'platform code' }, h.ebpCode, order.head.ebpCode, EXPORT_ORDER);
      if (t(order.head.ebcCode) !== t(h.ebcCode)) mismatch(ctx, e, 'MATCH_EBC_CODE', `${p}.ebcCode`, { zh: '电商企业代码', en: 'e-commerce enterprise code' }, h.ebcCode, order.head.ebcCode, EXPORT_ORDER);
      const goods = parseFen(order.head.goodsValue);
      let sum = 0;
      for (const l of v.lines) sum += parseFen(l.totalPrice)?.fen ?? 0;
      if (goods !== null && sum !== goods.fen) {
        const tol = resolve(ctx.pack.matchTolerance, dateOf(ctx, e));
        const over = Math.abs(sum - goods.fen) * 10_000 > tol.value * Math.max(goods.fen, 1);
        report(ctx, e, 'MATCH_LIST_TOTAL', v.linesPath, {
          zh: `出口清单商品总价合计 ${fenToDecimal(sum)}，订单货款 ${fenToDecimal(goods.fen)}，相差${over ? '超过' : '未超过'}${tol.value / 100}%的容差。`,
          en: `The export list's line totals are ${fenToDecimal(sum)}, the order's goodsValue ${fenToDecimal(goods.fen)}: ${over ? 'over' : 'within'} the ${tol.value / 100}% tolerance.`,
        }, { severity: over ? 'error' : 'warning', ruleVersion: tol.version });
      }
    }
    if (!waybills.has(`${t(h.logisticsCode)}|${t(h.logisticsNo)}`)) {
      report(ctx, e, 'MATCH_EXPORT_LOGISTICS_MISSING', `${p}.logisticsNo`, {
        zh: `本批次中找不到物流企业“${h.logisticsCode}”的出口运单“${h.logisticsNo}”（CEB505）。物流企业须在清单申报前传输运单。`,
        en: `No export waybill (CEB505) "${h.logisticsNo}" of logistics enterprise "${h.logisticsCode}" in this batch; it is sent before the list.`,
      });
    }
  }
  const known = new Set<string>([...ix.exportWaybills.map((w) => t(w.head.logisticsNo)), ...ix.exportInventories.map((v) => t(v.head.logisticsNo))]);
  for (const l of earlier) if (l.direction === 'export' && l.status !== 'rejected' && l.logisticsNo !== undefined) known.add(t(l.logisticsNo));
  // D (docs/decisions, the departure ADR): a departure (离境) follows release, and release needs a
  // declared list with its waybill, so a departure of an undeclared waybill is refused. When an
  // arrival (运抵) is filed against the list is not fixed by the sources (U), so it stays a warning.
  for (const doc of ix.arrivals) {
    doc.lines.forEach((l, i) => {
      if (known.has(t(l.logisticsNo))) return;
      report(ctx, doc.entry, 'MATCH_WAYBILL_UNKNOWN', `${doc.linesPath}[${i}].logisticsNo`, {
        zh: `运单“${l.logisticsNo}”未在本批次中申报（CEB505/CEB603）。运抵单只能列出已申报的运单；运抵单与清单申报的先后顺序规范未作规定，故沙盒仅作警告。`,
        en: `Waybill "${l.logisticsNo}" was not declared in this batch (CEB505/CEB603). An arrival record lists declared waybills only; the sources do not fix whether the arrival may come before the list, so the sandbox only warns.`,
      }, { severity: 'warning' });
    });
  }
  for (const doc of ix.departures) {
    doc.lines.forEach((l, i) => {
      if (known.has(t(l.logisticsNo))) return;
      report(ctx, doc.entry, 'MATCH_WAYBILL_UNKNOWN', `${doc.linesPath}[${i}].logisticsNo`, {
        zh: `运单“${l.logisticsNo}”从未申报（本批次和已放行的出口清单中都没有）。离境单在海关放行之后由物流企业申报，只能列出已申报并放行的清单所对应的运单，因此退单。`,
        en: `Waybill "${l.logisticsNo}" was never declared (neither in this batch nor on a released export list). The logistics firm files the departure after customs release, so it may list only waybills of declared, released lists; it is rejected.`,
      });
    });
  }
}
