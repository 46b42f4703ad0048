/**
 * Returns (退货申请, CEB625 → CEB626) from a store's own released import orders (9610 direct purchase
 * or 1210 bonded; GACC Ann. 2020 No.45: within 30 days of the list's release, all or part of one list).
 *
 * The released list is rebuilt from what was stored when the order was declared (the sent CEB621
 * and the customs' CEB622 release receipt, 800): `draftReturn` copies its numbers and goods into a
 * CEB625 draft the learner may edit, and `submitReturn` signs and checks the edited text through
 * `submitDeclaration` with that list as the engine's released-list registry. The engine's verdict
 * decides (window, list numbers, goods); nothing is trusted from the browser.
 */
import { and, desc, eq, inArray, isNull, or } from 'drizzle-orm';
import {
  exampleMessage,
  isCreditTier,
  serializeMessage,
  type Ceb621Inventory,
  type Ceb625Message,
  type ReleasedList,
} from '#sandbox';
import type { Db } from '../db/client.ts';
import { DomainError } from '../domain-error.ts';
import { declarations, type Declaration } from '../db/schema-sandbox.ts';
import { getOrderWorkspace, submitDeclaration, type OrderWorkspace, type SubmitDeclarationResult } from './declarations.ts';
import { isImportModel } from './business-models.ts';
import { returnCheckContext } from './check-context.ts';
import { draftExportReturn, hasExportReturns, submitExportReturn } from './export-returns.ts';
import { isIsoDate, isoOfStamp, releasedSends, tagOf } from './released-lists.ts';
import { acceptedReturnLines, remainingQty } from './return-quantities.ts';

export type ReturnErrorCode = 'NOT_IMPORT' | 'NOT_RELEASED' | 'BAD_DATE' | 'NO_LINES' | 'BAD_QTY' | 'REASON';

export class ReturnError extends DomainError<'return', ReturnErrorCode> {
  constructor(code: ReturnErrorCode) {
    super('return', code);
    this.name = 'ReturnError';
  }
}

/** Declaration kinds that follow an order's release and are listed with it: monthly summary and return. */
export const FOLLOW_UP_KINDS = ['summary', 'return'] as const;

export interface ReleasedImport {
  /** The list as the customs registry knows it (engine shape). */
  list: ReleasedList;
  /** The CEB621 inventory that was declared and released. */
  inventory: Ceb621Inventory;
  declarationId: string;
}

/** The order's released import list: its latest released declaration's sent CEB621 and CEB622 release (800). */
export async function releasedImportOf(db: Db, ws: OrderWorkspace): Promise<ReleasedImport | null> {
  const ids = ws.declarations.filter((d) => d.status === 'released' || d.status === 'cleared').map((d) => d.id);
  const [first] = await releasedSends<{ list: 'CEB621'; receipt: 'CEB622'; inventory: Ceb621Inventory }>(db, ids, 'CEB621', 'CEB622');
  if (!first) return null;
  const { inventory } = first, h = inventory.InventoryHead;
  const list: ReleasedList = {
    invtNo: first.invtNo,
    direction: 'import',
    releasedAt: first.releasedAt,
    customsCode: h.customsCode.trim(),
    orderNo: h.orderNo.trim(),
    ebcCode: h.ebcCode.trim(),
    tradeMode: h.tradeMode.trim(),
    status: 'released',
    logisticsNo: h.logisticsNo.trim(),
    buyerIdNumber: h.buyerIdNumber.trim(),
    lines: inventory.InventoryList.map((l) => ({ gnum: l.gnum, gcode: l.gcode, qty: l.qty, country: l.country, currency: l.currency })),
    grossWeight: h.grossWeight,
    netWeight: h.netWeight,
  };
  list.returned = await acceptedReturnLines(db, { orderId: ws.order.id, invtNo: list.invtNo });
  return { list, inventory, declarationId: first.declarationId };
}

/** Whether the order belongs to an export store (its returns are CEB213, `export-returns.ts`). */
async function isExportOrder(db: Db, input: { userId: string; orderId: string }): Promise<boolean> {
  return hasExportReturns((await getOrderWorkspace(db, input)).store.businessModel);
}

