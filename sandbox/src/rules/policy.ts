/**
 * Policy rules that need no running totals: the positive list and its remarks, 1210/1239 account
 * book and item record numbers, the bill of lading of direct purchase (9610 import), the export
 * simplified declaration (statisticsFlag A), B2B lists (9710/9810) and their limits, the 9810
 * warehouse filing and booking order, and the 9610 collection slip before 2024-12-15.
 */
import * as currencies from '../codes/currencies.ts';
import * as hsTable from '../codes/hs.ts';
import { fenToDecimal } from '../messages/decimal.ts';
import * as money from '../tax/money.ts';
import * as context from './context.ts';
import type { BatchIndex, RuleContext } from './context.ts';
import * as rulePack from './rule-pack.ts';

// Imported helpers and tables bound once at load (see limits.ts).
const { CURRENCY_BY_CODE, RMB } = currencies, { HS_BY_CODE, HS_HEADINGS } = hsTable, { parseFen } = money;
const { dateOf, report } = context, { resolve } = rulePack;

const t = (s: string | undefined): string => (s ?? '').trim();

/** Import list policies. */
export function checkImportPolicy(ctx: RuleContext, ix: BatchIndex): void {
  for (const v of ix.inventories) {
    const h = v.head, p = v.headPath, e = v.entry, date = dateOf(ctx, e);
    const mode = t(h.tradeMode);
    const list = resolve(ctx.pack.positiveList, date);
    v.lines.forEach((l, i) => {
      const lp = `${v.linesPath}[${i}]`;
      const hs = HS_BY_CODE.get(t(l.gcode));
      if (hs === undefined) return; // CODE_HS_UNKNOWN already
      if (!hs.positiveList) {
        report(ctx, e, 'POLICY_NOT_ON_POSITIVE_LIST', `${lp}.gcode`, {
          zh: `商品“${l.gname}”（${hs.hs} ${hs.zh}）不在跨境电子商务零售进口商品清单（${list.value}）内，不能以跨境电商零售方式进口。请改按一般贸易进口，或核对商品编码。`,
          en: `"${l.gname}" (${hs.hs} ${hs.en}) is not on the CBEC retail import positive list (${list.value}); it cannot come in as CBEC retail. Import it under general trade, or check the HS code.`,
        }, { ruleVersion: list.version });
        return;
      }
      const modes = hs.remarks?.modes;
      if (modes !== undefined && mode !== '' && !modes.includes(mode)) {
        report(ctx, e, 'POLICY_MODE_RESTRICTED', `${lp}.gcode`, {
          zh: `清单备注限定“${hs.zh}”只能以${modes.join('/')}（网购保税）方式进口，本清单为${mode}。请改用网购保税进口。`,
          en: `The positive list restricts "${hs.en}" to ${modes.join('/')} (bonded); this list is ${mode}. Bring it in through bonded import.`,
        }, { ruleVersion: list.version });
      }
    });
    if (mode === '1210' || mode === '1239') {
      if (t(h.emsNo) === '') {
        report(ctx, e, 'POLICY_ACCOUNT_BOOK', `${p}.emsNo`, {
          zh: `网购保税进口（${mode}）清单须填写保税账册编号 emsNo（区内仓储企业的电子账册）。`,
          en: `A bonded import list (${mode}) needs the bonded account book number emsNo (the warehouse's electronic account book).`,
        });
      }
      v.lines.forEach((l, i) => {
        if (t(l.itemRecordNo) !== '') return;
        report(ctx, e, 'POLICY_ITEM_RECORD_NO', `${v.linesPath}[${i}].itemRecordNo`, {
          zh: `网购保税进口清单第${l.gnum}项须填写账册备案料号 itemRecordNo。`,
          en: `Item ${l.gnum} of a bonded import list needs its account-book item record number (itemRecordNo).`,
        });
      });
    }
    if (mode === '9610' && t(h.billNo) === '') {
      report(ctx, e, 'POLICY_BILL_OF_LADING', `${p}.billNo`, {
        zh: '直购进口（9610）清单须填写提运单号 billNo（直购进口必填）。',
        en: 'A direct-purchase import list (9610) needs the bill of lading number billNo.',
      });
    }
  }
}

function toRmbFen(fen: number, currency: string): number {
  if (currency === RMB || currency === '') return fen;
  const rate = CURRENCY_BY_CODE.get(currency)?.trainingRateFen;
  return rate === undefined ? fen : Math.round((fen * rate) / 100);
}

