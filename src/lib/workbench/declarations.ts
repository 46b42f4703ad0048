/**
 * The declarations service: drafts for an order, "sign and declare" (sign every message with the
 * learner's training key, run the engine authoritatively on the server, store every sent message
 * and receipt and the timeline), resubmission (attempt 2, 3…), and reading a declaration back.
 *
 * `submitDeclaration` is the general entry (also used by scenarios): it takes message texts and
 * the engine options, and never trusts anything the browser computed. `submitOrderDeclaration`
 * wraps it for a market-day order (ledger, seed, credit tier and date come from the server's data).
 */
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import {
  checkSubmission,
  isCreditTier,
  isSignable,
  parseFen,
  parseMessage,
  receiptStatus,
  serializeMessage,
  signMessage,
  type CebMessage,
  type CreditTier,
  type Finding,
  type LedgerEntry,
  type MessageKind,
  type ReleasedList,
  type SubmissionResult,
} from '#sandbox';
import type { Db } from '../db/client.ts';
import {
  declarationEvents,
  declarationMessages,
  declarations,
  marketDays,
  storeOrders,
  stores,
  trainingKeys,
  type Declaration,
  type DeclarationStatus,
  type Store,
} from '../db/schema-sandbox.ts';
import { buildDraft, kindsFor, type DraftProduct, type DraftSet } from './drafts.ts';
import { todayInChina } from './calendar.ts';
import { orderCheckContext } from './check-context.ts';
import { WorkbenchError } from './errors.ts';
import { MAX_MESSAGE_CHARS } from './limits.ts';
import { workableBy } from './store-access.ts';
import { listProducts, parseOrder, titleIn, type ParsedOrder, type ProductWithTexts } from './stores.ts';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];


// --- training keys ---------------------------------------------------------------------------

export interface TrainingKey {
  secret: string;
  keyName: string;
}

/** The learner's training signing key, created on first use from 32 random bytes. */
export async function getOrCreateTrainingKey(db: Db | Tx, userId: string, now = new Date()): Promise<TrainingKey> {
  const [row] = await db.select().from(trainingKeys).where(eq(trainingKeys.userId, userId));
  if (row) return { secret: row.secret, keyName: row.keyName };
  const secret = [...crypto.getRandomValues(new Uint8Array(32))].map((b) => b.toString(16).padStart(2, '0')).join('');
  const keyName = `TRAINING-${userId.slice(0, 8).toUpperCase()}`;
  await db.insert(trainingKeys).values({ userId, secret, keyName, createdAt: now }).onConflictDoNothing();
  const [saved] = await db.select().from(trainingKeys).where(eq(trainingKeys.userId, userId));
  return saved ? { secret: saved.secret, keyName: saved.keyName } : { secret, keyName };
}

// --- stored shapes -----------------------------------------------------------------------------

export interface TaxBill {
  invtNo: string;
  taxNo: string;
  customsTaxFen: number;
  vatFen: number;
  ctFen: number;
  totalFen: number;
  note: string;
}

function taxBillsOf(result: SubmissionResult): TaxBill[] {
  return result.taxBills.flatMap((b) =>
    b.Tax.map((t) => {
      const h = t.TaxHeadRd;
      const customsTaxFen = parseFen(h.customsTax)?.fen ?? 0;
      const vatFen = parseFen(h.valueAddedTax)?.fen ?? 0;
      const ctFen = parseFen(h.consumptionTax)?.fen ?? 0;
      return { invtNo: h.invtNo, taxNo: h.taxNo, customsTaxFen, vatFen, ctFen, totalFen: customsTaxFen + vatFen + ctFen, note: h.note ?? '' };
    }),
  );
}

const LIST_KINDS = new Set(['CEB621', 'CEB603']);
const LIST_RECEIPTS = new Set(['CEB622', 'CEB604']);
/** Applications filed after a list's release: monthly summary, import and export returns. */
const FOLLOW_UP_KINDS = new Set(['CEB701', 'CEB625', 'CEB213']);
/** The declaration kinds that declare an order itself (not its follow-ups: summary, return). */
export const ORDER_DECLARATION_KINDS = ['import-set', 'export-set'] as const;
/** A list receipt that releases (800) or concludes (899) the list. */
const isRelease = (receipt: CebMessage): boolean => LIST_RECEIPTS.has(receipt.kind) && ['800', '899'].includes(receiptStatus(receipt) ?? '');

interface Outcome {
  status: DeclarationStatus;
  /** Timeline steps written now: status and customs receipt code. */
  steps: Array<{ status: DeclarationStatus; receiptCode: string; note: string | null }>;
  held: boolean;
}

