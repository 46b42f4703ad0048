/**
 * Public entry of the message layer: read, write and describe CEB messages.
 *
 * Design: callers never pick a parser; `parseMessage` detects the kind from the root element
 * `CEBnnnMessage` in namespace http://www.chinaport.gov.cn/ceb. Nothing here throws on bad input.
 */

import { decodeMessage, encodeMessage } from './codec.ts';
import { decodeJson, encodeJson } from './json.ts';
import { MESSAGE_SPECS } from './registry.ts';
import type { MessageSpec } from './spec.ts';
import type { CebMessage, MessageKind, ParseResult } from './types.ts';

export * from './types.ts';
export type { ChildSpec, FieldBase, FieldFormat, FieldSpec, GroupSpec, MessageDirection, MessageRole, MessageSpec, RecordSpec } from './spec.ts';
export { baseSubscribeSpec, baseTransferSpec, extendMessageSpec, rootAttributeSpecs } from './spec.ts';
export { MESSAGE_SPECS } from './registry.ts';
export { compareDecimals, decimalToFen, decimalToScaled, fenToDecimal, parseDecimal } from './decimal.ts';
export type { DecimalParts } from './decimal.ts';
export { exampleMessage } from './examples.ts';
export { getAtPath, walkFields } from './paths.ts';
export { receiptFacts, receiptStatus } from './receipts.ts';
export type { ReceiptFacts } from './receipts.ts';
export type { FieldVisit } from './paths.ts';

const BY_ROOT: ReadonlyMap<string, MessageSpec> = new Map(Object.values(MESSAGE_SPECS).map((s) => [s.root, s]));

/** The spec of a kind. */
export function getMessageSpec(kind: MessageKind): MessageSpec {
  return MESSAGE_SPECS[kind];
}

/** Reads any CEB message from XML, detecting its kind from the root element. Never throws. */
export function parseMessage(xml: string): ParseResult {
  return decodeMessage(xml, (root) => BY_ROOT.get(root));
}

/** Writes a message as XML (`ceb:` prefix, XSD element order, UTF-8 declaration). */
export function serializeMessage(message: CebMessage): string {
  return encodeMessage(message, MESSAGE_SPECS[message.kind]);
}

/** Reads a message from its JSON form: the typed object, or its JSON text. Never throws. */
export function messageFromJson(value: unknown): ParseResult {
  return decodeJson(value, MESSAGE_SPECS);
}

/** The JSON text of a message (the typed object, pretty-printed). */
export function messageToJson(message: CebMessage): string {
  return encodeJson(message);
}
