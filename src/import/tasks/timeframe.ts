/**
 * A "Thời gian thực hiện" wording into a structured time frame. The document's wording is kept as the
 * label whenever the generated one would read differently, so rendering gives it back.
 */
import { type IsoDate, iso, lastDayOfMonth } from '../../model/dates.js';
import { generatedLabel } from '../../model/timeframe.js';
import type { Timeframe } from '../../model/types.js';
import { capitalizeFirst } from '../../util/text.js';
import { romanValue } from '../outline/markers.js';
import { findDate } from './vnDates.js';

export interface ParsedTime {
  timeframe: Timeframe;
  /** The wording was not understood: it is kept as an unscheduled label, for review. */
  unknown: boolean;
}

const Q = String.raw`qu[ýy]\s+(I{1,3}|IV|[1-4])`;
const YEAR = String.raw`(\d{4})`;

/** `year` is the plan's year, for dates written without one ("Từ ngày 15/11 đến 15/12"). */
export function parseTimeframe(text: string, year?: number): ParsedTime | undefined {
  const label = capitalizeFirst(
    text
      .trim()
      .replace(/[.;,]+$/u, '')
      .replace(/\s+/gu, ' '),
  );
  if (!label) return undefined;
  const k = label.toLocaleLowerCase('vi').replace(/hàng (năm|quý|tháng)/gu, 'hằng $1');
  const withLabel = (tf: Timeframe): ParsedTime => {
    const generated = generatedLabel(tf);
    return { timeframe: generated === label ? tf : { ...tf, label }, unknown: false };
  };
  let m: RegExpExecArray | null;

  // Open-ended: "Quý IV năm 2025 và các năm tiếp theo", "Năm 2026 và những năm tiếp theo", "Từ năm 2025",
  // "Từ tháng 11/2025 đến khi kết thúc Tổng kiểm kê" (the end is an event, not a date).
  if (
    /(các|những) năm (tiếp theo|sau)|trở đi$/u.test(k) ||
    /^từ (năm|quý|tháng|ngày)? ?[^ ]+ (đến|tới) khi /u.test(k) ||
    (/^từ (năm|quý|tháng)/u.test(k) && !/ (đến|tới) /u.test(k))
  ) {
    const start = startOf(k);
    return withLabel({ kind: 'continuous', ...(start ? { start } : {}) });
  }
  if (/^thường xuyên|^liên tục|^hằng (ngày|tuần|tháng|quý)|^định kỳ|^suốt/u.test(k)) {
    return withLabel({ kind: 'continuous' });
  }
  m =
    /^(?:trước ngày|trước|chậm nhất (?:là )?(?:ngày )?|hoàn thành trước ngày)\s*(\d{1,2})\s*[/-]\s*(\d{1,2})\s+hằng năm$/u.exec(
      k,
    );
  if (m) return withLabel({ kind: 'yearly', month: Number(m[2]), day: Number(m[1]) });
  m = /^(?:trong )?tháng (\d{1,2}) hằng năm$/u.exec(k);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12) return withLabel({ kind: 'yearly', month: Number(m[1]) });
  if (/^hằng năm$|^định kỳ hằng năm$/u.test(k)) return withLabel({ kind: 'yearly' });

  // A range: "Từ ngày 15/11 đến 15/12/2025", "từ tháng 7 đến tháng 12/2025".
  m = /^từ (?:ngày )?(.+?) (?:đến|tới) (?:hết )?(?:ngày )?(.+)$/u.exec(k);
  if (m) {
    const endDate = dateOrMonthEnd(m[2]!, year, 'end');
    const endYear = endDate ? Number(endDate.slice(0, 4)) : undefined;
    let startDate = endYear ? dateOrMonthEnd(m[1]!, endYear, 'start') : undefined;
    // "Từ ngày 15/12 đến 15/3/2026" starts in the year before.
    if (startDate && endDate && startDate > endDate && !/\d{4}/u.test(m[1]!))
      startDate = dateOrMonthEnd(m[1]!, endYear! - 1, 'start');
    if (startDate && endDate && startDate <= endDate)
      return withLabel({ kind: 'range', start: startDate, end: endDate });
    if (startDate && endDate) return { timeframe: { kind: 'unscheduled', label }, unknown: true };
  }
  // A deadline: "Trước ngày 15/11/2025", "Hoàn thành trước 30/11/2025", "Ngày 25/11/2025".
  m = /^(?:hoàn thành |xong )?(?:trước|chậm nhất|muộn nhất|trong|đến|hạn)?\s*(?:là )?(?:ngày )?(.+)$/u.exec(
    k,
  );
  if (m && /^\d/u.test(m[1]!)) {
    const f = findDate(m[1]!, year);
    if (f?.date && f.index === 0 && f.length === m[1]!.length)
      return withLabel({ kind: 'deadline', due: f.date });
  }
  const period = periodOf(k);
  if (period) return withLabel({ kind: 'period', period });
  const span = spanOf(k);
  if (span) return withLabel({ kind: 'range', ...span });
  if (/^(theo|sau khi|khi|ngay khi|căn cứ|tùy|tuỳ|phụ thuộc|đột xuất)/u.test(k)) {
    return { timeframe: { kind: 'unscheduled', label }, unknown: false };
  }
  return { timeframe: { kind: 'unscheduled', label }, unknown: true };
}

