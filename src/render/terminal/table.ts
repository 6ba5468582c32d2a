import { longestWord, padEnd, padStart, width, wrap } from './text.js';

export interface Column {
  header: string;
  align?: 'left' | 'right';
  /** Narrowest the column may be squeezed to; defaults to its longest word (at most 14). */
  min?: number;
  /** Widest it may be even when there is room. */
  max?: number;
  /** How strongly the column keeps its width when space is short (default 1): 2 stays about twice as wide. */
  weight?: number;
}

export interface TableOptions {
  /** Total width available (the terminal's columns). */
  width: number;
  gap?: number;
  /** Styles a header cell (bold, when colour is on). */
  header?: (s: string) => string;
  /** Styles the rule under the header. */
  rule?: (s: string) => string;
}

const firstLine = (s: string) => {
  const at = s.indexOf('\n');
  return at === -1 ? s : s.slice(0, at);
};

/**
 * A plain-text table whose cells wrap inside their column. Widths are measured in display columns, so
 * Vietnamese text lines up; when the natural widths do not fit, the widest squeezable column gives way
 * first (relative to its weight), one column at a time, never below its minimum.
 */
export function renderTable(
  columns: readonly Column[],
  rows: readonly string[][],
  opts: TableOptions,
): string {
  const gap = opts.gap ?? 2;
  // One pass over the cells: each one's widest line and longest word (plain loops: this runs once per
  // process, in V8's interpreter, where every array made and spread costs).
  const natural: number[] = [];
  const min: number[] = [];
  for (let i = 0; i < columns.length; i++) {
    const c = columns[i]!;
    let wide = width(firstLine(c.header));
    let word = longestWord(c.header);
    for (const r of rows) {
      const text = r[i] ?? '';
      if (text.includes('\n')) for (const line of text.split('\n')) wide = Math.max(wide, width(line));
      else wide = Math.max(wide, width(text));
      if (c.min === undefined) word = Math.max(word, longestWord(text));
    }
    natural.push(Math.min(c.max ?? Number.POSITIVE_INFINITY, wide));
    min.push(Math.min(natural[i]!, c.min ?? Math.min(14, word)));
  }
  const widths = [...natural];
  const available = opts.width - gap * (columns.length - 1);
  let total = widths.reduce((a, b) => a + b, 0);
  const share = (i: number) => widths[i]! / (columns[i]!.weight ?? 1);
  // First down to each column's minimum; in a very narrow terminal, further, down to a few columns.
  for (const floor of [min, min.map((m) => Math.min(m, 8))]) {
    while (total > available) {
      let pick = -1;
      for (let i = 0; i < widths.length; i++) {
        if (widths[i]! > floor[i]! && (pick === -1 || share(i) > share(pick))) pick = i;
      }
      if (pick === -1) break;
      widths[pick]!--;
      total--;
    }
  }
  const cellLines = (text: string, i: number) =>
    text.includes('\n') ? text.split('\n').flatMap((p) => wrap(p, widths[i]!)) : wrap(text, widths[i]!);
  const line = (cells: string[][], style: (s: string) => string = (s) => s) => {
    const height = Math.max(...cells.map((c) => c.length));
    const out: string[] = [];
    for (let k = 0; k < height; k++) {
      out.push(
        cells
          .map((c, i) => {
            const s = c[k] ?? '';
            // Pad outside the styling, so trailing spaces can be trimmed and carry no escape codes.
            const styled = s ? style(s) : s;
            return columns[i]!.align === 'right' ? padStart(styled, widths[i]!) : padEnd(styled, widths[i]!);
          })
          .join(' '.repeat(gap))
          .trimEnd(),
      );
    }
    return out;
  };
  const head = line(
    columns.map((c, i) => cellLines(c.header, i)),
    opts.header,
  );
  const rule = widths.map((w) => '─'.repeat(w)).join(' '.repeat(gap));
  const body = rows.flatMap((r) => line(columns.map((_, i) => cellLines(r[i] ?? '', i))));
  return [...head, opts.rule ? opts.rule(rule) : rule, ...body].map((l) => `${l}\n`).join('');
}
