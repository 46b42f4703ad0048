/**
 * Secure XML reader for learner-submitted messages.
 *
 * Design: messages come from people typing or pasting into a browser, so the reader assumes
 * hostile input. It is a small dedicated tokenizer (`tokenizer.ts`: strict, non-validating, never
 * fetches anything) for the restricted XML the CEB messages use, with the refusals the sandbox
 * needs built in: no DOCTYPE at all (which also rules out external entities and entity-expansion
 * bombs), no entity references other than the five predefined ones and numeric character
 * references (whose code points are checked), a cap on the input length and on element depth.
 * It never throws: every input, binary garbage included, yields a result object, and every error
 * carries a line and column and a description in English and Chinese. The output is a small
 * element tree with source offsets; line and column are computed from offsets in UTF-16 code
 * units, as browser editors count them.
 */

import type { SourcePosition } from '../types.ts';
import { XmlSyntaxError, tokenize } from './tokenizer.ts';

/** Largest accepted input, in UTF-16 code units of the decoded string (2 MiB). */
export const MAX_XML_LENGTH = 2 * 1024 * 1024;

/** Deepest accepted element nesting (the root is depth 1; CEB messages need at most 7). */
export const MAX_XML_DEPTH = 32;

/** One attribute of an element, namespace declarations excluded. */
export interface XmlAttribute {
  /** Qualified name as written, e.g. `guid` or `xsi:schemaLocation`. */
  name: string;
  local: string;
  prefix: string;
  /** Namespace URI, `""` for none (unprefixed attributes have none). */
  uri: string;
  value: string;
}

/** One element of the tree, with its place in the source. */
export interface XmlElement {
  /** Qualified name as written. */
  name: string;
  local: string;
  prefix: string;
  /** Namespace URI the element is in, `""` for none. */
  uri: string;
  attributes: XmlAttribute[];
  children: XmlElement[];
  /** Concatenated character data directly inside the element (text and CDATA). */
  text: string;
  /** Offset of the `<` of the start tag. */
  start: number;
  /** Offset just after the `>` of the end tag (or of the self-closing start tag). */
  end: number;
  /** Offset just after the `>` of the start tag. */
  startTagEnd: number;
}

/** Error codes the reader can report (all defined in `errors/xml.ts`). */
export type XmlReadErrorCode =
  | 'XML_MALFORMED'
  | 'XML_EMPTY'
  | 'XML_DTD_FORBIDDEN'
  | 'XML_ENTITY_FORBIDDEN'
  | 'XML_TOO_LARGE'
  | 'XML_TOO_DEEP';

export interface XmlReadError {
  code: XmlReadErrorCode;
  /** What is wrong, in English (a clause, no final full stop). */
  detail: string;
  /** The same in Chinese. */
  detailZh: string;
  position: SourcePosition;
}

/** Maps offsets of one source string to 1-based line and column. */
export interface LineIndex {
  positionAt(offset: number): { line: number; column: number };
  /** A range from `start` (inclusive) to `end` (exclusive), as a SourcePosition. */
  rangeAt(start: number, end: number): SourcePosition;
}

export type XmlReadResult =
  | { ok: true; root: XmlElement; source: string; lines: LineIndex }
  | { ok: false; error: XmlReadError };

