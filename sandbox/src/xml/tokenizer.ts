/**
 * Hand-written, single-pass XML tokenizer and tree builder for the restricted XML of CEB messages.
 *
 * Design: one pass over the UTF-16 string with `charCodeAt`, no regular expressions and no
 * per-character allocation, building the element tree as it goes. It implements the part of XML
 * 1.0 + Namespaces the messages use (XML declaration, elements, attributes in either quote,
 * character data, the five predefined entities, numeric character references, CDATA sections,
 * comments and processing instructions, which are skipped) and refuses everything else: a DOCTYPE
 * or any other `<!` construct, undefined entities, characters outside the XML `Char` production
 * (lone surrogates included). Line ends are normalised as XML requires (CR LF and lone CR read as
 * LF; in attribute values TAB, CR and LF read as a space). Offsets are UTF-16 code units.
 * The first problem stops the pass: it is thrown as an `XmlSyntaxError` carrying the offset, an
 * English and a Chinese description; `readXml` turns it into a result and never lets it escape.
 */

import type { XmlAttribute, XmlElement, XmlReadErrorCode } from './reader.ts';

/** Namespace URI the `xml` prefix is bound to. */
export const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';
/** Namespace URI of namespace declarations (the `xmlns` prefix). */
export const XMLNS_NAMESPACE = 'http://www.w3.org/2000/xmlns/';

/**
 * Namespace URIs met in every message, as the (interned) literals: a declared URI is replaced by
 * its literal, so every element in such a namespace shares one string object and callers comparing
 * it with their own constant compare pointers instead of characters. Other URIs stay as read.
 */
const KNOWN_NAMESPACES: ReadonlyMap<string, string> = new Map(
  [
    'http://www.chinaport.gov.cn/ceb',
    'http://www.w3.org/2000/09/xmldsig#',
    'http://www.w3.org/2001/XMLSchema-instance',
    XML_NAMESPACE,
    XMLNS_NAMESPACE,
  ].map((u) => [u, u]),
);

/** A qualified name with its parts. */
interface QName {
  readonly name: string;
  readonly prefix: string;
  readonly local: string;
}

/** The first well-formedness or safety problem of a document. */
export class XmlSyntaxError extends Error {
  readonly code: XmlReadErrorCode;
  /** Offset (UTF-16 code units) the problem is reported at. */
  readonly offset: number;
  readonly en: string;
  readonly zh: string;

  constructor(code: XmlReadErrorCode, offset: number, en: string, zh: string) {
    super(en);
    this.code = code;
    this.offset = offset;
    this.en = en;
    this.zh = zh;
  }
}

const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const BANG = 0x21;
const DQUOTE = 0x22;
const HASH = 0x23;
const AMP = 0x26;
const SQUOTE = 0x27;
const SLASH = 0x2f;
const COLON = 0x3a;
const SEMI = 0x3b;
const LT = 0x3c;
const EQ = 0x3d;
const GT = 0x3e;
const QUESTION = 0x3f;
const RBRACKET = 0x5d;

// ASCII name tables: 1 = NameStartChar (and NameChar), 2 = NameChar only.
const ASCII_NAME = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f || c === COLON) ASCII_NAME[c] = 1;
  else if ((c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2e) ASCII_NAME[c] = 2;
}

/** XML 1.0 (5th edition) NameStartChar for a code point >= 128. */
function isWideNameStart(c: number): boolean {
  return (
    (c >= 0xc0 && c <= 0xd6) ||
    (c >= 0xd8 && c <= 0xf6) ||
    (c >= 0xf8 && c <= 0x2ff) ||
    (c >= 0x370 && c <= 0x37d) ||
    (c >= 0x37f && c <= 0x1fff) ||
    c === 0x200c ||
    c === 0x200d ||
    (c >= 0x2070 && c <= 0x218f) ||
    (c >= 0x2c00 && c <= 0x2fef) ||
    (c >= 0x3001 && c <= 0xd7ff) ||
    (c >= 0xf900 && c <= 0xfdcf) ||
    (c >= 0xfdf0 && c <= 0xfffd) ||
    (c >= 0x10000 && c <= 0xeffff)
  );
}

/** XML 1.0 NameChar for a code point >= 128. */
function isWideNameChar(c: number): boolean {
  return isWideNameStart(c) || c === 0xb7 || (c >= 0x300 && c <= 0x36f) || c === 0x203f || c === 0x2040;
}

