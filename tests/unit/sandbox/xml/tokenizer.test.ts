import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_XML_DEPTH, MAX_XML_LENGTH, createLineIndex, readXml } from '#sandbox/xml/reader.ts';
import type { XmlElement, XmlReadErrorCode } from '#sandbox/xml/reader.ts';
import { exampleMessage, parseMessage, serializeMessage } from '#sandbox/messages/index.ts';
import { CEB_NS, generatedDocument } from './generator.ts';
import type { ExpectedElement, ExpectedRange } from './generator.ts';

/** The error of a document the reader must refuse. */
function errorOf(xml: string): { code: XmlReadErrorCode; line: number; column: number; detail: string; detailZh: string } {
  const r = readXml(xml);
  if (r.ok) throw new Error(`expected an error for ${JSON.stringify(xml)}`);
  return { code: r.error.code, line: r.error.position.line, column: r.error.position.column, detail: r.error.detail, detailZh: r.error.detailZh };
}

function expectError(xml: string, code: XmlReadErrorCode, line: number, column: number, detail?: RegExp): void {
  const e = errorOf(xml);
  expect({ code: e.code, line: e.line, column: e.column }).toEqual({ code, line, column });
  if (detail) expect(e.detail).toMatch(detail);
  // Every description comes in both languages.
  expect(e.detail.length).toBeGreaterThan(0);
  expect(e.detailZh).toMatch(/[\u4e00-\u9fff]/);
}

function strip(el: XmlElement): ExpectedElement {
  return {
    name: el.name,
    local: el.local,
    prefix: el.prefix,
    uri: el.uri,
    attributes: el.attributes.map((a) => ({ ...a })),
    children: el.children.map(strip),
    text: el.text,
    start: el.start,
    end: el.end,
    startTagEnd: el.startTagEnd,
  };
}

function preorder(el: XmlElement, out: XmlElement[] = []): XmlElement[] {
  out.push(el);
  for (const c of el.children) preorder(c, out);
  return out;
}

