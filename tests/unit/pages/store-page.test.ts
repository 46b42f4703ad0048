import { describe, expect, it } from 'vitest';
import { HS_LINES } from '#sandbox';
import { durationText, hsGroups, hsLabel, storeFormDefaults } from '#pages/[...lang]/sandbox/stores/_store-page.ts';

describe('store page', () => {
  it('proposes the business model defaults and today in China', () => {
    const now = new Date('2026-05-10T17:00:00Z');
    expect(storeFormDefaults('import-1210', now)).toEqual({ currency: '142', originCountry: '601', unit: '007', stockLocation: 'bonded-centre', asOf: '2026-05-11' });
    expect(storeFormDefaults('export-9610', now)).toEqual({ currency: '142', originCountry: '142', unit: '007', stockLocation: 'domestic', asOf: '2026-05-11' });
  });

  it('groups every HS line once under its category and labels it in the reader language', () => {
    const groups = hsGroups();
    expect(groups.flatMap((g) => g.lines)).toHaveLength(HS_LINES.length);
    expect(new Set(groups.map((g) => g.category)).size).toBe(groups.length);
    const line = HS_LINES[0];
    if (!line) throw new Error('no HS lines');
    expect(hsLabel('zh-CN', line)).toContain(`${line.hs} ${line.zh}（`);
    expect(hsLabel('en', line)).toContain(`${line.hs} ${line.en} (`);
  });

  it('writes clearance times in seconds below two minutes, else minutes', () => {
    expect(durationText('en', null)).not.toMatch(/\d/);
    expect(durationText('en', 119_000)).toContain('119');
    expect(durationText('en', 180_000)).toContain('3');
    expect(durationText('en', 180_000)).not.toContain('180');
  });
});