function outcomeOf(result: SubmissionResult): Outcome {
  const errors = [...new Set(result.findings.filter((f) => f.severity === 'error').map((f) => f.code))];
  // a monthly summary (CEB701 alone) or a return application (CEB625/CEB213 alone): concluded → accepted (120)
  // then concluded (399; a summary also gets its CEB792 result)
  const summary = result.verdict.outcomes.find((o) => FOLLOW_UP_KINDS.has(o.kind));
  if (summary !== undefined && !result.verdict.outcomes.some((o) => LIST_KINDS.has(o.kind))) {
    const concluded = summary.kind !== 'CEB701' || result.summaryResults.length > 0;
    if (result.verdict.accepted && errors.length === 0 && summary.status === 'concluded' && concluded) {
      return { status: 'cleared', held: false, steps: [{ status: 'accepted', receiptCode: '120', note: null }, { status: 'cleared', receiptCode: '399', note: null }] };
    }
    const formatError = summary.status === 'format-error' || errors.some((c) => c.startsWith('XML_'));
    return { status: 'rejected', held: false, steps: [{ status: 'rejected', receiptCode: formatError ? '-1' : '100', note: (errors.length > 0 ? errors : summary.reasons).join(', ') }] };
  }
  const list = result.verdict.outcomes.find((o) => LIST_KINDS.has(o.kind));
  if (!result.verdict.accepted || list === undefined || list.status !== 'released') {
    const formatError = result.verdict.outcomes.some((o) => o.status === 'format-error') || errors.some((c) => c.startsWith('XML_'));
    const heldOnly = list?.status === 'held' && errors.length === 0;
    const reasons = heldOnly ? ['POLICY_HELD'] : errors.length > 0 ? errors : list === undefined ? ['MATCH_ORDER_MISSING'] : list.reasons;
    return { status: 'rejected', held: false, steps: [{ status: 'rejected', receiptCode: formatError ? '-1' : heldOnly ? '1' : '100', note: reasons.join(', ') }] };
  }
  if (list.risk === 'review') return { status: 'review', held: true, steps: [{ status: 'accepted', receiptCode: '120', note: null }, { status: 'review', receiptCode: '300', note: null }] };
  if (list.risk === 'inspection') return { status: 'inspection', held: true, steps: [{ status: 'accepted', receiptCode: '120', note: null }, { status: 'inspection', receiptCode: list.kind === 'CEB621' ? '500' : '300', note: null }] };
  return {
    status: 'cleared',
    held: false,
    steps: [{ status: 'accepted', receiptCode: '120', note: null }, { status: 'released', receiptCode: '800', note: null }, { status: 'cleared', receiptCode: '899', note: null }],
  };
}

// --- submission ----------------------------------------------------------------------------------

export interface SubmitDeclarationInput {
  userId: string;
  /** What was declared: import-set, export-set, arrival, departure, summary, return. */
  kind: string;
  /** Message texts (XML or JSON) in batch order; each readable one is signed with the learner's key. */
  messages: readonly string[];
  /** The simulated business date, YYYY-MM-DD. */
  asOf: string;
  storeId?: string | null;
  orderId?: string | null;
  scenarioId?: string | null;
  ledger?: readonly LedgerEntry[];
  seed?: number;
  creditTier?: CreditTier;
  warehouseFilings?: readonly string[];
  /** Lists customs released earlier (for monthly summaries and returns). */
  releasedLists?: readonly ReleasedList[];
  /** A follow-up of the order (summary, return): recorded on the order without changing its status. */
  keepOrderStatus?: boolean;
}

export interface SubmitDeclarationResult {
  declarationId: string;
  status: DeclarationStatus;
  attempt: number;
  findings: Finding[];
  taxBills: TaxBill[];
  result: SubmissionResult;
}

/** Signs each readable message with the key (unreadable ones go as typed, so the engine reports them). */
export function signAll(texts: readonly string[], key: TrainingKey): string[] {
  return texts.map((text) => {
    if (text.trimStart().startsWith('{')) return text;
    const r = parseMessage(text);
    if (!r.ok) return text;
    const msg: CebMessage = r.parsed.message;
    return isSignable(msg) ? serializeMessage(signMessage(msg, key.secret, key.keyName)) : serializeMessage(msg);
  });
}

/**
 * Signs, checks and records one submission; the engine's verdict is the only truth.
 * Attempt = previous declarations of the same order (by any member of a team store) or of the
 * same scenario by this user + 1.
 */
