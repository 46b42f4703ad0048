import { describe, expect, it } from 'vitest';
import { exampleMessage, serializeMessage } from '#sandbox';
import { SetChecker, findingsOf, toMarkers, toProblems } from '#lib/editor/diagnostics.ts';

const set = (['CEB311', 'CEB411', 'CEB511', 'CEB621'] as const).map((k) => serializeMessage(exampleMessage(k)));

describe('SetChecker', () => {
  it('with the server context, a signature the signing step adds is no finding (without it, it is)', () => {
    const unsigned = set.map((x) => x.replace(/<ds:Signature[\s\S]*<\/ds:Signature>\s*/, ''));
    expect(unsigned[3]).not.toContain('ds:Signature');
    const plain = new SetChecker({ asOf: '2026-05-10' }).check(unsigned, 3).findings;
    expect(plain.map((f) => f.code)).toContain('XML_MISSING_ELEMENT');
    const signing = new SetChecker({ context: { asOf: '2026-05-10', sign: true } }).check(unsigned, 3).findings;
    expect(signing).toEqual([]);
  });

  it('with signing, a return checks against the released lists it is given', () => {
    const ret = serializeMessage(exampleMessage('CEB625'));
    expect(new SetChecker({ context: { sign: true } }).check([ret], 0).findings.map((f) => f.code)).toContain('RETURN_LIST_UNKNOWN');
    const list = { invtNo: '08042026I000001234', direction: 'import' as const, releasedAt: '2026-03-15', customsCode: '0804', orderNo: 'FSCB20260315000123', ebcCode: '2104960035', buyerIdNumber: '210402199003071520', lines: [{ gnum: '1', gcode: '1901101010', qty: '2' }, { gnum: '2', gcode: '0410902100', qty: '1' }] };
    expect(new SetChecker({ context: { sign: true, releasedLists: [list] } }).check([ret], 0).findings).toEqual([]);
    const taken = { ...list, returned: [{ gnum: '2', qty: '1' }] };
    expect(new SetChecker({ context: { sign: true, releasedLists: [taken] } }).check([ret], 0).findings.map((f) => f.code)).toContain('RETURN_GOODS_MISMATCH');
  });

  it('finds nothing in the clean example set', () => {
    const r = new SetChecker({ asOf: '2026-05-10' }).check(set, 3);
    expect(r.findings).toEqual([]);
  });

  it('reports a three-document mismatch on the edited list at the right line', () => {
    const list = (set[3] ?? '').replace(/<ceb:orderNo>[^<]*<\/ceb:orderNo>/, '<ceb:orderNo>WRONG-1</ceb:orderNo>');
    const texts = [set[0] ?? '', set[1] ?? '', set[2] ?? '', list];
    const r = new SetChecker({ asOf: '2026-05-10' }).check(texts, 3);
    const own = findingsOf(r.findings, 3);
    const match = own.find((f) => f.code === 'MATCH_ORDER_MISSING');
    expect(match).toBeDefined();
    const line = list.split('\n').findIndex((l) => l.includes('WRONG-1')) + 1;
    const markers = toMarkers(own, list, 'en');
    const m = markers.find((x) => x.code === 'MATCH_ORDER_MISSING');
    expect(m?.startLineNumber).toBe(line);
    expect(m?.endLineNumber).toBe(line);
    expect(m?.message).toContain('MATCH_ORDER_MISSING');
    const problems = toProblems(own, 'zh-CN');
    expect(problems[0]?.lesson).toMatch(/^[\w-]+\/[\w-]+$/);
    // the waybill, a companion, gets its own finding: shown on its document, not on the list
    expect(findingsOf(r.findings, 2).map((f) => f.code)).toContain('MATCH_ORDER_NO');
  });

  it('reports unreadable XML on its document and still checks the others', () => {
    const texts = [set[0] ?? '', '<ceb:CEB411Message', set[2] ?? '', set[3] ?? ''];
    const r = new SetChecker().check(texts, 1);
    const own = findingsOf(r.findings, 1);
    expect(own.some((f) => f.code.startsWith('XML_'))).toBe(true);
    expect(r.results[1]?.ok).toBe(false);
  });

  it('maps finding indices back when a document is unreadable', () => {
    const list = (set[3] ?? '').replace(/<ceb:gcode>1901101010<\/ceb:gcode>/, '<ceb:gcode>9999999999</ceb:gcode>');
    const r = new SetChecker().check(['<oops', list], 1);
    expect(findingsOf(r.findings, 1).some((f) => f.code.startsWith('CODE_HS'))).toBe(true);
  });
});

describe('markerRange', () => {
  it('underlines a one-line element exactly and a multi-line node on its first line only', async () => {
    const { markerRange } = await import('#lib/editor/diagnostics.ts');
    const lines = ['<a>', '  <b>x</b>', '</a>'];
    const base = { code: 'X', severity: 'error' as const, path: 'p', message: { zh: '', en: '' }, lesson: 'c/l' };
    expect(markerRange({ ...base, position: { line: 2, column: 3, endLine: 2, endColumn: 11 } }, lines)).toEqual({ startLineNumber: 2, startColumn: 3, endLineNumber: 2, endColumn: 11 });
    expect(markerRange({ ...base, position: { line: 1, column: 1, endLine: 3, endColumn: 5 } }, lines)).toEqual({ startLineNumber: 1, startColumn: 1, endLineNumber: 1, endColumn: 4 });
    expect(markerRange(base, lines)).toEqual({ startLineNumber: 1, startColumn: 1, endLineNumber: 1, endColumn: 4 });
  });
});
