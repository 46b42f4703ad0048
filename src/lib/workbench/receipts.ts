/** Stored receipts (the `declaration_messages` rows of direction `receipt`) read with the engine's parser. */
import { parseMessage, receiptFacts, type ReceiptFacts } from '#sandbox';

/** The facts of a stored receipt's XML, or null when it is not a readable message. */
export function storedReceipt(xml: string): ReceiptFacts | null {
  const parsed = parseMessage(xml);
  return parsed.ok ? receiptFacts(parsed.parsed.message) : null;
}
