/**
 * What earlier returns already took back from a released import list: the lines of the order's
 * accepted returns (CEB625 / CEB213 declarations that customs concluded, 399), so that the engine checks a
 * new return against the quantity still returnable (`ReleasedList.returned`, Ann. 2020 No.45: all or
 * part of one list, never more than it released).
 */
import { and, eq, inArray } from 'drizzle-orm';
import { parseMessage } from '#sandbox';
import type { Db } from '../db/client.ts';
import { declarationMessages, declarations } from '../db/schema-sandbox.ts';

export interface ReturnedLine {
  gnum: string;
  qty: string;
}

/** The returned lines of the return texts (CEB625 import, CEB213 export) that name list `invtNo` (one entry per returned line). */
export function returnedLinesOf(xmls: readonly string[], invtNo: string): ReturnedLine[] {
  const out: ReturnedLine[] = [];
  for (const xml of xmls) {
    const r = parseMessage(xml);
    if (!r.ok || (r.parsed.message.kind !== 'CEB625' && r.parsed.message.kind !== 'CEB213')) continue;
    for (const refund of r.parsed.message.InvtRefund) {
      if (refund.InvtRefundHead.invtNo.trim() !== invtNo) continue;
      for (const l of refund.InvtRefundList) out.push({ gnum: l.gnum.trim(), qty: l.qty.trim() });
    }
  }
  return out;
}

/** The lines already returned from list `invtNo` of the order by its accepted (cleared) returns, whoever filed them. */
export async function acceptedReturnLines(db: Db, input: { orderId: string; invtNo: string }): Promise<ReturnedLine[]> {
  const rows = await db
    .select({ xml: declarationMessages.xml })
    .from(declarationMessages)
    .innerJoin(declarations, eq(declarations.id, declarationMessages.declarationId))
    .where(
      and(
        eq(declarations.orderId, input.orderId),
        eq(declarations.kind, 'return'),
        eq(declarations.status, 'cleared'),
        eq(declarationMessages.direction, 'sent'),
        inArray(declarationMessages.messageKind, ['CEB625', 'CEB213']),
      ),
    );
  return returnedLinesOf(rows.map((r) => r.xml), input.invtNo);
}

/** Quantity of line `gnum` still returnable: released minus what the accepted returns took. */
export function remainingQty(released: number, returned: readonly ReturnedLine[], gnum: string): number {
  let taken = 0;
  for (const r of returned) if (r.gnum === gnum) taken += Math.max(Number(r.qty) || 0, 0);
  return Math.max(released - taken, 0);
}
