import { type CellValue, type ExportColumn, type ExportTable, isDateCell } from './table.js';

/**
 * Characters, for column widths and line counts: plans are NFC, so a Vietnamese letter is one code point.
 * (string-width is exact for terminals but costs seconds over a province's tasks; a column needs less.)
 */
function stringWidth(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/** Widest a text column gets; longer cells wrap inside it. */
const MAX_WIDTH = 60;
const MIN_WIDTH = 6;
const DATE_FORMAT = 'dd/mm/yyyy';

/**
 * Tables as one .xlsx workbook, a sheet each: bold frozen header row, an autofilter over the table,
 * column widths fitted to the content, dates as real Excel dates (dd/mm/yyyy), numbers as numbers.
 * The writer (write-excel-file, small, one dependency) is loaded only here, only for xlsx output.
 */
export async function toXlsx(tables: readonly ExportTable[]): Promise<Uint8Array> {
  const { default: writeXlsxFile } = await import('write-excel-file/node');
  const names = sheetNames(tables.map((t) => t.name));
  const sheets = tables.map((t, i) => {
    const widths = t.columns.map((c, k) => columnWidth(c, t.rows, k));
    return {
      sheet: names[i]!,
      columns: widths.map((width) => ({ width })),
      stickyRowsCount: 1,
      orientation: 'landscape' as const,
      dateFormat: DATE_FORMAT,
      data: [
        t.columns.map((c) => ({ value: c.header, fontWeight: 'bold' as const, wrap: true })),
        ...t.rows.map((r) =>
          withHeight(
            r.map((v, k) => xlsxCell(v, t.columns[k]!, widths[k]!)),
            r,
            widths,
          ),
        ),
      ],
    };
  });
  const features = [autoFilter(tables, names)];
  // biome-ignore lint/suspicious/noExplicitAny: the writer's overloads do not narrow an array of sheets
  const out = writeXlsxFile(sheets as any, { fontFamily: 'Times New Roman', fontSize: 12, features } as any);
  return new Uint8Array(await out.toBuffer());
}

/** Points per line of 12 pt text: spreadsheets do not grow a row for wrapped text they did not lay out. */
const LINE_HEIGHT = 15.75;

/** Give a row with wrapped cells the height of its tallest cell, on its first cell. */
function withHeight<T extends object | null>(
  cells: T[],
  values: readonly CellValue[],
  widths: readonly number[],
) {
  let lines = 1;
  values.forEach((v, k) => {
    if (typeof v !== 'string') return;
    // Widths count characters of the default font; Times New Roman letters run about a fifth narrower.
    const room = Math.max(1, (widths[k]! - 1) * 1.2);
    const n = v.split('\n').reduce((a, l) => a + Math.max(1, Math.ceil(stringWidth(l) / room)), 0);
    lines = Math.max(lines, n);
  });
  if (lines === 1) return cells;
  const height = Math.round(lines * LINE_HEIGHT * 100) / 100;
  const first = cells[0] ?? { value: null };
  return [{ ...first, height }, ...cells.slice(1)];
}

const TOP = 'top' as const;

function xlsxCell(v: CellValue, c: ExportColumn, width: number) {
  if (v === null) return null;
  if (typeof v === 'number') return { value: v, type: Number, alignVertical: TOP };
  if (isDateCell(v)) {
    const [y, m, d] = v.date.split('-').map(Number) as [number, number, number];
    return { value: new Date(Date.UTC(y, m - 1, d)), type: Date, format: DATE_FORMAT, alignVertical: TOP };
  }
  const long = c.type === 'text' && (v.includes('\n') || stringWidth(v) > width);
  return long
    ? { value: v, type: String, wrap: true, alignVertical: TOP }
    : { value: v, type: String, alignVertical: TOP };
}

function columnWidth(c: ExportColumn, rows: readonly CellValue[][], k: number): number {
  if (c.type === 'date') return Math.max(12, headerWidth(c.header));
  let w = headerWidth(c.header);
  for (const r of rows) {
    const v = r[k];
    const s = v === null || v === undefined ? '' : typeof v === 'number' ? String(v) : isDateCell(v) ? '' : v;
    for (const line of s.split('\n')) w = Math.max(w, stringWidth(line));
    if (w >= MAX_WIDTH) break;
  }
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, w + 2));
}

/** A header wraps at its spaces: its longest word, or the whole of a short header. */
const headerWidth = (h: string) =>
  stringWidth(h) <= 16 ? stringWidth(h) + 1 : Math.max(...h.split(/\s+/u).map((w) => stringWidth(w)), 12);

/** Excel's rules: at most 31 characters, none of : \ / ? * [ ], unique (case-insensitively). */
export function sheetNames(wanted: readonly string[]): string[] {
  const used = new Set<string>();
  return wanted.map((w) => {
    const base =
      w
        .replace(/[:\\/?*[\]]/gu, ' ')
        .trim()
        .slice(0, 31) || 'Sheet';
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++)
      name = `${base.slice(0, 31 - String(n).length - 1)} ${n}`;
    used.add(name.toLowerCase());
    return name;
  });
}

const columnLetters = (n: number): string => {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
};

const xmlEscape = (s: string) =>
  s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/**
 * The autofilter on each sheet's table (header row to last row), with the hidden defined name Excel
 * itself writes for it (`_xlnm._FilterDatabase`); write-excel-file leaves such extras to "features".
 */
function autoFilter(tables: readonly ExportTable[], names: readonly string[]) {
  const ref = (i: number) => {
    const t = tables[i]!;
    return `A1:${columnLetters(t.columns.length)}${t.rows.length + 1}`;
  };
  const absolute = (i: number) => ref(i).replace(/([A-Z]+)(\d+)/gu, '$$$1$$$2');
  return {
    files: {
      transform: {
        'xl/worksheets/sheet{id}.xml': {
          transform: (xml: string, _o: unknown, p: { sheetIndex: number }) =>
            xml.includes('<autoFilter')
              ? xml
              : xml.replace('</sheetData>', `</sheetData><autoFilter ref="${ref(p.sheetIndex)}"/>`),
        },
        'xl/workbook.xml': {
          transform: (xml: string) => {
            const defs = names
              .map(
                (n, i) =>
                  `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${xmlEscape(`'${n.replaceAll("'", "''")}'!${absolute(i)}`)}</definedName>`,
              )
              .join('');
            if (xml.includes('<definedNames/>'))
              return xml.replace('<definedNames/>', `<definedNames>${defs}</definedNames>`);
            if (xml.includes('</definedNames>'))
              return xml.replace('</definedNames>', `${defs}</definedNames>`);
            return xml.replace('</sheets>', `</sheets><definedNames>${defs}</definedNames>`);
          },
        },
      },
    },
  };
}
