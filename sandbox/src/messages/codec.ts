/**
 * Generic XML ⇄ typed-object ⇄ JSON codec driven by the message specs.
 *
 * Design: one walker per direction instead of one hand-written parser per message kind, so all 42
 * kinds behave the same and a spec fix fixes reading, writing and checking at once. Reading is
 * lenient in what it keeps and strict in what it reports: elements are matched by local name
 * whatever their order, so a message with a misplaced element is still shown to the learner with
 * every value, and each deviation from the XSD structure (order, namespace, unknown or repeated
 * element) becomes a Finding with its source position. Field values are never interpreted here;
 * `checkFormat` does that on the typed object.
 */

import type { Finding, SourcePosition } from '../types.ts';
import { readXml } from '../xml/reader.ts';
import type { LineIndex, XmlElement, XmlReadError } from '../xml/reader.ts';
import { XmlBuilder, formatAttributes, escapeText } from '../xml/writer.ts';
import { describePath, joinPath, lessonForSpec, makeFinding, LESSON_IMPORT_FLOW } from './finding.ts';
import { baseSubscribeSpec, baseTransferSpec, extendMessageSpec, rootAttributeSpecs } from './spec.ts';
import type { ChildSpec, FieldSpec, GroupSpec, MessageSpec, RecordSpec } from './spec.ts';
import { CEB_NAMESPACE, DS_NAMESPACE, XSI_NAMESPACE } from './base.ts';
import type { CebMessage } from './types.ts';
import type {
  DsReference, DsSignature, ExtendMessage, ParseResult, ParsedMessage, XmlAnyElement, XmlAnyNode,
} from './base.ts';

/** Looks up the spec of a root element name; supplied by the registry to avoid an import cycle. */
export type SpecLookup = (root: string) => MessageSpec | undefined;

type Obj = Record<string, unknown>;

// ---------------------------------------------------------------------------
// XML → typed object
// ---------------------------------------------------------------------------

interface DecodeContext {
  readonly spec: MessageSpec;
  readonly source: string;
  readonly lines: LineIndex;
  readonly lesson: string;
  readonly positions: Record<string, SourcePosition>;
  readonly findings: Finding[];
  readonly synthesized: string[];
}

/** One expected child element of a container, in XSD order. */
interface Slot {
  readonly name: string;
  readonly uri: string;
  readonly min: number;
  readonly max: number;
}

/**
 * Reads XML as a message of the given spec, or of whatever kind the root names when `spec` is a
 * lookup function.
 */
export function decodeMessage(xml: string, spec: MessageSpec | SpecLookup): ParseResult {
  const read = readXml(xml);
  if (!read.ok) return { ok: false, findings: [readErrorFinding(read.error)] };
  const { root, source, lines } = read;
  const rootPos = lines.rangeAt(root.start, root.startTagEnd);
  const expected = typeof spec === 'function' ? undefined : spec;
  const lookup = (name: string): MessageSpec | undefined =>
    typeof spec === 'function' ? spec(name) : name === spec.root ? spec : undefined;
  let found = lookup(root.local);
  // `<ceb:CEB214>` for `<ceb:CEB214Message>` (as in the official CEB214 sample): read it as that
  // kind so the learner sees every other problem too, and report the root name as an error.
  const shortRoot = !found && /^CEB\d{3}$/.test(root.local) ? lookup(`${root.local}Message`) : undefined;
  if (shortRoot) found = shortRoot;
  if (!found) {
    const want = expected ? `${expected.root}` : 'CEBnnnMessage';
    return {
      ok: false,
      findings: [
        makeFinding({
          code: 'XML_UNKNOWN_ROOT',
          path: '',
          position: rootPos,
          lesson: lessonForSpec(expected),
          message: {
            zh: `根元素 <${root.name}> 不是可识别的报文类型；应为 <ceb:${want}>（如 CEB311Message、CEB621Message）。请检查报文类型和拼写。`,
            en: `The root element <${root.name}> is not a known message kind; expected <ceb:${want}> (e.g. CEB311Message, CEB621Message). Check the message kind and its spelling.`,
          },
        }),
      ],
    };
  }
  const ctx: DecodeContext = {
    spec: found,
    source,
    lines,
    lesson: lessonForSpec(found),
    positions: {},
    findings: [],
    synthesized: [],
  };
  if (root.uri !== CEB_NAMESPACE) {
    return {
      ok: false,
      findings: [
        makeFinding({
          code: 'XML_WRONG_NAMESPACE',
          path: '',
          position: rootPos,
          lesson: ctx.lesson,
          message: {
            zh: `根元素 <${root.name}> 的命名空间为“${root.uri || '（无）'}”，应为 ${CEB_NAMESPACE}。请在根元素上声明 xmlns:ceb="${CEB_NAMESPACE}" 并使用 ceb: 前缀（或声明默认命名空间）。`,
            en: `The root element <${root.name}> is in namespace "${root.uri || '(none)'}"; it must be ${CEB_NAMESPACE}. Declare xmlns:ceb="${CEB_NAMESPACE}" on the root and use the ceb: prefix (or declare it as the default namespace).`,
          },
        }),
      ],
    };
  }
  ctx.positions[''] = lines.rangeAt(root.start, root.end);
  if (shortRoot) {
    ctx.findings.push(
      makeFinding({
        code: 'XML_UNKNOWN_ROOT',
        path: '',
        position: rootPos,
        lesson: ctx.lesson,
        message: {
          zh: `根元素应为 <ceb:${shortRoot.root}>，而不是 <${root.name}>（缺少后缀 Message）。已按 ${shortRoot.kind} 读取，请更正根元素名称（开始和结束标签）。`,
          en: `The root element must be <ceb:${shortRoot.root}>, not <${root.name}> (the "Message" suffix is missing). It was read as ${shortRoot.kind}; correct the root name in both the start and end tags.`,
        },
      }),
    );
  }
  const message = decodeRoot(root, ctx);
  const parsed: ParsedMessage = { message, positions: ctx.positions };
  if (ctx.synthesized.length > 0) parsed.synthesized = ctx.synthesized;
  return { ok: true, parsed, findings: ctx.findings };
}

