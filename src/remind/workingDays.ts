import { addDays, type IsoDate } from '../model/dates.js';

/** Day of the week of an ISO date, 0 = Sunday (computed in UTC, so no time zone can shift it). */
const weekday = (d: IsoDate) => new Date(`${d}T00:00:00Z`).getUTCDay();

/**
 * The date `n` working days after `d` (Monday to Friday; public holidays are not known here, so a
 * deadline that falls on one is the officer's to move with --new-due).
 */
export function addWorkingDays(d: IsoDate, n: number): IsoDate {
  let out = d;
  for (let left = n; left > 0; ) {
    out = addDays(out, 1);
    const w = weekday(out);
    if (w !== 0 && w !== 6) left--;
  }
  return out;
}

/** Default number of working days a reminder gives, when the plan does not say (remind.workingDays). */
export const DEFAULT_WORKING_DAYS = 5;
