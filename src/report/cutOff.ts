import type { IsoDate } from '../model/dates.js';
import { type Period, parsePeriod } from '../model/period.js';

const pad = (n: number) => String(n).padStart(2, '0');
const day = (y: number, m: number, d: number): IsoDate => {
  // Month 0 is December of the year before.
  const yy = m < 1 ? y - 1 : y;
  const mm = m < 1 ? m + 12 : m;
  return `${yy}-${pad(mm)}-${pad(d)}` as IsoDate;
};

/**
 * The data cut-off of the reporting regime, Nghị định 09/2019/NĐ-CP Điều 12: a report's figures run
 * from the 15th of the month before the period to the 14th of its last month (the year: 15/12 of the
 * year before to 14/12; the first half: 15/12 to 14/6; a quarter: 15/12 to 14/3, …; the second half,
 * alike: 15/6 to 14/12). A date range is its own window.
 */
export function nd09Window(p: Period): { start: IsoDate; end: IsoDate } {
  const y = p.year;
  switch (p.kind) {
    case 'year':
      return { start: day(y, 0, 15), end: day(y, 12, 14) };
    case 'half':
      return p.index === 1
        ? { start: day(y, 0, 15), end: day(y, 6, 14) }
        : { start: day(y, 6, 15), end: day(y, 12, 14) };
    case 'quarter':
      return { start: day(y, (p.index - 1) * 3, 15), end: day(y, p.index * 3, 14) };
    case 'month':
      return { start: day(y, p.index - 1, 15), end: day(y, p.index, 14) };
    default:
      return { start: p.start, end: p.end };
  }
}

/** `--cut-off nd09` or `--cut-off 2025-06-15..2025-12-14`; undefined when the value is neither. */
export function parseCutOff(value: string, period: Period): { start: IsoDate; end: IsoDate } | undefined {
  const v = value.trim().toLowerCase();
  if (v === 'nd09' || v === 'nđ09' || v === '09/2019') return nd09Window(period);
  if (!v.includes('..')) return undefined;
  const range = parsePeriod(v);
  return range && range.start <= range.end ? { start: range.start, end: range.end } : undefined;
}
