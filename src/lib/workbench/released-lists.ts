/**
 * Released inventory lists as the customs registry knows them, read back from what was stored:
 * per released declaration, the list that was sent (CEB621 / CEB603) and the release receipt
 * (CEB622 / CEB604 with status 800) that gave it its invtNo and release date.
 */
import { and, asc, inArray } from 'drizzle-orm';
import { parseMessage, type Ceb603Inventory, type Ceb621Inventory } from '#sandbox';
import type { Db } from '../db/client.ts';
import { declarationMessages } from '../db/schema-sandbox.ts';

/** The trimmed text of the first `<ceb:name>` element of a stored message. */
export const tagOf = (xml: string, name: string): string => new RegExp(`<ceb:${name}>([^<]*)</ceb:${name}>`).exec(xml)?.[1]?.trim() ?? '';
/** `yyyyMMdd…` → `YYYY-MM-DD`. */
export const isoOfStamp = (s: string): string => `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`;
/** A real calendar date written YYYY-MM-DD. */
export const isIsoDate = (d: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(d) && !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10) === d;

export interface ReleasedSend<I> {
  declarationId: string;
  /** The first inventory of the sent list. */
  inventory: I;
  /** invtNo from the release receipt. */
  invtNo: string;
  /** Release date from the receipt, YYYY-MM-DD. */
  releasedAt: string;
}

type Kinds = { list: 'CEB621'; receipt: 'CEB622'; inventory: Ceb621Inventory } | { list: 'CEB603'; receipt: 'CEB604'; inventory: Ceb603Inventory };

/** The released lists of `declarationIds`, in the order given (declarations without a readable release are left out). */
export async function releasedSends<K extends Kinds>(db: Db, declarationIds: readonly string[], list: K['list'], receipt: K['receipt']): Promise<Array<ReleasedSend<K['inventory']>>> {
  if (declarationIds.length === 0) return [];
  const msgs = await db
    .select()
    .from(declarationMessages)
    .where(and(inArray(declarationMessages.declarationId, [...declarationIds]), inArray(declarationMessages.messageKind, [list, receipt])))
    .orderBy(asc(declarationMessages.seq));
  const out: Array<ReleasedSend<K['inventory']>> = [];
  for (const id of declarationIds) {
    const mine = msgs.filter((m) => m.declarationId === id);
    const sent = mine.find((m) => m.direction === 'sent' && m.messageKind === list);
    const release = mine.find((m) => m.direction === 'receipt' && m.messageKind === receipt && tagOf(m.xml, 'returnStatus') === '800');
    if (!sent || !release) continue;
    const parsed = parseMessage(sent.xml);
    if (!parsed.ok || parsed.parsed.message.kind !== list) continue;
    const inventory = (parsed.parsed.message as { Inventory: Array<K['inventory']> }).Inventory[0];
    if (!inventory) continue;
    const invtNo = tagOf(release.xml, 'invtNo'), releasedAt = isoOfStamp(tagOf(release.xml, 'returnTime'));
    if (invtNo === '' || !isIsoDate(releasedAt)) continue;
    out.push({ declarationId: id, inventory, invtNo, releasedAt });
  }
  return out;
}
