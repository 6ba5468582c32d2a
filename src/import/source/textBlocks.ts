/**
 * Plain text and markdown into paragraphs. Two kinds of text arrive: one paragraph per line (a copy out
 * of Word), and text converted from a web page, with "**", "*" and "|" marks and hard line breaks inside
 * paragraphs. The second is rejoined: a line continues the one before unless something says it starts
 * a new paragraph (a blank line, a marker such as "2." or "- ", a heading's closing bold, a change from
 * capitals to normal text).
 */
import { type Block, type Para, para, type SourceDoc } from './blocks.js';
import { markdownTable } from './markdownTable.js';
import { type MarkState, markdownBullet, normaliseSpaces, scanMarks, stripBookmarks } from './marks.js';
import { type Cell, cellsToBlocks } from './pipeTable.js';
import { joins, type Line, type Mode, mergeSplitHeadings } from './rejoin.js';

type Item =
  | { t: 'line'; line: Line }
  | { t: 'blank'; n: number }
  | { t: 'pipe'; n: number }
  | { t: 'mdrow'; n: number; cells: string[] };

/** Text between two "|" lines longer than this is body text, not a table cell. */
const MAX_CELL_LINES = 40;

export function textToBlocks(source: string): SourceDoc {
  const rawLines = source.replace(/^\uFEFF/u, '').split(/\r\n|\r|\n/u);
  const skipped = preamble(rawLines);
  const items = scan(rawLines, skipped ? skipped.to : 0);
  const textLines = items.filter((i) => i.t === 'line') as { t: 'line'; line: Line }[];
  const marked = /\*\*|^\s*\|\s*$/mu.test(source);
  const lowerStarts = textLines.filter((i) => /^\p{Ll}/u.test(i.line.text)).length;
  const wrapped = marked || lowerStarts > textLines.length * 0.25;
  const blanks = items.filter((i) => i.t === 'blank').length;
  const blankSeparated = blanks >= textLines.length * 0.15;
  const blocks = assemble(items, { wrapped, blankSeparated });
  return { blocks, unit: 'line', wrapped, ...(skipped ? { skipped } : {}) };
}

/**
 * Leading lines that describe the file rather than belong to it: "# source: …" metadata lines, a
 * "# ----" rule, or YAML front matter. Returns the 1-based range skipped.
 */
