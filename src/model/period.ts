import { type IsoDate, iso, isRealDate, lastDayOfMonth, vnDate } from './dates.js';

export type PeriodKind = 'year' | 'half' | 'quarter' | 'month' | 'range';

export interface Period {
  expr: string;
  kind: PeriodKind;
  start: IsoDate;
  /** Last day, inclusive. */
  end: IsoDate;
  year: number;
  /** Half (1–2), quarter (1–4) or month (1–12). */
  index: number;
}

const ROMAN = ['I', 'II', 'III', 'IV'];

/** The period forms every command accepts. Listed in usage errors. */
export const PERIOD_FORMS = [
  '2025',
  '2025-H1',
  '2025-H2',
  '2025-Q1 … 2025-Q4',
  '2025-07',
  '2025-07-01..2025-09-30',
];

/** Parse `2025`, `2025-H2`, `2025-Q4`, `2025-07` or `2025-07-01..2025-09-30`; undefined if invalid. */
/** 2025, 2025-H2, 2025-Q4, 2025-07: one expression (five were compiled and tried in turn on every call). */
const SHAPE = /^(\d{4})(?:-(?:H([12])|Q([1-4])|(0[1-9]|1[0-2])))?$/u;
const RANGE = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/u;

export function parsePeriod(expr: string): Period | undefined {
  const s = expr.trim();
  const m = SHAPE.exec(s);
  if (m) {
    const y = Number(m[1]);
    if (m[2]) {
      const h = Number(m[2]);
      return {
        expr: s,
        kind: 'half',
        start: iso(y, h === 1 ? 1 : 7, 1),
        end: h === 1 ? iso(y, 6, 30) : iso(y, 12, 31),
        year: y,
        index: h,
      };
    }
    if (m[3]) {
      const q = Number(m[3]);
      return {
        expr: s,
        kind: 'quarter',
        start: iso(y, q * 3 - 2, 1),
        end: lastDayOfMonth(y, q * 3),
        year: y,
        index: q,
      };
    }
    if (m[4]) {
      const mo = Number(m[4]);
      return { expr: s, kind: 'month', start: iso(y, mo, 1), end: lastDayOfMonth(y, mo), year: y, index: mo };
    }
    return { expr: s, kind: 'year', start: iso(y, 1, 1), end: iso(y, 12, 31), year: y, index: 0 };
  }
  const r = RANGE.exec(s);
  if (r && isRealDate(r[1]) && isRealDate(r[2]) && r[1]! <= r[2]!) {
    return { expr: s, kind: 'range', start: r[1]!, end: r[2]!, year: Number(r[1]!.slice(0, 4)), index: 0 };
  }
  return undefined;
}

/** "năm 2025", "6 tháng cuối năm 2025", "Quý IV năm 2025", "tháng 7 năm 2025", "từ ngày 01/7/2025 đến ngày 30/9/2025". */
export function periodLabel(p: Period): string {
  switch (p.kind) {
    case 'year':
      return `năm ${p.year}`;
    case 'half':
      return `6 tháng ${p.index === 1 ? 'đầu' : 'cuối'} năm ${p.year}`;
    case 'quarter':
      return `Quý ${ROMAN[p.index - 1]} năm ${p.year}`;
    case 'month':
      return `tháng ${p.index} năm ${p.year}`;
    case 'range':
      return `từ ngày ${vnDate(p.start)} đến ngày ${vnDate(p.end)}`;
  }
}

export const overlaps = (a: { start: IsoDate; end: IsoDate }, b: { start: IsoDate; end: IsoDate }) =>
  a.start <= b.end && b.start <= a.end;

export const contains = (outer: { start: IsoDate; end: IsoDate }, d: IsoDate) =>
  outer.start <= d && d <= outer.end;