function readErrorFinding(error: XmlReadError): Finding {
  const texts: Record<XmlReadError['code'], { zh: string; en: string }> = {
    XML_EMPTY: { zh: '报文为空。请粘贴或上传完整的 XML 报文。', en: 'The message is empty. Paste or upload a complete XML message.' },
    XML_MALFORMED: {
      zh: `XML 格式错误（${error.detailZh}）。请检查该位置附近的标签是否成对闭合、属性是否加引号、特殊字符 & < 是否写成 &amp; &lt;。`,
      en: `The XML is not well-formed (${error.detail}). Check near this position that tags are closed in pairs, attributes are quoted and the characters & and < are written &amp; and &lt;.`,
    },
    XML_DTD_FORBIDDEN: {
      zh: '报文含有 <!DOCTYPE> 声明。出于安全考虑，沙箱与海关系统一样不接受 DTD。请删除整个 DOCTYPE 声明。',
      en: 'The message contains a <!DOCTYPE> declaration. For safety the sandbox, like the customs system, does not accept DTDs. Remove the whole DOCTYPE declaration.',
    },
    XML_ENTITY_FORBIDDEN: {
      zh: `报文使用了未定义的实体引用（${error.detailZh}）。只允许 &amp; &lt; &gt; &quot; &apos; 和数字字符引用（如 &#20013;）。请直接写出该字符。`,
      en: `The message uses an undefined entity reference (${error.detail}). Only &amp; &lt; &gt; &quot; &apos; and numeric character references (e.g. &#20013;) are allowed. Write the character itself.`,
    },
    XML_TOO_LARGE: {
      zh: `报文过大（${error.detailZh}）。请拆分为多条报文（每条最多 100 个业务节点）。`,
      en: `The message is too large (${error.detail}). Split it into several messages (at most 100 business nodes each).`,
    },
    XML_TOO_DEEP: {
      zh: `元素嵌套过深（${error.detailZh}）。CEB 报文最多只有几层嵌套，请检查是否有未闭合的标签。`,
      en: `Elements are nested too deeply (${error.detail}). CEB messages are only a few levels deep; check for unclosed tags.`,
    },
  };
  return makeFinding({
    code: error.code,
    path: '',
    position: error.position,
    lesson: LESSON_IMPORT_FLOW,
    message: texts[error.code],
  });
}

/** Slots of a container in XSD order, with the index of each local name (first slot wins). */
interface SlotTable {
  readonly slots: readonly Slot[];
  readonly index: ReadonlyMap<string, number>;
}

function slotTable(slots: readonly Slot[]): SlotTable {
  const index = new Map<string, number>();
  slots.forEach((s, i) => {
    if (!index.has(s.name)) index.set(s.name, i);
  });
  return { slots, index };
}

// Slot tables depend only on the (immutable) specs: built once per spec and kept.
const tableCache = new WeakMap<object, SlotTable>();

function cached(key: object, build: () => Slot[]): SlotTable {
  let table = tableCache.get(key);
  if (!table) {
    table = slotTable(build());
    tableCache.set(key, table);
  }
  return table;
}

function envelopeSlots(spec: MessageSpec): Slot[] {
  if (spec.envelope === 'none') return [];
  const sig: Slot[] =
    spec.signature === 'none' ? [] : [{ name: 'Signature', uri: DS_NAMESPACE, min: spec.signature === 'required' ? 1 : 0, max: 1 }];
  const ext: Slot[] = [{ name: 'ExtendMessage', uri: CEB_NAMESPACE, min: 0, max: 1 }];
  return [
    { name: 'BaseTransfer', uri: CEB_NAMESPACE, min: 1, max: 1 },
    { name: 'BaseSubscribe', uri: CEB_NAMESPACE, min: 0, max: 5 },
    ...(spec.envelope === 'import' ? [...ext, ...sig] : [...sig, ...ext]),
  ];
}

