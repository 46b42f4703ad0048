/**
 * Hover help and completion for CEB message XML, from the engine's field specs and code tables.
 * Pure functions over the text and an offset; the Monaco glue only converts positions.
 */
import { editorText } from '#i18n/areas/editor.ts';
import { pick } from '#i18n/pick.ts';
import { codeValue, codeValuesOf } from './code-values.ts';
import { ELEMENT_GLOSSES } from './glosses.ts';
import { childSlots, messageRoots, resolvePath, type ElementSlot, type SchemaNode } from './schema.ts';
import { contextAt, tagNameAt } from './xml-context.ts';

export type EditorLocale = 'zh-CN' | 'en';

export interface HoverHelp {
  /** Markdown paragraphs. */
  contents: string[];
  /** Offsets of the word the help is about. */
  start: number;
  end: number;
}

const escapeMd = (s: string): string => s.replace(/([\\`*_{}[\]()#+!|<>])/g, '\\$1');

/** Help text of a spec node in the page's language (zh description + English gloss + type + requiredness). */
export function describeNode(node: SchemaNode, name: string, locale: EditorLocale): string[] {
  const gloss = ELEMENT_GLOSSES[name];
  const title = `**${escapeMd(name)}**`;
  let zh = '';
  let en = gloss ?? '';
  let facts = '';
  if (node.type === 'message') {
    zh = node.spec.zh;
    en = node.spec.en;
  } else if (node.type === 'group' || node.type === 'record') {
    zh = node.spec.zh;
  } else if (node.type === 'field') {
    const f = node.spec;
    zh = f.zh;
    const parts = [`${editorText(locale, 'editor.hover.type')}: \`${f.type}\``, editorText(locale, f.required ? 'editor.hover.required' : 'editor.hover.optional')];
    if (f.fixed !== undefined) parts.push(`${editorText(locale, 'editor.hover.fixed')}: \`${f.fixed}\``);
    const codes = codeValuesOf(name);
    if (codes) parts.push(editorText(locale, 'editor.hover.codes', { n: codes.length }));
    facts = parts.join(' · ');
  }
  const lines = locale === 'en' ? [en, zh] : [zh, en];
  const text = lines.filter((l) => l !== '').map(escapeMd);
  return [`${title}${text[0] !== undefined ? ` — ${text[0]}` : ''}`, ...text.slice(1), ...(facts ? [facts] : [])];
}

/** Hover help at `offset`: on an element name in a tag, or on the value of a field. */
export function hoverAt(text: string, offset: number, locale: EditorLocale): HoverHelp | undefined {
  const tag = tagNameAt(text, offset);
  if (tag) {
    const lt = tag.start - (tag.closing ? 2 : 1);
    const ctx = contextAt(text, lt);
    const path = tag.closing ? ctx.stack : [...ctx.stack, tag.name];
    const node = resolvePath(path);
    if (!node) return undefined;
    return { contents: describeNode(node, tag.name, locale), start: tag.start, end: tag.end };
  }
  const ctx = contextAt(text, offset);
  if (ctx.kind !== 'text') return undefined;
  const name = ctx.stack.at(-1);
  const node = resolvePath(ctx.stack);
  if (name === undefined || node?.type !== 'field') return undefined;
  // the whole text of the element
  const close = text.indexOf('<', offset);
  const valueEnd = close < 0 ? text.length : close;
  const raw = text.slice(ctx.textStart, valueEnd);
  const value = raw.trim();
  if (value === '') return undefined;
  const contents = describeNode(node, name, locale);
  const entry = codeValue(name, value);
  if (entry) contents.push(`${editorText(locale, 'editor.hover.value')}: \`${escapeMd(entry.code)}\` ${escapeMd(locale === 'en' ? `${entry.en} (${entry.zh})` : `${entry.zh}（${entry.en}）`)}`);
  const lead = raw.length - raw.trimStart().length;
  return { contents, start: ctx.textStart + lead, end: ctx.textStart + lead + value.length };
}

export interface CompletionEntry {
  label: string;
  /** Monaco snippet syntax (`$0` = where the cursor ends up). */
  insertText: string;
  filterText: string;
  detail: string;
  documentation: string;
  kind: 'element' | 'value';
  /** Keeps the XSD order. */
  sortText: string;
}

export interface Completion {
  items: CompletionEntry[];
  /** The range the chosen item replaces (offsets). */
  start: number;
  end: number;
}

