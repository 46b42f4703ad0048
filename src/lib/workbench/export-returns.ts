/**
 * Export returns (出口退货, CEB213 → CEB214) from a store's own released export orders (GACC Ann.
 * 2020 No.44: 9610 retail, 1210 special-area and overseas-warehouse exports, all or part of the list,
 * within 1 year of export release; cross-district returns only where the dated rule allows).
 *
 * The released list is rebuilt from what was stored when the order was declared (the sent CEB603 and
 * the CEB604 release receipt, 800). `draftExportReturn` copies its numbers and goods into a CEB213
 * the learner may edit (the return comes back through the original district by default);
 * `submitExportReturn` signs and checks the edited text with that list as the engine's registry, so
 * the engine's windows and district rules decide.
 */
import {
  DEFAULT_RULE_PACK,
  exampleMessage,
  resolve,
  serializeMessage,
  type Ceb213Message,
  type Ceb603Inventory,
  type ReleasedList,
} from '#sandbox';
import type { Db } from '../db/client.ts';
import { isImportModel } from './business-models.ts';
import { addDays } from './calendar.ts';
import { getOrderWorkspace, type OrderWorkspace } from './declarations.ts';
import { isIsoDate, releasedSends } from './released-lists.ts';
import { acceptedReturnLines, remainingQty } from './return-quantities.ts';
import { declareReturn, ReturnError, type DraftReturnInput, type DraftReturnResult, type SubmitReturnResult } from './returns.ts';

export interface ReleasedExport {
  list: ReleasedList;
  inventory: Ceb603Inventory;
  declarationId: string;
}


/** Whether orders of this business model may be returned as exports (every export model, Ann. 2020 No.44). */
export function hasExportReturns(model: Parameters<typeof isImportModel>[0]): boolean {
  return !isImportModel(model);
}

/** The last day an export list released on `releasedAt` may be returned (the rule pack's window). */
export function exportReturnDeadline(releasedAt: string): string {
  return addDays(releasedAt, resolve(DEFAULT_RULE_PACK.returnWindows, releasedAt).value.exportDays);
}

/** The order's released export list: its latest released declaration's sent CEB603 and CEB604 release (800). */
export async function releasedExportOf(db: Db, ws: OrderWorkspace): Promise<ReleasedExport | null> {
  const ids = ws.declarations.filter((d) => d.kind === 'export-set' && (d.status === 'released' || d.status === 'cleared')).map((d) => d.id);
  const [first] = await releasedSends<{ list: 'CEB603'; receipt: 'CEB604'; inventory: Ceb603Inventory }>(db, ids, 'CEB603', 'CEB604');
  if (!first) return null;
  const { inventory } = first, h = inventory.InventoryHead;
  const list: ReleasedList = {
    invtNo: first.invtNo, direction: 'export', releasedAt: first.releasedAt, customsCode: h.customsCode.trim(),
    orderNo: h.orderNo.trim(), ebcCode: h.ebcCode.trim(), tradeMode: h.tradeMode.trim(), statisticsFlag: h.statisticsFlag.trim(), status: 'released',
    logisticsNo: h.logisticsNo.trim(), lines: inventory.InventoryList.map((l) => ({ gnum: l.gnum, gcode: l.gcode, qty: l.qty, country: l.country, currency: l.currency })),
  };
  list.returned = await acceptedReturnLines(db, { orderId: ws.order.id, invtNo: list.invtNo });
  return { list, inventory, declarationId: first.declarationId };
}

/** The workspace and released export list of an order a return may be filed for; ReturnError otherwise. */
export async function returnableExport(db: Db, input: { userId: string; orderId: string }): Promise<{ ws: OrderWorkspace; released: ReleasedExport }> {
  const ws = await getOrderWorkspace(db, input);
  if (!hasExportReturns(ws.store.businessModel)) throw new ReturnError('NOT_IMPORT');
  if (ws.order.status !== 'released') throw new ReturnError('NOT_RELEASED');
  const released = await releasedExportOf(db, ws);
  if (!released) throw new ReturnError('NOT_RELEASED');
  return { ws, released };
}