function childSlots(children: readonly ChildSpec[]): Slot[] {
  return children.map((c) => ({ name: c.name, uri: CEB_NAMESPACE, min: c.min, max: c.max }));
}

/** Body slots then envelope slots of a message kind. */
function rootTable(spec: MessageSpec): SlotTable {
  return cached(spec, () => [...childSlots(spec.body), ...envelopeSlots(spec)]);
}

/** One slot per child, in the same order as `spec.children`. */
function groupTable(spec: GroupSpec): SlotTable {
  return cached(spec, () => childSlots(spec.children));
}

/** One slot per field, in the same order as `spec.fields`. */
function recordTable(spec: RecordSpec): SlotTable {
  return cached(spec, () => spec.fields.map((f) => ({ name: f.name, uri: CEB_NAMESPACE, min: f.required ? 1 : 0, max: 1 })));
}

const dsSlot = (name: string, min = 1, max = 1): Slot => ({ name, uri: DS_NAMESPACE, min, max });
// Indices below follow the slot order of each table.
const SIGNATURE_TABLE = slotTable([dsSlot('SignedInfo'), dsSlot('SignatureValue'), dsSlot('KeyInfo', 0)]);
const SIGNED_INFO_TABLE = slotTable([dsSlot('CanonicalizationMethod'), dsSlot('SignatureMethod'), dsSlot('Reference', 1, Infinity)]);
const REFERENCE_TABLE = slotTable([dsSlot('Transforms', 0), dsSlot('DigestMethod'), dsSlot('DigestValue')]);
const TRANSFORMS_TABLE = slotTable([dsSlot('Transform', 1, Infinity)]);
const KEY_INFO_TABLE = slotTable([dsSlot('KeyName', 0), dsSlot('X509Data', 0)]);
const X509_DATA_TABLE = slotTable([dsSlot('X509Certificate', 0)]);
const EXTEND_MESSAGE_TABLE = slotTable([
  { name: 'name', uri: CEB_NAMESPACE, min: 1, max: 1 },
  { name: 'version', uri: CEB_NAMESPACE, min: 1, max: 1 },
  { name: 'Message', uri: CEB_NAMESPACE, min: 1, max: 1 },
]);
const NO_SLOTS: readonly Slot[] = [];

/**
 * Elements matched to slots, per slot index: the first one of every slot, and all of them in
 * document order for repeatable slots (slots that take one element keep no list: a repeat is
 * reported and ignored).
 */
interface Matched {
  readonly first: ReadonlyArray<XmlElement | undefined>;
  readonly lists: ReadonlyArray<XmlElement[] | undefined>;
}

const NO_LISTS: ReadonlyArray<XmlElement[] | undefined> = [];
const NO_ELEMENTS: readonly XmlElement[] = [];

/** Index of a slot by name in a table (for the fixed envelope slots). */
function slotIndex(table: SlotTable, name: string): number {
  return table.index.get(name) ?? -1;
}

// Field paths (`Order[0].OrderHead.orderNo`) of the records met, per record spec and path. They are
// the keys of `positions`: reusing the same (flat, already hashed) strings from one message to the
// next avoids building and hashing a new string for every field of every message. Bounded: a
// table is dropped when it gets large (paths carry item indices, so there are many possible).
const FIELD_PATHS = new WeakMap<RecordSpec, Map<string, readonly string[]>>();
const MAX_CACHED_RECORD_PATHS = 2000;

function fieldPaths(spec: RecordSpec, path: string): readonly string[] {
  let byPath = FIELD_PATHS.get(spec);
  if (!byPath) FIELD_PATHS.set(spec, (byPath = new Map<string, readonly string[]>()));
  let paths = byPath.get(path);
  if (!paths) {
    if (byPath.size >= MAX_CACHED_RECORD_PATHS) byPath.clear();
    paths = spec.fields.map((f) => joinPath(path, f.name));
    byPath.set(path, paths);
  }
  return paths;
}

/** A cleared array of `n` entries for the fields of one record, reused (records do not nest). */
let recordScratch: Array<XmlElement | undefined> = [];
function fieldScratch(n: number): Array<XmlElement | undefined> {
  if (recordScratch.length < n) recordScratch = new Array<XmlElement | undefined>(n);
  recordScratch.fill(undefined, 0, n);
  return recordScratch;
}

