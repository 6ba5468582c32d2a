import type { Block, Para, Table, TableCell, TableRow } from '../source/blocks.js';
import { para } from '../source/blocks.js';
import { columnsOf } from './tableColumns.js';

/** The first cell of a row: "3", "3.1", "II", "A". */
export const isRowStart = (text: string): boolean =>
  /^(\d{1,3}(\.\d{1,3})*|([IVX]{1,5}|[A-ZĐ])(\.\d{1,3})*)\.?$/u.test(text.trim());

/** A group row's label: "II", "A". */
export const isGroupLabel = (text: string): boolean =>
  /^([IVX]{1,5}|[A-ZĐ])(\.\d{1,3})*\.?$/u.test(text.trim());

/**
 * How deep a group row sits: "A" above "II" above "II.1" above "II.1.1". A table without letter groups
 * starts at its Roman ones; only the order matters.
 */
export function groupDepth(label: string): number {
  const t = label.trim().replace(/\.$/u, '');
  const [head = '', ...rest] = t.split('.');
  const base = /^[IVX]+$/u.test(head) ? 1 : 0;
  return base + rest.length;
}

/**
 * Rows with explicit boundaries (Word, markdown): a task table when one of its first rows is a header
 * of task columns, otherwise its cells' paragraphs, each marked as being in a cell.
 */
export function rowsToBlocks(rows: readonly TableRow[], line: number): Block[] {
  const headerAt = rows.slice(0, 3).findIndex((r) => columnsOf(r.cells.map((c) => c.text)) !== undefined);
  if (headerAt !== -1) {
    const columns = columnsOf(rows[headerAt]!.cells.map((c) => c.text))!;
    // The header repeated inside the table (in each group, after a page break) is not a row.
    const body = rows
      .slice(headerAt + 1)
      .filter((r) => !isColumnNumbers(r.cells) && !columnsOf(r.cells.map((c) => c.text)));
    const headers = rows[headerAt]!.cells.map((c) => c.text);
    const table: Table = { kind: 'table', line, columns, headers, rows: body, strays: [] };
    return [table];
  }
  const out: Para[] = [];
  for (const row of rows) {
    for (const cell of row.cells) {
      cell.paras.forEach((text, i) => {
        if (text.trim())
          out.push(para(text, cell.line + i, { cell: true, cellStart: i === 0, bold: cell.bold }));
      });
    }
  }
  return out;
}

/** The "(1) (2) (3)" row some tables put under the header. */
const isColumnNumbers = (cells: readonly TableCell[]): boolean =>
  cells.length > 1 && cells.every((c) => /^\(?\d{1,2}\)?$/u.test(c.text.trim()) || !c.text.trim());
