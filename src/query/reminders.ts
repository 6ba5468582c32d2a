import type { IsoDate } from '../model/dates.js';
import type { Reminder } from '../model/types.js';
import { type ProgressInput, recordEntries } from './progressEvents.js';

/** A reminder (công văn đôn đốc) sent to a unit about a report it owes. */
export interface SentReminder {
  date: IsoDate;
  /** The new deadline the reminder set. */
  due: IsoDate;
  reference: string | undefined;
  file: string | undefined;
}

/** Every reminder sent on or before `asOf`, by unit, oldest first. */
export function remindersByUnit(input: readonly ProgressInput[], asOf: IsoDate): Map<string, SentReminder[]> {
  const out = new Map<string, SentReminder[]>();
  const sent = recordEntries(input)
    .filter((e) => e.record.kind === 'reminder' && (e.record as Reminder).date <= asOf)
    .sort((a, b) => {
      const x = (a.record as Reminder).date;
      const y = (b.record as Reminder).date;
      return x < y ? -1 : x > y ? 1 : a.order - b.order;
    });
  for (const e of sent) {
    const r = e.record as Reminder;
    for (const unit of new Set(r.units)) {
      const list = out.get(unit) ?? [];
      list.push({ date: r.date, due: r.due, reference: r.reference, file: e.file });
      out.set(unit, list);
    }
  }
  return out;
}

/**
 * The reminders that chase one obligation: sent to its unit after the obligation fell due, and before
 * the report arrived (a reminder sent after the report answers nothing).
 */
export function remindersFor(
  sent: ReadonlyMap<string, readonly SentReminder[]>,
  unit: string,
  due: IsoDate | undefined,
  received: IsoDate | undefined,
): SentReminder[] {
  if (due === undefined) return [];
  return (sent.get(unit) ?? []).filter((r) => r.date > due && (received === undefined || r.date <= received));
}