/** A CEB213 draft for the order's released export list, back through the original district and exit port. */
export async function draftExportReturn(db: Db, input: DraftReturnInput): Promise<DraftReturnResult> {
  if (!isIsoDate(input.asOf)) throw new ReturnError('BAD_DATE');
  const reason = input.reason.trim();
  if (reason === '' || reason.length > 500) throw new ReturnError('REASON');
  const { released: exported } = await returnableExport(db, input);
  if (input.asOf < exported.list.releasedAt) throw new ReturnError('BAD_DATE');
  const lines = exported.inventory.InventoryList.flatMap((l) => {
    const releasedQty = Number(l.qty);
    const max = remainingQty(releasedQty, exported.list.returned ?? [], l.gnum.trim());
    const q = input.qty?.[l.gnum.trim()] ?? max;
    if (!Number.isSafeInteger(q) || q < 0 || q > max) throw new ReturnError('BAD_QTY');
    if (q === 0) return [];
    const qty1 = releasedQty > 0 ? String(Math.round((Number(l.qty1) * q / releasedQty) * 100_000) / 100_000) : l.qty1;
    return [{ gnum: l.gnum.trim(), gcode: l.gcode.trim(), gname: l.gname, gmodel: l.gmodel, qty: String(q), qty1, unit: l.unit.trim(), unit1: l.unit1.trim() }];
  });
  if (lines.length === 0) throw new ReturnError('NO_LINES');
  const h = exported.inventory.InventoryHead;
  const ymd = input.asOf.replaceAll('-', '');
  const msg: Ceb213Message = exampleMessage('CEB213');
  const refund = msg.InvtRefund[0];
  if (!refund) throw new Error('CEB213 example has no InvtRefund');
  refund.InvtRefundHead = {
    ...refund.InvtRefundHead,
    guid: crypto.randomUUID().toUpperCase(), appType: '1', appTime: `${ymd}100000`, appStatus: '2', customsCode: h.customsCode.trim(),
    ebpCode: h.ebpCode.trim(), ebpName: h.ebpName, ebcCode: h.ebcCode.trim(), ebcName: h.ebcName,
    logisticsNo: h.logisticsNo.trim(), logisticsCode: h.logisticsCode.trim(), logisticsName: h.logisticsName,
    coElNo: `FSRET${ymd}${h.copNo.trim().slice(-5)}`.slice(0, 30), invtNo: exported.list.invtNo, tradeMode: h.tradeMode.trim(),
    agentCode: h.agentCode.trim(), agentName: h.agentName, billNo: (h.billNo ?? '').trim() || refund.InvtRefundHead.billNo, ieFlag: 'I',
    trafMode: h.trafMode.trim(), trafName: (h.trafName ?? '').trim() || refund.InvtRefundHead.trafName, portCode: h.portCode.trim(), reason,
    country: h.country.trim(), voyageNo: (h.voyageNo ?? '').trim() || refund.InvtRefundHead.voyageNo,
  };
  refund.InvtRefundList = lines;
  msg.InvtRefund = [refund];
  msg.guid = crypto.randomUUID().toUpperCase();
  msg.BaseTransfer = { ...msg.BaseTransfer, copCode: h.agentCode.trim(), copName: h.agentName };
  return { xml: serializeMessage(msg), asOf: input.asOf, invtNo: exported.list.invtNo, releasedAt: exported.list.releasedAt };
}

/** "Sign and declare" of an export return, dated by its own appTime; the order keeps its status. */
export async function submitExportReturn(db: Db, input: { userId: string; orderId: string; xml: string; fallbackAsOf?: string }, now = new Date()): Promise<SubmitReturnResult> {
  const { ws, released } = await returnableExport(db, input);
  return declareReturn(db, { ...input, ws, released, receiptKind: 'CEB214' }, now);
}
