/**
 * Monthly summary (汇总申报, CEB701) of a 9610 export store: the export lists the learner's store got
 * released in the previous month are gathered from the stored declarations (the sent CEB603 and the
 * customs' CEB604 release receipt), a CEB701 draft lists them, and `submitDeclaration` signs and
 * checks it with those lists as the engine's released-list registry; customs answers with CEB792.
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import { exampleMessage, isCreditTier, parseMessage, previousMonth, serializeMessage, type Ceb792Message, type ReleasedList } from '#sandbox';
import type { Db } from '../db/client.ts';
import { DomainError } from '../domain-error.ts';
import { declarationMessages, declarations } from '../db/schema-sandbox.ts';
import { isoDateOfStamp } from './calendar.ts';
import { getOrderWorkspace, submitDeclaration, type SubmitDeclarationResult } from './declarations.ts';
import { storedReceipt } from './receipts.ts';

export type SummaryErrorCode = 'NOT_EXPORT' | 'NOT_RELEASED' | 'NO_LISTS' | 'BAD_DATE';

export class SummaryError extends DomainError<'summary', SummaryErrorCode> {
  constructor(code: SummaryErrorCode) {
    super('summary', code);
    this.name = 'SummaryError';
  }
}

/** Head keys one summary application shares (summaryFlag 1: without the producer/seller). */
const GROUP_KEYS = ['ebcCode', 'trafMode', 'country', 'portCode'] as const;


/**
 * The export lists released for a store's declarations (as the customs registry knows them): one per
 * declaration whose CEB604 receipts include the release (800), from the CEB603 that was sent.
 */
export async function releasedExportLists(db: Db, input: { storeId: string }): Promise<ReleasedList[]> {
  const decls = await db
    .select({ id: declarations.id })
    .from(declarations)
    .where(and(eq(declarations.storeId, input.storeId), eq(declarations.kind, 'export-set'), inArray(declarations.status, ['released', 'cleared'])))
    .orderBy(asc(declarations.createdAt));
  if (decls.length === 0) return [];
  const messages = await db
    .select()
    .from(declarationMessages)
    .where(and(inArray(declarationMessages.declarationId, decls.map((d) => d.id)), inArray(declarationMessages.messageKind, ['CEB603', 'CEB604'])))
    .orderBy(asc(declarationMessages.seq));
  const out: ReleasedList[] = [];
  for (const d of decls) {
    const mine = messages.filter((m) => m.declarationId === d.id);
    const sent = mine.find((m) => m.direction === 'sent' && m.messageKind === 'CEB603');
    const release = mine.find((m) => m.direction === 'receipt' && m.messageKind === 'CEB604' && storedReceipt(m.xml)?.returnStatus === '800');
    const facts = release ? storedReceipt(release.xml) : null;
    if (!sent || !facts) continue;
    const parsed = parseMessage(sent.xml);
    if (!parsed.ok || parsed.parsed.message.kind !== 'CEB603') continue;
    const inv = parsed.parsed.message.Inventory[0];
    if (!inv) continue;
    const h = inv.InventoryHead;
    out.push({
      invtNo: facts.invtNo,
      direction: 'export',
      releasedAt: isoDateOfStamp(facts.returnTime),
      customsCode: h.customsCode.trim(),
      orderNo: h.orderNo.trim(),
      ebcCode: h.ebcCode.trim(),
      tradeMode: h.tradeMode.trim(),
      statisticsFlag: h.statisticsFlag.trim(),
      status: 'released',
      logisticsNo: h.logisticsNo.trim(),
      keys: { ebcCode: h.ebcCode.trim(), trafMode: h.trafMode.trim(), ownerCode: h.ownerCode.trim(), country: h.country.trim(), portCode: h.portCode.trim() },
      lines: inv.InventoryList.map((l) => ({ gnum: l.gnum, gcode: l.gcode, qty: l.qty, country: l.country, currency: l.currency })),
      grossWeight: h.grossWeight,
      netWeight: h.netWeight,
    });
  }
  return out;
}