/** XML 1.0 `Char`, for a code point. */
function isXmlChar(c: number): boolean {
  return (
    (c >= 0x20 && c <= 0xd7ff) || c === TAB || c === LF || c === CR || (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff)
  );
}

function isS(c: number): boolean {
  return c === SPACE || c === LF || c === TAB || c === CR;
}

function hex(c: number): string {
  return `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** How a character is shown in a message: itself when printable, else its code point. */
function show(s: string, i: number): string {
  const c = s.codePointAt(i) ?? 0;
  return c > 0x20 && isXmlChar(c) && c !== 0x7f ? `"${String.fromCodePoint(c)}"` : hex(c);
}

/**
 * Parses `s` (without byte-order mark) into its root element. Throws `XmlSyntaxError` on the
 * first problem; never throws anything else for a string input.
 */
export function tokenize(s: string, maxDepth: number): XmlElement {
  return new Tokenizer(s, maxDepth).document();
}

class Tokenizer {
  private readonly n: number;
  /** Index after the construct just read (set by the sub-parsers). */
  private i = 0;
  /** Set by `startTag`: the tag was `<x/>`. */
  private selfClosed = false;
  /** Set by `entity`: the decoded text of the reference. */
  private ent = '';
  /** Set by `name`: offset of the first colon in the name just read, or -1. */
  private colon = -1;
  /** Set by `name`: the name just read has more than one colon. */
  private colons2 = false;
  /** In-scope namespace bindings, innermost last; `nsTop` entries are live. */
  private readonly nsPrefix: string[] = ['xml', 'xmlns'];
  private readonly nsUri: string[] = [XML_NAMESPACE, XMLNS_NAMESPACE];
  private nsTop = 2;
  // Scratch space for the attributes of the start tag being read.
  private readonly aName: string[] = [];
  private readonly aValue: string[] = [];
  private readonly aColon: number[] = [];
  private readonly aStart: number[] = [];

  private readonly s: string;
  private readonly maxDepth: number;

  constructor(s: string, maxDepth: number) {
    this.s = s;
    this.n = s.length;
    this.maxDepth = maxDepth;
  }

  document(): XmlElement {
    const s = this.s;
    const n = this.n;
    let i = 0;
    if (s.startsWith('<?xml', 0)) {
      const c5 = s.charCodeAt(5);
      if (isS(c5) || c5 === QUESTION) i = this.xmlDeclaration();
    }
    let root: XmlElement | undefined;
    for (;;) {
      while (i < n && isS(s.charCodeAt(i))) i++;
      if (i >= n) break;
      if (s.charCodeAt(i) !== LT) this.outsideText(i, root);
      const c1 = s.charCodeAt(i + 1);
      if (c1 === QUESTION) i = this.pi(i);
      else if (c1 === BANG) {
        if (s.startsWith('<!--', i)) i = this.comment(i);
        else if (s.startsWith('<![CDATA[', i)) this.outsideText(i, root);
        else this.bang(i);
      } else if (c1 === SLASH) {
        throw this.err(
          i,
          `end tag </${this.peekName(i + 2)}> has no matching start tag`,
          `结束标签 </${this.peekName(i + 2)}> 没有对应的开始标签`,
        );
      } else if (root) {
        throw this.err(
          i,
          `a second top-level element <${this.peekName(i + 1)}> after the root element </${root.name}>; a document has exactly one root`,
          `根元素 </${root.name}> 之后又出现了顶层元素 <${this.peekName(i + 1)}>；报文只能有一个根元素`,
        );
      } else {
        root = this.elementTree(i);
        i = this.i;
      }
    }
    if (!root) {
      throw this.err(n, 'the document has no root element', '报文中没有根元素');
    }
    return root;
  }

  // ---------------------------------------------------------------------------------------------
  // Elements and content
  // ---------------------------------------------------------------------------------------------

  /** Reads the element starting at `start` with all its content; `this.i` is set after it. */
  private elementTree(start: number): XmlElement {
    const s = this.s;
    const n = this.n;
    const rootMark = this.nsTop;
    const root = this.startTag(start);
    if (this.selfClosed) return root;
    const stack: XmlElement[] = [root];
    const marks: number[] = [rootMark];
    let cur = root;
    let i = this.i;
    for (;;) {
      // Character data up to the next markup.
      let run = i;
      for (;;) {
        const c = s.charCodeAt(i);
        if (c === LT) break;
        if (c >= SPACE) {
          if (c < 0xd800) {
            if (c === AMP) {
              if (i > run) cur.text += s.slice(run, i);
              i = this.entity(i);
              cur.text += this.ent;
              run = i;
            } else {
              if (c === GT && s.charCodeAt(i - 1) === RBRACKET && s.charCodeAt(i - 2) === RBRACKET) {
                throw this.err(i - 2, 'the sequence "]]>" is not allowed in character data', '字符数据中不允许出现 “]]>”');
              }
              i++;
            }
          } else i = this.wide(i);
        } else if (c === LF || c === TAB) i++;
        else if (c === CR) {
          cur.text += s.slice(run, i) + '\n';
          i += s.charCodeAt(i + 1) === LF ? 2 : 1;
          run = i;
        } else if (i >= n) {
          throw this.unclosed(cur);
        } else throw this.badChar(i);
      }
      if (i > run) cur.text += s.slice(run, i);
      // Markup at i.
      const c1 = s.charCodeAt(i + 1);
      if (c1 === SLASH) {
        const name = cur.name;
        const len = name.length;
        let j = i + 2;
        // The start tag's name is in the source right after its "<": compare in place.
        let k = 0;
        const from = cur.start + 1;
        while (k < len && s.charCodeAt(j + k) === s.charCodeAt(from + k)) k++;
        if (k < len || this.isNameCharAt(j + len)) {
          const got = this.peekName(j);
          throw this.err(
            i,
            got === ''
              ? `malformed end tag; expected </${name}>`
              : `end tag </${got}> does not match the start tag <${name}> (line ${this.lineOf(cur.start)})`,
            got === ''
              ? `结束标签格式错误，应为 </${name}>`
              : `结束标签 </${got}> 与开始标签 <${name}>（第 ${this.lineOf(cur.start)} 行）不匹配`,
          );
        }
        j += len;
        while (isS(s.charCodeAt(j))) j++;
        if (s.charCodeAt(j) !== GT) {
          throw j >= n ? this.unclosed(cur) : this.err(j, `end tag </${name}> is not closed with ">"`, `结束标签 </${name}> 缺少 “>”`);
        }
        cur.end = j + 1;
        stack.pop();
        this.nsTop = marks.pop() ?? 2;
        const parent = stack[stack.length - 1];
        if (!parent) {
          this.i = j + 1;
          return root;
        }
        cur = parent;
        i = j + 1;
      } else if (c1 === BANG) {
        if (s.startsWith('<!--', i)) i = this.comment(i);
        else if (s.startsWith('<![CDATA[', i)) {
          i = this.cdata(i);
          cur.text += this.ent;
        } else this.bang(i);
      } else if (c1 === QUESTION) {
        i = this.pi(i);
      } else {
        if (stack.length >= this.maxDepth) {
          throw new XmlSyntaxError(
            'XML_TOO_DEEP',
            i,
            `elements are nested more than ${this.maxDepth} deep`,
            `元素嵌套超过 ${this.maxDepth} 层`,
          );
        }
        const mark = this.nsTop;
        const el = this.startTag(i);
        cur.children.push(el);
        i = this.i;
        if (!this.selfClosed) {
          stack.push(el);
          marks.push(mark);
          cur = el;
        } else this.nsTop = mark;
      }
    }
  }

  /** Reads a start tag at `start` (`<` included); declares its namespaces; `this.i` after `>`. */
  private startTag(start: number): XmlElement {
    const s = this.s;
    const n = this.n;
    let j = start + 1;
    if (!this.isNameStartAt(j)) {
      throw this.err(
        start,
        j >= n ? 'the document ends after "<"' : `"<" must be followed by a tag name, found ${show(s, j)} (write a literal "<" as &lt;)`,
        j >= n ? '报文在 “<” 之后结束' : `“<” 之后应为标签名，实际为 ${show(s, j)}（文本中的 “<” 请写成 &lt;）`,
      );
    }
    j = this.name(j);
    const nameColon = this.colon;
    if (this.colons2 || nameColon === start + 1 || nameColon === j - 1) {
      const bad = s.slice(start + 1, j);
      throw this.err(start + 1, `malformed qualified name "${bad}"`, `限定名 “${bad}” 格式错误`);
    }
    const qname = this.qname(start + 1, j, nameColon);
    const name = qname.name;
    // Attributes.
    let count = 0;
    let startTagEnd: number;
    for (;;) {
      const before = j;
      let c = s.charCodeAt(j);
      while (isS(c)) c = s.charCodeAt(++j);
      if (c === GT) {
        startTagEnd = j + 1;
        this.selfClosed = false;
        break;
      }
      if (c === SLASH) {
        if (s.charCodeAt(j + 1) !== GT) {
          throw this.err(j, `"/" in the start tag <${name}> must be followed by ">"`, `开始标签 <${name}> 中的 “/” 后面必须紧跟 “>”`);
        }
        startTagEnd = j + 2;
        this.selfClosed = true;
        break;
      }
      if (j >= n) {
        throw this.err(start, `the start tag <${name}> is not closed with ">"`, `开始标签 <${name}> 缺少 “>”`);
      }
      if (!this.isNameStartAt(j)) {
        throw c === LT
          ? this.err(start, `the start tag <${name}> is not closed with ">" before the next "<"`, `开始标签 <${name}> 在下一个 “<” 之前没有用 “>” 结束`)
          : this.err(j, `unexpected character ${show(s, j)} in the start tag <${name}>`, `开始标签 <${name}> 中出现了意外的字符 ${show(s, j)}`);
      }
      if (j === before) {
        throw this.err(j, `attributes in <${name}> must be separated by white space`, `<${name}> 中的属性之间必须有空白分隔`);
      }
      const aStart = j;
      j = this.name(j);
      const aName = s.slice(aStart, j);
      if (this.colons2 || this.colon === aStart || this.colon === j - 1) {
        throw this.err(aStart, `malformed attribute name "${aName}"`, `属性名 “${aName}” 格式错误`);
      }
      const aColon = this.colon < 0 ? -1 : this.colon - aStart;
      c = s.charCodeAt(j);
      while (isS(c)) c = s.charCodeAt(++j);
      if (c !== EQ) {
        throw this.err(aStart, `attribute ${aName} in <${name}> has no value; write ${aName}="…"`, `<${name}> 的属性 ${aName} 没有值，应写成 ${aName}="…"`);
      }
      c = s.charCodeAt(++j);
      while (isS(c)) c = s.charCodeAt(++j);
      if (c !== DQUOTE && c !== SQUOTE) {
        throw this.err(
          j,
          `the value of attribute ${aName} in <${name}> must be in quotes`,
          `<${name}> 的属性 ${aName} 的值必须用引号括起来`,
        );
      }
      const quote = j;
      j = this.attrValue(j + 1, c, quote, aName);
      this.aName[count] = aName;
      this.aValue[count] = this.ent;
      this.aColon[count] = aColon;
      this.aStart[count] = aStart;
      count++;
    }
    this.i = startTagEnd;
    return this.makeElement(start, qname, count, startTagEnd);
  }

  /** Reads an attribute value after its opening quote; the value goes to `this.ent`. */
  private attrValue(j: number, q: number, quote: number, aName: string): number {
    const s = this.s;
    let value = '';
    let run = j;
    for (;;) {
      const c = s.charCodeAt(j);
      if (c === q) break;
      if (c >= SPACE) {
        if (c < 0xd800) {
          if (c === AMP) {
            value += s.slice(run, j);
            j = this.entity(j);
            value += this.ent;
            run = j;
          } else if (c === LT) {
            throw this.err(j, `"<" is not allowed in the value of attribute ${aName}; write it as &lt;`, `属性 ${aName} 的值中不允许出现 “<”，请写成 &lt;`);
          } else j++;
        } else j = this.wide(j);
      } else if (c === TAB || c === LF || c === CR) {
        value += s.slice(run, j) + ' ';
        j += c === CR && s.charCodeAt(j + 1) === LF ? 2 : 1;
        run = j;
      } else if (j >= this.n) {
        throw this.err(quote, `the value of attribute ${aName} is not closed with a matching quote`, `属性 ${aName} 的值缺少结束引号`);
      } else throw this.badChar(j);
    }
    this.ent = run === j && value === '' ? '' : value + s.slice(run, j);
    return j + 1;
  }

  /** Builds the element of the tag just read: namespace declarations, resolution, duplicates. */
  private makeElement(start: number, qname: QName, count: number, startTagEnd: number): XmlElement {
    const { name, prefix, local } = qname;
    const { aName, aValue, aColon } = this;
    // Declarations first: they apply to the element and all its attributes.
    for (let k = 0; k < count; k++) {
      const an = aName[k] ?? '';
      if (an === 'xmlns') this.bindPrefix('', (aValue[k] ?? '').trim(), k);
      else if (aColon[k] === 5 && an.startsWith('xmlns')) this.bindPrefix(an.slice(6), (aValue[k] ?? '').trim(), k);
    }
    let uri: string;
    if (prefix === '') uri = this.resolve('') ?? '';
    else {
      if (prefix === 'xmlns') {
        throw this.err(start + 1, `element <${name}> may not use the prefix "xmlns"`, `元素 <${name}> 不能使用前缀 “xmlns”`);
      }
      const u = this.resolve(prefix);
      if (u === undefined || u === '') throw this.unbound(start + 1, prefix, name);
      uri = u;
    }
    const attributes: XmlAttribute[] = [];
    if (count > 0) {
      const uris: string[] = [];
      for (let k = 0; k < count; k++) {
        const an = aName[k] ?? '';
        const ac = aColon[k] ?? -1;
        let ap = '';
        let al = an;
        let au = '';
        if (ac >= 0) {
          ap = an.slice(0, ac);
          al = an.slice(ac + 1);
          const u = this.resolve(ap);
          if (u === undefined) throw this.unbound(this.aStart[k] ?? start, ap, an);
          au = u;
        } else if (an === 'xmlns') au = XMLNS_NAMESPACE;
        // Duplicates: the same name, or the same namespace and local name.
        for (let m = 0; m < k; m++) {
          const bn = aName[m] ?? '';
          const dup = ac < 0 || (aColon[m] ?? -1) < 0 ? bn === an : uris[m] === au && bn.slice((aColon[m] ?? 0) + 1) === al;
          if (dup) {
            throw this.err(this.aStart[k] ?? start, `duplicate attribute ${an} in <${name}>`, `<${name}> 中的属性 ${an} 重复出现`);
          }
        }
        uris[k] = au;
        if (an === 'xmlns' || ap === 'xmlns') continue;
        attributes.push({ name: an, local: al, prefix: ap, uri: au, value: aValue[k] ?? '' });
      }
    }
    return { name, local, prefix, uri, attributes, children: [], text: '', start, end: startTagEnd, startTagEnd };
  }

  private bindPrefix(prefix: string, uri: string, k: number): void {
    const at = this.aStart[k] ?? 0;
    const label = prefix === '' ? 'xmlns' : `xmlns:${prefix}`;
    if (prefix !== '' && uri === '') {
      throw this.err(at, `${label} may not be empty: XML 1.0 cannot undeclare a prefix`, `${label} 不能为空：XML 1.0 不允许取消前缀声明`);
    }
    if (prefix === 'xmlns') throw this.err(at, 'the prefix "xmlns" may not be declared', '前缀 “xmlns” 不能被声明');
    if ((prefix === 'xml') !== (uri === XML_NAMESPACE) || uri === XMLNS_NAMESPACE) {
      throw this.err(
        at,
        `${label}="${uri}" is not allowed: the prefix xml and its namespace ${XML_NAMESPACE} belong only to each other, and ${XMLNS_NAMESPACE} cannot be declared`,
        `不允许 ${label}="${uri}"：前缀 xml 只能绑定 ${XML_NAMESPACE}，且 ${XMLNS_NAMESPACE} 不能被声明`,
      );
    }
    this.nsPrefix[this.nsTop] = prefix;
    this.nsUri[this.nsTop] = KNOWN_NAMESPACES.get(uri) ?? uri;
    this.nsTop++;
  }

  /** The qualified name in `s[from, to)`, its colon at `colon` (-1 for none). */
  private qname(from: number, to: number, colon: number): QName {
    const name = this.s.slice(from, to);
    return colon < 0 ? { name, prefix: '', local: name } : { name, prefix: name.slice(0, colon - from), local: name.slice(colon - from + 1) };
  }

  private resolve(prefix: string): string | undefined {
    for (let k = this.nsTop - 1; k >= 0; k--) if (this.nsPrefix[k] === prefix) return this.nsUri[k];
    return undefined;
  }

  // ---------------------------------------------------------------------------------------------
  // Names, references, characters
  // ---------------------------------------------------------------------------------------------

  /** Reads a name whose first character was checked; records colons; returns the index after it. */
  private name(j: number): number {
    const s = this.s;
    let colon = -1;
    let colons2 = false;
    for (;;) {
      const c = s.charCodeAt(j);
      if (c < 128) {
        if (ASCII_NAME[c] === 0) break;
        if (c === COLON) {
          if (colon >= 0) colons2 = true;
          else colon = j;
        }
        j++;
      } else if (c >= 0xd800 && c <= 0xdbff) {
        const cp = s.codePointAt(j) ?? 0;
        if (cp < 0x10000 || !isWideNameChar(cp)) break;
        j += 2;
      } else if (isWideNameChar(c)) j++;
      else break;
    }
    this.colon = colon;
    this.colons2 = colons2;
    return j;
  }

  private isNameStartAt(j: number): boolean {
    const c = this.s.charCodeAt(j);
    if (c < 128) return ASCII_NAME[c] === 1;
    if (c >= 0xd800 && c <= 0xdbff) {
      const cp = this.s.codePointAt(j) ?? 0;
      return cp >= 0x10000 && isWideNameStart(cp);
    }
    return isWideNameStart(c);
  }

  private isNameCharAt(j: number): boolean {
    const c = this.s.charCodeAt(j);
    if (c < 128) return ASCII_NAME[c] !== 0;
    if (c >= 0xd800 && c <= 0xdbff) {
      const cp = this.s.codePointAt(j) ?? 0;
      return cp >= 0x10000 && isWideNameChar(cp);
    }
    return isWideNameChar(c);
  }

  /** The name at `j` for messages (possibly empty), clipped. */
  private peekName(j: number): string {
    if (!this.isNameStartAt(j)) return '';
    const end = this.name(j);
    return this.s.slice(j, Math.min(end, j + 60));
  }

  /** Reads the reference at `i` (`&`); its text goes to `this.ent`; returns the index after `;`. */
  private entity(i: number): number {
    const s = this.s;
    let j = i + 1;
    if (s.charCodeAt(j) === HASH) {
      j++;
      const isHex = s.charCodeAt(j) === 0x78;
      if (isHex) j++;
      const digits = j;
      let cp = 0;
      for (;;) {
        const c = s.charCodeAt(j);
        let d: number;
        if (c >= 0x30 && c <= 0x39) d = c - 0x30;
        else if (isHex && c >= 0x61 && c <= 0x66) d = c - 0x57;
        else if (isHex && c >= 0x41 && c <= 0x46) d = c - 0x37;
        else break;
        cp = Math.min(cp * (isHex ? 16 : 10) + d, 0x110000);
        j++;
      }
      const ref = s.slice(i, Math.min(j + 1, i + 16));
      if (j === digits || s.charCodeAt(j) !== SEMI) {
        throw new XmlSyntaxError(
          'XML_ENTITY_FORBIDDEN',
          i,
          `malformed character reference "${ref}"; write it as &#digits; or &#xhex;`,
          `字符引用 “${ref}” 格式错误，应为 &#十进制数字; 或 &#x十六进制数字;`,
        );
      }
      if (!isXmlChar(cp)) {
        throw new XmlSyntaxError(
          'XML_ENTITY_FORBIDDEN',
          i,
          `character reference ${ref} stands for ${cp > 0x10ffff ? 'no character' : hex(cp)}, which XML does not allow`,
          `字符引用 ${ref} 表示 ${cp > 0x10ffff ? '不存在的字符' : hex(cp)}，XML 不允许该字符`,
        );
      }
      this.ent = String.fromCodePoint(cp);
      return j + 1;
    }
    if (this.isNameStartAt(j)) {
      j = this.name(j);
      if (s.charCodeAt(j) === SEMI) {
        const name = s.slice(i + 1, j);
        switch (name) {
          case 'lt':
            this.ent = '<';
            break;
          case 'gt':
            this.ent = '>';
            break;
          case 'amp':
            this.ent = '&';
            break;
          case 'quot':
            this.ent = '"';
            break;
          case 'apos':
            this.ent = "'";
            break;
          default: {
            const shown = name.length > 40 ? `${name.slice(0, 40)}…` : name;
            throw new XmlSyntaxError('XML_ENTITY_FORBIDDEN', i, `undefined entity &${shown};`, `未定义的实体 &${shown};`);
          }
        }
        return j + 1;
      }
    }
    throw this.err(
      i,
      'a bare "&" that does not start a reference; write a literal "&" as &amp;',
      '出现了不构成引用的 “&”；文本中的 “&” 请写成 &amp;',
    );
  }

  /** Checks the character at `i` (>= U+D800); returns the index after it. */
  private wide(i: number): number {
    const c = this.s.charCodeAt(i);
    if (c <= 0xdbff) {
      const d = this.s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) return i + 2;
      throw this.badChar(i);
    }
    if (c <= 0xdfff || c >= 0xfffe) throw this.badChar(i);
    return i + 1;
  }

  /** Checks every character of `s[from, to)`. */
  private checkChars(from: number, to: number): void {
    const s = this.s;
    let j = from;
    while (j < to) {
      const c = s.charCodeAt(j);
      if (c >= SPACE && c < 0xd800) j++;
      else if (c >= 0xd800) j = this.wide(j);
      else if (c === LF || c === TAB || c === CR) j++;
      else throw this.badChar(j);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Other markup
  // ---------------------------------------------------------------------------------------------

  /** Skips the comment at `i`; returns the index after `-->`. */
  private comment(i: number): number {
    const end = this.s.indexOf('--', i + 4);
    if (end < 0) throw this.err(i, 'the comment is not closed with "-->"', '注释缺少结束标记 “-->”');
    if (this.s.charCodeAt(end + 2) !== GT) {
      throw this.err(end, '"--" is not allowed inside a comment', '注释内容中不允许出现 “--”');
    }
    this.checkChars(i + 4, end);
    return end + 3;
  }

  /** Reads the CDATA section at `i`; its text goes to `this.ent`; returns the index after `]]>`. */
  private cdata(i: number): number {
    const s = this.s;
    const from = i + 9;
    const end = s.indexOf(']]>', from);
    if (end < 0) throw this.err(i, 'the CDATA section is not closed with "]]>"', 'CDATA 段缺少结束标记 “]]>”');
    this.checkChars(from, end);
    let text = s.slice(from, end);
    if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
    this.ent = text;
    return end + 3;
  }

  /** Skips the processing instruction at `i`; returns the index after `?>`. */
  private pi(i: number): number {
    const s = this.s;
    let j = i + 2;
    if (!this.isNameStartAt(j)) {
      throw this.err(i, 'processing instruction without a target name', '处理指令缺少目标名称');
    }
    j = this.name(j);
    const target = s.slice(i + 2, j);
    if (target.toLowerCase() === 'xml') {
      throw this.err(
        i,
        'the XML declaration <?xml …?> may appear only at the very start of the document',
        'XML 声明 <?xml …?> 只能出现在报文的最开头',
      );
    }
    const c = s.charCodeAt(j);
    if (c === QUESTION && s.charCodeAt(j + 1) === GT) return j + 2;
    const end = s.indexOf('?>', j);
    if (end < 0) throw this.err(i, `the processing instruction <?${target} is not closed with "?>"`, `处理指令 <?${target} 缺少结束标记 “?>”`);
    if (!isS(c)) {
      throw this.err(j, `malformed processing instruction <?${target}`, `处理指令 <?${target} 格式错误`);
    }
    this.checkChars(j, end);
    return end + 2;
  }

  /** `<!` that starts neither a comment nor CDATA: always an error. */
  private bang(i: number): never {
    if (/^<!DOCTYPE/i.test(this.s.slice(i, i + 9))) {
      throw new XmlSyntaxError('XML_DTD_FORBIDDEN', i, 'DOCTYPE declarations are not accepted', '不接受 DOCTYPE 声明');
    }
    throw this.err(i, '"<!" must start a comment <!-- … --> or a CDATA section <![CDATA[ … ]]>', '“<!” 只能用于注释 <!-- … --> 或 CDATA 段 <![CDATA[ … ]]>');
  }

  /** Reads the XML declaration at offset 0; returns the index after `?>`. */
  private xmlDeclaration(): number {
    const s = this.s;
    const bad = (at: number, en: string, zh: string): XmlSyntaxError =>
      this.err(at, `malformed XML declaration: ${en}`, `XML 声明格式错误：${zh}`);
    const order = ['version', 'encoding', 'standalone'];
    let next = 0;
    let j = 5;
    for (;;) {
      const before = j;
      while (isS(s.charCodeAt(j))) j++;
      if (s.charCodeAt(j) === QUESTION) {
        if (s.charCodeAt(j + 1) !== GT) throw bad(j, '"?" must be followed by ">"', '“?” 后面必须紧跟 “>”');
        if (next === 0) throw bad(0, 'version is missing, e.g. <?xml version="1.0"?>', '缺少 version，例如 <?xml version="1.0"?>');
        return j + 2;
      }
      if (j >= this.n) throw bad(0, 'it is not closed with "?>"', '缺少结束标记 “?>”');
      if (j === before) throw bad(j, 'white space is required between its parts', '各部分之间必须有空白');
      const nameStart = j;
      while (s.charCodeAt(j) >= 0x61 && s.charCodeAt(j) <= 0x7a) j++;
      const name = s.slice(nameStart, j);
      const at = order.indexOf(name);
      if (at < next || (next === 0 && at !== 0)) {
        const want = next === 0 ? 'version' : order.slice(next).join(' or ');
        throw bad(nameStart, `expected ${want || '"?>"'} here`, `此处应为 ${want || '“?>”'}`);
      }
      next = at + 1;
      while (isS(s.charCodeAt(j))) j++;
      if (s.charCodeAt(j) !== EQ) throw bad(j, `${name} needs a value, e.g. ${name}="…"`, `${name} 需要一个值，例如 ${name}="…"`);
      j++;
      while (isS(s.charCodeAt(j))) j++;
      const q = s.charCodeAt(j);
      if (q !== DQUOTE && q !== SQUOTE) throw bad(j, `the value of ${name} must be in quotes`, `${name} 的值必须用引号括起来`);
      const close = s.indexOf(q === DQUOTE ? '"' : "'", j + 1);
      if (close < 0) throw bad(j, `the value of ${name} is not closed`, `${name} 的值缺少结束引号`);
      const value = s.slice(j + 1, close);
      const ok =
        name === 'version'
          ? /^1\.[0-9]+$/.test(value)
          : name === 'encoding'
            ? /^[A-Za-z][A-Za-z0-9._-]*$/.test(value)
            : value === 'yes' || value === 'no';
      if (!ok) throw bad(j + 1, `${name}="${value.slice(0, 30)}" is not a valid value`, `${name}="${value.slice(0, 30)}" 不是有效的值`);
      j = close + 1;
    }
  }

  /** Non-markup at `i` outside the root element (which is not white space): always an error. */
  private outsideText(i: number, root: XmlElement | undefined): never {
    const c = this.s.charCodeAt(i);
    if (c < SPACE && !isS(c)) throw this.badChar(i);
    if (c >= 0xd800) this.wide(i);
    throw root
      ? this.err(i, `text after the end of the root element </${root.name}>`, `根元素 </${root.name}> 结束之后还有文本`)
      : this.err(i, 'text before the root element', '根元素之前出现了文本');
  }

  // ---------------------------------------------------------------------------------------------
  // Errors
  // ---------------------------------------------------------------------------------------------

  private err(offset: number, en: string, zh: string): XmlSyntaxError {
    return new XmlSyntaxError('XML_MALFORMED', offset, en, zh);
  }

  private badChar(i: number): XmlSyntaxError {
    const c = this.s.charCodeAt(i);
    const what = c >= 0xd800 && c <= 0xdfff ? `unpaired surrogate ${hex(c)}` : `character ${hex(c)}`;
    const whatZh = c >= 0xd800 && c <= 0xdfff ? `不成对的代理码元 ${hex(c)}` : `字符 ${hex(c)}`;
    return this.err(i, `${what} is not allowed in XML`, `XML 中不允许出现${whatZh}`);
  }

  private unclosed(el: XmlElement): XmlSyntaxError {
    return this.err(el.start, `the element <${el.name}> is never closed; expected </${el.name}>`, `元素 <${el.name}> 没有结束标签，缺少 </${el.name}>`);
  }

  private unbound(at: number, prefix: string, name: string): XmlSyntaxError {
    return this.err(
      at,
      `the prefix "${prefix}" of ${name} is not declared; add xmlns:${prefix}="…" on this or an enclosing element`,
      `${name} 的前缀 “${prefix}” 未声明；请在该元素或其上级元素上添加 xmlns:${prefix}="…"`,
    );
  }

  /** 1-based line of an offset (for messages that point at another line). */
  private lineOf(offset: number): number {
    let line = 1;
    const s = this.s;
    for (let k = 0; k < offset; k++) {
      const c = s.charCodeAt(k);
      if (c === LF) line++;
      else if (c === CR) {
        if (s.charCodeAt(k + 1) === LF) k++;
        line++;
      }
    }
    return line;
  }
}
