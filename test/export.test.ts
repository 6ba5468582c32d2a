import { describe, expect, it } from 'vitest';
import { toCsv } from '../src/export/csv.js';
import type { ExportTable } from '../src/export/table.js';
import { sheetNames } from '../src/export/xlsx.js';

const table = (rows: ExportTable['rows']): ExportTable => ({
  name: 't',
  columns: [
    { header: 'Văn bản', type: 'text' },
    { header: 'Số', type: 'number' },
    { header: 'Hạn', type: 'date' },
  ],
  rows,
});

describe('toCsv', () => {
  it('starts with a BOM, ends records with CRLF, writes dates in ISO and numbers with a point', () => {
    expect(toCsv(table([['Công an xã', 95.5, { date: '2025-11-15' }]]))).toBe(
      '\uFEFFVăn bản,Số,Hạn\r\nCông an xã,95.5,2025-11-15\r\n',
    );
  });

  it('quotes a field with a comma, a quote or a line break and doubles its quotes (RFC 4180)', () => {
    const csv = toCsv(
      table([
        ['a, b', 1, null],
        ['say "111"', null, null],
        ['line\nbreak', 2, null],
      ]),
    );
    expect(csv.split('\r\n').slice(1, -1)).toEqual(['"a, b",1,', '"say ""111""",,', '"line\nbreak",2,']);
  });

  it('keeps a text that a spreadsheet would run as a formula as text', () => {
    const csv = toCsv(
      table([
        ['=HYPERLINK("x")', null, null],
        ['+84 255', null, null],
        ['- gạch đầu dòng', null, null],
      ]),
    );
    expect(csv.split('\r\n').slice(1, -1)).toEqual([
      `"'=HYPERLINK(""x"")",,`,
      "'+84 255,,",
      '- gạch đầu dòng,,',
    ]);
  });

  it('leaves an empty table with its header only', () => {
    expect(toCsv(table([]))).toBe('\uFEFFVăn bản,Số,Hạn\r\n');
  });
});

describe('sheetNames', () => {
  it("follows Excel's rules: at most 31 characters, no : \\ / ? * [ ], unique ignoring case", () => {
    const names = sheetNames(['Tổng hợp', 'tổng hợp', 'a/b:c', 'x'.repeat(40), 'x'.repeat(40)]);
    expect(names[0]).toBe('Tổng hợp');
    expect(names[1]).toBe('tổng hợp 2');
    expect(names[2]).toBe('a b c');
    expect(names[3]).toHaveLength(31);
    expect(names[4]).toHaveLength(31);
    expect(names[4]).not.toBe(names[3]);
  });
});