export async function submitDeclaration(db: Db, input: SubmitDeclarationInput, now = new Date()): Promise<SubmitDeclarationResult> {
  if (input.messages.length === 0 || input.messages.some((m) => m.trim() === '')) throw new WorkbenchError('MISSING_MESSAGE');
  if (input.messages.some((m) => m.length > MAX_MESSAGE_CHARS)) throw new WorkbenchError('INVALID', 'messages');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.asOf)) throw new WorkbenchError('INVALID', 'asOf');
  const key = await getOrCreateTrainingKey(db, input.userId, now);
  const signed = signAll(input.messages, key);
  const result = checkSubmission({
    messages: signed,
    asOf: input.asOf,
    ledger: input.ledger ?? [],
    seed: input.seed ?? 1,
    signatureKey: key.secret,
    ...(input.creditTier ? { creditTier: input.creditTier } : {}),
    ...(input.warehouseFilings ? { warehouseFilings: input.warehouseFilings } : {}),
    ...(input.releasedLists ? { releasedLists: input.releasedLists } : {}),
  });
  const outcome = outcomeOf(result);
  const bills = outcome.status === 'cleared' ? taxBillsOf(result) : [];
  const declarationId = crypto.randomUUID();
  const attempt = await db.transaction(async (tx) => {
    const scope = input.orderId
      ? and(eq(declarations.orderId, input.orderId), eq(declarations.kind, input.kind))
      : input.scenarioId
        ? and(eq(declarations.userId, input.userId), eq(declarations.scenarioId, input.scenarioId))
        : undefined;
    const previous = scope ? await tx.select({ id: declarations.id }).from(declarations).where(scope) : [];
    const n = previous.length + 1;
    await tx.insert(declarations).values({
      id: declarationId, userId: input.userId, storeId: input.storeId ?? null, orderId: input.orderId ?? null, scenarioId: input.scenarioId ?? null,
      kind: input.kind, status: outcome.status, attempt: n, findings: JSON.stringify(result.findings), taxBills: bills.length > 0 ? JSON.stringify(bills) : null,
      asOf: input.asOf, createdAt: now, updatedAt: now,
    });
    let seq = 0;
    const rows: (typeof declarationMessages.$inferInsert)[] = [];
    signed.forEach((xml, i) => {
      const kind = /<ceb:(CEB\d{3})Message/.exec(xml)?.[1] ?? `#${i + 1}`;
      rows.push({ declarationId, seq: seq++, messageKind: kind, direction: 'sent', xml, createdAt: now });
    });
    for (const r of result.receipts) {
      if (outcome.held && isRelease(r)) continue;
      rows.push({ declarationId, seq: seq++, messageKind: r.kind, direction: 'receipt', xml: serializeMessage(r), createdAt: now });
    }
    if (outcome.status === 'cleared') for (const b of result.taxBills) rows.push({ declarationId, seq: seq++, messageKind: b.kind, direction: 'receipt', xml: serializeMessage(b), createdAt: now });
    if (rows.length > 0) await tx.insert(declarationMessages).values(rows);
    await tx.insert(declarationEvents).values(outcome.steps.map((s, i) => ({ declarationId, at: new Date(now.getTime() + i), status: s.status, receiptCode: s.receiptCode, note: s.note })));
    if (input.orderId && input.keepOrderStatus !== true) {
      const orderStatus = outcome.status === 'rejected' ? 'rejected' : outcome.held ? 'review' : 'released';
      await tx.update(storeOrders).set({ status: orderStatus }).where(eq(storeOrders.id, input.orderId));
    }
    return n;
  });
  return { declarationId, status: outcome.status, attempt, findings: result.findings, taxBills: bills, result };
}

// --- orders --------------------------------------------------------------------------------------

export interface OrderWorkspace {
  store: Store;
  order: ParsedOrder;
  asOf: string;
  seed: number;
  products: ProductWithTexts[];
  draft: DraftSet;
  /** What the textareas show: the last submission's messages after a rejection, else the draft. */
  current: Array<{ kind: MessageKind; xml: string }>;
  declarations: Declaration[];
  /** True while the order can be (re)declared. */
  open: boolean;
}

export function draftProducts(list: readonly ProductWithTexts[]): DraftProduct[] {
  return list.map((p) => ({
    id: p.id, sku: p.sku, hsCode: p.hsCode, priceFen: p.priceFen, currency: p.currency, grossWeightG: p.grossWeightG, netWeightG: p.netWeightG,
    originCountry: p.originCountry, unit: p.unit, spec: p.spec, itemRecordNo: p.itemRecordNo, title: titleIn(p, 'zh'),
  }));
}

