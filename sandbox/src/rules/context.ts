/**
 * What every business rule works with: the batch as entries, indexes of its documents by their
 * business keys, and `report`, the one way a rule emits a finding.
 */
import * as errors from '../errors/index.ts';
import * as finding from '../messages/finding.ts';
import type {
  ArrivalHead, ArrivalList, CebMessage, DepartureHead, DepartureList, ExportInventoryHead, ExportInventoryList,
  ExportInvtRefundHead, ExportInvtRefundList, ExportOrderHead, ExportOrderList, ImportInventoryHead,
  ImportInventoryList, ImportInvtRefundHead, ImportInvtRefundList, ImportOrderHead, ImportOrderList, Logistics,
  LogisticsHead, ParsedMessage, PaymentHead, Receipts, SummaryApplyHead, SummaryApplyList,
} from '../messages/types.ts';
import type { Bilingual, Finding, Severity } from '../types.ts';
import type { RulePack } from './rule-pack.ts';

// Imported helpers bound once at load (see limits.ts).
const { errorDefinition } = errors, { findPosition } = finding;

/** One message of the batch. */
export interface Entry {
  index: number;
  parsed: ParsedMessage;
  msg: CebMessage;
  /** ISO date of the message's own declaration time (first head's appTime), else the as-of date, else the fallback. */
  date: string;
  /**
   * ISO date whose rules apply to the message (docs/decisions, the as-of ADR): its own declaration
   * date when that is on or before the as-of date (or none is given), else the as-of date.
   */
  rulesDate: string;
}

/** A purchase already counted toward a buyer's annual limit (taxable value, fen). */
export interface LedgerEntry {
  buyerIdType: string;
  buyerIdNumber: string;
  /** ISO date `YYYY-MM-DD`. */
  date: string;
  amountFen: number;
}

/** A list released in an earlier session (for returns and summaries). */
export interface ReleasedList {
  invtNo: string;
  direction: 'import' | 'export';
  /** ISO date of release. */
  releasedAt: string;
  customsCode: string;
  orderNo?: string;
  ebcCode?: string;
  tradeMode?: string;
  statisticsFlag?: string;
  /** For summaries: grouping key values of the list head. */
  keys?: Record<string, string>;
  /** Lines for return checks and summaries. */
  lines?: ReadonlyArray<{ gnum: string; gcode: string; qty: string; country?: string; currency?: string }>;
  /** Quantities of this list already returned by accepted returns (CEB626 399), by original `gnum`; repeated gnums add up. */
  returned?: ReadonlyArray<{ gnum: string; qty: string }>;
  /** 'rejected' for a list of this batch that customs refused (default: released). */
  status?: 'released' | 'rejected';
  logisticsNo?: string;
  buyerIdNumber?: string;
  grossWeight?: string;
  netWeight?: string;
}

export interface RuleContext {
  pack: RulePack;
  /** The fixed "as of" date, or undefined to use each message's own declaration date. */
  asOf: string | undefined;
  findings: Finding[];
  /** Enterprises (ebcCode) with an overseas-warehouse filing (9810 before 2024-12-15). */
  warehouseFilings: ReadonlySet<string>;
}

/** The date a rule applies as of, for one message (`Entry.rulesDate`). */
export function dateOf(_ctx: RuleContext, entry: Entry): string {
  return entry.rulesDate;
}

/**
 * The rules date of a message declared on `own` (undefined when its appTime cannot be read),
 * checked as of `asOf`: a message declared on or before the as-of date is judged by the rules in
 * force when it was declared; one dated later, or undated, as if declared on the as-of date.
 */
export function rulesDateOf(own: string | undefined, asOf: string | undefined): string {
  if (asOf === undefined) return own ?? FALLBACK_DATE;
  return own !== undefined && own <= asOf ? own : asOf;
}

/** Fallback date when a message has no readable appTime and no `asOf` is given (D). */
export const FALLBACK_DATE = '2026-01-01';

/** `YYYYMMDD...` → `YYYY-MM-DD`, or undefined. */
export function isoDate(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  // as /^(\d{4})(\d{2})(\d{2})/ on the trimmed text, without the regex and its match array
  const c0 = text.charCodeAt(0);
  const v = c0 >= 48 && c0 <= 57 ? text : text.trim(); // leading digit: trimming can only change the end
  if (v.length < 8) return undefined;
  for (let i = 0; i < 8; i++) {
    const c = v.charCodeAt(i);
    if (c < 48 || c > 57) return undefined;
  }
  const mo = (v.charCodeAt(4) - 48) * 10 + (v.charCodeAt(5) - 48), d = (v.charCodeAt(6) - 48) * 10 + (v.charCodeAt(7) - 48);
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
  return `${v.slice(0, 4)}-${v.slice(4, 6)}-${v.slice(6, 8)}`;
}

