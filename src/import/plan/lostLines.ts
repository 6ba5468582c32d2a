/**
 * No line lost silently: after the plan is built, every paragraph (and task-table cell) of the source is
 * looked for in the plan's text. What the builders turned into structure is found there (a heading's
 * words, a lead's unit names, a time's label); what is not found is a line the importer did not
 * understand, and goes back into the plan as text in the part where it stood, marked for review.
 */
import { parseMarker } from '../outline/markers.js';
import type { Block, Para } from '../source/blocks.js';
import { parseAttribute } from '../tasks/attributes.js';
import { isRowStart } from '../tasks/tableRows.js';
import { parseTimeframe } from '../tasks/timeframe.js';
import { splitUnits } from '../units/unitList.js';

const norm = (s: string) =>
  s
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** The fixed formulae of ND30 that the plan format generates rather than stores. */
const FORMULAE = [
  /^cộng hòa xã hội chủ nghĩa việt nam$/u,
  /^cộng hoà xã hội chủ nghĩa việt nam$/u,
  /^độc lập tự do hạnh phúc$/u,
  /^nơi nhận$/u,
  /^(kế hoạch|quyết định|chương trình|phương án|đề án)$/u,
  /^phụ lục( [ivx\d]+)?$/u,
  /^số \S+( \S+)?$/u,
  /ngày \d{1,2} tháng \d{1,2} năm \d{4}$/u,
  /^(stt|tt)$/u,
  // "(Kèm theo Kế hoạch số 980/KH-UBND ngày …)": the appendix reference, generated from the number.
  /^kèm theo (kế hoạch|quyết định|chương trình|phương án|đề án)/u,
  /^ban hành kèm theo/u,
];

/** Every string in a value, depth first. */
export function stringsOf(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) for (const x of v) stringsOf(x, out);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) stringsOf(x, out);
  return out;
}

export interface Lost {
  text: string;
  line: number;
  /** The last source line of the paragraph. */
  end: number;
}

/** The paragraphs and table cells of `blocks` whose text the plan's strings do not hold. */
export function lostLines(blocks: readonly Block[], planStrings: readonly string[]): Lost[] {
  const hay = ` ${planStrings.map(norm).join(' | ')} `;
  const words = new Set(hay.split(/\s+/u));
  const share = (k: string) => {
    const ws = k.split(' ').filter(Boolean);
    return ws.length ? ws.filter((w) => words.has(w)).length / ws.length : 1;
  };
  const found = (text: string, structure = false): boolean => {
    const m = parseMarker(text);
    const k = norm(m ? m.rest : text);
    if (k.length < 2 || FORMULAE.some((re) => re.test(k)) || isRowStart(text)) return true;
    if (hay.includes(` ${k} `)) return true;
    const ws = k.split(' ');
    // "Cơ quan chủ trì: Sở A; Sở B", "Lưu: VT, Vx3.", "Thời gian thực hiện sau khi …": the value is there.
    const a = parseAttribute(m ? m.rest : text);
    const colon = text.indexOf(':');
    const value = a ? a.value : colon > 0 && colon < 40 ? text.slice(colon + 1) : undefined;
    if (value !== undefined && share(norm(value)) >= 0.9) return true;
    // A time frame the plan stores as dates ("Quý IV năm 2025" → 2025-Q4).
    const time = a?.kind === 'time' ? a.value : ws.length <= 6 || structure ? text : undefined;
    if (time !== undefined && parseTimeframe(time)?.unknown === false) return true;
    // A short line turned into structure (a date, a unit, a label), or a table cell that became unit
    // references or a time frame: its words are in the plan.
    if (ws.length <= 6 || structure) return share(k) >= 0.9;
    // A list of units (a part's heading): its names are stored apart from the text.
    if (splitUnits(m ? m.rest : text).clean && share(k) >= 0.9) return true;
    // Otherwise most of its three-word runs must be there.
    let hits = 0;
    for (let i = 0; i + 3 <= ws.length; i++) if (hay.includes(` ${ws.slice(i, i + 3).join(' ')} `)) hits++;
    return hits >= (ws.length - 2) * 0.8;
  };
  const out: Lost[] = [];
  for (const b of blocks) {
    if (b.kind === 'para') {
      if (!found(b.text)) out.push({ text: b.text, line: b.line, end: b.line + spanOf(b) - 1 });
      continue;
    }
    const free = new Set([b.columns.title, b.columns.note]);
    for (const row of b.rows)
      row.cells.forEach((cell, i) => {
        if (cell.text.trim() && !found(cell.text, !free.has(i) && b.columns.count === row.cells.length))
          out.push({ text: cell.text, line: cell.line, end: cell.line });
      });
    for (const s of b.strays) if (!found(s.text)) out.push({ text: s.text, line: s.line, end: s.line });
  }
  return out;
}

const spanOf = (p: Para) => Math.max(1, p.lines.length);

/** "dòng 812–849, 901": consecutive lines folded into ranges. */
export function lineRanges(lost: readonly Lost[]): string {
  const lines = [...new Set(lost.flatMap((l) => range(l.line, l.end)))].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (j + 1 < lines.length && lines[j + 1]! <= lines[j]! + 2) j++;
    parts.push(j === i ? String(lines[i]) : `${lines[i]}–${lines[j]}`);
    i = j + 1;
  }
  return parts.join(', ');
}

const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);
