/**
 * src/model/dates.ts: calendar arithmetic on ISO dates. daysBetween counts days in UTC (no daylight
 * saving to cross); date-fns, which works in the machine's time zone, is the reference it must match.
 */
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, iso, isRealDate, looksLikeDate } from '../src/model/dates.js';
import { parsePeriod } from '../src/model/period.js';

const date = fc
  .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2999, 11, 31)), noInvalidDate: true })
  .map((d) => iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()));
const local = (d: string) => {
  const [y, m, day] = d.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, day);
};

describe('daysBetween', () => {
  it('agrees with date-fns on random pairs of dates', () => {
    fc.assert(
      fc.property(date, date, (a, b) => {
        expect(daysBetween(a, b)).toBe(differenceInCalendarDays(local(b), local(a)));
      }),
      { numRuns: 2000 },
    );
  });

  it('counts across month ends, leap days and the turn of a year', () => {
    expect(daysBetween('2025-11-15', '2025-11-20')).toBe(5);
    expect(daysBetween('2025-11-20', '2025-11-15')).toBe(-5);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2025-02-28', '2025-03-01')).toBe(1);
    expect(daysBetween('2025-12-31', '2026-01-01')).toBe(1);
    expect(daysBetween('2025-03-30', '2025-03-31')).toBe(1);
  });

  it('is the inverse of addDays', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: -4000, max: 4000 }), (a, n) => {
        const b = addDays(a, n);
        expect(/^\d{4}-\d{2}-\d{2}$/u.test(b)).toBe(true);
        expect(daysBetween(a, b)).toBe(n);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('parsePeriod', () => {
  it('reads every period form, and nothing else', () => {
    const got = (e: string) => {
      const p = parsePeriod(e);
      return p && [p.kind, p.start, p.end, p.index];
    };
    expect(got('2025')).toEqual(['year', '2025-01-01', '2025-12-31', 0]);
    expect(got('2025-H1')).toEqual(['half', '2025-01-01', '2025-06-30', 1]);
    expect(got(' 2025-H2 ')).toEqual(['half', '2025-07-01', '2025-12-31', 2]);
    expect(got('2024-Q1')).toEqual(['quarter', '2024-01-01', '2024-03-31', 1]);
    expect(got('2025-Q4')).toEqual(['quarter', '2025-10-01', '2025-12-31', 4]);
    expect(got('2024-02')).toEqual(['month', '2024-02-01', '2024-02-29', 2]);
    expect(got('2025-07-01..2025-09-30')).toEqual(['range', '2025-07-01', '2025-09-30', 0]);
    for (const bad of [
      '2025-H3',
      '2025-Q5',
      '2025-13',
      '2025-00',
      '2025-h2',
      '25',
      '2025-7',
      '2025-09-30..2025-07-01',
      '2025-02-30..2025-03-01',
      '２０２５',
      '',
    ])
      expect(parsePeriod(bad), bad).toBeUndefined();
    // The key order of the JSON every command prints.
    expect(Object.keys(parsePeriod('2025-H2')!)).toEqual(['expr', 'kind', 'start', 'end', 'year', 'index']);
  });
});

describe('isRealDate and looksLikeDate', () => {
  // The earlier form: a regular expression and the calendar of Date.UTC.
  const ISO = /^(\d{4})-(\d{2})-(\d{2})$/u;
  const realByDate = (s: string) => {
    const m = ISO.exec(s);
    if (!m) return false;
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return (
      y >= 1900 &&
      y <= 2999 &&
      mo >= 1 &&
      mo <= 12 &&
      d >= 1 &&
      d <= new Date(Date.UTC(y, mo, 0)).getUTCDate()
    );
  };

  it('agrees with Date.UTC on every day of every month from 1899 to 3000, and the days past them', () => {
    let real = 0;
    const wrong: string[] = [];
    for (let y = 1899; y <= 3000; y++)
      for (let m = 0; m <= 13; m++)
        for (const d of [0, 1, 28, 29, 30, 31, 32]) {
          const s = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          if (isRealDate(s) !== realByDate(s)) wrong.push(s);
          if (realByDate(s)) real++;
        }
    expect(wrong).toEqual([]);
    // 1,100 years × 12 months × the 1st, the 28th and whichever of the 29th–31st exist.
    expect(real).toBe(58567);
  });

  it('agrees with the regular expression on date-like and random text', () => {
    const near = fc
      .array(fc.constantFrom(...'0123456789-/ .x٣２'.split('')), { minLength: 8, maxLength: 12 })
      .map((cs) => cs.join(''));
    fc.assert(
      fc.property(fc.oneof(near, fc.string({ maxLength: 12 }), fc.constant('2025-02-30')), (s) => {
        expect(looksLikeDate(s)).toBe(ISO.test(s));
        expect(isRealDate(s)).toBe(realByDate(s));
      }),
      { numRuns: 3000 },
    );
    for (const v of [undefined, null, 20250701, ['2025-07-01'], {}]) {
      expect(isRealDate(v)).toBe(false);
      expect(looksLikeDate(v)).toBe(false);
    }
  });
});