function preamble(lines: readonly string[]): { from: number; to: number } | undefined {
  let i = 0;
  if (/^---\s*$/u.test(lines[0] ?? '')) {
    const end = lines.findIndex((l, k) => k > 0 && /^(---|\.\.\.)\s*$/u.test(l));
    if (end > 0) i = end + 1;
  }
  while (i < lines.length && /^#\s*(?:[\p{L}\w][\p{L}\w -]{0,30}:\s|-{3,}\s*$)/u.test(lines[i]!)) i++;
  return i > 0 ? { from: 1, to: i } : undefined;
}

function scan(rawLines: readonly string[], start: number): Item[] {
  const items: Item[] = [];
  const state: MarkState = { bold: false, italic: false };
  const reset = () => {
    state.bold = false;
    state.italic = false;
  };
  for (let k = start; k < rawLines.length; k++) {
    const n = k + 1;
    let raw = stripBookmarks(normaliseSpaces(rawLines[k]!));
    if (!raw.trim()) {
      items.push({ t: 'blank', n });
      reset();
      continue;
    }
    if (/^\s*[-_=]{3,}\s*$/u.test(raw)) {
      items.push({ t: 'blank', n });
      reset();
      continue;
    }
    const md = markdownTable.row(raw);
    if (md) {
      if (!markdownTable.isRule(md)) items.push({ t: 'mdrow', n, cells: md });
      reset();
      continue;
    }
    const heading = /^\s*#{1,6}\s+(\S.*)$/u.exec(raw);
    raw = heading ? `**${heading[1]}**` : (markdownBullet(raw) ?? raw);
    // A line may hold pipes among text ("| Số: 12/KH-UBND |"): each pipe is a cell boundary.
    const parts = raw.split('|');
    parts.forEach((part, j) => {
      if (j > 0) {
        items.push({ t: 'pipe', n });
        reset();
      }
      if (!part.trim()) return;
      const scanned = scanMarks(part, state);
      const text = scanned.text.replace(/\s+/gu, ' ').trim();
      if (!text) {
        // Only marks ("**" closing the line above): the line above is no longer inside a span.
        const last = items.at(-1);
        if (last?.t === 'line') {
          last.line.endsOpen = state.bold || state.italic;
          if (!state.bold && last.line.allBold) last.line.closesBold = true;
        }
        return;
      }
      items.push({ t: 'line', line: { ...scanned, text, n } });
    });
  }
  return items;
}

type Entry =
  | { t: 'para'; p: Para }
  | { t: 'cell'; line: number }
  | { t: 'end' }
  | { t: 'blocks'; b: Block[] };

function assemble(items: readonly Item[], mode: Mode): Block[] {
  const pipes = items.flatMap((it, i) => (it.t === 'pipe' ? [i] : []));
  // Which items lie in a table cell: between two pipes, with few lines between them.
  const inCell = new Set<number>();
  const cellStarts = new Set<number>();
  for (let p = 0; p + 1 < pipes.length; p++) {
    const a = pipes[p]!;
    const b = pipes[p + 1]!;
    if (items.slice(a + 1, b).filter((i) => i.t === 'line').length > MAX_CELL_LINES) continue;
    for (let i = a + 1; i < b; i++) inCell.add(i);
    cellStarts.add(a);
  }

  const entries: Entry[] = [];
  let current: { lines: Line[]; cell: boolean; cellStart: boolean } | undefined;
  let pendingCellStart = false;
  const flush = () => {
    if (current) entries.push({ t: 'para', p: toPara(current.lines, current.cell, current.cellStart) });
    current = undefined;
  };
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (it.t === 'mdrow') {
      flush();
      entries.push({ t: 'end' });
      const rows: { n: number; cells: string[] }[] = [];
      let j = i;
      for (; j < items.length && (items[j]!.t === 'mdrow' || items[j]!.t === 'blank'); j++) {
        const r = items[j]!;
        if (r.t === 'mdrow') rows.push(r);
      }
      entries.push({ t: 'blocks', b: markdownTable.toBlocks(rows) });
      i = j - 1;
      continue;
    }
    if (it.t === 'pipe') {
      flush();
      if (cellStarts.has(i)) {
        entries.push({ t: 'cell', line: it.n });
        pendingCellStart = true;
      } else entries.push({ t: 'end' });
      continue;
    }
    if (it.t === 'blank') {
      flush();
      continue;
    }
    const isCell = inCell.has(i);
    if (current && current.cell === isCell && joins(current.lines.at(-1)!, it.line, mode, isCell)) {
      current.lines.push(it.line);
      continue;
    }
    flush();
    current = { lines: [it.line], cell: isCell, cellStart: isCell && pendingCellStart };
    pendingCellStart = false;
  }
  flush();

  // Runs of cells are looked at together, so that a task table among them is recognised.
  const blocks: Block[] = [];
  let run: Cell[] | undefined;
  const endRun = () => {
    if (run) blocks.push(...cellsToBlocks(run));
    run = undefined;
  };
  for (const e of entries) {
    if (e.t === 'cell') {
      run ??= [];
      run.push({ paras: [], line: e.line });
    } else if (e.t === 'end') endRun();
    else if (e.t === 'blocks') blocks.push(...e.b);
    else if (e.p.cell && run) run.at(-1)!.paras.push(e.p);
    else {
      endRun();
      blocks.push(e.p);
    }
  }
  endRun();
  return mergeSplitHeadings(blocks);
}

function toPara(lines: readonly Line[], cell: boolean, cellStart: boolean): Para {
  const first = lines[0]!;
  const text = lines
    .map((l) => l.text)
    .join(' ')
    .replace(/\s+/gu, ' ')
    .trim();
  return para(text, first.n, {
    lines: lines.map((l) => l.text),
    bold: lines.every((l) => l.allBold),
    startsBold: first.startsBold,
    italic: first.startsItalic,
    cell,
    cellStart,
  });
}
