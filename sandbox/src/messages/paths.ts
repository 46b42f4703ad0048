/**
 * Field-path helpers: reading a value by path and walking every field of a message with its spec.
 *
 * Design: rules name what they judge by path (`Order[0].OrderHead.orderNo`), so the path grammar
 * lives in one place: property names joined by `.`, array items as `[i]`.
 */

import { MESSAGE_SPECS } from './registry.ts';
import { baseSubscribeSpec, baseTransferSpec, extendMessageSpec, rootAttributeSpecs } from './spec.ts';
import type { ChildSpec, FieldSpec, GroupSpec, RecordSpec } from './spec.ts';
import type { CebMessage } from './types.ts';

type Obj = Record<string, unknown>;

const SEGMENT_RE = /([^.[\]]+)|\[(\d+)\]/g;

/** The value at `path` (`""` is the message itself), or `undefined`. */
export function getAtPath(message: CebMessage, path: string): unknown {
  let cur: unknown = message;
  if (path === '') return cur;
  for (const m of path.matchAll(SEGMENT_RE)) {
    if (cur === null || typeof cur !== 'object') return undefined;
    const key = m[1] ?? Number(m[2]);
    cur = (cur as Record<string | number, unknown>)[key];
  }
  return cur;
}

/** One leaf field met by `walkFields`. */
export interface FieldVisit {
  /** Path of the field, e.g. `Order[0].OrderHead.orderNo`. */
  path: string;
  /** Path of the record holding it (`""` for the root attributes). */
  recordPath: string;
  field: FieldSpec;
  /** The value, `undefined` when the optional field is absent. */
  value: string | undefined;
}

/** Callbacks of `walkMessage`. */
export interface MessageVisitor {
  /** Every leaf field (root attributes included), in XSD order. */
  field?(visit: FieldVisit): void;
  /** Every repeatable or optional child slot, with its item count. */
  slot?(path: string, child: ChildSpec, count: number): void;
  /** Every record, before its fields. */
  record?(path: string, spec: RecordSpec): void;
}

/** Walks a message along its spec: root attributes, body, BaseTransfer, BaseSubscribe, ExtendMessage. */
export function walkMessage(message: CebMessage, visitor: MessageVisitor): void {
  const spec = MESSAGE_SPECS[message.kind];
  const m = message as unknown as Obj;
  for (const f of rootAttributeSpecs) visitor.field?.({ path: f.name, recordPath: '', field: f, value: asValue(m[f.name]) });
  for (const c of spec.body) walkSlot(m[c.name], c, '', visitor);
  if (spec.envelope !== 'none') {
    walkRecord(m['BaseTransfer'], baseTransferSpec, 'BaseTransfer', visitor);
    const subs = m['BaseSubscribe'];
    const list = Array.isArray(subs) ? subs : [];
    visitor.slot?.('BaseSubscribe', { name: 'BaseSubscribe', min: 0, max: 5, spec: baseSubscribeSpec }, list.length);
    list.forEach((s, i) => walkRecord(s, baseSubscribeSpec, `BaseSubscribe[${i}]`, visitor));
    if (m['ExtendMessage'] !== undefined) walkRecord(m['ExtendMessage'], extendMessageSpec, 'ExtendMessage', visitor);
  }
}

/** Calls `visit` for every leaf field of a message. */
export function walkFields(message: CebMessage, visit: (v: FieldVisit) => void): void {
  walkMessage(message, { field: visit });
}

function walkSlot(value: unknown, c: ChildSpec, base: string, visitor: MessageVisitor): void {
  const path = base === '' ? c.name : `${base}.${c.name}`;
  if (c.max > 1) {
    const list = Array.isArray(value) ? value : [];
    visitor.slot?.(path, c, list.length);
    list.forEach((item, i) => walkNode(item, c.spec, `${path}[${i}]`, visitor));
  } else if (value !== undefined) walkNode(value, c.spec, path, visitor);
  else if (c.min === 0) visitor.slot?.(path, c, 0);
}

function walkNode(value: unknown, spec: RecordSpec | GroupSpec, path: string, visitor: MessageVisitor): void {
  if (spec.node === 'record') {
    walkRecord(value, spec, path, visitor);
    return;
  }
  const obj = (value ?? {}) as Obj;
  for (const c of spec.children) walkSlot(obj[c.name], c, path, visitor);
}

function walkRecord(value: unknown, spec: RecordSpec, path: string, visitor: MessageVisitor): void {
  visitor.record?.(path, spec);
  const obj = (value ?? {}) as Obj;
  if (!visitor.field) return;
  for (const f of spec.fields) visitor.field({ path: `${path}.${f.name}`, recordPath: path, field: f, value: asValue(obj[f.name]) });
}

function asValue(v: unknown): string | undefined {
  return typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined;
}
