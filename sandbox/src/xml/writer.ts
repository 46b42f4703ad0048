/**
 * Minimal XML writer for CEB messages.
 *
 * Design: the sandbox writes one dialect only, the one of the official export samples: an
 * `<?xml version="1.0" encoding="UTF-8"?>` declaration, every CEB element with the `ceb:` prefix
 * and the namespaces declared on the root, tab indentation, leaf values on one line. Element order
 * is given by the caller (the field specs), never by object key order. Escaping makes the text
 * read back exactly: `&`, `<`, `>` always, quotes in attributes, and carriage returns and tabs as
 * character references where XML would otherwise normalise them away.
 */

/** The XML declaration every message starts with. */
export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

/** Escapes character data so that it reads back unchanged. */
export function escapeText(value: string): string {
  let out = '';
  let last = 0;
  for (let i = 0; i < value.length; i++) {
    let rep: string | undefined;
    switch (value.charCodeAt(i)) {
      case 38:
        rep = '&amp;';
        break;
      case 60:
        rep = '&lt;';
        break;
      case 62:
        rep = '&gt;';
        break;
      case 13:
        // A literal CR would be normalised to LF by any reader.
        rep = '&#13;';
        break;
      default:
        continue;
    }
    out += value.slice(last, i) + rep;
    last = i + 1;
  }
  return last === 0 ? value : out + value.slice(last);
}

/** Escapes an attribute value (double-quoted) so that it reads back unchanged. */
export function escapeAttribute(value: string): string {
  return escapeText(value)
    .replace(/"/g, '&quot;')
    // Attribute-value normalisation would turn these into spaces.
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;');
}

/** Accumulates lines of an indented document. */
export class XmlBuilder {
  private readonly parts: string[] = [XML_DECLARATION];

  /** `<name attrs>` on its own line. */
  open(depth: number, name: string, attributes: ReadonlyArray<readonly [string, string]> = []): void {
    this.parts.push(`${indent(depth)}<${name}${formatAttributes(attributes)}>`);
  }

  /** `</name>` on its own line. */
  close(depth: number, name: string): void {
    this.parts.push(`${indent(depth)}</${name}>`);
  }

  /** `<name attrs>text</name>` on one line; an empty value is written `<name></name>`. */
  leaf(depth: number, name: string, text: string, attributes: ReadonlyArray<readonly [string, string]> = []): void {
    this.parts.push(`${indent(depth)}<${name}${formatAttributes(attributes)}>${escapeText(text)}</${name}>`);
  }

  /** Pre-formatted markup, indented. */
  raw(depth: number, markup: string): void {
    this.parts.push(`${indent(depth)}${markup}`);
  }

  toString(): string {
    return this.parts.join('\n') + '\n';
  }
}

/** Formats attributes as ` a="1" b="2"` in the given order. */
export function formatAttributes(attributes: ReadonlyArray<readonly [string, string]>): string {
  let s = '';
  for (const [k, v] of attributes) s += ` ${k}="${escapeAttribute(v)}"`;
  return s;
}

const INDENTS: string[] = [];
function indent(depth: number): string {
  return (INDENTS[depth] ??= '\t'.repeat(depth));
}
