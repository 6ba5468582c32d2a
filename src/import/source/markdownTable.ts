/** Markdown tables ("| STT | Nội dung | … |" rows, "|---|---|" rule) in a .md file. */

import { rowsToBlocks } from '../tasks/tableRows.js';
import type { Block, TableRow } from './blocks.js';
import { decodeEntities } from './marks.js';

export const markdownTable = {
  /** The cells of a markdown table row, or undefined when the line is not one (needs two cells). */
  row(raw: string): string[] | undefined {
    const t = raw.trim();
    if (!t.startsWith('|') || !t.endsWith('|') || t.length < 3) return undefined;
    const cells = t.slice(1, -1).split(/(?<!\\)\|/u);
    if (cells.length < 2) return undefined;
    return cells.map((c) =>
      decodeEntities(
        c
          .replace(/\\\|/gu, '|')
          .replace(/<br\s*\/?>/giu, ' ')
          .replace(/\*\*|__|\*/gu, ''),
      )
        .replace(/\s+/gu, ' ')
        .trim(),
    );
  },
  isRule: (cells: readonly string[]): boolean => cells.every((c) => /^:?-{2,}:?$/u.test(c)),
  toBlocks(rows: readonly { n: number; cells: string[] }[]): Block[] {
    if (rows.length === 0) return [];
    const tableRows: TableRow[] = rows.map((r) => ({
      line: r.n,
      cells: r.cells.map((text) => ({ text, paras: [text], line: r.n, bold: false })),
    }));
    return rowsToBlocks(tableRows, rows[0]!.n);
  },
};
