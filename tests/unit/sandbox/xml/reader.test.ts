import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_XML_DEPTH, MAX_XML_LENGTH, createLineIndex, readXml } from '#sandbox/xml/reader.ts';
import { escapeAttribute, escapeText } from '#sandbox/xml/writer.ts';
import { parseMessage } from '#sandbox/messages/index.ts';

describe('readXml', () => {
  it('reads a small document with namespaces and offsets', () => {
    const src = '<a:r xmlns:a="urn:x" k="v">\n  <a:b>t&amp;u</a:b>\n</a:r>';
    const r = readXml(src);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.root.local).toBe('r');
    expect(r.root.uri).toBe('urn:x');
    expect(r.root.attributes).toEqual([{ name: 'k', local: 'k', prefix: '', uri: '', value: 'v' }]);
    const b = r.root.children[0];
    expect(b?.text).toBe('t&u');
    expect(src.slice(b?.start, b?.end)).toBe('<a:b>t&amp;u</a:b>');
    expect(r.lines.positionAt(b?.start ?? 0)).toEqual({ line: 2, column: 3 });
  });

  it('skips a byte-order mark', () => {
    const r = readXml('\uFEFF<r/>');
    expect(r.ok).toBe(true);
  });

  it('refuses a DOCTYPE, with its position', () => {
    const r = readXml('<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY x "boom">]>\n<r>&x;</r>');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('XML_DTD_FORBIDDEN');
    expect(r.error.position).toMatchObject({ line: 2, column: 1 });
  });

  it('refuses an external-entity attack (XXE) and a billion-laughs DTD', () => {
    const xxe = '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY e SYSTEM "file:///etc/passwd">]><r>&e;</r>';
    const lol = '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><lolz>&lol2;</lolz>';
    for (const s of [xxe, lol]) {
      const r = readXml(s);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.code).toBe('XML_DTD_FORBIDDEN');
    }
  });

  it('refuses entities other than the predefined ones, accepts numeric references', () => {
    const bad = readXml('<r>\n  <v>&nbsp;</v>\n</r>');
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.error.code).toBe('XML_ENTITY_FORBIDDEN');
      expect(bad.error.position.line).toBe(2);
    }
    const good = readXml('<r>&lt;&gt;&amp;&quot;&apos;&#20013;&#x56FD;</r>');
    expect(good.ok && good.root.text).toBe('<>&"\'中国');
  });

  it('caps the input size', () => {
    const big = `<r>${'x'.repeat(MAX_XML_LENGTH)}</r>`;
    const r = readXml(big);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('XML_TOO_LARGE');
  });

  it('caps the element depth and says where', () => {
    const ok = '<a>'.repeat(MAX_XML_DEPTH) + '</a>'.repeat(MAX_XML_DEPTH);
    expect(readXml(ok).ok).toBe(true);
    const deep = '<a>\n'.repeat(MAX_XML_DEPTH + 1) + '</a>'.repeat(MAX_XML_DEPTH + 1);
    const r = readXml(deep);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('XML_TOO_DEEP');
      expect(r.error.position.line).toBe(MAX_XML_DEPTH + 1);
    }
  });

  it('reports malformed XML with line and column', () => {
    const r = readXml('<r>\n  <a>1</b>\n</r>');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('XML_MALFORMED');
      expect(r.error.position.line).toBe(2);
      expect(r.error.position.column).toBeGreaterThan(5);
    }
  });

  it('reports empty input and unbound prefixes', () => {
    const empty = readXml('   ');
    expect(!empty.ok && empty.error.code).toBe('XML_EMPTY');
    const unbound = readXml('<x:r/>');
    expect(!unbound.ok && unbound.error.code).toBe('XML_MALFORMED');
  });

  it('never throws on any string (fast-check)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
        const r = readXml(s);
        expect(typeof r.ok).toBe('boolean');
        const p = parseMessage(s);
        expect(typeof p.ok).toBe('boolean');
        if (!p.ok) for (const f of p.findings) expect(f.position?.line ?? 1).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on byte soup decoded as UTF-8 or Latin-1 (fast-check)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        for (const text of [new TextDecoder('utf-8').decode(bytes), String.fromCharCode(...bytes)]) {
          expect(typeof parseMessage(text).ok).toBe('boolean');
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws on XML-like token soup (fast-check)', () => {
    const token = fc.constantFrom(
      '<', '>', '</', '/>', '<?xml version="1.0"?>', '<!--', '-->', '<![CDATA[', ']]>', '&amp;', '&x;', '&#0;', '&#x110000;',
      '<ceb:CEB311Message xmlns:ceb="http://www.chinaport.gov.cn/ceb" guid="g">', '</ceb:CEB311Message>',
      '<ceb:Order>', '</ceb:Order>', '<ceb:OrderHead>', '</ceb:OrderHead>', '<ceb:orderNo>', '</ceb:orderNo>',
      'x', ' ', '\n', '"', "'", '=', '\u0000', '\uD800', '中',
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 60 }), (parts) => {
        expect(typeof parseMessage(parts.join('')).ok).toBe('boolean');
      }),
      { numRuns: 2000 },
    );
  });

  it('rejects non-string input without throwing', () => {
    expect(readXml(undefined as unknown as string).ok).toBe(false);
    expect(parseMessage(42 as unknown as string).ok).toBe(false);
  });
});

describe('createLineIndex', () => {
  it('counts LF, CRLF and CR line ends, columns in UTF-16 units', () => {
    const idx = createLineIndex('ab\r\ncd\ref\n中x');
    expect(idx.positionAt(0)).toEqual({ line: 1, column: 1 });
    expect(idx.positionAt(4)).toEqual({ line: 2, column: 1 });
    expect(idx.positionAt(7)).toEqual({ line: 3, column: 1 });
    expect(idx.positionAt(11)).toEqual({ line: 4, column: 2 });
  });
});

describe('writer escaping', () => {
  it('escaped text and attributes read back unchanged (fast-check)', () => {
    const xmlChar = fc.string({ unit: 'grapheme', maxLength: 40 }).map((s) =>
      // Only characters XML 1.0 can carry at all.
      // eslint-disable-next-line no-control-regex
      s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, ''),
    );
    fc.assert(
      fc.property(xmlChar, xmlChar, (text, attr) => {
        const r = readXml(`<r a="${escapeAttribute(attr)}">${escapeText(text)}</r>`);
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(r.root.text).toBe(text);
        expect(r.root.attributes[0]?.value).toBe(attr);
      }),
      { numRuns: 1000 },
    );
  });
});