describe('tokenizer: malformed documents, with line and column', () => {
  it('mismatched end tag (at the end tag, naming the start tag and its line)', () => {
    expectError('<r>\n  <a>1</b>\n</r>', 'XML_MALFORMED', 2, 7, /<\/b> does not match the start tag <a> \(line 2\)/);
    expectError('<r><a:x xmlns:a="u">1</a:y></r>', 'XML_MALFORMED', 1, 22, /<\/a:y>/);
    expectError('<r><ab>1</a></r>', 'XML_MALFORMED', 1, 9);
    expectError('<r><a>1</ab></r>', 'XML_MALFORMED', 1, 8);
  });

  it('end tag without a start tag, malformed end tags', () => {
    expectError('</r>', 'XML_MALFORMED', 1, 1, /no matching start tag/);
    expectError('<r>\n</r x>', 'XML_MALFORMED', 2, 5, /not closed/);
    expectError('<r></>', 'XML_MALFORMED', 1, 4, /malformed end tag/);
  });

  it('unclosed elements (at the innermost open start tag)', () => {
    expectError('<r>\n  <a>1</a>', 'XML_MALFORMED', 1, 1, /<r> is never closed/);
    expectError('<r>\n  <a>1', 'XML_MALFORMED', 2, 3, /<a> is never closed/);
    expectError('<r>\n\t<a>1</a', 'XML_MALFORMED', 2, 2, /<a> is never closed/);
  });

  it('bad start tags and attribute syntax', () => {
    expectError('<r a=1/>', 'XML_MALFORMED', 1, 6, /must be in quotes/);
    expectError('<r a/>', 'XML_MALFORMED', 1, 4, /has no value/);
    expectError('<r a="1"b="2"/>', 'XML_MALFORMED', 1, 9, /separated by white space/);
    expectError('<r a="1/>', 'XML_MALFORMED', 1, 6, /not closed with a matching quote/);
    expectError("<r a='1\"/>", 'XML_MALFORMED', 1, 6, /matching quote/);
    expectError('<r a="1" / >', 'XML_MALFORMED', 1, 10, /must be followed by ">"/);
    expectError('<r\n  a="1"\n  <b/>', 'XML_MALFORMED', 1, 1, /<r> is not closed with ">" before the next "<"/);
    expectError('<r a="1"', 'XML_MALFORMED', 1, 1, /<r> is not closed/);
    expectError('<r a="1" %/>', 'XML_MALFORMED', 1, 10, /unexpected character "%"/);
    expectError('< r/>', 'XML_MALFORMED', 1, 1, /must be followed by a tag name/);
    expectError('<r><1/></r>', 'XML_MALFORMED', 1, 4, /tag name/);
    expectError('<r:/>', 'XML_MALFORMED', 1, 2, /malformed qualified name/);
    expectError('<a:b:c xmlns:a="u"/>', 'XML_MALFORMED', 1, 2, /malformed qualified name/);
    expectError('<r :a="1"/>', 'XML_MALFORMED', 1, 4, /malformed attribute name/);
  });

  it('duplicate attributes, also through different prefixes of one namespace', () => {
    expectError('<r a="1" a="2"/>', 'XML_MALFORMED', 1, 10, /duplicate attribute a/);
    expectError('<r xmlns:p="u" xmlns:q="u" p:x="1" q:x="2"/>', 'XML_MALFORMED', 1, 36, /duplicate attribute q:x/);
    expectError('<r xmlns:p="u" xmlns:p="v"/>', 'XML_MALFORMED', 1, 16, /duplicate attribute xmlns:p/);
    // Same local name, different namespaces: fine.
    expect(readXml('<r xmlns:p="u" x="1" p:x="2"/>').ok).toBe(true);
  });

  it('unbound and reserved prefixes', () => {
    expectError('<x:r/>', 'XML_MALFORMED', 1, 2, /prefix "x" of x:r is not declared/);
    expectError('<r>\n <p:a/></r>', 'XML_MALFORMED', 2, 3, /"p"/);
    expectError('<r p:a="1"/>', 'XML_MALFORMED', 1, 4, /prefix "p" of p:a/);
    expectError('<r xmlns:p=""/>', 'XML_MALFORMED', 1, 4, /undeclare/);
    expectError('<xmlns:r/>', 'XML_MALFORMED', 1, 2, /"xmlns"/);
    expectError('<r xmlns:xml="urn:x"/>', 'XML_MALFORMED', 1, 4);
    expectError('<r xmlns="http://www.w3.org/XML/1998/namespace"/>', 'XML_MALFORMED', 1, 4);
    expectError('<r xmlns:xmlns="http://www.w3.org/2000/xmlns/"/>', 'XML_MALFORMED', 1, 4);
    // A prefix declared on an element is out of scope after it.
    expectError('<r><a xmlns:p="u"/><p:b/></r>', 'XML_MALFORMED', 1, 21, /"p"/);
  });

  it('text and elements outside the root, missing root', () => {
    expectError('<r/>\nx', 'XML_MALFORMED', 2, 1, /text after the end of the root element <\/r>/);
    expectError('<r/><s/>', 'XML_MALFORMED', 1, 5, /exactly one root/);
    expectError('hello <r/>', 'XML_MALFORMED', 1, 1, /text before the root element/);
    expectError('<r/>&amp;', 'XML_MALFORMED', 1, 5, /text after/);
    expectError('<r/><![CDATA[x]]>', 'XML_MALFORMED', 1, 5, /text after/);
    expectError('<?xml version="1.0"?>\n<!-- only a comment -->\n', 'XML_MALFORMED', 3, 1, /no root element/);
    expectError('<!-- a --><?pi x?>', 'XML_MALFORMED', 1, 19, /no root element/);
  });

  it('characters XML does not allow, in text, attributes, names, comments and outside the root', () => {
    expectError('<r>a\u0001b</r>', 'XML_MALFORMED', 1, 5, /U\+0001/);
    expectError('<r>\n ok \uD800 </r>', 'XML_MALFORMED', 2, 5, /unpaired surrogate U\+D800/);
    expectError('<r>\uDC00</r>', 'XML_MALFORMED', 1, 4, /U\+DC00/);
    expectError('<r>\uFFFE</r>', 'XML_MALFORMED', 1, 4, /U\+FFFE/);
    expectError('<r a="x\u0000"/>', 'XML_MALFORMED', 1, 8, /U\+0000/);
    expectError('<r><!-- \u0007 --></r>', 'XML_MALFORMED', 1, 9, /U\+0007/);
    expectError('<r><![CDATA[\uD83D]]></r>', 'XML_MALFORMED', 1, 13, /U\+D83D/);
    expectError('\u0000<r/>', 'XML_MALFORMED', 1, 1, /U\+0000/);
    // A surrogate pair is one character, two columns.
    expect(readXml('<r a="😀">😀</r>').ok).toBe(true);
  });

  it('"<" in attribute values, "]]>" in text', () => {
    expectError('<r a="x<y"/>', 'XML_MALFORMED', 1, 8, /"<" is not allowed in the value of attribute a/);
    expectError('<r>\n  a ]]> b</r>', 'XML_MALFORMED', 2, 5, /"\]\]>"/);
    expect(readXml('<r>]] > ]&gt; ]]&gt;</r>').ok).toBe(true);
  });

  it('unterminated comments, CDATA sections and processing instructions (at their start)', () => {
    expectError('<r>\n<!-- open\n</r>', 'XML_MALFORMED', 2, 1, /comment is not closed/);
    expectError('<r><!-- a -- b --></r>', 'XML_MALFORMED', 1, 11, /"--" is not allowed inside a comment/);
    expectError('<r><!-- a ---></r>', 'XML_MALFORMED', 1, 11, /"--"/);
    expectError('<r>\n  <![CDATA[ x </r>', 'XML_MALFORMED', 2, 3, /CDATA section is not closed/);
    expectError('<r><?pi x </r>', 'XML_MALFORMED', 1, 4, /<\?pi is not closed/);
    expectError('<?pi', 'XML_MALFORMED', 1, 1, /not closed/);
    expectError('<r><? x?></r>', 'XML_MALFORMED', 1, 4, /without a target/);
    expectError('<r><![CDAT[x]]></r>', 'XML_MALFORMED', 1, 4, /"<!" must start a comment/);
  });

  it('XML declaration: only at the very start, and well-formed', () => {
    expect(readXml('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><r/>').ok).toBe(true);
    expect(readXml("<?xml version='1.0'?>\n<r/>").ok).toBe(true);
    expect(readXml('\uFEFF<?xml version="1.0"?><r/>').ok).toBe(true);
    expectError('\n<?xml version="1.0"?><r/>', 'XML_MALFORMED', 2, 1, /only at the very start/);
    expectError('<r><?XML version="1.0"?></r>', 'XML_MALFORMED', 1, 4, /only at the very start/);
    expectError('<?xml version="2.0"?><r/>', 'XML_MALFORMED', 1, 16, /version="2.0" is not a valid value/);
    expectError('<?xml encoding="UTF-8"?><r/>', 'XML_MALFORMED', 1, 7, /expected version/);
    expectError('<?xml version="1.0" standalone="yes" encoding="UTF-8"?><r/>', 'XML_MALFORMED', 1, 38, /expected/);
    expectError('<?xml?><r/>', 'XML_MALFORMED', 1, 1, /version is missing/);
    expectError('<?xml version="1.0"encoding="UTF-8"?><r/>', 'XML_MALFORMED', 1, 20, /white space/);
    expectError('<?xml version=1.0?><r/>', 'XML_MALFORMED', 1, 15, /quotes/);
    expectError('<?xml version="1.0"', 'XML_MALFORMED', 1, 1, /not closed/);
    // A processing instruction whose target merely starts with "xml" is an ordinary one.
    expect(readXml('<?xml-stylesheet href="a"?><r/>').ok).toBe(true);
  });

  it('entities: five predefined ones and valid numeric references only', () => {
    expectError('<r>\n  <v>&nbsp;</v>\n</r>', 'XML_ENTITY_FORBIDDEN', 2, 6, /undefined entity &nbsp;/);
    expectError('<r a="&ext;"/>', 'XML_ENTITY_FORBIDDEN', 1, 7, /&ext;/);
    expectError('<r>&#0;</r>', 'XML_ENTITY_FORBIDDEN', 1, 4, /U\+0000/);
    expectError('<r>&#xD800;</r>', 'XML_ENTITY_FORBIDDEN', 1, 4, /U\+D800/);
    expectError('<r>&#x110000;</r>', 'XML_ENTITY_FORBIDDEN', 1, 4, /no character/);
    expectError('<r>&#99999999999999999999;</r>', 'XML_ENTITY_FORBIDDEN', 1, 4, /no character/);
    expectError('<r>&#xFFFF;</r>', 'XML_ENTITY_FORBIDDEN', 1, 4, /U\+FFFF/);
    expectError('<r>&#;</r>', 'XML_ENTITY_FORBIDDEN', 1, 4, /malformed character reference/);
    expectError('<r>&#x12g;</r>', 'XML_ENTITY_FORBIDDEN', 1, 4, /malformed character reference/);
    expectError('<r>A & B</r>', 'XML_MALFORMED', 1, 6, /bare "&"/);
    expectError('<r>&amp</r>', 'XML_MALFORMED', 1, 4, /&amp;/);
    const ok = readXml('<r a="&lt;&#x41;&#66;">&lt;&gt;&amp;&quot;&apos;&#20013;&#x56FD;&#x1F600;&#9;</r>');
    expect(ok.ok && [ok.root.text, ok.root.attributes[0]?.value]).toEqual(['<>&"\'中国😀\t', '<AB']);
  });

  it('refuses any DOCTYPE, anywhere and in any case, before reading it', () => {
    expectError('<?xml version="1.0"?>\n<!DOCTYPE r SYSTEM "file:///etc/passwd">\n<r/>', 'XML_DTD_FORBIDDEN', 2, 1);
    expectError('<r>\n  <!doctype x></r>', 'XML_DTD_FORBIDDEN', 2, 3);
    expectError('<r><![CDATA[<!DocType>]]></r>', 'XML_DTD_FORBIDDEN', 1, 13);
  });

  it('caps depth (at the start tag that goes too deep) and size', () => {
    const deep = '<a>'.repeat(MAX_XML_DEPTH) + '\n  <b>' + '</b>' + '</a>'.repeat(MAX_XML_DEPTH);
    expectError(deep, 'XML_TOO_DEEP', 2, 3, new RegExp(`more than ${MAX_XML_DEPTH} deep`));
    // Self-closing elements count too.
    expectError('<a>'.repeat(MAX_XML_DEPTH) + '<b/>' + '</a>'.repeat(MAX_XML_DEPTH), 'XML_TOO_DEEP', 1, 3 * MAX_XML_DEPTH + 1);
    expect(readXml('<a>'.repeat(MAX_XML_DEPTH - 1) + '<b/>' + '</a>'.repeat(MAX_XML_DEPTH - 1)).ok).toBe(true);
    expectError(' '.repeat(MAX_XML_LENGTH + 1), 'XML_TOO_LARGE', 1, 1);
  });

  it('empty input', () => {
    expectError('', 'XML_EMPTY', 1, 1);
    expectError('\uFEFF \r\n\t', 'XML_EMPTY', 1, 1);
  });

  it('positions count UTF-16 code units and CR LF, CR and LF as one line end each', () => {
    expectError('<r>\r\n中😀<a>\r</b></r>', 'XML_MALFORMED', 3, 1);
    expectError('<r>\r\n中😀<a></b></r>', 'XML_MALFORMED', 2, 7);
  });

  it('never throws and always gives a position for truncations of a real message', () => {
    const xml = serializeMessage(exampleMessage('CEB621'));
    for (let n = 0; n < xml.length; n += 7) {
      const r = readXml(xml.slice(0, n));
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.position.line).toBeGreaterThanOrEqual(1);
    }
  });

  it('XML_MALFORMED findings of parseMessage carry the bilingual description', () => {
    const r = parseMessage('<ceb:CEB311Message xmlns:ceb="http://www.chinaport.gov.cn/ceb">\n  <ceb:Order></ceb:OrderX>\n</ceb:CEB311Message>');
    expect(r.ok).toBe(false);
    const f = r.findings[0];
    expect(f?.code).toBe('XML_MALFORMED');
    expect(f?.position).toEqual({ line: 2, column: 14 });
    expect(f?.message.en).toContain('end tag </ceb:OrderX> does not match the start tag <ceb:Order> (line 2)');
    expect(f?.message.zh).toContain('结束标签 </ceb:OrderX> 与开始标签 <ceb:Order>（第 2 行）不匹配');
  });
});