/** The workspace and released list of an order a return may be filed for; ReturnError otherwise. */
export async function returnableOrder(db: Db, input: { userId: string; orderId: string }): Promise<{ ws: OrderWorkspace; released: ReleasedImport }> {
  const ws = await getOrderWorkspace(db, input);
  if (!isImportModel(ws.store.businessModel)) throw new ReturnError('NOT_IMPORT');
  if (ws.order.status !== 'released') throw new ReturnError('NOT_RELEASED');
  const released = await releasedImportOf(db, ws);
  if (!released) throw new ReturnError('NOT_RELEASED');
  return { ws, released };
}

export interface ReturnLine {
  gnum: string;
  gcode: string;
  gname: string;
  unit: string;
  /** Quantity still returnable: the released list's, less what accepted returns already took. */
  qty: number;
}

/** A released list with the inventory lines it was declared with (import CEB621 or export CEB603). */
export interface ReleasedWithLines {
  list: ReleasedList;
  inventory: { InventoryList: ReadonlyArray<{ gnum: string; gcode: string; gname: string; unit: string; qty: string }> };
}

/** The lines of the released list with their returnable quantities, for the return form. */
export function returnLinesOf(released: ReleasedWithLines): ReturnLine[] {
  const returned = released.list.returned ?? [];
  return released.inventory.InventoryList.map((l) => ({
    gnum: l.gnum.trim(), gcode: l.gcode.trim(), gname: l.gname, unit: l.unit.trim(), qty: remainingQty(Number(l.qty), returned, l.gnum.trim()),
  }));
}

export interface DraftReturnInput {
  userId: string;
  orderId: string;
  /** The return's application date, YYYY-MM-DD (on or after the release). */
  asOf: string;
  reason: string;
  /** Quantity to return per original line number (`gnum`); a line left out is returned in full. */
  qty?: Readonly<Record<string, number>>;
}

export interface DraftReturnResult {
  xml: string;
  asOf: string;
  invtNo: string;
  releasedAt: string;
}

/**
 * A CEB625 draft for the order's released list: the head copies the list's numbers (invtNo from the
 * release receipt, preNo, orderNo, companies, waybill, buyer), the body the chosen lines with the
 * original `gnum`, `gcode`, `gname` and `unit`. The learner may still edit the text before declaring.
 */
export async function draftReturn(db: Db, input: DraftReturnInput): Promise<DraftReturnResult> {
  if (await isExportOrder(db, input)) return draftExportReturn(db, input);
  if (!isIsoDate(input.asOf)) throw new ReturnError('BAD_DATE');
  const reason = input.reason.trim();
  if (reason === '' || reason.length > 1000) throw new ReturnError('REASON');
  const { ws, released } = await returnableOrder(db, input);
  if (input.asOf < released.list.releasedAt) throw new ReturnError('BAD_DATE');
  const lines = returnLinesOf(released).flatMap((l) => {
    const q = input.qty?.[l.gnum] ?? l.qty;
    if (!Number.isSafeInteger(q) || q < 0 || q > l.qty) throw new ReturnError('BAD_QTY');
    return q === 0 ? [] : [{ gnum: l.gnum, gcode: l.gcode, gname: l.gname, qty: String(q), unit: l.unit }];
  });
  if (lines.length === 0) throw new ReturnError('NO_LINES');

  const h = released.inventory.InventoryHead;
  const ymd = input.asOf.replaceAll('-', '');
  const msg: Ceb625Message = exampleMessage('CEB625');
  const refund = msg.InvtRefund[0];
  if (!refund) throw new Error('CEB625 example has no InvtRefund');
  refund.InvtRefundHead = {
    guid: crypto.randomUUID().toUpperCase(), appType: '1', appTime: `${ymd}093000`, appStatus: '2', customsCode: h.customsCode.trim(),
    orderNo: h.orderNo.trim(), ebpCode: h.ebpCode.trim(), ebpName: h.ebpName, ebcCode: h.ebcCode.trim(), ebcName: h.ebcName,
    logisticsNo: h.logisticsNo.trim(), logisticsCode: h.logisticsCode.trim(), logisticsName: h.logisticsName,
    copNo: `FSRTN${ymd}${ws.order.orderNo.slice(-7)}`.slice(0, 20), ...(h.preNo ? { preNo: h.preNo.trim() } : {}), invtNo: released.list.invtNo,
    buyerIdType: h.buyerIdType.trim(), buyerIdNumber: h.buyerIdNumber.trim(), buyerName: h.buyerName, buyerTelephone: h.buyerTelephone,
    agentCode: h.agentCode.trim(), agentName: h.agentName, reason,
  };
  refund.InvtRefundList = lines;
  msg.InvtRefund = [refund];
  msg.guid = crypto.randomUUID().toUpperCase();
  msg.BaseTransfer = { ...msg.BaseTransfer, copCode: h.agentCode.trim(), copName: h.agentName };
  return { xml: serializeMessage(msg), asOf: input.asOf, invtNo: released.list.invtNo, releasedAt: released.list.releasedAt };
}

