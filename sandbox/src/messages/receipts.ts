/**
 * The one reader of a customs receipt's facts (回执: CEB312, CEB412, CEB604, CEB622, CEB626, CEB792 …):
 * its status, time and the list number it answers, from the typed message or from its stored XML.
 * Every receipt record carries `returnStatus` and `returnTime`; the first record (depth first, in
 * field order) is the receipt's answer.
 */
import type { CebMessage, MessageKind } from './types.ts';

export interface ReceiptFacts {
  kind: MessageKind;
  /** 操作结果, e.g. 120 accepted into the database, 800 released, 100 returned; '' when absent. */
  returnStatus: string;
  /** 操作时间, YYYYMMDDhhmmssSSS; '' when absent. */
  returnTime: string;
  /** The list number (清单编号) the receipt answers; '' when it names none. */
  invtNo: string;
}

/** The first string value of `key` anywhere in a value (depth first, in field order). */
function firstField(v: unknown, key: string): string | null {
  if (Array.isArray(v)) {
    for (const x of v) {
      const s = firstField(x, key);
      if (s !== null) return s;
    }
  } else if (v !== null && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) {
      if (k === key && typeof x === 'string') return x;
      const s = firstField(x, key);
      if (s !== null) return s;
    }
  }
  return null;
}

/** The receipt's first `returnStatus` as written, or null when the message has none. */
export function receiptStatus(message: CebMessage): string | null {
  return firstField(message, 'returnStatus');
}

/** A receipt's facts (trimmed). */
export function receiptFacts(message: CebMessage): ReceiptFacts {
  return {
    kind: message.kind,
    returnStatus: receiptStatus(message)?.trim() ?? '',
    returnTime: firstField(message, 'returnTime')?.trim() ?? '',
    invtNo: firstField(message, 'invtNo')?.trim() ?? '',
  };
}
