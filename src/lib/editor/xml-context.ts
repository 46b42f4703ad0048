/**
 * Where the cursor stands in XML text, found by a light scan (no full parse), so completion and
 * hover work on half-typed, invalid documents too.
 *
 * Design: one forward pass from the start to the offset keeps a stack of open element local names
 * (prefixes dropped), skipping comments, CDATA, processing instructions and declarations. A 300-line
 * message scans in well under a millisecond.
 */

export type CursorContext =
  /** Typing an element name after `<` (or `</`): `partial` is what is typed so far. */
  | { kind: 'tag-name'; stack: string[]; partial: string; closing: boolean; nameStart: number }
  /** Inside a start tag after its name (attributes). */
  | { kind: 'attributes'; stack: string[]; element: string }
  /** In the text content of the innermost open element. */
  | { kind: 'text'; stack: string[]; textStart: number; partial: string }
  /** Inside a comment, CDATA section or processing instruction. */
  | { kind: 'other'; stack: string[] };

const NAME_CHAR = /[\w.:-]/;

/** Local name of a qualified name (`ceb:orderNo` → `orderNo`). */
export function localName(qname: string): string {
  const i = qname.indexOf(':');
  return i < 0 ? qname : qname.slice(i + 1);
}

/** The context at `offset` (0-based, in UTF-16 code units). */
export function contextAt(text: string, offset: number): CursorContext {
  const stack: string[] = [];
  let i = 0;
  let textStart = 0;
  const end = Math.min(offset, text.length);
  while (i < end) {
    const lt = text.indexOf('<', i);
    if (lt < 0 || lt >= end) {
      break;
    }
    if (text.startsWith('<!--', lt)) {
      const close = text.indexOf('-->', lt + 4);
      if (close < 0 || close + 3 > end) return { kind: 'other', stack };
      i = textStart = close + 3;
      continue;
    }
    if (text.startsWith('<![CDATA[', lt)) {
      const close = text.indexOf(']]>', lt + 9);
      if (close < 0 || close + 3 > end) return { kind: 'other', stack };
      i = textStart = close + 3;
      continue;
    }
    if (text.startsWith('<?', lt) || text.startsWith('<!', lt)) {
      const close = text.indexOf('>', lt + 2);
      if (close < 0 || close + 1 > end) return { kind: 'other', stack };
      i = textStart = close + 1;
      continue;
    }
    const closing = text[lt + 1] === '/';
    const nameStart = lt + (closing ? 2 : 1);
    let j = nameStart;
    while (j < text.length && NAME_CHAR.test(text[j] ?? '')) j++;
    const gt = findTagEnd(text, j);
    if (end <= j) {
      return { kind: 'tag-name', stack, partial: text.slice(nameStart, end), closing, nameStart };
    }
    const qname = text.slice(nameStart, j);
    if (gt < 0 || gt >= end) {
      // the cursor is inside this tag, after its name
      if (closing) return { kind: 'other', stack };
      return { kind: 'attributes', stack, element: localName(qname) };
    }
    const name = localName(qname);
    if (closing) {
      // pop to the matching element (tolerates unclosed children)
      const at = stack.lastIndexOf(name);
      if (at >= 0) stack.length = at;
    } else if (text[gt - 1] !== '/') {
      stack.push(name);
    }
    i = textStart = gt + 1;
  }
  return { kind: 'text', stack, textStart, partial: text.slice(textStart, end) };
}

/** Index of the `>` that ends the tag whose name ends at `from`, skipping quoted attribute values. */
function findTagEnd(text: string, from: number): number {
  let quote: string | null = null;
  for (let k = from; k < text.length; k++) {
    const c = text[k];
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return k;
    else if (c === '<') return -1;
  }
  return -1;
}

/** The element name under `offset` when it stands in a tag (`<ceb:orderNo` or `</ceb:orderNo`), with its range. */
export function tagNameAt(text: string, offset: number): { name: string; start: number; end: number; closing: boolean } | undefined {
  let s = offset;
  while (s > 0 && NAME_CHAR.test(text[s - 1] ?? '')) s--;
  let e = offset;
  while (e < text.length && NAME_CHAR.test(text[e] ?? '')) e++;
  if (e === s) return undefined;
  const closing = text[s - 1] === '/' && text[s - 2] === '<';
  if (!closing && text[s - 1] !== '<') return undefined;
  return { name: localName(text.slice(s, e)), start: s, end: e, closing };
}

/** 0-based offset of a 1-based line and column. */
export function offsetAt(text: string, line: number, column: number): number {
  let off = 0;
  for (let l = 1; l < line; l++) {
    const nl = text.indexOf('\n', off);
    if (nl < 0) return text.length;
    off = nl + 1;
  }
  return Math.min(off + column - 1, text.length);
}
