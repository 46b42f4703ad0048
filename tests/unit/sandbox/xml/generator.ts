/**
 * fast-check generator of well-formed CEB-like XML documents together with the tree a reader must
 * return for them, computed independently of any reader: while the document is written out, the
 * writer records each element's offsets, its decoded text and attribute values, and the 1-based
 * line and column (UTF-16 code units; CR LF, CR and LF each end a line) of its start and end.
 *
 * The documents exercise what CEB messages use and a little more: an optional XML declaration,
 * the `ceb:` prefix or a default namespace, nested namespace declarations (a `ds:` signature-like
 * subtree, `xmlns=""`), prefixed attributes, both quote styles, predefined entities and numeric
 * character references (astral ones too), CDATA sections, comments and processing instructions
 * anywhere, CR LF and lone CR line ends, tabs, CJK and astral characters, self-closing tags.
 */

import fc from 'fast-check';

export const CEB_NS = 'http://www.chinaport.gov.cn/ceb';
export const DS_NS = 'http://www.w3.org/2000/09/xmldsig#';
export const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';

/** What the reader must produce for one element (same shape as `XmlElement`). */
export interface ExpectedElement {
  name: string;
  local: string;
  prefix: string;
  uri: string;
  attributes: Array<{ name: string; local: string; prefix: string; uri: string; value: string }>;
  children: ExpectedElement[];
  text: string;
  start: number;
  end: number;
  startTagEnd: number;
}

