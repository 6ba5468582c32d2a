import type { Column, ColumnMap } from '../source/blocks.js';
import { lower } from '../source/fold.js';

/** Header words of a task table, checked in this order (a "Cơ quan chủ trì" column is not "Nội dung"). */
const HEADERS: [Column, RegExp][] = [
  ['number', /^(s\s*tt|tt|số thứ tự|stt)\.?$/u],
  ['support', /phối hợp/u],
  ['lead', /chủ trì|^(cơ quan|đơn vị)( chủ trì| thực hiện|$)|trách nhiệm/u],
  ['time', /thời gian|thời hạn|tiến độ/u],
  ['output', /sản phẩm|kết quả/u],
  ['note', /ghi chú/u],
  ['title', /nội dung|nhiệm vụ|hoạt động|công việc/u],
];

/**
 * The columns of a task table, from its header cells; undefined when the cells are not the header of
 * a task table (it needs at least a content column and a lead or time column).
 */
export function columnsOf(cells: readonly string[]): ColumnMap | undefined {
  if (cells.length < 3 || cells.length > 10) return undefined;
  const map: ColumnMap = { count: cells.length };
  cells.forEach((cell, i) => {
    const k = lower(cell).replace(/[*:]/gu, '').trim();
    if (!k || k.length > 60) return;
    for (const [col, re] of HEADERS) {
      if (re.test(k) && map[col] === undefined) {
        map[col] = i;
        return;
      }
    }
  });
  if (map.title === undefined || (map.lead === undefined && map.time === undefined)) return undefined;
  return map;
}

/** How many leading cells of `cells` form a header row (stops at the first cell that is not a header). */
export function headerLength(cells: readonly string[]): number {
  let n = 0;
  for (const cell of cells) {
    const k = lower(cell).replace(/[*:]/gu, '').trim();
    if (!k || k.length > 60 || !HEADERS.some(([, re]) => re.test(k))) break;
    n++;
  }
  return n;
}