/** A period wording: "Quý IV năm 2025", "Năm 2025", "2025", "Tháng 12/2025", "6 tháng cuối năm 2025". */
export function periodOf(k: string): string | undefined {
  const t = k.trim().replace(/^trong\s+/u, '');
  const y = /\d{4}/u.exec(t);
  if (y && !plausibleYear(Number(y[0]))) return undefined;
  let m = new RegExp(`^${Q}\\s*(?:năm|/)\\s*${YEAR}$`, 'iu').exec(t);
  if (m) return `${m[2]}-Q${/^\d$/u.test(m[1]!) ? m[1] : romanValue(m[1]!.toUpperCase())}`;
  m = new RegExp(`^(?:năm\\s+)?${YEAR}$`, 'u').exec(t);
  if (m) return m[1];
  m = new RegExp(`^tháng\\s+(\\d{1,2})\\s*(?:năm|/)\\s*${YEAR}$`, 'u').exec(t);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12) return `${m[2]}-${m[1]!.padStart(2, '0')}`;
  m = new RegExp(`^(?:6|sáu) tháng (đầu|cuối) năm\\s+${YEAR}$`, 'u').exec(t);
  if (m) return `${m[2]}-H${m[1] === 'đầu' ? 1 : 2}`;
  return undefined;
}

/** The first day of the period an open-ended wording starts from. */
/**
 * Spans written without "từ … đến": "Năm 2025 - 2026", "Tháng 11 - 12/2025", "Quý III, IV năm 2025".
 */
function spanOf(k: string): { start: IsoDate; end: IsoDate } | undefined {
  const t = k.replace(/^(trong|giai đoạn)\s+/u, '');
  let m = /^(?:năm\s+)?(\d{4})\s*[-–]\s*(\d{4})$/u.exec(t);
  if (m && plausibleYear(Number(m[1])) && Number(m[1]) < Number(m[2]) && plausibleYear(Number(m[2])))
    return { start: iso(Number(m[1]), 1, 1), end: iso(Number(m[2]), 12, 31) };
  m = /^tháng\s+(\d{1,2})\s*(?:[-–,]|và|đến)\s*(?:tháng\s+)?(\d{1,2})\s*(?:\/|năm)\s*(\d{4})$/u.exec(t);
  if (m) {
    const [a, b, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (a >= 1 && b <= 12 && a < b && plausibleYear(y))
      return { start: iso(y, a, 1), end: lastDayOfMonth(y, b) };
  }
  m = new RegExp(
    `^quý\\s+(i{1,3}|iv|[1-4])\\s*(?:[-–,]|và|đến)\\s*(?:quý\\s+)?(i{1,3}|iv|[1-4])\\s*(?:/|năm)\\s*${YEAR}$`,
    'iu',
  ).exec(t);
  if (m) {
    const q = (s: string) => (/^\d$/u.test(s) ? Number(s) : romanValue(s.toUpperCase()));
    const [a, b, y] = [q(m[1]!), q(m[2]!), Number(m[3])];
    if (a < b && plausibleYear(y)) return { start: iso(y, a * 3 - 2, 1), end: lastDayOfMonth(y, b * 3) };
  }
  return undefined;
}

/** Years a plan can speak of; anything else is a typo, not a date. */
export const plausibleYear = (y: number): boolean => y >= 1900 && y <= 2999;

function startOf(k: string): IsoDate | undefined {
  const years = [...k.matchAll(/\d{4}/gu)].map((x) => Number(x[0]));
  if (years.some((y) => !plausibleYear(y))) return undefined;
  let m = new RegExp(`${Q}\\s*(?:năm|/)\\s*${YEAR}`, 'iu').exec(k);
  if (m) {
    const q = /^\d$/u.test(m[1]!) ? Number(m[1]) : romanValue(m[1]!.toUpperCase());
    return iso(Number(m[2]), q * 3 - 2, 1);
  }
  m = /tháng\s+(\d{1,2})\s*(?:năm|\/)\s*(\d{4})/u.exec(k);
  if (m) return iso(Number(m[2]), Number(m[1]), 1);
  m = /(\d{4})/u.exec(k);
  return m ? iso(Number(m[1]), 1, 1) : undefined;
}

/** "15/12/2025", "15/11" (with `year`), "tháng 12/2025", "tháng 7" — a date, or a month's first or last day. */
function dateOrMonthEnd(text: string, year: number | undefined, side: 'start' | 'end'): IsoDate | undefined {
  const t = text.trim();
  const mm = /^tháng\s+(\d{1,2})(?:\s*(?:năm|\/)\s*(\d{4}))?$/u.exec(t);
  if (mm) {
    const y = mm[2] ? Number(mm[2]) : year;
    const mo = Number(mm[1]);
    if (!y || mo < 1 || mo > 12) return undefined;
    return side === 'start' ? iso(y, mo, 1) : lastDayOfMonth(y, mo);
  }
  const f = findDate(t, year);
  return f?.date && f.index === 0 && f.length === t.length ? f.date : undefined;
}