export interface MonthlySummaryResult extends SubmitDeclarationResult {
  month: string;
  lists: string[];
  /** The customs' summary result (CEB792) when the application concluded. */
  summary: { sumNo: string; declSeqNo: string; rows: number; grossWeight: string } | null;
}

/**
 * Files the monthly summary of the order's store on `asOf`: only for a released order of a
 * 9610 export store; the lists are those released in the month before `asOf`, summarisable
 * (not simplified, statisticsFlag A) and in the order's own list's group (same consignor,
 * transport mode, arrival country and exit port); the order's list must be among them. The engine's verdict decides; nothing is trusted from the browser.
 */
export async function submitMonthlySummary(db: Db, input: { userId: string; orderId: string; asOf: string }, now = new Date()): Promise<MonthlySummaryResult> {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.asOf) || Number.isNaN(Date.parse(`${input.asOf}T00:00:00Z`))) throw new SummaryError('BAD_DATE');
  const ws = await getOrderWorkspace(db, { orderId: input.orderId, userId: input.userId });
  if (ws.store.businessModel !== 'export-9610') throw new SummaryError('NOT_EXPORT');
  if (ws.order.status !== 'released') throw new SummaryError('NOT_RELEASED');
  const month = previousMonth(input.asOf);
  const released = await releasedExportLists(db, { storeId: ws.store.id });
  // one application per group: the lists sharing the grouping keys of this order's own list
  const own = released.find((l) => l.orderNo === ws.order.orderNo);
  const sameGroup = (l: ReleasedList) => own !== undefined && GROUP_KEYS.every((k) => (l.keys?.[k] ?? '') === (own.keys?.[k] ?? ''));
  const lists = released.filter((l) => l.releasedAt.slice(0, 7) === month && l.statisticsFlag !== 'A' && l.invtNo !== '' && sameGroup(l));
  if (own === undefined || !lists.includes(own)) throw new SummaryError('NO_LISTS');

  const ymd = input.asOf.replaceAll('-', '');
  const msg = exampleMessage('CEB701');
  const apply = msg.SummaryApply[0];
  if (!apply) throw new Error('CEB701 example has no SummaryApply');
  Object.assign(apply.SummaryApplyHead, {
    appTime: `${ymd}090000`, appStatus: '2', customsCode: lists[0]?.customsCode ?? apply.SummaryApplyHead.customsCode,
    copNo: `FSSUM${ymd}${ws.store.ebcCode.slice(-4)}`.slice(0, 30), ebcCode: ws.store.ebcCode, ebcName: ws.store.ebcName, summaryFlag: '1', itemNameFlag: '1', msgCount: '1', msgSeqNo: '1',
  });
  delete apply.SummaryApplyHead.startTime;
  delete apply.SummaryApplyHead.endTime;
  apply.SummaryApplyList = lists.map((l) => ({ invtNo: l.invtNo }));
  msg.SummaryApply = [apply];

  const r = await submitDeclaration(
    db,
    {
      userId: input.userId, kind: 'summary', messages: [serializeMessage(msg)], asOf: input.asOf, storeId: ws.store.id, orderId: ws.order.id, keepOrderStatus: true, releasedLists: released,
      seed: ws.seed >>> 0, ...(isCreditTier(ws.store.creditTier) ? { creditTier: ws.store.creditTier } : {}),
    },
    now,
  );
  const res: Ceb792Message | undefined = r.status === 'cleared' ? r.result.summaryResults[0] : undefined;
  const head = res?.SummaryResult[0]?.SummaryResultHead;
  return {
    ...r,
    month,
    lists: lists.map((l) => l.invtNo),
    summary: head ? { sumNo: head.sumNo, declSeqNo: head.declSeqNo, rows: res?.SummaryResult[0]?.SummaryResultList.length ?? 0, grossWeight: head.grossWeight } : null,
  };
}
