/** Dates as Vietnamese documents write them: "15/11/2025", "ngày 19 tháng 11 năm 2025", "15/11" (year implied). */
import { type IsoDate, iso, isRealDate } from '../../model/dates.js';

export interface FoundDate {
  date: IsoDate | undefined;
  day: number;
  month: number;
  year: number | undefined;
  /** Where the date was found and how long its text is. */
  index: number;
  length: number;
}

const NUMERIC = /(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?(?!\d)/u;
const WORDS = /(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s*(?:năm|\/)\s*(\d{4}))?/iu;

/** The first date in `text`; a date without a year takes `year`. */
export function findDate(text: string, year?: number): FoundDate | undefined {
  const a = NUMERIC.exec(text);
  const b = WORDS.exec(text);
  const m = a && (!b || a.index <= b.index) ? a : b;
  if (!m) return undefined;
  const day = Number(m[1]);
  const month = Number(m[2]);
  const y = m[3] ? Number(m[3]) : year;
  const d = y !== undefined ? iso(y, month, day) : undefined;
  if (day < 1 || day > 31 || month < 1 || month > 12) return undefined;
  return {
    date: d && isRealDate(d) ? d : undefined,
    day,
    month,
    year: m[3] ? Number(m[3]) : undefined,
    index: m.index,
    length: m[0].length,
  };
}

/** A whole string that is one date ("15/11/2025", "19 tháng 11 năm 2025"). */
export function parseDate(text: string, year?: number): IsoDate | undefined {
  const t = text.trim().replace(/^ngày\s+/iu, '');
  const f = findDate(t, year);
  return f && f.index === 0 && f.length === t.length ? f.date : undefined;
}
