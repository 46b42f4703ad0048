/**
 * The element tree of a CEB message kind, read from the engine's field specs, so the editor
 * knows which elements may stand at a place, in which order, and what each field means.
 *
 * Design: the engine's specs are the one source of truth (names, order, zh descriptions, types,
 * requiredness). This module only turns an element path (local names from the root down, e.g.
 * `CEB621Message/Inventory/InventoryHead/orderNo`) into the spec node at that place.
 */
import {
  MESSAGE_SPECS,
  baseSubscribeSpec,
  baseTransferSpec,
  extendMessageSpec,
  type FieldSpec,
  type GroupSpec,
  type MessageSpec,
  type RecordSpec,
} from '#sandbox';

/** One element that may stand inside another, in document order. */
export interface ElementSlot {
  name: string;
  min: number;
  max: number;
  /** What the element holds: a group or record, a leaf field, or content the editor does not describe. */
  node: SchemaNode;
}

export type SchemaNode =
  | { type: 'message'; spec: MessageSpec }
  | { type: 'group'; spec: GroupSpec }
  | { type: 'record'; spec: RecordSpec }
  | { type: 'field'; spec: FieldSpec; record: RecordSpec }
  | { type: 'opaque'; name: string };

const BY_ROOT: ReadonlyMap<string, MessageSpec> = new Map(Object.values(MESSAGE_SPECS).map((s) => [s.root, s]));

/** The message spec whose root element is `root` (e.g. `CEB621Message`). */
export function specByRoot(root: string): MessageSpec | undefined {
  return BY_ROOT.get(root);
}

/** Child slots of the message root: body nodes, then the envelope in the XSD order of its direction. */
function messageSlots(spec: MessageSpec): ElementSlot[] {
  const body: ElementSlot[] = spec.body.map((c) => ({ name: c.name, min: c.min, max: c.max, node: nodeOf(c.spec) }));
  if (spec.envelope === 'none') {
    return spec.signature === 'none' ? body : [...body, { name: 'Signature', min: 0, max: 1, node: { type: 'opaque', name: 'Signature' } }];
  }
  const transfer: ElementSlot = { name: 'BaseTransfer', min: 1, max: 1, node: { type: 'record', spec: baseTransferSpec } };
  const subscribe: ElementSlot = { name: 'BaseSubscribe', min: 0, max: 5, node: { type: 'record', spec: baseSubscribeSpec } };
  const ext: ElementSlot = { name: 'ExtendMessage', min: 0, max: 1, node: { type: 'record', spec: extendMessageSpec } };
  const sig: ElementSlot[] =
    spec.signature === 'none' ? [] : [{ name: 'Signature', min: spec.signature === 'required' ? 1 : 0, max: 1, node: { type: 'opaque', name: 'Signature' } }];
  return [...body, transfer, subscribe, ...(spec.envelope === 'import' ? [ext, ...sig] : [...sig, ext])];
}

function nodeOf(spec: RecordSpec | GroupSpec): SchemaNode {
  return spec.node === 'record' ? { type: 'record', spec } : { type: 'group', spec };
}

/** The elements allowed directly inside `node`, in order (empty for leaves and opaque content). */
export function childSlots(node: SchemaNode): ElementSlot[] {
  switch (node.type) {
    case 'message':
      return messageSlots(node.spec);
    case 'group':
      return node.spec.children.map((c) => ({ name: c.name, min: c.min, max: c.max, node: nodeOf(c.spec) }));
    case 'record':
      return node.spec.fields.map((f) => ({ name: f.name, min: f.required ? 1 : 0, max: 1, node: { type: 'field', spec: f, record: node.spec } }));
    default:
      return [];
  }
}

/**
 * The spec node at an element path (local names from the root down). `undefined` when the root
 * is not a known message or an element on the way is not allowed there.
 */
export function resolvePath(path: readonly string[]): SchemaNode | undefined {
  const [root, ...rest] = path;
  if (root === undefined) return undefined;
  const spec = specByRoot(root);
  if (!spec) return undefined;
  let node: SchemaNode = { type: 'message', spec };
  for (const name of rest) {
    const slot: ElementSlot | undefined = childSlots(node).find((s) => s.name === name);
    if (!slot) return undefined;
    node = slot.node;
  }
  return node;
}

/** Every message root element name, for completion at the top of an empty document. */
export function messageRoots(): MessageSpec[] {
  return Object.values(MESSAGE_SPECS);
}
