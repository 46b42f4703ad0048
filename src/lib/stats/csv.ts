/**
 * CSV downloads (RFC 4180, CRLF lines) as Excel in China opens them: UTF-8 with a byte-order mark,
 * so Chinese text is not read as GBK. A cell that starts like a formula (`=`, `+`, `-`, `@`) and is
 * not a number is prefixed with `'`, so a name typed by a user cannot run in a spreadsheet.
 */
export type CsvCell = string | number | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

function cell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  let s = String(value);
  if (typeof value === 'string' && FORMULA_START.test(s) && !/^-?\d+(\.\d+)?$/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly CsvCell[]>): string {
  return `\uFEFF${[header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}

/** The download response of a CSV: an attachment with an ASCII file name. */
export function csvResponse(csv: string, fileName: string): Response {
  return new Response(csv, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${fileName.replace(/[^A-Za-z0-9._-]/g, '_')}"`,
      'cache-control': 'private, no-store',
    },
  });
}

/** A table as pages show it and CSV downloads carry it: the same header and cells in both. */
export interface DataTable {
  /** Names the CSV file and the table's anchor. */
  id: string;
  caption: string;
  header: readonly string[];
  rows: ReadonlyArray<readonly CsvCell[]>;
  /** Index of the column whose cells are row headers (default 0). */
  rowHeader?: number;
  /** Columns holding authored course text (quiz questions and options), checked as content, not as interface text. */
  authored?: readonly number[];
}

export function tableCsv(table: DataTable): string {
  return toCsv(table.header, table.rows);
}