/** The namespace prefix the document uses for CEB elements (`ceb` in the official samples), or `''`. */
export function cebPrefix(text: string): string {
  const m = /<([A-Za-z_][\w.-]*):CEB\d{3}Message\b/.exec(text);
  if (m?.[1] !== undefined) return m[1];
  return /<CEB\d{3}Message\b/.test(text) ? '' : 'ceb';
}

function qualified(prefix: string, name: string): string {
  return prefix === '' ? name : `${prefix}:${name}`;
}

function elementEntry(slot: ElementSlot, index: number, prefix: string, withLt: boolean, locale: EditorLocale): CompletionEntry {
  const isSig = slot.name === 'Signature';
  const q = isSig ? 'ds:Signature' : qualified(prefix, slot.name);
  const open = isSig ? `${q} xmlns:ds="http://www.w3.org/2000/09/xmldsig#"` : q;
  const body = slot.node.type === 'field' ? `${open}>$0</${q}>` : `${open}>\n\t$0\n</${q}>`;
  const desc = describeNode(slot.node, slot.name, locale);
  const occurs = slot.max === Infinity ? `${slot.min}..n` : `${slot.min}..${slot.max}`;
  return {
    label: q,
    insertText: withLt ? `<${body}` : body,
    filterText: withLt ? `<${q}` : q,
    detail: `[${occurs}] ${(ELEMENT_GLOSSES[slot.name] ?? '') || (slot.node.type === 'field' ? slot.node.spec.zh.slice(0, 40) : '')}`.trim(),
    documentation: desc.join('\n\n'),
    kind: 'element',
    sortText: String(index).padStart(4, '0'),
  };
}

/** Suggestions at `offset`: child elements valid under the parent (in XSD order) or code values of a code field. */
export function completeAt(text: string, offset: number, locale: EditorLocale): Completion {
  const ctx = contextAt(text, offset);
  const prefix = cebPrefix(text);
  if (ctx.kind === 'tag-name') {
    const range = { start: ctx.nameStart, end: offset };
    if (ctx.closing) {
      const top = ctx.stack.at(-1);
      if (top === undefined) return { items: [], ...range };
      const q = top === 'Signature' ? 'ds:Signature' : ctx.stack.length > 3 && resolvePath(ctx.stack) === undefined ? top : qualified(prefix, top);
      return { items: [{ label: q, insertText: `${q}>`, filterText: q, detail: '', documentation: '', kind: 'element', sortText: '0000' }], ...range };
    }
    if (ctx.stack.length === 0) {
      const items = messageRoots().map((spec, i) => ({
        label: qualified(prefix, spec.root),
        insertText: `${qualified(prefix, spec.root)} guid="$1" version="1.0" xmlns${prefix === '' ? '' : `:${prefix}`}="http://www.chinaport.gov.cn/ceb">\n\t$0\n</${qualified(prefix, spec.root)}>`,
        filterText: qualified(prefix, spec.root),
        detail: `${spec.kind} ${pick(locale, spec)}`,
        documentation: `${spec.zh}\n\n${spec.en}`,
        kind: 'element' as const,
        sortText: String(i).padStart(4, '0'),
      }));
      return { items, ...range };
    }
    const node = resolvePath(ctx.stack);
    if (!node) return { items: [], ...range };
    return { items: childSlots(node).map((s, i) => elementEntry(s, i, prefix, false, locale)), ...range };
  }
  if (ctx.kind !== 'text') return { items: [], start: offset, end: offset };
  const node = resolvePath(ctx.stack);
  const name = ctx.stack.at(-1);
  if (!node || name === undefined) return { items: [], start: offset, end: offset };
  if (node.type === 'field') {
    const values = codeValuesOf(name);
    const lead = ctx.partial.length - ctx.partial.trimStart().length;
    const start = ctx.textStart + lead;
    if (!values) return { items: [], start, end: offset };
    const items = values.map((v, i) => ({
      label: v.code,
      insertText: v.code,
      filterText: `${v.code} ${v.zh} ${v.en}`,
      detail: locale === 'en' ? `${v.en} · ${v.zh}` : `${v.zh} · ${v.en}`,
      documentation: '',
      kind: 'value' as const,
      sortText: String(i).padStart(4, '0'),
    }));
    return { items, start, end: offset };
  }
  // between elements: offer the children with their `<`
  const partial = /<?[\w:.-]*$/.exec(ctx.partial)?.[0] ?? '';
  return { items: childSlots(node).map((s, i) => elementEntry(s, i, prefix, true, locale)), start: offset - partial.length, end: offset };
}