/** Builds a line index over `source` (line starts after `\n`, `\r\n` or a lone `\r`). */
export function createLineIndex(source: string): LineIndex {
  const starts: number[] = [0];
  if (source.indexOf('\r') < 0) {
    // The usual case: LF only, found by the engine's fast substring search.
    for (let i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) starts.push(i + 1);
  } else {
    for (let i = 0; i < source.length; i++) {
      const c = source.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (source.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
  }
  const last = starts.length - 1;
  /** The largest line index in [lo, hi] whose start is <= offset (lo when there is none). */
  const search = (lo: number, hi: number, offset: number): number => {
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  /** Line index (0-based) of `offset`, looking near line `from` first. */
  const lineOf = (offset: number, from: number): number => {
    if ((starts[from] ?? 0) <= offset) {
      if (from === last || offset < (starts[from + 1] ?? 0)) return from;
      if (from + 1 === last || offset < (starts[from + 2] ?? 0)) return from + 1;
      return search(from + 2, last, offset);
    }
    return search(0, from, offset);
  };
  // Callers mostly ask in document order (the message reader walks the tree), so the line of the
  // previous start is the best first guess; any offset is still answered exactly.
  let hint = 0;
  const positionAt = (offset: number): { line: number; column: number } => {
    const line = (hint = lineOf(offset, hint));
    return { line: line + 1, column: offset - (starts[line] ?? 0) + 1 };
  };
  return {
    positionAt,
    rangeAt(start: number, end: number): SourcePosition {
      const a = (hint = lineOf(start, hint));
      const b = lineOf(end, a);
      return { line: a + 1, column: start - (starts[a] ?? 0) + 1, endLine: b + 1, endColumn: end - (starts[b] ?? 0) + 1 };
    },
  };
}

/**
 * Reads an XML document into an element tree. Never throws. A leading byte-order mark is
 * skipped; offsets and positions refer to the string after it.
 */
export function readXml(input: string): XmlReadResult {
  if (typeof input !== 'string') {
    return fail('XML_MALFORMED', 'input is not a string', '输入不是字符串', { line: 1, column: 1 });
  }
  if (input.length > MAX_XML_LENGTH) {
    return fail(
      'XML_TOO_LARGE',
      `input is ${input.length} characters long; the limit is ${MAX_XML_LENGTH}`,
      `输入长 ${input.length} 个字符，上限为 ${MAX_XML_LENGTH}`,
      { line: 1, column: 1 },
    );
  }
  const source = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const lines = createLineIndex(source);
  if (isBlank(source)) {
    return fail('XML_EMPTY', 'the document is empty', '报文为空', { line: 1, column: 1 });
  }
  // Refuse a DTD before anything else is read, wherever "<!DOCTYPE" stands, so nothing inside it
  // is ever looked at.
  const dtd = findDoctype(source);
  if (dtd >= 0) {
    return fail('XML_DTD_FORBIDDEN', 'DOCTYPE declarations are not accepted', '不接受 DOCTYPE 声明', lines.positionAt(dtd));
  }
  try {
    return { ok: true, root: tokenize(source, MAX_XML_DEPTH), source, lines };
  } catch (e) {
    if (e instanceof XmlSyntaxError) {
      const p = lines.positionAt(Math.max(0, Math.min(e.offset, source.length)));
      return fail(e.code, e.en, e.zh, { line: p.line, column: p.column });
    }
    // Not expected for any string; still reported, never rethrown.
    const detail = e instanceof Error ? e.message : String(e);
    return fail('XML_MALFORMED', detail, detail, { line: 1, column: 1 });
  }
}

function fail(code: XmlReadErrorCode, detail: string, detailZh: string, position: SourcePosition): XmlReadResult {
  return { ok: false, error: { code, detail, detailZh, position } };
}

const DOCTYPE_LOWER = 'doctype';

/** Offset of the first `<!DOCTYPE` (any case), or -1. */
function findDoctype(source: string): number {
  for (let i = source.indexOf('<!'); i >= 0; i = source.indexOf('<!', i + 2)) {
    let k = 0;
    while (k < 7 && (source.charCodeAt(i + 2 + k) | 0x20) === DOCTYPE_LOWER.charCodeAt(k)) k++;
    if (k === 7) return i;
  }
  return -1;
}

/** Same as `source.trim() === ''`, without copying the usual document. */
function isBlank(source: string): boolean {
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d) continue;
    // Printable ASCII is never white space; anything else defers to trim's definition.
    return c > 0x20 && c < 0x7f ? false : source.trim() === '';
  }
  return true;
}