function decodeRoot(root: XmlElement, ctx: DecodeContext): CebMessage {
  const { spec } = ctx;
  const msg: Obj = { kind: spec.kind };
  // Root attributes.
  for (const a of rootAttributeSpecs) {
    const attr = root.attributes.find((x) => x.local === a.name && x.uri === '');
    msg[a.name] = attr ? attr.value : '';
    if (attr) ctx.positions[a.name] = attributePosition(root, a.name, ctx);
  }
  for (const attr of root.attributes) {
    if (attr.uri === '' && (attr.local === 'guid' || attr.local === 'version')) continue;
    if (attr.uri === XSI_NAMESPACE) continue;
    unknownAttribute(root, attr.name, '', ctx);
  }
  const table = rootTable(spec);
  const matched = matchChildren(root, table, '', ctx);
  const body = spec.body;
  // The body slots come first, in the order of `spec.body`.
  for (let i = 0; i < body.length; i++) {
    const c = body[i] as ChildSpec;
    msg[c.name] = decodeChildSlot(matched, i, c, '', root, ctx);
  }
  if (spec.envelope !== 'none') {
    msg['BaseTransfer'] = decodeSingle(matched.first[slotIndex(table, 'BaseTransfer')], baseTransferSpec, 'BaseTransfer', root, ctx, true);
    const subs = matched.lists[slotIndex(table, 'BaseSubscribe')] ?? NO_ELEMENTS;
    if (subs.length > 0) {
      msg['BaseSubscribe'] = subs.map((el, i) => decodeRecord(el, baseSubscribeSpec, `BaseSubscribe[${i}]`, ctx));
    }
    const ext = matched.first[slotIndex(table, 'ExtendMessage')];
    if (ext) msg['ExtendMessage'] = decodeExtendMessage(ext, ctx);
  }
  if (spec.signature !== 'none') {
    const sig = matched.first[slotIndex(table, 'Signature')];
    if (sig) msg['Signature'] = decodeSignature(sig, ctx);
    else if (spec.signature === 'required') {
      missingElement('Signature', '', root, ctx, 'ds:Signature');
      msg['Signature'] = emptySignature();
      ctx.synthesized.push('Signature');
    }
  }
  return msg as unknown as CebMessage;
}

/**
 * Sorts an element's children into slots by local name and reports unknown, misplaced,
 * wrong-namespace and non-whitespace text. Returns the elements per slot index, in document order.
 */
function matchChildren(
  el: XmlElement,
  table: SlotTable,
  path: string,
  ctx: DecodeContext,
  first: Array<XmlElement | undefined> = new Array<XmlElement | undefined>(table.slots.length).fill(undefined),
): Matched {
  const { slots, index: byName } = table;
  let lists: Array<XmlElement[] | undefined> | undefined;
  let lastIndex = -1;
  const children = el.children;
  for (let k = 0; k < children.length; k++) {
    const c = children[k] as XmlElement;
    const index = byName.get(c.local);
    const slot = index === undefined ? undefined : slots[index];
    if (index === undefined || !slot) {
      unknownElement(c, path, ctx, slots);
      continue;
    }
    const repeatable = slot.max !== 1;
    const list = repeatable ? lists?.[index] : undefined;
    const count = repeatable ? (list?.length ?? 0) : first[index] === undefined ? 0 : 1;
    if (c.uri !== slot.uri) {
      ctx.findings.push(
        makeFinding({
          code: 'XML_WRONG_NAMESPACE',
          path: slotPath(path, slot, count),
          position: elementPosition(c, ctx),
          lesson: ctx.lesson,
          message: {
            zh: `元素 <${c.name}> 的命名空间为“${c.uri || '（无）'}”，应为 ${slot.uri}。请加上 ${slot.uri === DS_NAMESPACE ? 'ds:' : 'ceb:'} 前缀（与根元素相同的命名空间）。`,
            en: `Element <${c.name}> is in namespace "${c.uri || '(none)'}"; it must be ${slot.uri}. Add the ${slot.uri === DS_NAMESPACE ? 'ds:' : 'ceb:'} prefix (the same namespace as the root).`,
          },
        }),
      );
    }
    if (index < lastIndex) {
      const before = slots[lastIndex]?.name ?? '';
      ctx.findings.push(
        makeFinding({
          code: 'XML_ELEMENT_ORDER',
          path: slotPath(path, slot, count),
          position: elementPosition(c, ctx),
          lesson: ctx.lesson,
          message: {
            zh: `元素 <${c.local}> 出现在 <${before}> 之后，但规范要求它排在 <${before}> 之前（XSD 的 sequence 顺序）。请按规范顺序调整元素位置。`,
            en: `Element <${c.local}> comes after <${before}>, but the standard puts it before <${before}> (XSD sequence order). Move it to its place in the standard's order.`,
          },
        }),
      );
    } else lastIndex = index;
    if (slot.max === 1 && count === 1) {
      ctx.findings.push(
        makeFinding({
          code: 'XML_TOO_MANY',
          path: slotPath(path, slot, count),
          position: elementPosition(c, ctx),
          lesson: ctx.lesson,
          message: {
            zh: `元素 <${c.local}> 在 ${describePath(path).zh} 中只能出现一次，这是重复的一个（已忽略）。请删除重复的元素。`,
            en: `Element <${c.local}> may appear only once in ${describePath(path).en}; this is a repeat (ignored). Remove the duplicate.`,
          },
        }),
      );
      continue;
    }
    if (count === 0) first[index] = c;
    if (repeatable) {
      lists ??= [];
      if (list) list.push(c);
      else lists[index] = [c];
    }
  }
  if (el.text.length > 0 && hasNonSpace(el.text)) {
    ctx.findings.push(
      makeFinding({
        code: 'XML_UNEXPECTED_TEXT',
        path,
        position: elementPosition(el, ctx),
        lesson: ctx.lesson,
        message: {
          zh: `${describePath(path).zh} 是结构元素，只能包含子元素，但其中有文本“${clip(el.text.trim())}”。请把文本放进对应的字段元素，或删除它。`,
          en: `${describePath(path).en} is a structural element and may hold only child elements, but it contains the text "${clip(el.text.trim())}". Put the text inside the right field element or remove it.`,
        },
      }),
    );
  }
  return { first, lists: lists ?? NO_LISTS };
}

