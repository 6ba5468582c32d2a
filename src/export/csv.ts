import { type CellValue, type ExportTable, isDateCell } from './table.js';

/**
 * One table as CSV the way Excel on Windows opens Vietnamese correctly: UTF-8 with a byte-order mark,
 * CRLF between records, RFC 4180 quoting (a field with a comma, a quote or a line break is quoted and
 * its quotes doubled). Dates are ISO (Excel reads them as dates in any locale); numbers use a point.
 */
export function toCsv(t: ExportTable): string {
  const lines = [t.columns.map((c) => field(c.header)), ...t.rows.map((r) => r.map(cell))];
  return `\uFEFF${lines.map((l) => l.join(',')).join('\r\n')}\r\n`;
}

function cell(v: CellValue): string {
  if (v === null) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  if (isDateCell(v)) return v.date;
  return field(v);
}

function field(s: string): string {
  // A text that a spreadsheet would run as a formula is kept as text (CSV injection).
  const safe = /^[=+@\t\r]/u.test(s) ? `'${s}` : s;
  return /[",\r\n]/u.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