/** Whole days from ISO date a to ISO date b. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

export interface ReportOptions {
  severity?: Severity;
  ruleVersion?: string | undefined;
}

/** Emits a finding for `code` at `path` of the entry's message. */
export function report(ctx: RuleContext, entry: Entry, code: string, path: string, message: Bilingual, opts: ReportOptions = {}): void {
  const def = errorDefinition(code);
  const f: Finding = { code, severity: opts.severity ?? 'error', path, message, lesson: def.lesson, messageIndex: entry.index };
  const pos = findPosition(entry.parsed.positions, path);
  if (pos !== undefined) f.position = pos;
  if (opts.ruleVersion !== undefined) f.ruleVersion = opts.ruleVersion;
  ctx.findings.push(f);
}

// ---------------------------------------------------------------------------
// Documents of the batch, by kind
// ---------------------------------------------------------------------------

export interface Doc<H> {
  entry: Entry;
  /** Path of the business node, e.g. `Order[0]`. */
  base: string;
  /** Path of the head record, e.g. `Order[0].OrderHead` (equal to `base` for flat nodes). */
  headPath: string;
  head: H;
}
export interface DocWithLines<H, L> extends Doc<H> {
  lines: readonly L[];
  /** Path prefix of the lines, e.g. `Order[0].OrderList`. */
  linesPath: string;
}

export interface BatchIndex {
  orders: DocWithLines<ImportOrderHead, ImportOrderList>[];
  payments: Doc<PaymentHead>[];
  waybills: Doc<LogisticsHead>[];
  inventories: DocWithLines<ImportInventoryHead, ImportInventoryList>[];
  importReturns: DocWithLines<ImportInvtRefundHead, ImportInvtRefundList>[];
  exportOrders: DocWithLines<ExportOrderHead, ExportOrderList>[];
  collections: Doc<Receipts>[];
  exportWaybills: Doc<Logistics>[];
  arrivals: DocWithLines<ArrivalHead, ArrivalList>[];
  departures: DocWithLines<DepartureHead, DepartureList>[];
  exportInventories: DocWithLines<ExportInventoryHead, ExportInventoryList>[];
  summaries: DocWithLines<SummaryApplyHead, SummaryApplyList>[];
  exportReturns: DocWithLines<ExportInvtRefundHead, ExportInvtRefundList>[];
}

function withLines<H, L>(entry: Entry, base: string, headName: string, head: H, listName: string, lines: readonly L[]): DocWithLines<H, L> {
  return { entry, base, headPath: `${base}.${headName}`, head, lines, linesPath: `${base}.${listName}` };
}

/** Indexes the batch's documents. Receipts and kinds without business rules are skipped. */
export function buildIndex(entries: readonly Entry[]): BatchIndex {
  const ix: BatchIndex = {
    orders: [], payments: [], waybills: [], inventories: [], importReturns: [], exportOrders: [], collections: [],
    exportWaybills: [], arrivals: [], departures: [], exportInventories: [], summaries: [], exportReturns: [],
  };
  for (const entry of entries) {
    const m = entry.msg;
    switch (m.kind) {
      case 'CEB311':
        m.Order.forEach((o, i) => ix.orders.push(withLines(entry, `Order[${i}]`, 'OrderHead', o.OrderHead, 'OrderList', o.OrderList)));
        break;
      case 'CEB411':
        m.Payment.forEach((p, i) => ix.payments.push({ entry, base: `Payment[${i}]`, headPath: `Payment[${i}].PaymentHead`, head: p.PaymentHead }));
        break;
      case 'CEB511':
        m.Logistics.forEach((l, i) => ix.waybills.push({ entry, base: `Logistics[${i}]`, headPath: `Logistics[${i}].LogisticsHead`, head: l.LogisticsHead }));
        break;
      case 'CEB621':
        m.Inventory.forEach((v, i) => ix.inventories.push(withLines(entry, `Inventory[${i}]`, 'InventoryHead', v.InventoryHead, 'InventoryList', v.InventoryList)));
        break;
      case 'CEB625':
        m.InvtRefund.forEach((r, i) => ix.importReturns.push(withLines(entry, `InvtRefund[${i}]`, 'InvtRefundHead', r.InvtRefundHead, 'InvtRefundList', r.InvtRefundList)));
        break;
      case 'CEB303':
        m.Order.forEach((o, i) => ix.exportOrders.push(withLines(entry, `Order[${i}]`, 'OrderHead', o.OrderHead, 'OrderList', o.OrderList)));
        break;
      case 'CEB403':
        m.Receipts.forEach((r, i) => ix.collections.push({ entry, base: `Receipts[${i}]`, headPath: `Receipts[${i}]`, head: r }));
        break;
      case 'CEB505':
        m.Logistics.forEach((l, i) => ix.exportWaybills.push({ entry, base: `Logistics[${i}]`, headPath: `Logistics[${i}]`, head: l }));
        break;
      case 'CEB507':
        m.Arrival.forEach((a, i) => ix.arrivals.push(withLines(entry, `Arrival[${i}]`, 'ArrivalHead', a.ArrivalHead, 'ArrivalList', a.ArrivalList)));
        break;
      case 'CEB509':
        m.Departure.forEach((d, i) => ix.departures.push(withLines(entry, `Departure[${i}]`, 'DepartureHead', d.DepartureHead, 'DepartureList', d.DepartureList)));
        break;
      case 'CEB603':
        m.Inventory.forEach((v, i) => ix.exportInventories.push(withLines(entry, `Inventory[${i}]`, 'InventoryHead', v.InventoryHead, 'InventoryList', v.InventoryList)));
        break;
      case 'CEB701':
        m.SummaryApply.forEach((s, i) => ix.summaries.push(withLines(entry, `SummaryApply[${i}]`, 'SummaryApplyHead', s.SummaryApplyHead, 'SummaryApplyList', s.SummaryApplyList)));
        break;
      case 'CEB213':
        m.InvtRefund.forEach((r, i) => ix.exportReturns.push(withLines(entry, `InvtRefund[${i}]`, 'InvtRefundHead', r.InvtRefundHead, 'InvtRefundList', r.InvtRefundList)));
        break;
      default:
        break;
    }
  }
  return ix;
}