/** Path of the next element of a slot (only findings need it, so it is built on demand). */
function slotPath(path: string, slot: Slot, count: number): string {
  return joinPath(path, slot.max > 1 ? `${slot.name}[${count}]` : slot.name);
}

/** Same as `s.trim() !== ''` without building the trimmed string for the usual indentation. */
function hasNonSpace(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // Fast path for XML white space; anything else defers to String.prototype.trim's definition.
    if (c !== 0x20 && c !== 0x0a && c !== 0x09 && c !== 0x0d) return s.trim() !== '';
  }
  return false;
}

/** Decodes the elements of slot `i`, whose spec is `c`. */
function decodeChildSlot(matched: Matched, i: number, c: ChildSpec, base: string, parent: XmlElement, ctx: DecodeContext): unknown {
  if (c.max > 1) {
    const els = matched.lists[i] ?? NO_ELEMENTS;
    return els.map((el, k) => decodeNode(el, c.spec, joinPath(base, `${c.name}[${k}]`), ctx));
  }
  return decodeSingle(matched.first[i], c.spec, joinPath(base, c.name), parent, ctx, c.min > 0);
}

function decodeSingle(
  el: XmlElement | undefined,
  spec: RecordSpec | GroupSpec,
  path: string,
  parent: XmlElement,
  ctx: DecodeContext,
  required: boolean,
): unknown {
  if (el) return decodeNode(el, spec, path, ctx);
  if (!required) return undefined;
  missingElement(spec.name, path, parent, ctx);
  ctx.synthesized.push(path);
  return emptyNode(spec);
}

function decodeNode(el: XmlElement, spec: RecordSpec | GroupSpec, path: string, ctx: DecodeContext): Obj {
  ctx.positions[path] = elementPosition(el, ctx);
  checkNoAttributes(el, path, ctx);
  if (spec.node === 'record') return decodeRecordBody(el, spec, path, ctx);
  const matched = matchChildren(el, groupTable(spec), path, ctx);
  const obj: Obj = {};
  const children = spec.children;
  for (let i = 0; i < children.length; i++) {
    const c = children[i] as ChildSpec;
    const v = decodeChildSlot(matched, i, c, path, el, ctx);
    if (v !== undefined) obj[c.name] = v;
  }
  return obj;
}

function decodeRecord(el: XmlElement, spec: RecordSpec, path: string, ctx: DecodeContext): Obj {
  ctx.positions[path] = elementPosition(el, ctx);
  checkNoAttributes(el, path, ctx);
  return decodeRecordBody(el, spec, path, ctx);
}

function decodeRecordBody(el: XmlElement, spec: RecordSpec, path: string, ctx: DecodeContext): Obj {
  const fields = spec.fields;
  const matched = matchChildren(el, recordTable(spec), path, ctx, fieldScratch(fields.length)).first;
  const obj: Obj = {};
  const paths = fieldPaths(spec, path);
  for (let i = 0; i < fields.length; i++) {
    const f = fields[i] as FieldSpec;
    const fe = matched[i];
    if (fe) {
      const fp = paths[i] as string;
      ctx.positions[fp] = elementPosition(fe, ctx);
      if (fe.attributes.length > 0) checkNoAttributes(fe, fp, ctx);
      for (const g of fe.children) unknownElement(g, fp, ctx, NO_SLOTS);
      obj[f.name] = fe.text;
    } else if (f.required) obj[f.name] = '';
  }
  return obj;
}

function decodeExtendMessage(el: XmlElement, ctx: DecodeContext): ExtendMessage {
  const path = 'ExtendMessage';
  ctx.positions[path] = elementPosition(el, ctx);
  const matched = matchChildren(el, EXTEND_MESSAGE_TABLE, path, ctx);
  const out: ExtendMessage = { name: '', version: '', Message: [] };
  for (const f of extendMessageSpec.fields) {
    const fe = matched.first[slotIndex(EXTEND_MESSAGE_TABLE, f.name)];
    if (fe) {
      ctx.positions[`${path}.${f.name}`] = elementPosition(fe, ctx);
      out[f.name as 'name' | 'version'] = fe.text;
    }
  }
  const m = matched.first[2];
  if (m) {
    ctx.positions[`${path}.Message`] = elementPosition(m, ctx);
    out.Message = toAnyNodes(m);
  }
  return out;
}

