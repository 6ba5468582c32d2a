/**
 * Rejoining lines that a web conversion broke: when a line continues the paragraph above, and when a
 * heading that was cut in two is one heading.
 */

import { endsTerminal, isAllCaps, isMarkerOnly, parseMarker } from '../outline/markers.js';
import type { Block } from './blocks.js';
import type { ScannedLine } from './marks.js';

export interface Line extends ScannedLine {
  n: number;
}

export interface Mode {
  wrapped: boolean;
  blankSeparated: boolean;
}

/** Does line `b` continue the paragraph that line `a` ends? */
export function joins(a: Line, b: Line, mode: Mode, cell: boolean): boolean {
  if (a.endsOpen) return true;
  if (isMarkerOnly(a.text)) return true;
  const marker = parseMarker(b.text);
  const terminal = endsTerminal(a.text);
  const lower = /^\p{Ll}/u.test(b.text);
  const digit = /^\d/u.test(b.text);
  if (marker?.kind === 'dash' || marker?.kind === 'plus') {
    // "giai đoạn 2021\n- 2025”;" is a wrapped line, not a bullet.
    return mode.wrapped && !terminal && /^[\p{Ll}\d]/u.test(marker.rest);
  }
  if (!mode.wrapped || cell) return !terminal && !marker && (lower || digit);
  // Blank lines part the paragraphs: "… ưu tiên các địa bàn cấp độ\n1. Cấp ngay …" and "… Nghị quyết
  // số\n48/NQ-CP." are one sentence cut before a number, not a new numbered item.
  if (marker)
    return (
      mode.blankSeparated &&
      (marker.kind === 'decimal' || marker.kind === 'number') &&
      !a.closesBold &&
      !a.allBold &&
      /[\p{Ll},]$/u.test(a.text)
    );
  if (a.allBold && a.closesBold) return false;
  // Header lines in capitals, one plain and one bold, are two lines ("UBND HUYỆN X" / "**PHÒNG Y**").
  if (isAllCaps(a.text) && isAllCaps(b.text) && a.allBold !== b.allBold) return false;
  // One word in capitals ("48/NQ-CP.") after a sentence cut mid-way is that sentence's end.
  const oneWord = !/\s/u.test(b.text.trim()) && /[\p{Ll},]$/u.test(a.text);
  if (isAllCaps(a.text) !== isAllCaps(b.text) && !oneWord) return false;
  if (!mode.blankSeparated && terminal) return false;
  return true;
}

/**
 * A bold numbered heading broken into two paragraphs by the web conversion ("3. Đề nghị … Hội Liên hiệp"
 * then "Phụ nữ Thành phố …") is one heading.
 */
export function mergeSplitHeadings(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const b of blocks) {
    const prev = out.at(-1);
    if (
      b.kind === 'para' &&
      prev?.kind === 'para' &&
      !b.cell &&
      !prev.cell &&
      prev.bold &&
      b.bold &&
      parseMarker(prev.text) &&
      !parseMarker(b.text) &&
      !endsTerminal(prev.text) &&
      !isAllCaps(b.text) &&
      b.text.split(' ').length <= 20
    ) {
      out[out.length - 1] = {
        ...prev,
        text: `${prev.text} ${b.text}`,
        lines: [...prev.lines, ...b.lines],
      };
      continue;
    }
    out.push(b);
  }
  return out;
}
