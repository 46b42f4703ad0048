import { describe, expect, it } from 'vitest';
import { exampleMessage, messageFromJson, parseMessage, serializeMessage } from '#sandbox/messages/index.ts';
import { checkFormat } from '#sandbox/rules/format.ts';

const xml311 = (): string => serializeMessage(exampleMessage('CEB311'));

function codes(xml: string): string[] {
  const r = parseMessage(xml);
  return r.findings.map((f) => `${f.code}:${f.path}`);
}

describe('message structure findings', () => {
  it('detects the kind from the root and accepts the default namespace form', () => {
    const xml = xml311().replace(/ceb:/g, '').replace('xmlns:ceb=', 'xmlns=');
    const r = parseMessage(xml);
    expect(r.ok && r.parsed.message.kind).toBe('CEB311');
    expect(r.findings).toEqual([]);
    expect(r.ok && r.parsed.message).toEqual(exampleMessage('CEB311'));
  });

  it('unknown root', () => {
    const r = parseMessage('<ceb:CEB999Message xmlns:ceb="http://www.chinaport.gov.cn/ceb" guid="x" version="1.0"/>');
    expect(r.ok).toBe(false);
    expect(r.findings[0]?.code).toBe('XML_UNKNOWN_ROOT');
    expect(r.findings[0]?.position).toMatchObject({ line: 1, column: 1 });
  });

  it('wrong namespace on the root and on a child', () => {
    const root = parseMessage(xml311().replace('http://www.chinaport.gov.cn/ceb', 'http://example.com/ceb'));
    expect(root.ok).toBe(false);
    expect(root.findings[0]?.code).toBe('XML_WRONG_NAMESPACE');
    const child = xml311().replace('<ceb:orderNo>', '<orderNo xmlns="urn:other">').replace('</ceb:orderNo>', '</orderNo>');
    expect(codes(child)).toEqual(['XML_WRONG_NAMESPACE:Order[0].OrderHead.orderNo']);
  });

  it('unknown element with a spelling hint, and element order', () => {
    const unknown = xml311().replace('<ceb:orderNo>', '<ceb:orderno>').replace('</ceb:orderNo>', '</ceb:orderno>');
    const r = parseMessage(unknown);
    expect(r.findings.map((f) => f.code)).toEqual(['XML_UNKNOWN_ELEMENT']);
    expect(r.findings[0]?.message.en).toContain('<orderNo>');
    // The missing field is then reported by the format check.
    expect(r.ok && checkFormat(r.parsed).map((f) => `${f.code}:${f.path}`)).toEqual(['FMT_REQUIRED:Order[0].OrderHead.orderNo']);
    const swapped = xml311().replace(
      /(\t+<ceb:orderType>I<\/ceb:orderType>\n)(\t+<ceb:orderNo>[^\n]*\n)/,
      '$2$1',
    );
    expect(codes(swapped)).toEqual(['XML_ELEMENT_ORDER:Order[0].OrderHead.orderType']);
  });

  it('missing head is synthesized once, not reported field by field', () => {
    const xml = xml311().replace(/\t\t<ceb:OrderHead>[\s\S]*<\/ceb:OrderHead>\n/, '');
    const r = parseMessage(xml);
    expect(r.findings.map((f) => `${f.code}:${f.path}`)).toEqual(['XML_MISSING_ELEMENT:Order[0].OrderHead']);
    expect(r.ok && r.parsed.synthesized).toEqual(['Order[0].OrderHead']);
    expect(r.ok && checkFormat(r.parsed)).toEqual([]);
  });

  it('missing required signature on CEB621', () => {
    const xml = serializeMessage(exampleMessage('CEB621')).replace(/\t<ds:Signature[\s\S]*<\/ds:Signature>\n/, '');
    expect(codes(xml)).toEqual(['XML_MISSING_ELEMENT:Signature']);
  });

  it('duplicate single element, text in a structural element, unknown attribute', () => {
    const dup = xml311().replace(/(\t\t\t<ceb:orderNo>[^\n]*\n)/, '$1$1');
    expect(codes(dup)).toEqual(['XML_TOO_MANY:Order[0].OrderHead.orderNo']);
    const text = xml311().replace('<ceb:OrderHead>', '<ceb:OrderHead>oops');
    expect(codes(text)).toEqual(['XML_UNEXPECTED_TEXT:Order[0].OrderHead']);
    const attr = xml311().replace('<ceb:OrderHead>', '<ceb:OrderHead id="1">');
    const r = parseMessage(attr);
    expect(r.findings.map((f) => [f.code, f.severity])).toEqual([['XML_UNKNOWN_ATTRIBUTE', 'warning']]);
  });
});

describe('messageFromJson', () => {
  it('reads the typed object and its JSON text', () => {
    const msg = exampleMessage('CEB411');
    expect(messageFromJson(msg)).toMatchObject({ ok: true, findings: [] });
    expect(messageFromJson(JSON.stringify(msg))).toMatchObject({ ok: true, findings: [] });
  });

  it('reports bad JSON, unknown kinds, wrong types and unknown fields without throwing', () => {
    expect(messageFromJson('{').findings[0]?.code).toBe('JSON_MALFORMED');
    expect(messageFromJson(null).findings[0]?.code).toBe('JSON_MALFORMED');
    expect(messageFromJson({ kind: 'CEB999' }).findings[0]?.code).toBe('XML_UNKNOWN_ROOT');
    const msg = exampleMessage('CEB311') as unknown as Record<string, unknown>;
    const order = (msg['Order'] as Array<Record<string, Record<string, unknown>>>)[0];
    if (order?.['OrderHead']) {
      order['OrderHead']['orderNo'] = { no: 1 };
      order['OrderHead']['orderNumber'] = 'x';
    }
    const r = messageFromJson(msg);
    expect(r.ok).toBe(true);
    expect(r.findings.map((f) => `${f.code}:${f.path}`)).toEqual([
      'JSON_INVALID_VALUE:Order[0].OrderHead.orderNo',
      'JSON_UNKNOWN_FIELD:Order[0].OrderHead.orderNumber',
    ]);
    expect(r.ok && checkFormat(r.parsed).map((f) => f.code)).toEqual(['FMT_REQUIRED']);
  });

  it('missing structure in JSON', () => {
    const r = messageFromJson({ kind: 'CEB311', guid: 'F5C80311-2026-4A00-8000-000000000001', version: '1.0' });
    expect(r.ok).toBe(true);
    expect(r.findings.map((f) => `${f.code}:${f.path}`)).toEqual(['XML_MISSING_ELEMENT:BaseTransfer']);
    expect(r.ok && checkFormat(r.parsed).map((f) => `${f.code}:${f.path}`)).toEqual(['FMT_OCCURS:Order']);
  });
});
