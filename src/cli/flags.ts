import { UsageError } from '../errors.js';
import { type IsoDate, isRealDate, today } from '../model/dates.js';
import { PERIOD_FORMS, type Period, parsePeriod } from '../model/period.js';

/** `--as-of`, `--from`, `--date`…: a real ISO date, or today when absent. */
export function dateFlag(
  value: string | undefined,
  flag: string,
  fallback: () => IsoDate = () => today(),
): IsoDate {
  if (value === undefined) return fallback();
  if (!isRealDate(value)) {
    // Well formed, a real day, but a year outside what a plan can hold: the range is the problem.
    const y = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(value);
    if (y && (Number(y[1]) < 1900 || Number(y[1]) > 2999) && isRealDate(`2000-${y[2]}-${y[3]}`))
      throw new UsageError('dateOutOfRange', { value, flag });
    throw new UsageError('badDate', { value, flag });
  }
  return value;
}

export function optionalDateFlag(value: string | undefined, flag: string): IsoDate | undefined {
  return value === undefined ? undefined : dateFlag(value, flag);
}

export function periodFlag(value: string, flag = '--period'): Period {
  const p = parsePeriod(value);
  if (!p) throw new UsageError('badPeriod', { value, forms: PERIOD_FORMS });
  void flag;
  return p;
}

export function choiceFlag<T extends string>(value: string, flag: string, choices: readonly T[]): T {
  if (!(choices as readonly string[]).includes(value))
    throw new UsageError('badChoice', { flag, value, choices: [...choices] });
  return value as T;
}
