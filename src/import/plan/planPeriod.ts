/**
 * The plan period. Taken from the trích yếu when it names one ("6 tháng cuối năm 2025", "năm 2025",
 * "giai đoạn 2025 - 2035", "cuối năm 2025"); otherwise from the issue date and the tasks' dates. Then
 * widened, if need be, so that every dated time frame and reporting deadline falls inside it.
 */
import { type IsoDate, iso } from '../../model/dates.js';
import { parsePeriod } from '../../model/period.js';
import type { PlanFile } from '../../model/types.js';
import type { Remarks } from '../draft/review.js';
import { periodOf, plausibleYear } from '../tasks/timeframe.js';

export interface PeriodInput {
  title: string;
  /** The issue date, when the document has one. */
  date?: IsoDate | null;
  /** The year of the header date, even when day and month are blank. */
  year?: number;
  dates: readonly { start?: IsoDate; end?: IsoDate }[];
  asOf: IsoDate;
}

export function inferPeriod(input: PeriodInput, remarks: Remarks): PlanFile['period'] {
  const fromTitle = titlePeriod(input.title, input.date);
  let start: IsoDate;
  let end: IsoDate;
  let label: string | undefined;
  if (fromTitle) {
    ({ start, end, label } = fromTitle);
    remarks.add('periodFromTitle', 0, ['period'], { label: fromTitle.label });
  } else {
    const starts = input.dates.flatMap((d) => (d.start ? [d.start] : []));
    const ends = input.dates.flatMap((d) => (d.end ? [d.end] : []));
    const asOfYear = Number((input.date ?? input.asOf).slice(0, 4));
    const year = input.year && plausibleYear(input.year) ? input.year : asOfYear;
    start = input.date ?? [...starts].sort()[0] ?? iso(year, 1, 1);
    const latest = [...ends, ...starts].sort().at(-1);
    end = latest && latest > start ? yearEnd(latest) : iso(Number(start.slice(0, 4)), 12, 31);
  }
  // Widen to hold every dated frame: a period that cuts a deadline off makes the plan invalid.
  let wider = false;
  for (const d of input.dates) {
    for (const x of [d.start, d.end]) {
      if (!x) continue;
      if (x < start) {
        start = x;
        wider = true;
      }
      if (x > end) {
        end = x;
        wider = true;
      }
    }
  }
  if (fromTitle) {
    if (wider) remarks.add('periodWidened', 0, ['period'], { start, end });
  } else if (input.dates.length === 0 && !input.date) {
    remarks.add('periodFallback', 0, ['period'], { year: Number(start.slice(0, 4)) });
  } else remarks.add('periodFromDates', 0, ['period'], { start, end });
  return { start, end, ...(label ? { label } : {}) };
}

const yearEnd = (d: IsoDate) => iso(Number(d.slice(0, 4)), 12, 31);

function titlePeriod(
  title: string,
  date: IsoDate | null | undefined,
): { start: IsoDate; end: IsoDate; label: string } | undefined {
  const lower = title.toLocaleLowerCase('vi');
  // A label out of a title in capitals is written in normal case ("cuối năm 2025").
  const caps = title === title.toLocaleUpperCase('vi');
  const pick = (m: RegExpExecArray) => (caps ? lower : title).slice(m.index, m.index + m[0].length);
  if ([...lower.matchAll(/\d{4}/gu)].some((y) => !plausibleYear(Number(y[0])))) return undefined;
  let m = /giai đoạn\s+(\d{4})\s*[-–—]\s*(\d{4})/u.exec(lower);
  if (m && Number(m[1]) <= Number(m[2]))
    return { start: iso(Number(m[1]), 1, 1), end: iso(Number(m[2]), 12, 31), label: pick(m) };
  m =
    /(?:6|sáu) tháng (?:đầu|cuối) năm \d{4}|quý (?:i{1,3}|iv|[1-4]) năm \d{4}|tháng \d{1,2} năm \d{4}/u.exec(
      lower,
    );
  if (m) {
    const p = parsePeriod(periodOf(m[0]) ?? '');
    if (p) return { start: p.start, end: p.end, label: pick(m) };
  }
  m = /cuối năm (\d{4})/u.exec(lower);
  if (m) {
    const y = Number(m[1]);
    const start = date?.startsWith(`${y}-`) ? date : iso(y, 10, 1);
    return { start, end: iso(y, 12, 31), label: pick(m) };
  }
  m = /(?:^|\s)năm (\d{4})(?!\s*[-–])/u.exec(lower);
  if (m && !/đến năm/u.test(lower.slice(Math.max(0, m.index - 6), m.index + 4))) {
    const y = Number(m[1]);
    return { start: iso(y, 1, 1), end: iso(y, 12, 31), label: pick(m).trim() };
  }
  return undefined;
}
