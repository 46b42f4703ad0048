import { describe, expect, it } from 'vitest';
import { checkSubmission, exampleMessage, serializeMessage } from '#sandbox';
import { engineCheckReport, isCheckDate, normalizeResult, splitMessages } from '#lib/workbench/engine-check.ts';
import { engineCheckPage } from '#pages/[...lang]/sandbox/_engine-check-page.ts';

const tr = (key: string, vars: Record<string, string | number> = {}) => `${key}${JSON.stringify(vars)}`;

describe('engine check', () => {
  it('splits pasted text at --- lines and before each XML declaration', () => {
    expect(splitMessages('<?xml version="1.0"?><a/>\n<?xml version="1.0"?><b/>')).toEqual(['<?xml version="1.0"?><a/>', '<?xml version="1.0"?><b/>']);
    expect(splitMessages('<a/>\n---\n<b/>\n  -----  \n\n')).toEqual(['<a/>', '<b/>']);
    expect(splitMessages('  \n---\n ')).toEqual([]);
  });

  it('accepts an empty date or YYYY-MM-DD only', () => {
    expect(isCheckDate('')).toBe(true);
    expect(isCheckDate('2026-05-10')).toBe(true);
    expect(isCheckDate('10/05/2026')).toBe(false);
  });

  it('reduces the sample set to verdict, receipts and taxes, and reports it', () => {
    const { sample } = engineCheckPage('zh-CN');
    const texts = splitMessages(sample);
    expect(texts).toHaveLength(4);
    const raw = checkSubmission({ messages: texts, asOf: '2026-05-10' });
    const r = normalizeResult(raw);
    expect(r.receipts.length).toBeGreaterThan(0);
    expect(r.receipts.every((x) => x.status !== null)).toBe(true);
    const report = engineCheckReport({ raw, messageCount: texts.length, ms: 12, locale: 'en', tr });
    expect(report.state).toBe(r.accepted ? 'accepted' : 'rejected');
    expect(report.findings.map((f) => f.code)).toEqual(raw.findings.map((f) => f.code));
    expect(report.receipts).toHaveLength(r.receipts.length);
    expect(report.taxes).toHaveLength(r.taxes.length);
    expect(report.elapsed).toBe('parity.elapsed{"ms":12}');
  });

  it('reports a broken message with where it is and the lesson that explains it', () => {
    const bad = serializeMessage(exampleMessage('CEB311')).replace(/<ceb:orderNo>[^<]*<\/ceb:orderNo>/, '<ceb:orderNo></ceb:orderNo>');
    const raw = checkSubmission({ messages: [bad] });
    const report = engineCheckReport({ raw, messageCount: 1, ms: 1, locale: 'zh-CN', tr });
    expect(report.state).toBe('rejected');
    const f = report.findings[0];
    expect(f?.where).toMatch(/^\(parity\.where/);
    expect(f?.message).toBe(raw.findings[0]?.message.zh);
  });

  it('gives the page its tiers (regular selected) and a config no </script> can break', () => {
    const page = engineCheckPage('en');
    expect(page.tiers.filter((x) => x.selected).map((x) => x.value)).toEqual(['regular']);
    expect(page.configJson).not.toContain('<');
    expect(JSON.parse(page.configJson)).toMatchObject({ locale: 'en', lessonBase: '/en/courses/' });
  });
});