function toAnyNodes(el: XmlElement): XmlAnyNode[] {
  // Mixed content is not interleaved in the reader's tree; open content keeps elements, or the
  // text when there are none.
  if (el.children.length === 0) return el.text === '' ? [] : [el.text];
  return el.children.map(toAnyElement);
}

function toAnyElement(el: XmlElement): XmlAnyElement {
  const attributes: Record<string, string> = {};
  for (const a of el.attributes) attributes[a.name] = a.value;
  return { name: el.local, namespace: el.uri, attributes, children: toAnyNodes(el) };
}

function decodeSignature(el: XmlElement, ctx: DecodeContext): DsSignature {
  const path = 'Signature';
  ctx.positions[path] = elementPosition(el, ctx);
  const top = matchChildren(el, SIGNATURE_TABLE, path, ctx);
  const sig = emptySignature();
  const id = el.attributes.find((a) => a.local === 'Id' && a.uri === '');
  if (id) sig.Id = id.value;
  const si = top.first[0];
  if (si) {
    const sp = `${path}.SignedInfo`;
    ctx.positions[sp] = elementPosition(si, ctx);
    const m = matchChildren(si, SIGNED_INFO_TABLE, sp, ctx);
    sig.SignedInfo.CanonicalizationMethod = { Algorithm: algorithmOf(m.first[0], `${sp}.CanonicalizationMethod`, ctx) };
    sig.SignedInfo.SignatureMethod = { Algorithm: algorithmOf(m.first[1], `${sp}.SignatureMethod`, ctx) };
    sig.SignedInfo.Reference = (m.lists[2] ?? NO_ELEMENTS).map((r, i) => {
      const rp = `${sp}.Reference[${i}]`;
      ctx.positions[rp] = elementPosition(r, ctx);
      const rm = matchChildren(r, REFERENCE_TABLE, rp, ctx);
      const ref: DsReference = {
        DigestMethod: { Algorithm: algorithmOf(rm.first[1], `${rp}.DigestMethod`, ctx) },
        DigestValue: textOf(rm.first[2], `${rp}.DigestValue`, ctx),
      };
      const uri = r.attributes.find((a) => a.local === 'URI' && a.uri === '');
      if (uri) ref.URI = uri.value;
      const tr = rm.first[0];
      if (tr) {
        const tp = `${rp}.Transforms`;
        ctx.positions[tp] = elementPosition(tr, ctx);
        const tm = matchChildren(tr, TRANSFORMS_TABLE, tp, ctx);
        ref.Transforms = (tm.lists[0] ?? NO_ELEMENTS).map((t, j) => ({ Algorithm: algorithmOf(t, `${tp}[${j}]`, ctx) }));
      }
      return ref;
    });
  }
  sig.SignatureValue = textOf(top.first[1], `${path}.SignatureValue`, ctx);
  const ki = top.first[2];
  if (ki) {
    const kp = `${path}.KeyInfo`;
    ctx.positions[kp] = elementPosition(ki, ctx);
    const km = matchChildren(ki, KEY_INFO_TABLE, kp, ctx);
    sig.KeyInfo = {};
    const kn = km.first[0];
    if (kn) sig.KeyInfo.KeyName = textOf(kn, `${kp}.KeyName`, ctx);
    const xd = km.first[1];
    if (xd) {
      ctx.positions[`${kp}.X509Data`] = elementPosition(xd, ctx);
      const xm = matchChildren(xd, X509_DATA_TABLE, `${kp}.X509Data`, ctx);
      const cert = xm.first[0];
      if (cert) sig.KeyInfo.X509Certificate = textOf(cert, `${kp}.X509Certificate`, ctx);
    }
  }
  return sig;
}

function algorithmOf(el: XmlElement | undefined, path: string, ctx: DecodeContext): string {
  if (!el) return '';
  ctx.positions[path] = elementPosition(el, ctx);
  return el.attributes.find((a) => a.local === 'Algorithm' && a.uri === '')?.value ?? '';
}

function textOf(el: XmlElement | undefined, path: string, ctx: DecodeContext): string {
  if (!el) return '';
  ctx.positions[path] = elementPosition(el, ctx);
  return el.text;
}

function emptySignature(): DsSignature {
  return {
    SignedInfo: { CanonicalizationMethod: { Algorithm: '' }, SignatureMethod: { Algorithm: '' }, Reference: [] },
    SignatureValue: '',
  };
}

/** A node with every required field empty and every required child synthesized. */
export function emptyNode(spec: RecordSpec | GroupSpec): Obj {
  const obj: Obj = {};
  if (spec.node === 'record') {
    for (const f of spec.fields) if (f.required) obj[f.name] = '';
    return obj;
  }
  for (const c of spec.children) {
    if (c.max > 1) obj[c.name] = [];
    else if (c.min > 0) obj[c.name] = emptyNode(c.spec);
  }
  return obj;
}

function checkNoAttributes(el: XmlElement, path: string, ctx: DecodeContext): void {
  for (const a of el.attributes) {
    if (a.uri === XSI_NAMESPACE) continue;
    unknownAttribute(el, a.name, path, ctx);
  }
}

