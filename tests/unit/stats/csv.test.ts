import { describe, expect, it } from 'vitest';
import { toCsv } from '#lib/stats/csv.ts';

describe('toCsv', () => {
  it('starts with a BOM, ends lines with CRLF and quotes what needs quoting', () => {
    expect(toCsv(['名称', 'n'], [['a,"b"', 1], ['两行\n文字', null]])).toBe('\uFEFF名称,n\r\n"a,""b""",1\r\n"两行\n文字",\r\n');
  });

  it.each([
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['+1 (555)', "'+1 (555)"],
    ['@sum', "'@sum"],
    ['-12.5', '-12.5'],
  ])('keeps a formula-like cell %s inert', (input, cell) => {
    expect(toCsv(['x'], [[input]]).split('\r\n')[1]).toBe(cell);
  });
});
