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
  const natural = columns.map((c, i) =>
    Math.min(
      c.max ?? Number.POSITIVE_INFINITY,
      Math.max(
        width(c.header.split('\n')[0] ?? ''),
        ...rows.map((r) => Math.max(0, ...(r[i] ?? '').split('\n').map(width))),
      ),
    ),
  );
  const min = columns.map((c, i) =>
    Math.min(
      natural[i]!,
      c.min ?? Math.min(14, Math.max(longestWord(c.header), ...rows.map((r) => longestWord(r[i] ?? '')))),
    ),
  );
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
  const cellLines = (text: string, i: number) => text.split('\n').flatMap((p) => wrap(p, widths[i]!));
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
