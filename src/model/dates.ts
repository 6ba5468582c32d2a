/** Dates travel through the program as ISO strings (YYYY-MM-DD): they compare and sort as text. */
export type IsoDate = string;

/**
 * True for a well-formed ISO date that exists on the calendar (2025-02-30 does not). Read by character
 * codes: every date of every plan is asked, and a regular expression with a Date per call cost more
 * than the rest of the date rule (test/dates.test.ts checks it against the earlier form).
 */
export function isRealDate(s: unknown): s is IsoDate {
  if (!looksLikeDate(s)) return false;
  const y = digits(s, 0, 4);
  const m = digits(s, 5, 2);
  const d = digits(s, 8, 2);
  return y >= 1900 && y <= 2999 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** YYYY-MM-DD with ASCII digits (the calendar not asked). */
export const looksLikeDate = (s: unknown): s is string =>
  typeof s === 'string' &&
  s.length === 10 &&
  s.charCodeAt(4) === DASH &&
  s.charCodeAt(7) === DASH &&
  isDigit(s, 0) &&
  isDigit(s, 1) &&
  isDigit(s, 2) &&
  isDigit(s, 3) &&
  isDigit(s, 5) &&
  isDigit(s, 6) &&
  isDigit(s, 8) &&
  isDigit(s, 9);

const DASH = 45;
const isDigit = (s: string, i: number) => {
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57;
};
const digits = (s: string, from: number, n: number) => {
  let v = 0;
  for (let i = from; i < from + n; i++) v = v * 10 + s.charCodeAt(i) - 48;
  return v;
};
const daysInMonth = (y: number, m: number) =>
  m === 2 ? (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28) : MONTH_DAYS[m - 1]!;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** YYYY-MM-DD read by position (called for every date of every task; split and map cost more). */
const parts = (d: IsoDate) => ({
  y: Number(d.slice(0, 4)),
  m: Number(d.slice(5, 7)),
  d: Number(d.slice(8, 10)),
});

/** Days since 1970-01-01 on the proleptic Gregorian calendar (UTC has no daylight saving to skip). */
const dayNumber = (d: IsoDate) => {
  const p = parts(d);
  return Date.UTC(p.y, p.m - 1, p.d) / 86_400_000;
};

export const iso = (y: number, m: number, d: number): IsoDate =>
  `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

export const lastDayOfMonth = (y: number, m: number): IsoDate => iso(y, m, daysInMonth(y, m));

/** b − a in calendar days. */
export const daysBetween = (a: IsoDate, b: IsoDate): number => dayNumber(b) - dayNumber(a);

export function addDays(d: IsoDate, n: number): IsoDate {
  const p = parts(d);
  const x = new Date(Date.UTC(p.y, p.m - 1, p.d + n));
  return iso(x.getUTCFullYear(), x.getUTCMonth() + 1, x.getUTCDate());
}

/** Today on this machine's calendar. */
export function today(now = new Date()): IsoDate {
  return iso(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** ND30 padding: days below 10 and months 1–2 take a leading zero ("05 tháng 7", "15 tháng 01"). */
const dd = (d: number) => (d < 10 ? `0${d}` : String(d));
const mm = (m: number) => (m <= 2 ? `0${m}` : String(m));

/** "15/11/2025", "05/7/2025", "28/02/2022" — dates inside the body text. */
export function vnDate(d: IsoDate): string {
  const p = parts(d);
  return `${dd(p.d)}/${mm(p.m)}/${p.y}`;
}

/** "ngày 05 tháng 7 năm 2025" — the header date of an ND30 document. */
export function vnLongDate(d: IsoDate): string {
  const p = parts(d);
  return `ngày ${dd(p.d)} tháng ${mm(p.m)} năm ${p.y}`;
}

export const yearOf = (d: IsoDate): number => Number(d.slice(0, 4));
export const monthOf = (d: IsoDate): number => Number(d.slice(5, 7));