function unknownAttribute(el: XmlElement, name: string, path: string, ctx: DecodeContext): void {
  ctx.findings.push(
    makeFinding({
      code: 'XML_UNKNOWN_ATTRIBUTE',
      severity: 'warning',
      path,
      position: elementPosition(el, ctx),
      lesson: ctx.lesson,
      message: {
        zh: `元素 <${el.name}> 上的属性 ${name} 不是规范定义的，已忽略。${path === '' ? '根元素只应有 guid 和 version 两个属性（以及命名空间声明）。' : 'CEB 报文的业务元素不带属性，请把值写成子元素。'}`,
        en: `Attribute ${name} on <${el.name}> is not defined by the standard and was ignored. ${path === '' ? 'The root should carry only guid and version (plus namespace declarations).' : 'CEB business elements carry no attributes; write values as child elements.'}`,
      },
    }),
  );
}

function unknownElement(c: XmlElement, path: string, ctx: DecodeContext, slots: readonly Slot[]): void {
  const near = closestName(c.local, slots.map((s) => s.name));
  const hintZh = near ? `是否应为 <${near}>（注意大小写与拼写）？` : `请对照规范删除或更正它。`;
  const hintEn = near ? `Did you mean <${near}> (mind case and spelling)?` : `Remove or correct it against the standard.`;
  ctx.findings.push(
    makeFinding({
      code: 'XML_UNKNOWN_ELEMENT',
      path: joinPath(path, c.local),
      position: elementPosition(c, ctx),
      lesson: ctx.lesson,
      message: {
        zh: `${describePath(path).zh} 中的元素 <${c.name}> 不是 ${ctx.spec.kind} 报文规范定义的元素，已忽略。${hintZh}`,
        en: `Element <${c.name}> in ${describePath(path).en} is not defined by the ${ctx.spec.kind} standard and was ignored. ${hintEn}`,
      },
    }),
  );
}

function missingElement(name: string, path: string, parent: XmlElement, ctx: DecodeContext, display = `ceb:${name}`): void {
  ctx.findings.push(
    makeFinding({
      code: 'XML_MISSING_ELEMENT',
      path: path === '' ? name : path,
      position: elementPosition(parent, ctx),
      lesson: ctx.lesson,
      message: {
        zh: `缺少必需的元素 <${display}>（${path === '' ? name : path}）。${ctx.spec.kind} 报文必须包含它，请按规范顺序补上。`,
        en: `The required element <${display}> (${path === '' ? name : path}) is missing. A ${ctx.spec.kind} message must contain it; add it in the standard's order.`,
      },
    }),
  );
}

function elementPosition(el: XmlElement, ctx: DecodeContext): SourcePosition {
  return ctx.lines.rangeAt(el.start, el.end);
}

// Only the root attribute names (guid, version) are ever looked up, so this stays tiny.
const ATTRIBUTE_RES = new Map<string, RegExp>();

function attributePosition(el: XmlElement, name: string, ctx: DecodeContext): SourcePosition {
  const tag = ctx.source.slice(el.start, el.startTagEnd);
  let re = ATTRIBUTE_RES.get(name);
  if (!re) {
    re = new RegExp(`\\s(${name})\\s*=\\s*("[^"]*"|'[^']*')`);
    ATTRIBUTE_RES.set(name, re);
  }
  const m = re.exec(tag);
  if (!m) return ctx.lines.rangeAt(el.start, el.startTagEnd);
  const start = el.start + m.index + 1;
  return ctx.lines.rangeAt(start, start + m[0].length - 1);
}

function clip(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}

/** The candidate equal to `name` ignoring case, or within edit distance 2. */
function closestName(name: string, candidates: readonly string[]): string | undefined {
  const lower = name.toLowerCase();
  let best: string | undefined;
  let bestD = 3;
  for (const c of candidates) {
    if (c.toLowerCase() === lower) return c;
    const d = editDistance(lower, c.toLowerCase(), bestD);
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  return best;
}

function editDistance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) >= cap) return cap;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length] ?? cap;
}

// ---------------------------------------------------------------------------
// Typed object → XML
// ---------------------------------------------------------------------------

/**
 * Writes a message as XML in the dialect of the official export samples: `ceb:` prefix, namespaces
 * on the root, elements in XSD order. Optional fields that are absent are left out; required
 * fields that are absent are written empty.
 */