export interface SubmitReturnResult extends SubmitDeclarationResult {
  asOf: string;
  /** The last CEB626 receipt status (120 accepted, 399 concluded, 100 rejected, -1 format error), or '' when none. */
  receiptStatus: string;
}

/**
 * "Sign and declare" of a return: the date is the application's own `appTime` (as customs reads it),
 * `fallbackAsOf` only when that cannot be read; the order's released list is passed as
 * `releasedLists`. The order keeps its status; the return is recorded as its own declaration.
 */
export async function submitReturn(db: Db, input: { userId: string; orderId: string; xml: string; fallbackAsOf?: string }, now = new Date()): Promise<SubmitReturnResult> {
  if (await isExportOrder(db, input)) return submitExportReturn(db, input, now);
  const { ws, released } = await returnableOrder(db, input);
  return declareReturn(db, { ...input, ws, released, receiptKind: 'CEB626' }, now);
}

/** Dates, signs, checks and records a return (import CEB625 or export CEB213) of `released`; the receipt status of `receiptKind`. */
export async function declareReturn(
  db: Db,
  input: { userId: string; xml: string; fallbackAsOf?: string | undefined; ws: OrderWorkspace; released: Pick<ReleasedWithLines, 'list'>; receiptKind: 'CEB626' | 'CEB214' },
  now = new Date(),
): Promise<SubmitReturnResult> {
  const { ws } = input;
  const stamp = /<ceb:InvtRefundHead>[\s\S]*?<ceb:appTime>\s*(\d{8})/.exec(input.xml)?.[1];
  const fromXml = stamp ? isoOfStamp(stamp) : '';
  const asOf = isIsoDate(fromXml) ? fromXml : (input.fallbackAsOf ?? '');
  if (!isIsoDate(asOf)) throw new ReturnError('BAD_DATE');
  const r = await submitDeclaration(
    db,
    {
      userId: input.userId, kind: 'return', messages: [input.xml], asOf, storeId: ws.store.id, orderId: ws.order.id, keepOrderStatus: true,
      releasedLists: returnCheckContext(input.released).releasedLists ?? [], seed: ws.seed >>> 0, ...(isCreditTier(ws.store.creditTier) ? { creditTier: ws.store.creditTier } : {}),
    },
    now,
  );
  const last = r.result.receipts.filter((m) => m.kind === input.receiptKind || m.kind === 'CEB900').at(-1);
  return { ...r, asOf, receiptStatus: last ? tagOf(serializeMessage(last), 'returnStatus') : '' };
}

/**
 * The follow-up declarations shown with an order (newest first): its returns and monthly summaries,
 * and the store's summaries filed before they were linked to an order.
 */
export async function orderFollowUps(db: Db, input: { orderId: string; storeId: string }): Promise<Declaration[]> {
  return db
    .select()
    .from(declarations)
    .where(
      and(
        inArray(declarations.kind, [...FOLLOW_UP_KINDS]),
        or(eq(declarations.orderId, input.orderId), and(isNull(declarations.orderId), eq(declarations.storeId, input.storeId), eq(declarations.kind, 'summary'))),
      ),
    )
    .orderBy(desc(declarations.createdAt));
}