/** Line and column of an element's start and of its end, as `LineIndex.rangeAt` gives them. */
export interface ExpectedRange {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface GeneratedDocument {
  xml: string;
  root: ExpectedElement;
  /** Ranges of every element in document order (pre-order). */
  ranges: ExpectedRange[];
}

// -------------------------------------------------------------------------------------------------
// Document model
// -------------------------------------------------------------------------------------------------

/** A piece of character data: `raw` is what is written, `value` what it means. */
interface Piece {
  raw: string;
  value: string;
}

type Content = { kind: 'text'; pieces: Piece[] } | { kind: 'skip'; raw: string } | { kind: 'element'; el: ElementModel };

interface AttrModel {
  /** Index into the bindings in scope, or -1 for no prefix. */
  prefixChoice: number;
  local: string;
  quote: '"' | "'";
  pieces: Piece[];
}

interface ElementModel {
  local: string;
  /** Which in-scope prefix to use: picks among the bindings in scope (modulo their number). */
  prefixChoice: number;
  /** Namespace declarations on this element: prefix ('' = default) and URI. */
  decls: Array<[string, string]>;
  attrs: AttrModel[];
  content: Content[];
  selfClose: boolean;
  /** White space inside the start tag before `>` (may be empty). */
  tagSpace: string;
}

const LOCALS = ['Order', 'OrderHead', 'OrderList', 'guid', 'orderNo', 'gnum', 'itemName', 'price', 'BaseTransfer', 'copCode', 'Signature', 'a', 'b'];
const ATTR_LOCALS = ['guid', 'version', 'Id', 'URI', 'Algorithm', 'lang', 'schemaLocation', 'x'];

/** Character data pieces in text: plain runs, references, line ends, CDATA. */
const textPiece: fc.Arbitrary<Piece> = fc.oneof(
  fc.constantFrom('抚顺', 'abc', ' ', '  ', '123.45', '>', ']', '-', '"', "'", '😀', 'Ω', '\t', '?', '/', '=').map((s) => ({ raw: s, value: s })),
  fc.constantFrom(
    { raw: '&lt;', value: '<' },
    { raw: '&gt;', value: '>' },
    { raw: '&amp;', value: '&' },
    { raw: '&quot;', value: '"' },
    { raw: '&apos;', value: "'" },
    { raw: '&#20013;', value: '中' },
    { raw: '&#x56FD;', value: '国' },
    { raw: '&#x1F600;', value: '😀' },
    { raw: '&#13;', value: '\r' },
    { raw: '&#9;', value: '\t' },
  ),
  fc.constantFrom({ raw: '\n', value: '\n' }, { raw: '\r\n', value: '\n' }, { raw: '\r', value: '\n' }),
  fc.constantFrom('', 'x<y&z', ']]', 'a]b', '中\r\n文', '<ceb:not-a-tag>').map((s) => ({ raw: `<![CDATA[${s}]]>`, value: s.replace(/\r\n?/g, '\n') })),
);

/** Pieces in attribute values: literal white space reads as a space, references as themselves. */
function attrPiece(quote: '"' | "'"): fc.Arbitrary<Piece> {
  return fc.oneof(
    fc.constantFrom('V1', '1.0', '中文', ' ', '😀', '>', quote === '"' ? "'" : '"', 'urn:x').map((s) => ({ raw: s, value: s })),
    fc.constantFrom({ raw: '\t', value: ' ' }, { raw: '\n', value: ' ' }, { raw: '\r\n', value: ' ' }, { raw: '\r', value: ' ' }),
    fc.constantFrom(
      { raw: '&lt;', value: '<' },
      { raw: '&amp;', value: '&' },
      { raw: '&quot;', value: '"' },
      { raw: '&apos;', value: "'" },
      { raw: '&#10;', value: '\n' },
      { raw: '&#x9;', value: '\t' },
    ),
  );
}

const skipped = fc.constantFrom('<!-- 注释 -->', '<!---->', '<!-- a - b -->', '<?pi?>', '<?target some data ?>', '<?x-y\n?>');

const attrModel: fc.Arbitrary<AttrModel> = fc.constantFrom<'"' | "'">('"', "'").chain((quote) =>
  fc.record({
    prefixChoice: fc.integer({ min: -3, max: 5 }),
    local: fc.constantFrom(...ATTR_LOCALS),
    quote: fc.constant(quote),
    pieces: fc.array(attrPiece(quote), { maxLength: 4 }),
  }),
);

const declModel: fc.Arbitrary<Array<[string, string]>> = fc.oneof(
  { weight: 4, arbitrary: fc.constant<Array<[string, string]>>([]) },
  { weight: 1, arbitrary: fc.constant<Array<[string, string]>>([['ds', DS_NS]]) },
  { weight: 1, arbitrary: fc.constant<Array<[string, string]>>([['', 'urn:fushun:ext']]) },
  { weight: 1, arbitrary: fc.constant<Array<[string, string]>>([['', '']]) },
  { weight: 1, arbitrary: fc.constant<Array<[string, string]>>([['ceb', CEB_NS], ['p', 'urn:p']]) },
);

const elementModel: fc.Memo<ElementModel> = fc.memo((depth) =>
  fc.record({
    local: fc.constantFrom(...LOCALS),
    prefixChoice: fc.nat({ max: 7 }),
    decls: declModel,
    attrs: fc.array(attrModel, { maxLength: 3 }),
    content:
      depth <= 1
        ? fc.array(fc.oneof(textContent(), skipContent()), { maxLength: 3 })
        : fc.array(fc.oneof({ weight: 2, arbitrary: textContent() }, { weight: 1, arbitrary: skipContent() }, { weight: 3, arbitrary: elementModel(depth - 1).map((el) => ({ kind: 'element' as const, el })) }), {
            maxLength: 5,
          }),
    selfClose: fc.boolean(),
    tagSpace: fc.constantFrom('', '', ' ', '\n\t'),
  }),
);

function textContent(): fc.Arbitrary<Content> {
  return fc.array(textPiece, { minLength: 1, maxLength: 4 }).map((pieces) => ({ kind: 'text' as const, pieces }));
}

function skipContent(): fc.Arbitrary<Content> {
  return skipped.map((raw) => ({ kind: 'skip' as const, raw }));
}

interface DocumentModel {
  declaration: boolean;
  defaultNs: boolean;
  kind: string;
  xsi: boolean;
  prolog: string[];
  epilog: string[];
  root: ElementModel;
  lineEnd: string;
}

const documentModel: fc.Arbitrary<DocumentModel> = fc.record({
  declaration: fc.boolean(),
  defaultNs: fc.boolean(),
  kind: fc.constantFrom('CEB311', 'CEB411', 'CEB511', 'CEB621'),
  xsi: fc.boolean(),
  prolog: fc.array(fc.constantFrom('\n', '<!-- 抚顺 -->', '<?style x?>', ' \r\n'), { maxLength: 3 }),
  epilog: fc.array(fc.constantFrom('\n', '<!-- end -->', '<?done?>', '\r'), { maxLength: 3 }),
  root: elementModel(4),
  lineEnd: fc.constantFrom('\n', '\r\n', '\r'),
});

// -------------------------------------------------------------------------------------------------
// Writer with its own position tracking
// -------------------------------------------------------------------------------------------------

class Writer {
  out = '';
  line = 1;
  column = 1;
  private prevCR = false;

  write(s: string): void {
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c === 13) {
        this.line++;
        this.column = 1;
        this.prevCR = true;
      } else if (c === 10) {
        if (!this.prevCR) {
          this.line++;
          this.column = 1;
        }
        this.prevCR = false;
      } else {
        this.column++;
        this.prevCR = false;
      }
    }
    this.out += s;
  }

  get offset(): number {
    return this.out.length;
  }
}

type Scope = Array<[string, string]>;

