/**
 * Finding construction shared by the message reader and the format check.
 *
 * Design: a finding names the lesson of the message's own flow (import, export, receipts), so a
 * learner who broke an export waybill is sent to the export lesson even for a generic rule.
 */

import type { Bilingual, Finding, Severity, SourcePosition } from '../types.ts';
import type { MessageSpec } from './spec.ts';

export const LESSON_IMPORT_FLOW = 'customs-clearance/02-import-message-flow';
export const LESSON_EXPORT_FLOW = 'customs-clearance/05-export-message-flow';
export const LESSON_RECEIPTS = 'customs-clearance/04-receipts-status-codes';

/** Version tag of the format rules: the 2022 message standard. */
export const FORMAT_RULE_VERSION = 'ceb-xsd@2022-05';

/** The lesson that explains the message flow a spec belongs to. */
export function lessonForSpec(spec: MessageSpec | undefined): string {
  if (!spec) return LESSON_IMPORT_FLOW;
  if (spec.role === 'receipt') return LESSON_RECEIPTS;
  return spec.direction === 'export' ? LESSON_EXPORT_FLOW : LESSON_IMPORT_FLOW;
}

export interface FindingInput {
  code: string;
  severity?: Severity;
  path: string;
  position?: SourcePosition | undefined;
  message: Bilingual;
  lesson: string;
  ruleVersion?: string;
}

/** Builds a Finding, leaving out absent optional properties. */
export function makeFinding(input: FindingInput): Finding {
  const f: Finding = {
    code: input.code,
    severity: input.severity ?? 'error',
    path: input.path,
    message: input.message,
    lesson: input.lesson,
  };
  if (input.position) f.position = input.position;
  if (input.ruleVersion !== undefined) f.ruleVersion = input.ruleVersion;
  return f;
}

/** `"where"` for messages: the path, or "the message root" for the empty path. */
export function describePath(path: string): Bilingual {
  return path === '' ? { zh: '报文根元素', en: 'the message root' } : { zh: path, en: path };
}

/**
 * The position recorded for `path`, else the nearest recorded ancestor's (a missing field is
 * shown on its parent element).
 */
export function findPosition(positions: Readonly<Record<string, SourcePosition>>, path: string): SourcePosition | undefined {
  let p = path;
  for (;;) {
    const pos = positions[p];
    if (pos) return pos;
    if (p === '') return undefined;
    p = parentPath(p);
  }
}

/** `Order[0].OrderList[1].gnum` → `Order[0].OrderList[1]` → `Order[0].OrderList` … → `""`. */
export function parentPath(path: string): string {
  if (path.endsWith(']')) return path.slice(0, path.lastIndexOf('['));
  const dot = path.lastIndexOf('.');
  return dot < 0 ? '' : path.slice(0, dot);
}

/** Joins a path and a property name. */
export function joinPath(base: string, name: string): string {
  return base === '' ? name : `${base}.${name}`;
}