/** Everything the declaration page of an order shows (every member's attempts); NOT_FOUND unless the user may work in the store. */
export async function getOrderWorkspace(db: Db, input: { orderId: string; userId: string }): Promise<OrderWorkspace> {
  const [row] = await db
    .select({ order: storeOrders, store: stores, day: marketDays })
    .from(storeOrders)
    .innerJoin(stores, eq(storeOrders.storeId, stores.id))
    .leftJoin(marketDays, eq(storeOrders.marketDayId, marketDays.id))
    .where(and(eq(storeOrders.id, input.orderId), workableBy(input.userId)));
  if (!row) throw new WorkbenchError('NOT_FOUND');
  const order = parseOrder(row.order);
  // An order without a market day (a storefront purchase): the day it was placed, in China.
  const asOf = row.day?.asOf ?? todayInChina(row.order.createdAt);
  const list = await listProducts(db, row.store.id);
  const draft = buildDraft({ store: row.store, products: draftProducts(list), order, asOf });
  const history = await db
    .select()
    .from(declarations)
    .where(and(eq(declarations.orderId, order.id), inArray(declarations.kind, [...ORDER_DECLARATION_KINDS])))
    .orderBy(desc(declarations.attempt));
  let current = draft.messages;
  const last = history[0];
  if (last) {
    const sent = await db
      .select()
      .from(declarationMessages)
      .where(and(eq(declarationMessages.declarationId, last.id), eq(declarationMessages.direction, 'sent')))
      .orderBy(asc(declarationMessages.seq));
    const byKind = new Map(sent.map((m) => [m.messageKind, m.xml]));
    current = draft.messages.map((d) => ({ kind: d.kind, xml: byKind.get(d.kind) ?? d.xml }));
  }
  return { store: row.store, order, asOf, seed: row.day?.seed ?? 1, products: list, draft, current, declarations: history, open: order.status === 'open' || order.status === 'rejected' };
}

/**
 * Declares (or re-declares) an order: one text per message kind of its mode, signed and checked
 * with the order's date, the buyer's ledger and the store's credit tier.
 */
export async function submitOrderDeclaration(db: Db, input: { userId: string; orderId: string; xml: Partial<Record<string, string>> }, now = new Date()): Promise<SubmitDeclarationResult> {
  const ws = await getOrderWorkspace(db, input);
  if (!ws.open) throw new WorkbenchError('NOT_OPEN');
  const kinds = kindsFor(ws.store.businessModel);
  const texts = kinds.map((k) => input.xml[k] ?? '');
  if (texts.some((x) => x.trim() === '')) throw new WorkbenchError('MISSING_MESSAGE');
  const { asOf, ledger, warehouseFilings } = orderCheckContext(ws);
  return submitDeclaration(
    db,
    {
      userId: input.userId, kind: ws.draft.kind, messages: texts, asOf, storeId: ws.store.id, orderId: ws.order.id, ledger,
      seed: (ws.seed + ws.declarations.length) >>> 0, warehouseFilings,
      ...(isCreditTier(ws.store.creditTier) ? { creditTier: ws.store.creditTier } : {}),
    },
    now,
  );
}

// --- release after review (used by the regulator's desk) -----------------------------------------

/**
 * The receipts and tax bills a held declaration gets when released: the engine is run again on the
 * messages that were sent (deterministic), and the list's 800/899 receipts and CEB816 are kept.
 */
export async function releaseArtifacts(db: Db | Tx, declaration: Declaration): Promise<{ receipts: Array<{ kind: string; xml: string }>; taxBills: TaxBill[] }> {
  const sent = await db
    .select()
    .from(declarationMessages)
    .where(and(eq(declarationMessages.declarationId, declaration.id), eq(declarationMessages.direction, 'sent')))
    .orderBy(asc(declarationMessages.seq));
  let ledger: LedgerEntry[] = [];
  if (declaration.orderId) {
    const [o] = await db.select().from(storeOrders).where(eq(storeOrders.id, declaration.orderId));
    if (o) {
      const p = parseOrder(o);
      ledger = p.buyer.history.map((h) => ({ buyerIdType: '1', buyerIdNumber: p.buyer.idNumber, date: h.date, amountFen: h.amountFen }));
    }
  }
  const [store] = declaration.storeId ? await db.select().from(stores).where(eq(stores.id, declaration.storeId)) : [];
  const result = checkSubmission({ messages: sent.map((m) => m.xml), asOf: declaration.asOf, ledger, verifySignatures: false, warehouseFilings: store ? [store.ebcCode] : [] });
  const receipts = result.receipts.filter(isRelease).map((r) => ({ kind: r.kind, xml: serializeMessage(r) }));
  for (const b of result.taxBills) receipts.push({ kind: b.kind, xml: serializeMessage(b) });
  return { receipts, taxBills: taxBillsOf(result) };
}