describe('tokenizer: well-formed documents', () => {
  it('normalises line ends in text and CDATA, white space in attribute values', () => {
    const r = readXml('<r a="x\ty\r\nz\rw\n" b=\'&#10;&#9;\'>1\r\n2\r3<![CDATA[\r\n4\r]]></r>');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.root.text).toBe('1\n2\n3\n4\n');
    expect(r.root.attributes.map((a) => a.value)).toEqual(['x y z w ', '\n\t']);
  });

  it('keeps white-space text, skips comments and processing instructions', () => {
    const r = readXml('<?xml version="1.0"?>\n<!-- c --><?p d?>\n<r>\n\t<a> x </a><!-- c -->\n\t<?p?><b/>\n</r>\n<!-- end -->\n');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.root.text).toBe('\n\t\n\t\n');
    expect(r.root.children.map((c) => [c.name, c.text])).toEqual([
      ['a', ' x '],
      ['b', ''],
    ]);
  });

  it('resolves default and prefixed namespaces, xmlns="" and the xml prefix', () => {
    const r = readXml(
      `<CEB311Message xmlns="${CEB_NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="s" guid="g">` +
        '<Order/><ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#" xml:lang="zh"><ds:SignedInfo/></ds:Signature>' +
        '<x xmlns=""><y/></x></CEB311Message>',
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.root.uri).toBe(CEB_NS);
    expect(r.root.attributes).toEqual([
      { name: 'xsi:schemaLocation', local: 'schemaLocation', prefix: 'xsi', uri: 'http://www.w3.org/2001/XMLSchema-instance', value: 's' },
      { name: 'guid', local: 'guid', prefix: '', uri: '', value: 'g' },
    ]);
    const [order, sig, x] = r.root.children;
    expect(order?.uri).toBe(CEB_NS);
    expect([sig?.prefix, sig?.local, sig?.uri, sig?.children[0]?.uri]).toEqual([
      'ds',
      'Signature',
      'http://www.w3.org/2000/09/xmldsig#',
      'http://www.w3.org/2000/09/xmldsig#',
    ]);
    expect(sig?.attributes).toEqual([{ name: 'xml:lang', local: 'lang', prefix: 'xml', uri: 'http://www.w3.org/XML/1998/namespace', value: 'zh' }]);
    expect([x?.uri, x?.children[0]?.uri]).toEqual(['', '']);
  });

  it('accepts names with non-ASCII and astral characters', () => {
    const r = readXml('<报文 属性="值"><𠀀x/></报文>');
    expect(r.ok && [r.root.name, r.root.attributes[0]?.name, r.root.children[0]?.name]).toEqual(['报文', '属性', '𠀀x']);
  });

  it('gives the same tree and positions as the generator computed (fast-check, differential)', () => {
    fc.assert(
      fc.property(generatedDocument, (doc) => {
        const r = readXml(doc.xml);
        if (!r.ok) throw new Error(`${JSON.stringify(r.error)} in ${JSON.stringify(doc.xml)}`);
        expect(strip(r.root)).toEqual(doc.root);
        const ranges: ExpectedRange[] = preorder(r.root).map((el) => r.lines.rangeAt(el.start, el.end) as ExpectedRange);
        expect(ranges).toEqual(doc.ranges);
        expect(r.root.uri).toBe(CEB_NS);
      }),
      { numRuns: 1500 },
    );
  });

  it('refuses every generated document cut short or with a stray "<" or "&" inserted (fast-check)', () => {
    fc.assert(
      fc.property(generatedDocument, fc.nat(), fc.constantFrom('', '<', '&', '\u0000'), (doc, at, insert) => {
        // The root's end tag is the last element markup; cutting inside or before it must fail.
        const cut = at % (doc.root.end + 1);
        const xml = insert === '' ? doc.xml.slice(0, Math.min(cut, doc.root.end - 1)) : doc.xml.slice(0, cut) + insert + doc.xml.slice(cut);
        const r = readXml(xml);
        if (insert === '' || insert === '\u0000') expect(r.ok).toBe(false);
        if (!r.ok) {
          expect(r.error.position.line).toBeGreaterThanOrEqual(1);
          expect(r.error.position.column).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('line index', () => {
  /** Naive reference: walk the text up to the offset. */
  function naive(s: string, offset: number): { line: number; column: number } {
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < offset; i++) {
      const c = s[i];
      if (c === '\n' || (c === '\r' && s[i + 1] !== '\n')) {
        line++;
        lineStart = i + 1;
      } else if (c === '\r') {
        // CR LF: the line starts after the LF; an offset between them stays on the CR's line.
        if (offset > i + 1) {
          line++;
          lineStart = i + 2;
        }
        i++;
      }
    }
    return { line, column: offset - lineStart + 1 };
  }

  it('answers any sequence of lookups exactly, in or out of document order (fast-check)', () => {
    const text = fc.array(fc.constantFrom('a', '中', '😀', '\n', '\r', '\r\n', '\t', '<x>'), { maxLength: 60 }).map((p) => p.join(''));
    fc.assert(
      fc.property(text, fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 20 }), (s, queries) => {
        const idx = createLineIndex(s);
        for (const [a, b] of queries) {
          const start = a % (s.length + 1);
          const end = Math.max(start, b % (s.length + 1));
          expect(idx.positionAt(end)).toEqual(naive(s, end));
          const p = naive(s, start);
          const q = naive(s, end);
          expect(idx.rangeAt(start, end)).toEqual({ line: p.line, column: p.column, endLine: q.line, endColumn: q.column });
        }
      }),
      { numRuns: 1000 },
    );
  });
});