export function encodeMessage(message: CebMessage, spec: MessageSpec): string {
  const m = message as unknown as Obj;
  const b = new XmlBuilder();
  const root = `ceb:${spec.root}`;
  b.open(0, root, [
    ['guid', str(m['guid'])],
    ['version', str(m['version'])],
    ['xmlns:ceb', CEB_NAMESPACE],
    ['xmlns:xsi', XSI_NAMESPACE],
  ]);
  for (const c of spec.body) encodeChildSlot(b, m[c.name], c, 1);
  if (spec.envelope !== 'none') {
    encodeNode(b, m['BaseTransfer'], baseTransferSpec, 1);
    const subs = m['BaseSubscribe'];
    if (Array.isArray(subs)) for (const s of subs) encodeNode(b, s, baseSubscribeSpec, 1);
    const ext = m['ExtendMessage'] as ExtendMessage | undefined;
    const sig = m['Signature'] as DsSignature | undefined;
    if (spec.envelope === 'import') {
      if (ext) encodeExtendMessage(b, ext);
      if (sig) encodeSignature(b, sig);
    } else {
      if (sig) encodeSignature(b, sig);
      if (ext) encodeExtendMessage(b, ext);
    }
  } else if (spec.signature !== 'none' && m['Signature']) encodeSignature(b, m['Signature'] as DsSignature);
  b.close(0, root);
  return b.toString();
}

function encodeChildSlot(b: XmlBuilder, value: unknown, c: ChildSpec, depth: number): void {
  if (c.max > 1) {
    if (Array.isArray(value)) for (const v of value) encodeNode(b, v, c.spec, depth);
  } else if (value !== undefined) encodeNode(b, value, c.spec, depth);
}

function encodeNode(b: XmlBuilder, value: unknown, spec: RecordSpec | GroupSpec, depth: number): void {
  const obj = (value ?? {}) as Obj;
  const name = `ceb:${spec.name}`;
  b.open(depth, name);
  if (spec.node === 'record') {
    for (const f of spec.fields) {
      const v = obj[f.name];
      if (v === undefined) {
        if (f.required) b.leaf(depth + 1, `ceb:${f.name}`, '');
      } else b.leaf(depth + 1, `ceb:${f.name}`, str(v));
    }
  } else {
    for (const c of spec.children) encodeChildSlot(b, obj[c.name], c, depth + 1);
  }
  b.close(depth, name);
}

function encodeExtendMessage(b: XmlBuilder, ext: ExtendMessage): void {
  b.open(1, 'ceb:ExtendMessage');
  b.leaf(2, 'ceb:name', ext.name);
  b.leaf(2, 'ceb:version', ext.version);
  b.raw(2, `<ceb:Message>${ext.Message.map((n) => anyToXml(n, '')).join('')}</ceb:Message>`);
  b.close(1, 'ceb:ExtendMessage');
}

function anyToXml(node: XmlAnyNode, parentNs: string): string {
  if (typeof node === 'string') return escapeText(node);
  const attrs: Array<[string, string]> = [];
  if (node.namespace !== parentNs) attrs.push(['xmlns', node.namespace]);
  for (const [k, v] of Object.entries(node.attributes)) attrs.push([k, v]);
  const inner = node.children.map((c) => anyToXml(c, node.namespace)).join('');
  return `<${node.name}${formatAttributes(attrs)}>${inner}</${node.name}>`;
}

function encodeSignature(b: XmlBuilder, sig: DsSignature): void {
  const attrs: Array<[string, string]> = [['xmlns:ds', DS_NAMESPACE]];
  if (sig.Id !== undefined) attrs.push(['Id', sig.Id]);
  b.open(1, 'ds:Signature', attrs);
  b.open(2, 'ds:SignedInfo');
  b.raw(3, `<ds:CanonicalizationMethod${formatAttributes([['Algorithm', sig.SignedInfo.CanonicalizationMethod.Algorithm]])}/>`);
  b.raw(3, `<ds:SignatureMethod${formatAttributes([['Algorithm', sig.SignedInfo.SignatureMethod.Algorithm]])}/>`);
  for (const r of sig.SignedInfo.Reference) {
    b.open(3, 'ds:Reference', r.URI !== undefined ? [['URI', r.URI]] : []);
    if (r.Transforms) {
      b.open(4, 'ds:Transforms');
      for (const t of r.Transforms) b.raw(5, `<ds:Transform${formatAttributes([['Algorithm', t.Algorithm]])}/>`);
      b.close(4, 'ds:Transforms');
    }
    b.raw(4, `<ds:DigestMethod${formatAttributes([['Algorithm', r.DigestMethod.Algorithm]])}/>`);
    b.leaf(4, 'ds:DigestValue', r.DigestValue);
    b.close(3, 'ds:Reference');
  }
  b.close(2, 'ds:SignedInfo');
  b.leaf(2, 'ds:SignatureValue', sig.SignatureValue);
  if (sig.KeyInfo) {
    b.open(2, 'ds:KeyInfo');
    if (sig.KeyInfo.KeyName !== undefined) b.leaf(3, 'ds:KeyName', sig.KeyInfo.KeyName);
    if (sig.KeyInfo.X509Certificate !== undefined) {
      b.open(3, 'ds:X509Data');
      b.leaf(4, 'ds:X509Certificate', sig.KeyInfo.X509Certificate);
      b.close(3, 'ds:X509Data');
    }
    b.close(2, 'ds:KeyInfo');
  }
  b.close(1, 'ds:Signature');
}

function str(v: unknown): string {
  return typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : '';
}
