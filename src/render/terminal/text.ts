/**
 * string-width and wrap-ansi are loaded only when some text needs them: string-width builds an
 * Intl.Segmenter when it loads (~20–50 ms), and most of what we print is simple text (see SIMPLE).
 * A view is rendered once; if it met text that needs them (an emoji, a wide or combining character),
 * `measured` loads them and renders it again, so the output is always exact.
 */
let stringWidth: ((s: string) => number) | undefined;
let wrapAnsi: ((s: string, columns: number, o: { hard: boolean; trim: boolean }) => string) | undefined;
let needed = false;

export async function measured<T>(render: () => T): Promise<T> {
  needed = false;
  const first = render();
  if (!needed) return first;
  await loadComplexText();
  return render();
}

export async function loadComplexText(): Promise<void> {
  stringWidth ??= (await import('string-width')).default;
  wrapAnsi ??= (await import('wrap-ansi')).default;
}

/** Width by code units until the real measure is loaded; the render is then done again. */
function complexWidth(s: string): number {
  if (stringWidth) return stringWidth(s);
  needed = true;
  return s.length;
}

/**
 * Text whose every UTF-16 unit is one terminal column: printable ASCII and Latin-1, Latin Extended (all
 * of precomposed Vietnamese), general punctuation, box drawing and blocks; no ANSI codes, no combining
 * marks, nothing wide or invisible, none of the symbols (©, ®, ‼, ⁉) that may show as emoji. Most of what we print is like this, and for it counting is exact
 * and much cheaper than asking string-width (whose grapheme segmentation dominated `plan units`).
 * test/status-table.test.ts checks every character of this class against string-width.
 */
export const SIMPLE =
  /^[\u0020-\u007E\u00A0-\u00A8\u00AA-\u00AC\u00AF-\u02FF\u1E00-\u1EFF\u2010-\u2027\u2030-\u203B\u203D-\u2048\u204A-\u205E\u2500-\u259F]*$/u;

/** Display width in terminal columns: Vietnamese letters with stacked diacritics count once, ANSI not at all. */
export const width = (s: string): number => (SIMPLE.test(s) ? s.length : complexWidth(s));

/** Pad to a display width (not a `.length`): combining marks and wide characters line up. */
export function padEnd(s: string, w: number): string {
  const n = w - width(s);
  return n > 0 ? s + ' '.repeat(n) : s;
}

export function padStart(s: string, w: number): string {
  const n = w - width(s);
  return n > 0 ? ' '.repeat(n) + s : s;
}

/**
 * Wrap to `columns`, breaking words only when a single word is longer than a line: wrap-ansi with
 * `hard` and `trim`. Simple text (see SIMPLE) takes a port of wrap-ansi's own loop with one column per
 * unit; test/status-table.test.ts checks the two agree.
 */
export function wrap(s: string, columns: number): string[] {
  if (s === '') return [''];
  const cols = Math.max(1, columns);
  // Simple text is already NFC (test/status-table.test.ts checks every character of the class), and
  // normalize() costs more than the test.
  const text = SIMPLE.test(s) ? s : s.normalize();
  // Most cells fit their column: then wrap-ansi only drops the spaces at both ends. (Other whitespace —
  // a tab, a no-break space, a line separator — takes the loop, which trims those its own way.)
  if (text.length <= cols && SIMPLE.test(text) && !OTHER_SPACE.test(text))
    return [text.replace(EDGE_SPACES, '')];
  if (!SIMPLE.test(text.replace(/\r?\n/gu, ' '))) {
    if (wrapAnsi) return wrapAnsi(text, cols, { hard: true, trim: true }).split('\n');
    needed = true;
  }
  return text
    .replace(/\r\n/gu, '\n')
    .split('\n')
    .flatMap((line) => wrapSimple(line, cols).split('\n'));
}

const OTHER_SPACE = /[^\S ]/u;
const EDGE_SPACES = /^ +| +$/gu;

/** wrap-ansi's `exec` for `{ hard: true, trim: true }`, where a character's width is 1. */
export function wrapSimple(line: string, columns: number): string {
  if (line.trim() === '') return '';
  const rows = [''];
  const last = () => rows.length - 1;
  line.split(' ').forEach((word, index) => {
    rows[last()] = rows[last()]!.trimStart();
    let rowLength = rows[last()]!.length;
    if (index !== 0 && rowLength > 0) {
      rows[last()] += ' ';
      rowLength++;
    }
    if (word.length > columns) {
      const remaining = columns - rowLength;
      const breaksThisLine = 1 + Math.floor((word.length - remaining - 1) / columns);
      const breaksNextLine = Math.floor((word.length - 1) / columns);
      if (breaksNextLine < breaksThisLine) rows.push('');
      let visible = rows[last()]!.length;
      for (let i = 0; i < word.length; i++) {
        if (visible + 1 <= columns) rows[last()] += word[i];
        else {
          rows.push(word[i]!);
          visible = 0;
        }
        visible++;
        if (visible === columns && i < word.length - 1) {
          rows.push('');
          visible = 0;
        }
      }
      if (!visible && rows[last()]!.length > 0 && rows.length > 1) rows[rows.length - 2] += rows.pop()!;
      return;
    }
    if (rowLength + word.length > columns && rowLength > 0 && word.length > 0) rows.push('');
    rows[last()] += word;
  });
  return rows.map(trimSpacesRight).join('\n');
}

/** wrap-ansi's right trim: drop the trailing empty words (spaces), keep the rest as it is. */
function trimSpacesRight(row: string): string {
  const words = row.split(' ');
  let end = words.length;
  while (end > 0 && words[end - 1] === '') end--;
  return end === words.length ? row : words.slice(0, end).join(' ');
}

/**
 * A paragraph wrapped under a hanging indent: the first line starts with `first` (e.g. "  3. "), the
 * following lines with as many spaces, so numbered items read as a block.
 */
export function hanging(
  text: string,
  columns: number,
  first: string,
  rest = ' '.repeat(width(first)),
): string[] {
  const lines = wrap(text, columns - width(rest));
  return lines.map((l, i) => `${i === 0 ? padEnd(first, width(rest)) : rest}${l}`.trimEnd());
}

/** The longest word, so a column is never made narrower than it needs to stay readable. */
export const longestWord = (s: string): number => s.split(/\s+/u).reduce((m, w) => Math.max(m, width(w)), 0);
