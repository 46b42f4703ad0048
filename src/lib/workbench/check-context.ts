/**
 * The context the server checks a workbench submission with, in one place: `submitOrderDeclaration`
 * and `submitReturn` use it, and the order page hands the same values to the editor
 * (`EditorCheckContext`), so the editor's live check gives the verdict the server then gives.
 */
import type { LedgerEntry } from '#sandbox';
import type { EditorCheckContext } from '../editor/diagnostics.ts';
import type { OrderWorkspace } from './declarations.ts';
import type { ReleasedWithLines } from './returns.ts';

/** The buyer's purchases of the order's history, as the annual-limit ledger. */
export function ledgerOf(ws: OrderWorkspace): LedgerEntry[] {
  return ws.order.buyer.history.map((h) => ({ buyerIdType: '1', buyerIdNumber: ws.order.buyer.idNumber, date: h.date, amountFen: h.amountFen }));
}

/** The context of the order's own declaration ("sign and declare" on the market day). */
export function orderCheckContext(ws: OrderWorkspace): EditorCheckContext & { asOf: string; ledger: LedgerEntry[]; warehouseFilings: string[] } {
  return { asOf: ws.asOf, ledger: ledgerOf(ws), warehouseFilings: [ws.store.ebcCode], sign: true };
}

/**
 * The context of a return of the order's released list: the list (with what accepted returns took)
 * as the registry; no fixed date, since the server dates a return by its own appTime.
 */
export function returnCheckContext(released: Pick<ReleasedWithLines, 'list'>): EditorCheckContext {
  return { releasedLists: [released.list], sign: true };
}