function resolve(scope: Scope, prefix: string): string | undefined {
  for (let i = scope.length - 1; i >= 0; i--) if (scope[i]?.[0] === prefix) return scope[i]?.[1];
  return undefined;
}

/** Prefixes usable for elements in `scope` (declared, non-empty URI, or '' always). */
function elementPrefixes(scope: Scope): string[] {
  const seen = new Set<string>(['']);
  for (const [p] of scope) if (p !== '' && p !== 'xml') seen.add(p);
  return [...seen];
}

function writeElement(w: Writer, el: ElementModel, scope: Scope, ranges: ExpectedRange[], extraDecls: Array<[string, string]>): ExpectedElement {
  const decls = [...extraDecls, ...el.decls];
  const inner: Scope = [...scope, ...decls];
  const prefixes = elementPrefixes(inner);
  const prefix = prefixes[el.prefixChoice % prefixes.length] ?? '';
  const uri = resolve(inner, prefix) ?? '';
  const name = prefix === '' ? el.local : `${prefix}:${el.local}`;
  const start = w.offset;
  const range: ExpectedRange = { line: w.line, column: w.column, endLine: 0, endColumn: 0 };
  ranges.push(range);
  w.write(`<${name}`);
  for (const [p, u] of decls) w.write(` ${p === '' ? 'xmlns' : `xmlns:${p}`}="${u}"`);
  // Attributes: unique by expanded name; prefixed ones only with a prefix bound in scope.
  const attributes: ExpectedElement['attributes'] = [];
  const seen = new Set<string>();
  const attrPrefixes = [...new Set(inner.filter(([p]) => p !== '').map(([p]) => p))];
  for (const a of el.attrs) {
    const ap = a.prefixChoice < 0 || attrPrefixes.length === 0 ? '' : (attrPrefixes[a.prefixChoice % attrPrefixes.length] ?? '');
    const au = ap === '' ? '' : (resolve(inner, ap) ?? '');
    const key = `${au}|${a.local}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const an = ap === '' ? a.local : `${ap}:${a.local}`;
    let raw = '';
    let value = '';
    for (const p of a.pieces) {
      // A CR LF split over two pieces is still one line end, read as one space.
      value += p.raw.startsWith('\n') && raw.endsWith('\r') ? p.value.slice(1) : p.value;
      raw += p.raw;
    }
    w.write(` ${an}=${a.quote}${raw}${a.quote}`);
    attributes.push({ name: an, local: a.local, prefix: ap, uri: au, value });
  }
  w.write(el.tagSpace);
  const out: ExpectedElement = { name, local: el.local, prefix, uri, attributes, children: [], text: '', start, end: 0, startTagEnd: 0 };
  if (el.selfClose) {
    w.write('/>');
    out.startTagEnd = out.end = w.offset;
  } else {
    w.write('>');
    out.startTagEnd = w.offset;
    for (const c of el.content) {
      if (c.kind === 'text') {
        for (const p of c.pieces) {
          // A CR LF split over two pieces is still one line end.
          out.text += p.raw.startsWith('\n') && w.out.endsWith('\r') ? p.value.slice(1) : p.value;
          // "]]>" may not appear literally in character data.
          w.write(p.raw === '>' && w.out.endsWith(']]') ? '&gt;' : p.raw);
        }
      } else if (c.kind === 'skip') w.write(c.raw);
      else out.children.push(writeElement(w, c.el, inner, ranges, []));
    }
    w.write(`</${name}>`);
    out.end = w.offset;
  }
  range.endLine = w.line;
  range.endColumn = w.column;
  return out;
}

/** Well-formed CEB-like documents with the expected tree and element ranges. */
export const generatedDocument: fc.Arbitrary<GeneratedDocument> = documentModel.map((d) => {
  const w = new Writer();
  if (d.declaration) w.write(`<?xml version="1.0" encoding="UTF-8"?>${d.lineEnd}`);
  for (const p of d.prolog) w.write(p);
  const ranges: ExpectedRange[] = [];
  const rootDecls: Array<[string, string]> = [d.defaultNs ? ['', CEB_NS] : ['ceb', CEB_NS]];
  if (d.xsi) rootDecls.push(['xsi', XSI_NS]);
  // The root is always the message element in the CEB namespace, like the callers expect.
  const rootModel: ElementModel = { ...d.root, local: `${d.kind}Message`, prefixChoice: d.defaultNs ? 0 : 1, decls: [] };
  const initial: Scope = [['xml', 'http://www.w3.org/XML/1998/namespace']];
  const root = writeElement(w, rootModel, initial, ranges, rootDecls);
  for (const p of d.epilog) w.write(p);
  return { xml: w.out, root, ranges };
});
