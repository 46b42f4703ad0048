/**
 * The form view of a CEB message: the same message as labelled fields (one section per record,
 * a table per repeated record such as order or list lines), and the edit path back to XML
 * (`parseMessage` → set the typed value → `serializeMessage`).
 *
 * Design: the model is derived from the typed message each time (no second source of truth), so
 * XML edits and form edits stay in sync by construction. Paths are the engine's field paths
 * (`Inventory[0].InventoryList[1].qty`).
 */
import { MESSAGE_SPECS, parseMessage, serializeMessage, walkFields, type CebMessage, type FieldSpec } from '#sandbox';
import { walkMessage } from '#sandbox/messages/paths.ts';
import { codeTableOf } from './code-values.ts';
import { ELEMENT_GLOSSES } from './glosses.ts';

export interface FormField {
  /** Engine field path. */
  path: string;
  name: string;
  /** The XSD's Chinese description. */
  zh: string;
  /** English gloss, `''` when none. */
  en: string;
  type: string;
  required: boolean;
  /** `''` for an absent optional field. */
  value: string;
  /** Has a code table (the view may offer a list of values). */
  coded: boolean;
  maxLength?: number;
}

export interface FormRecord {
  type: 'record';
  path: string;
  name: string;
  zh: string;
  en: string;
  fields: FormField[];
}

export interface FormTableRow {
  path: string;
  /** By field name. */
  cells: FormField[];
}

export interface FormTable {
  type: 'table';
  /** Path of the repeated slot, e.g. `Inventory[0].InventoryList`. */
  path: string;
  name: string;
  zh: string;
  en: string;
  columns: Array<Pick<FormField, 'name' | 'zh' | 'en' | 'type' | 'required'>>;
  rows: FormTableRow[];
}

export type FormSection = FormRecord | FormTable;

export interface FormModel {
  kind: string;
  title: { zh: string; en: string };
  sections: FormSection[];
}

function formField(path: string, spec: FieldSpec, value: string | undefined): FormField {
  const f: FormField = {
    path,
    name: spec.name,
    zh: spec.zh,
    en: ELEMENT_GLOSSES[spec.name] ?? '',
    type: spec.type,
    required: spec.required,
    value: value ?? '',
    coded: codeTableOf(spec.name) !== undefined,
  };
  const max = spec.length ?? spec.maxLength;
  if (max !== undefined) f.maxLength = max;
  return f;
}

/** The form model of a typed message. */
export function buildFormModel(message: CebMessage): FormModel {
  const spec = MESSAGE_SPECS[message.kind];
  const sections: FormSection[] = [];
  const tables = new Map<string, FormTable>();
  const rootRecord: FormRecord = { type: 'record', path: '', name: spec.root, zh: spec.zh, en: spec.en, fields: [] };
  sections.push(rootRecord);
  let current: { fields: FormField[] } = rootRecord;
  walkMessage(message, {
    slot(path, child) {
      if (child.max > 1 && child.spec.node === 'record') {
        const fields = child.spec.fields;
        const table: FormTable = {
          type: 'table',
          path,
          name: child.name,
          zh: child.spec.zh,
          en: ELEMENT_GLOSSES[child.name] ?? '',
          columns: fields.map((f) => ({ name: f.name, zh: f.zh, en: ELEMENT_GLOSSES[f.name] ?? '', type: f.type, required: f.required })),
          rows: [],
        };
        tables.set(path, table);
        sections.push(table);
      }
    },
    record(path, rec) {
      const slotPath = path.replace(/\[\d+\]$/, '');
      const table = slotPath !== path ? tables.get(slotPath) : undefined;
      if (table) {
        const row: FormTableRow = { path, cells: [] };
        table.rows.push(row);
        current = { fields: row.cells };
      } else {
        const section: FormRecord = { type: 'record', path, name: rec.name, zh: rec.zh, en: ELEMENT_GLOSSES[rec.name] ?? '', fields: [] };
        sections.push(section);
        current = section;
      }
    },
    field(v) {
      const target = v.recordPath === '' ? rootRecord : current;
      target.fields.push(formField(v.path, v.field, v.value));
    },
  });
  return { kind: message.kind, title: { zh: spec.zh, en: spec.en }, sections };
}

const SEGMENT_RE = /([^.[\]]+)|\[(\d+)\]/g;

/** A copy of `message` with the field at `path` set to `value` (an empty optional field is removed). */
export function setFieldValue(message: CebMessage, path: string, value: string): CebMessage {
  let spec: FieldSpec | undefined;
  walkFields(message, (v) => {
    if (v.path === path) spec = v.field;
  });
  if (!spec) throw new Error(`unknown field path ${path}`);
  const copy = structuredClone(message);
  const keys = [...path.matchAll(SEGMENT_RE)].map((m) => m[1] ?? Number(m[2]));
  const last = keys.pop();
  if (last === undefined) throw new Error('empty path');
  let cur: Record<string | number, unknown> = copy as unknown as Record<string, unknown>;
  for (const k of keys) {
    const next = cur[k];
    if (next === null || typeof next !== 'object') throw new Error(`no record at ${path}`);
    cur = next as Record<string | number, unknown>;
  }
  if (value === '' && !spec.required) delete cur[last];
  else cur[last] = value;
  return copy;
}

/** Applies a form edit to XML text: the new XML, or `undefined` when the XML cannot be read. */
export function applyFormEdit(xml: string, path: string, value: string): string | undefined {
  const r = parseMessage(xml);
  if (!r.ok) return undefined;
  return serializeMessage(setFieldValue(r.parsed.message, path, value));
}