/** The appTime of the message's first business head (its own declaration time). */
export function messageAppTime(msg: CebMessage): string | undefined {
  switch (msg.kind) {
    case 'CEB311': case 'CEB303': return msg.Order[0]?.OrderHead.appTime;
    case 'CEB411': return msg.Payment[0]?.PaymentHead.appTime;
    case 'CEB511': return msg.Logistics[0]?.LogisticsHead.appTime;
    case 'CEB505': return msg.Logistics[0]?.appTime;
    case 'CEB513': return msg.LogisticsStatus[0]?.appTime;
    case 'CEB621': case 'CEB603': return msg.Inventory[0]?.InventoryHead.appTime;
    case 'CEB623': case 'CEB605': return msg.InvtCancel[0]?.appTime;
    case 'CEB625': case 'CEB213': return msg.InvtRefund[0]?.InvtRefundHead.appTime;
    case 'CEB711': return msg.Delivery.DeliveryHead.appTime;
    case 'CEB403': return msg.Receipts[0]?.appTime;
    case 'CEB507': return msg.Arrival[0]?.ArrivalHead.appTime;
    case 'CEB509': return msg.Departure[0]?.DepartureHead.appTime;
    case 'CEB607': return msg.WayBill[0]?.WayBillHead.appTime;
    case 'CEB215': return msg.InvtRefundDetail[0]?.appTime;
    case 'CEB701': return msg.SummaryApply[0]?.SummaryApplyHead.appTime;
    default: return undefined;
  }
}

/** `appStatus` of the message's first business head ('2' declared, '1' held). */
export function messageAppStatus(msg: CebMessage): string | undefined {
  const heads = businessHeads(msg);
  return heads[0]?.head.appStatus;
}

/** Every business head of a declaration, with its path (for signature and held checks). */
export function businessHeads(msg: CebMessage): Array<{ path: string; head: { appStatus: string; appTime: string } }> {
  switch (msg.kind) {
    case 'CEB311': case 'CEB303': return msg.Order.map((o, i) => ({ path: `Order[${i}].OrderHead`, head: o.OrderHead }));
    case 'CEB411': return msg.Payment.map((p, i) => ({ path: `Payment[${i}].PaymentHead`, head: p.PaymentHead }));
    case 'CEB511': return msg.Logistics.map((l, i) => ({ path: `Logistics[${i}].LogisticsHead`, head: l.LogisticsHead }));
    case 'CEB505': return msg.Logistics.map((l, i) => ({ path: `Logistics[${i}]`, head: l }));
    case 'CEB513': return msg.LogisticsStatus.map((l, i) => ({ path: `LogisticsStatus[${i}]`, head: l }));
    case 'CEB621': case 'CEB603': return msg.Inventory.map((v, i) => ({ path: `Inventory[${i}].InventoryHead`, head: v.InventoryHead }));
    case 'CEB623': case 'CEB605': return msg.InvtCancel.map((c, i) => ({ path: `InvtCancel[${i}]`, head: c }));
    case 'CEB625': case 'CEB213': return msg.InvtRefund.map((r, i) => ({ path: `InvtRefund[${i}].InvtRefundHead`, head: r.InvtRefundHead }));
    case 'CEB711': return [{ path: 'Delivery.DeliveryHead', head: msg.Delivery.DeliveryHead }];
    case 'CEB403': return msg.Receipts.map((r, i) => ({ path: `Receipts[${i}]`, head: r }));
    case 'CEB507': return msg.Arrival.map((a, i) => ({ path: `Arrival[${i}].ArrivalHead`, head: a.ArrivalHead }));
    case 'CEB509': return msg.Departure.map((d, i) => ({ path: `Departure[${i}].DepartureHead`, head: d.DepartureHead }));
    case 'CEB607': return msg.WayBill.map((w, i) => ({ path: `WayBill[${i}].WayBillHead`, head: w.WayBillHead }));
    case 'CEB215': return msg.InvtRefundDetail.map((d, i) => ({ path: `InvtRefundDetail[${i}]`, head: d }));
    case 'CEB701': return msg.SummaryApply.map((s, i) => ({ path: `SummaryApply[${i}].SummaryApplyHead`, head: s.SummaryApplyHead }));
    default: return [];
  }
}
