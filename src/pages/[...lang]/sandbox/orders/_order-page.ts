/**
 * Page model of an order's declaration page: the workspace, its attempts and follow-ups from the
 * database (`loadOrderPage`), and what each of the page's four forms shows (`orderPageForms`, pure).
 * The page reads the action results with `actionForm()` and renders what comes back.
 */
import { getMessageSpec } from '#sandbox';
import type { Db } from '#lib/db/client.ts';
import { hasMonthlySummary, hasReturns } from '#lib/workbench/business-models.ts';
import { proposedReturnDate, proposedSummaryDate, returnDeadline } from '#lib/workbench/calendar.ts';
import { getDeclarationDetails, type DeclarationDetail } from '#lib/workbench/declaration-details.ts';
import { getOrderWorkspace, type OrderWorkspace } from '#lib/workbench/declarations.ts';
import { WorkbenchError } from '#lib/workbench/errors.ts';
import { orderFollowUps, releasedImportOf, returnLinesOf, type ReturnLine } from '#lib/workbench/returns.ts';
import { orderCheckContext, returnCheckContext } from '#lib/workbench/check-context.ts';
import { exportReturnDeadline, hasExportReturns, releasedExportOf } from '#lib/workbench/export-returns.ts';
import type { EditorCheckContext } from '#lib/editor/diagnostics.ts';
import { pick } from '#i18n/pick.ts';
import type { Locale } from '#i18n/locales.ts';
import type { ActionForm } from '#server/forms.ts';

/** The part of a form's state the model needs (see `actionForm`). */
type Posted<T = unknown> = Pick<ActionForm<T>, 'data' | 'failed' | 'posted'>;

export interface OrderPageFormsInput {
  locale: Locale;
  ws: Pick<OrderWorkspace, 'asOf' | 'current'> & { store: Pick<OrderWorkspace['store'], 'businessModel'>; order: Pick<OrderWorkspace['order'], 'status'> };
  /** The order's released import list, when a return is possible. */
  released: { invtNo: string; releasedAt: string; lines: ReturnLine[]; deadline?: string; direction?: 'import' | 'export' } | null;
  /** "Sign and declare": posted values after an error. */
  declare: Posted;
  /** Monthly summary: posted values after an error. */
  summarize: Posted;
  /** Return draft: posted values after any submission. */
  draftReturn: Posted<{ xml: string; asOf: string }>;
  /** Return declaration: posted values after any submission. */
  declareReturn: Posted<{ status: string }>;
}

export interface OrderPageForms {
  /** One textarea per message kind: the posted text after an error, else the workspace's. */
  docs: Array<{ kind: string; id: string; xml: string; title: string }>;
  /** The monthly summary form (9610 export, released orders), or null. */
  summary: { asOf: string } | null;
  /** The returns section, or null when it is not shown. */
  returns: {
    /** `export`: a CEB213 export return (the page's texts change with it). */
    direction: 'import' | 'export';
    /** The released list the return refers to, with the last day a return may be declared. */
    released: { invtNo: string; releasedAt: string; deadline: string } | null;
    lines: ReturnLine[];
    draft: { asOf: string; reason: string };
    /** The CEB625 text shown for signing ('' hides the form). */
    xml: string;
    asOf: string;
  } | null;
}

export function orderPageForms(input: OrderPageFormsInput): OrderPageForms {
  const { ws, locale } = input;
  const docs = ws.current.map((m) => ({
    kind: m.kind,
    id: `decl-xml-${m.kind}`,
    xml: input.declare.posted[`xml_${m.kind}`] ?? m.xml,
    title: pick(locale, getMessageSpec(m.kind)),
  }));
  const released = ws.order.status === 'released';
  const summary = hasMonthlySummary(ws.store.businessModel) && released ? { asOf: input.summarize.posted['asOf'] ?? proposedSummaryDate(ws.asOf) } : null;

  const drafted = input.draftReturn, declared = input.declareReturn;
  const retFailed = drafted.failed || declared.failed;
  const list = input.released;
  if (!list && !retFailed) return { docs, summary, returns: null };
  const posted = { ...drafted.posted, ...declared.posted };
  const proposed = proposedReturnDate(ws.asOf);
  // the CEB625 text shown for signing: a fresh draft, or what was posted (after an error or a rejection)
  const xml = drafted.data?.xml ?? (declared.failed || declared.data?.status === 'rejected' ? posted['xml'] ?? '' : '');
  const asOf = drafted.data?.asOf ?? posted['asOf'] ?? proposed;
  return {
    docs,
    summary,
    returns: {
      released: list ? { invtNo: list.invtNo, releasedAt: list.releasedAt, deadline: list.deadline ?? returnDeadline(list.releasedAt) } : null,
      direction: list?.direction ?? (hasExportReturns(ws.store.businessModel) ? 'export' : 'import'),
      lines: list?.lines ?? [],
      draft: { asOf: drafted.failed ? posted['asOf'] ?? proposed : asOf, reason: posted['reason'] ?? '' },
      xml,
      asOf,
    },
  };
}

export interface OrderPage extends OrderPageForms {
  ws: OrderWorkspace;
  /** Every declaration attempt of the order, newest first. */
  attempts: DeclarationDetail[];
  /** Monthly summaries and returns that follow the order's release. */
  followUps: DeclarationDetail[];
  /** What the server checks the declaration and a return with, for the editor (`#lib/workbench/check-context.ts`). */
  checks: { declaration: EditorCheckContext; return: EditorCheckContext | null };
}

/** Everything the page shows, or null when the order is not the user's (the page answers 404). */
export async function loadOrderPage(
  db: Db,
  input: { orderId: string; userId: string } & Omit<OrderPageFormsInput, 'ws' | 'released'>,
): Promise<OrderPage | null> {
  let ws: OrderWorkspace;
  try {
    ws = await getOrderWorkspace(db, { orderId: input.orderId, userId: input.userId });
  } catch (e) {
    if (e instanceof WorkbenchError) return null;
    throw e;
  }
  const isReleased = ws.order.status === 'released';
  const exporting = hasExportReturns(ws.store.businessModel);
  const releasedImport = isReleased && hasReturns(ws.store.businessModel) ? await releasedImportOf(db, ws) : isReleased && exporting ? await releasedExportOf(db, ws) : null;
  const released = releasedImport
    ? { invtNo: releasedImport.list.invtNo, releasedAt: releasedImport.list.releasedAt, lines: returnLinesOf(releasedImport), ...(exporting ? { deadline: exportReturnDeadline(releasedImport.list.releasedAt), direction: 'export' as const } : {}) }
    : null;
  const [attempts, followUpRows] = await Promise.all([
    getDeclarationDetails(db, ws.declarations.map((d) => d.id)),
    orderFollowUps(db, { orderId: ws.order.id, storeId: ws.store.id }),
  ]);
  const followUps = await getDeclarationDetails(db, followUpRows.map((d) => d.id));
  const checks = { declaration: orderCheckContext(ws), return: releasedImport ? returnCheckContext(releasedImport) : null };
  return { ws, attempts, followUps, checks, ...orderPageForms({ ...input, ws, released }) };
}
