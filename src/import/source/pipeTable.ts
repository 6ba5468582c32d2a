/**
 * Tables flattened by a web conversion: every cell sits between "|" lines, and the end of a row is only
 * an empty cell. A task table is found by its header cells (STT | Nội dung | Cơ quan chủ trì | …); its
 * rows are then read by counting cells, a group row ("II | TRIỂN KHAI …") being two cells long.
 */

import { columnsOf, headerLength } from '../tasks/tableColumns.js';
import { isGroupLabel, isRowStart } from '../tasks/tableRows.js';
import type { Block, ColumnMap, Para, Table, TableCell, TableRow } from './blocks.js';

export interface Cell {
  paras: Para[];
  line: number;
}

const cellText = (c: Cell) =>
  c.paras
    .map((p) => p.text)
    .join(' ')
    .trim();

/** A cell of flattened text: its line breaks were wrapping, so its paragraphs are one. */
export function toTableCell(c: Cell): TableCell {
  return {
    text: cellText(c),
    paras: [cellText(c)],
    line: c.paras[0]?.line ?? c.line,
    bold: c.paras.length > 0 && c.paras.every((p) => p.bold),
  };
}

export function cellsToBlocks(cells: readonly Cell[]): Block[] {
  const out: Block[] = [];
  let i = 0;
  while (i < cells.length) {
    const texts = cells.slice(i, i + 10).map(cellText);
    const n = headerLength(texts);
    const columns = n >= 3 ? columnsOf(texts.slice(0, n)) : undefined;
    if (!columns) {
      out.push(...cells[i]!.paras);
      i++;
      continue;
    }
    const { table, end } = readRows(
      cells,
      i + n,
      columns,
      cells[i]!.paras[0]?.line ?? cells[i]!.line,
      texts.slice(0, n),
    );
    out.push(table);
    i = end;
  }
  return out;
}

function readRows(
  cells: readonly Cell[],
  start: number,
  columns: ColumnMap,
  line: number,
  headers: string[],
): { table: Table; end: number } {
  const rows: TableRow[] = [];
  const strays: Table['strays'] = [];
  let stopped: Table['stopped'];
  let i = start;
  // Where the last row read ended: the empty cell there is that row's end.
  let rowEnd = -1;
  while (i < cells.length) {
    const c = cells[i]!;
    const text = cellText(c);
    if (!text) {
      i++;
      continue;
    }
    // The header again (inside each group, or at a page break), with or without its number column.
    const again = headerLength(cells.slice(i, i + 10).map(cellText));
    if (again >= 3 && columnsOf(cells.slice(i, i + again).map(cellText))) {
      i += again;
      rowEnd = i;
      continue;
    }
    const cont = continuationRow(cells, rowEnd, i, columns);
    if (rows.length && cont) {
      rows.push({ cells: cont.map(toTableCell), line: c.paras[0]?.line ?? c.line });
      i = rowEnd + 1 + columns.count;
      rowEnd = i;
      continue;
    }
    if (!isRowStart(text)) {
      // Text between rows: a stray when a row follows, the end of the table otherwise.
      const next = cells.slice(i + 1).find((x) => cellText(x));
      if (next && isRowStart(cellText(next))) {
        strays.push({ text, line: c.paras[0]?.line ?? c.line });
        i++;
        continue;
      }
      // Rows further on: the table goes on in a shape this reader does not follow; say where.
      const ahead = cells.slice(i + 1, i + 40).map(cellText);
      if (ahead.some((t, k) => /^\d{1,3}(\.\d{1,3})*\.?$/u.test(t) && ahead[k + 1]))
        stopped = { line: c.paras[0]?.line ?? c.line, row: rows.length + 1, text };
      break;
    }
    let width = columns.count;
    if (isGroupLabel(text)) {
      // A group row spans the table: its label and its title, then an empty cell.
      width = 1;
      while (width < columns.count && i + width < cells.length && cellText(cells[i + width]!)) width++;
    }
    const rowCells = cells.slice(i, i + width).map(toTableCell);
    rows.push({ cells: rowCells, line: rowCells[0]!.line });
    i += width;
    rowEnd = i;
  }
  return {
    table: { kind: 'table', line, columns, headers, rows, strays, ...(stopped ? { stopped } : {}) },
    end: i,
  };
}

/**
 * "| | tại các thôn và trường học | | |": a row with an empty number cell continues the row above (a
 * cell broken over a page). Flattened, it is the row end, then empty cells up to its first text; it is
 * a row only when that text sits in a column after the number and the row's cells end where the
 * header's do (an empty cell, or the end).
 */
function continuationRow(
  cells: readonly Cell[],
  rowEnd: number,
  i: number,
  columns: ColumnMap,
): Cell[] | undefined {
  if (rowEnd < 0 || columns.number !== 0 || isRowStart(cellText(cells[i]!))) return undefined;
  const first = rowEnd + 1;
  const column = i - first;
  if (column < 1 || column >= columns.count) return undefined;
  const end = first + columns.count;
  if (end > cells.length || (end < cells.length && cellText(cells[end]!))) return undefined;
  return cells.slice(first, end);
}
