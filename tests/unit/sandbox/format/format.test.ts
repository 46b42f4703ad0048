import { describe, expect, it } from 'vitest';
import { exampleMessage, parseMessage, serializeMessage, decimalToFen, fenToDecimal, compareDecimals } from '#sandbox/messages/index.ts';
import type { CebMessage } from '#sandbox/messages/index.ts';
import { checkFormat, isValidDateTime } from '#sandbox/rules/format.ts';
import { formatErrors } from '#sandbox/errors/format.ts';
import { xmlErrors } from '#sandbox/errors/xml.ts';

/** Checks the CEB311 example after `edit`, through XML so positions are real. */
function check311(edit: (m: Extract<CebMessage, { kind: 'CEB311' }>) => void): Array<{ code: string; path: string; severity: string; line?: number | undefined }> {
  const m = exampleMessage('CEB311');
  edit(m);
  const r = parseMessage(serializeMessage(m));
  if (!r.ok) throw new Error('parse failed');
  return checkFormat(r.parsed).map((f) => ({ code: f.code, path: f.path, severity: f.severity, line: f.position?.line }));
}

const head = (m: Extract<CebMessage, { kind: 'CEB311' }>) => m.Order[0]!.OrderHead;
const item = (m: Extract<CebMessage, { kind: 'CEB311' }>) => m.Order[0]!.OrderList[0]!;

describe('checkFormat', () => {
  it('accepts every example', async () => {
    const { MESSAGE_KINDS } = await import('#sandbox/messages/index.ts');
    for (const k of MESSAGE_KINDS) {
      const r = parseMessage(serializeMessage(exampleMessage(k)));
      expect(r.ok && checkFormat(r.parsed)).toEqual([]);
    }
  });

  it('FMT_REQUIRED for an empty required field, with the field position', () => {
    const f = check311((m) => (head(m).orderNo = ''));
    expect(f).toEqual([{ code: 'FMT_REQUIRED', path: 'Order[0].OrderHead.orderNo', severity: 'error', line: 10 }]);
  });

  it('FMT_LENGTH for C..n too long, Cn not exact, and the bilingual message says how to fix', () => {
    expect(check311((m) => (head(m).orderNo = 'X'.repeat(61))).map((x) => x.code + ':' + x.path)).toEqual([
      'FMT_LENGTH:Order[0].OrderHead.orderNo',
    ]);
    expect(check311((m) => (item(m).unit = '12')).map((x) => x.code + ':' + x.path)).toEqual(['FMT_LENGTH:Order[0].OrderList[0].unit']);
    const m = exampleMessage('CEB311');
    head(m).ebcName = '抚'.repeat(101);
    const r = parseMessage(serializeMessage(m));
    const finding = r.ok ? checkFormat(r.parsed)[0] : undefined;
    expect(finding?.message.zh).toContain('100');
    expect(finding?.message.en).toContain('Shorten it to at most 100 characters');
    expect(finding?.lesson).toBe('customs-clearance/02-import-message-flow');
    expect(finding?.ruleVersion).toBe('ceb-xsd@2022-05');
  });

  it('FMT_NUMBER for decimals and integers', () => {
    for (const bad of ['abc', '1,000.00', '1e3', '12345678901234567890', '1.123456', '']) {
      const f = check311((m) => (head(m).goodsValue = bad));
      expect(f[0]?.code, bad).toBe(bad === '' ? 'FMT_REQUIRED' : 'FMT_NUMBER');
    }
    expect(check311((m) => (head(m).goodsValue = '99999999999999.99999'))).toContainEqual(
      expect.objectContaining({ code: 'FMT_MONEY_DECIMALS' }),
    );
    expect(check311((m) => (head(m).goodsValue = '00012.50000'))).toEqual([]);
    expect(check311((m) => (item(m).gnum = '1.5'))[0]?.code).toBe('FMT_NUMBER');
    expect(check311((m) => (item(m).gnum = '3000000000'))[0]?.code).toBe('FMT_NUMBER');
  });

  it('FMT_MONEY_DECIMALS: money beyond the fen is a sandbox error; quantities keep 5 decimals', () => {
    expect(check311((m) => (head(m).freight = '1.005')).map((x) => x.code)).toEqual(['FMT_MONEY_DECIMALS']);
    expect(check311((m) => (item(m).qty = '1.00005'))).toEqual([]);
  });

  it('FMT_DATETIME for appTime and returnTime', () => {
    for (const bad of ['2026-03-15 10:30:00', '20260230103000', '20261315103000', '20260315246000', '2026031510300']) {
      expect(check311((m) => (head(m).appTime = bad))[0]?.code, bad).toBe('FMT_DATETIME');
    }
    expect(isValidDateTime('20240229235959', 14)).toBe(true);
    expect(isValidDateTime('20230229235959', 14)).toBe(false);
    expect(isValidDateTime('20260315103000123', 17)).toBe(true);
    const rec = exampleMessage('CEB312');
    rec.OrderReturn[0]!.returnTime = '20260315103205';
    const r = parseMessage(serializeMessage(rec));
    expect(r.ok && checkFormat(r.parsed).map((f) => [f.code, f.lesson])).toEqual([
      ['FMT_DATETIME', 'customs-clearance/04-receipts-status-codes'],
    ]);
  });

  it('FMT_GUID and FMT_GUID_CASE', () => {
    expect(check311((m) => (m.guid = 'not-a-guid'))[0]).toMatchObject({ code: 'FMT_GUID', path: 'guid', line: 2 });
    expect(check311((m) => (head(m).guid = '5923DGGB-9940-415B-B666-C09BOO7F40B2'))[0]?.code).toBe('FMT_GUID');
    expect(check311((m) => (head(m).guid = head(m).guid.toLowerCase()))).toEqual([
      expect.objectContaining({ code: 'FMT_GUID_CASE', severity: 'warning' }),
    ]);
  });

  it('FMT_APP_TYPE and FMT_APP_STATUS', () => {
    expect(check311((m) => (head(m).appType = '4'))[0]?.code).toBe('FMT_APP_TYPE');
    expect(check311((m) => (head(m).appStatus = '3'))[0]?.code).toBe('FMT_APP_STATUS');
    expect(check311((m) => (head(m).appStatus = '1'))).toEqual([]);
  });

  it('FMT_FIXED for the import currency and FMT_WHITESPACE as a warning', () => {
    expect(check311((m) => (head(m).currency = '502'))[0]?.code).toBe('FMT_FIXED');
    expect(check311((m) => (head(m).orderNo = ` ${head(m).orderNo}`))).toEqual([
      expect.objectContaining({ code: 'FMT_WHITESPACE', severity: 'warning' }),
    ]);
  });

  it('FMT_OCCURS for too many list items', () => {
    const f = check311((m) => {
      const first = item(m);
      m.Order[0]!.OrderList = Array.from({ length: 100 }, (_, i) => ({ ...first, gnum: String(i + 1) }));
    });
    expect(f.map((x) => x.code + ':' + x.path)).toEqual(['FMT_OCCURS:Order[0].OrderList']);
  });

  it('signature parts must not be empty', () => {
    const m = exampleMessage('CEB621');
    m.Signature.SignatureValue = '';
    const r = parseMessage(serializeMessage(m));
    expect(r.ok && checkFormat(r.parsed).map((f) => `${f.code}:${f.path}`)).toEqual(['FMT_REQUIRED:Signature.SignatureValue']);
  });
});