/** Export list policies. */
export function checkExportPolicy(ctx: RuleContext, ix: BatchIndex): void {
  const orders = new Map(ix.exportOrders.map((o) => [t(o.head.orderNo), o]));
  const collections = new Set(ix.collections.map((c) => t(c.head.orderNo)));
  for (const v of ix.exportInventories) {
    const h = v.head, p = v.headPath, e = v.entry, date = dateOf(ctx, e);
    const mode = t(h.tradeMode);
    if (t(h.statisticsFlag) === 'A') {
      const digits = resolve(ctx.pack.simplifiedHsDigits, date);
      v.lines.forEach((l, i) => {
        const g = t(l.gcode);
        const heading = g.slice(0, digits.value);
        const shapeOk = g.length === digits.value || /^\d{4}0{6}$/.test(g);
        if (/^\d+$/.test(g) && shapeOk && HS_HEADINGS.has(heading)) return;
        report(ctx, e, 'POLICY_EXPORT_SIMPLIFIED_HS', `${v.linesPath}[${i}].gcode`, {
          zh: `简化申报（statisticsFlag=A）清单的商品编码按税则前${digits.value}位申报，例如“${heading.padEnd(4, '0')}”；现为“${g}”。${HS_HEADINGS.has(heading) ? '' : '该品目不在沙盒商品编码表中。'}`,
          en: `A simplified declaration (statisticsFlag A) gives the first ${digits.value} digits of the tariff code, e.g. "${heading.padEnd(4, '0')}"; got "${g}".${HS_HEADINGS.has(heading) ? '' : ' That heading is not in the sandbox table.'}`,
        }, { ruleVersion: digits.version });
      });
      if (t(h.licenseNo) !== '') {
        report(ctx, e, 'POLICY_EXPORT_SIMPLIFIED_GOODS', `${p}.licenseNo`, {
          zh: '简化申报仅适用于不涉证、不涉出口关税、不涉出口退税的商品；本清单填写了许可证号。请改为汇总申报（statisticsFlag=B）。',
          en: 'The simplified declaration is for goods with no licence, no export duty and no export tax refund; this list carries a licence number. Use the summary declaration (statisticsFlag B).',
        });
      }
    }
    if (mode === '9710' || mode === '9810') {
      const threshold = resolve(ctx.pack.b2bThresholdFen, date);
      let total = 0;
      for (const l of v.lines) total += parseFen(l.totalPrice)?.fen ?? 0;
      const rmb = toRmbFen(total, t(v.lines[0]?.currency));
      if (rmb > threshold.value) {
        report(ctx, e, 'POLICY_B2B_THRESHOLD', v.linesPath, {
          zh: `B2B出口（${mode}）清单货值折合人民币 ${fenToDecimal(rmb)} 元，超过 ${fenToDecimal(threshold.value)} 元。超过5000元须通过H2018以报关单申报。`,
          en: `This B2B export list (${mode}) is worth ${fenToDecimal(rmb)} yuan, above ${fenToDecimal(threshold.value)} yuan. Over RMB 5,000 it must be a customs declaration through H2018.`,
        }, { ruleVersion: threshold.version });
      }
      const flagged = v.lines.map((l) => HS_BY_CODE.get(t(l.gcode))).filter((hs) => hs?.export !== undefined && (hs.export.licence === true || hs.export.inspection === true || hs.export.duty === true));
      if (t(h.licenseNo) !== '' || flagged.length > 0) {
        const what = flagged.map((hs) => hs?.zh).join('、');
        report(ctx, e, 'POLICY_B2B_RESTRICTED', t(h.licenseNo) !== '' ? `${p}.licenseNo` : v.linesPath, {
          zh: `B2B出口清单只适用于不涉证、不涉检、不涉税的货物${what === '' ? '（本清单填写了许可证号）' : `（${what}涉证或涉检）`}。请以报关单申报。`,
          en: `A B2B export list is only for goods with no licence, no inspection and no tax${what === '' ? ' (this list carries a licence number)' : ` (${flagged.map((hs) => hs?.en).join(', ')} need a licence or inspection)`}. Declare on a customs declaration.`,
        }, { ruleVersion: threshold.version });
      }
    }
    if (mode === '9810') {
      const filing = resolve(ctx.pack.overseasWarehouseFiling, date);
      if (filing.value && !ctx.warehouseFilings.has(t(h.ebcCode))) {
        report(ctx, e, 'POLICY_9810_FILING', `${p}.ebcCode`, {
          zh: `${date}时海外仓出口（9810）企业须先办理海外仓业务模式备案（2024-12-15起取消，海关总署公告2024年第167号）。企业“${h.ebcCode}”没有备案记录。`,
          en: `On ${date} a 9810 exporter needs an overseas-warehouse filing first (abolished from 2024-12-15 by GACC Ann. 2024 No.167). Enterprise "${h.ebcCode}" has none on record.`,
        }, { ruleVersion: filing.version });
      }
      const order = orders.get(t(h.orderNo));
      if (order !== undefined && t(order.head.orderType) !== 'W') {
        report(ctx, e, 'POLICY_9810_BOOKING', `${p}.orderNo`, {
          zh: `海外仓出口（9810）清单对应的应是订仓单（CEB303 orderType=W），订单“${h.orderNo}”的类型为“${order.head.orderType}”。备案取消后，企业仍须传输订仓单数据。`,
          en: `A 9810 list refers to an overseas-warehouse booking order (CEB303 orderType W); order "${h.orderNo}" has type "${order.head.orderType}". Booking data must still be sent after the filing was abolished.`,
        });
      }
    }
    if (mode === '9610') {
      const slip = resolve(ctx.pack.collectionSlipRequired, date);
      if (slip.value && !collections.has(t(h.orderNo))) {
        report(ctx, e, 'POLICY_COLLECTION_SLIP', `${p}.orderNo`, {
          zh: `${date}时零售出口（9610）清单申报前须传输收款单（CEB403），本批次中订单“${h.orderNo}”没有收款单。（2024-12-15起不再需要。）`,
          en: `On ${date} a 9610 export list needs the collection slip (CEB403) of its order first; order "${h.orderNo}" has none in this batch. (No longer needed from 2024-12-15.)`,
        }, { ruleVersion: slip.version });
      }
    }
  }
}