describe('decimal helpers', () => {
  it('convert exactly, without floats', () => {
    expect(decimalToFen('568.10')).toBe(56810);
    expect(decimalToFen('0.1')).toBe(10);
    expect(decimalToFen('12.50000')).toBe(1250);
    expect(decimalToFen('1.005')).toBeUndefined();
    expect(decimalToFen('abc')).toBeUndefined();
    expect(decimalToFen('-3')).toBe(-300);
    expect(fenToDecimal(56810)).toBe('568.10');
    expect(fenToDecimal(5)).toBe('0.05');
    expect(fenToDecimal(-5)).toBe('-0.05');
    expect(compareDecimals('568.1', '568.10000')).toBe(0);
    expect(compareDecimals('0.3', '0.29999')).toBe(1);
  });
});

describe('error catalogue', () => {
  const all = [...xmlErrors, ...formatErrors];
  it('has unique codes, both languages and a lesson slug', () => {
    expect(new Set(all.map((e) => e.code)).size).toBe(all.length);
    for (const e of all) {
      expect(e.title.zh.length).toBeGreaterThan(0);
      expect(e.title.en.length).toBeGreaterThan(0);
      expect(e.lesson).toMatch(/^[a-z-]+\/\d\d-[a-z0-9-]+$/);
    }
  });

  it('defines every code the reader, codec and format check emit', () => {
    const used = [
      'XML_EMPTY', 'XML_MALFORMED', 'XML_DTD_FORBIDDEN', 'XML_ENTITY_FORBIDDEN', 'XML_TOO_LARGE', 'XML_TOO_DEEP',
      'XML_UNKNOWN_ROOT', 'XML_WRONG_NAMESPACE', 'XML_UNKNOWN_ELEMENT', 'XML_ELEMENT_ORDER', 'XML_TOO_MANY',
      'XML_MISSING_ELEMENT', 'XML_UNEXPECTED_TEXT', 'XML_UNKNOWN_ATTRIBUTE', 'JSON_MALFORMED', 'JSON_INVALID_VALUE',
      'JSON_UNKNOWN_FIELD', 'FMT_REQUIRED', 'FMT_LENGTH', 'FMT_NUMBER', 'FMT_MONEY_DECIMALS', 'FMT_DATETIME', 'FMT_GUID',
      'FMT_GUID_CASE', 'FMT_APP_TYPE', 'FMT_APP_STATUS', 'FMT_FIXED', 'FMT_CODE_VALUE', 'FMT_OCCURS', 'FMT_WHITESPACE',
    ];
    expect(all.map((e) => e.code).sort()).toEqual(used.sort());
  });
});
