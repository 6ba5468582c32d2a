import { daysBetween, type IsoDate } from '../model/dates.js';
import { overlaps, parsePeriod } from '../model/period.js';
import type { Obligation, Plan } from '../model/plan.js';
import { type ProgressInput, type ReceivedReport, receivedReports } from './progressEvents.js';
import { remindersByUnit, remindersFor, type SentReminder } from './reminders.js';

export type ObligationStatusCode = 'received' | 'received-late' | 'pending' | 'overdue';

export interface ObligationStatus {
  obligation: Obligation;
  /** Position of the obligation in `plan.obligations`. */
  index: number;
  /** The unit that owes the report. */
  unit: string;
  due: IsoDate | undefined;
  code: ObligationStatusCode;
  /** The report that satisfies the obligation, when one was received on or before asOf. */
  report: ReceivedReport | undefined;
  /** Overdue: asOf − due. Received late: received − due. */
  daysLate: number | undefined;
  /** Pending with a due date: due − asOf (0 on the due day). */
  daysLeft: number | undefined;
  /** The reminders sent about this report (after its due date, before it arrived), oldest first. */
  reminders: SentReminder[];
  /** The deadline set by the last reminder, when one was sent. */
  newDue: IsoDate | undefined;
}

/** How many days before the due date a pending report counts as "due soon" in listings. */
export const DUE_SOON_DAYS = 7;

const RANK: Record<ObligationStatusCode, number> = {
  overdue: 0,
  'received-late': 1,
  pending: 2,
  received: 3,
};

/**
 * Every unit's reporting obligation on `asOf`, late first: overdue (most days late first), received
 * late, pending (nearest due date first, undated last), received; plan order within each.
 *
 * A report from unit U received on D ≤ asOf satisfies U's obligation: `received` when D ≤ due, else
 * `received-late`. When a unit owes several reports, each report satisfies one obligation, the earliest
 * due first; a report that says which period it covers only satisfies an obligation for an overlapping
 * period, and is preferred to one that does not say (which must then arrive after the period began).
 */
export function obligationStatuses(
  plan: Plan,
  records: readonly ProgressInput[],
  asOf: IsoDate,
): ObligationStatus[] {
  const reports = receivedReports(records, asOf);
  const sent = remindersByUnit(records, asOf);
  const used = new Set<ReceivedReport>();
  const rows: { ob: Obligation; index: number; unit: string; pos: number }[] = [];
  plan.obligations.forEach((ob, index) =>
    ob.units.forEach((unit, pos) => {
      rows.push({ ob, index, unit, pos });
    }),
  );
  const byDue = [...rows].sort((a, b) => compareDue(a.ob.due, b.ob.due) || a.index - b.index);
  const matched = new Map<(typeof rows)[number], ReceivedReport>();
  for (const row of byDue) {
    const open = reports.filter((x) => !used.has(x) && x.unit === row.unit);
    // A report that says it covers this period beats one that does not say.
    const r =
      open.find((x) => row.ob.duty.covers && x.covers && coversMatch(row.ob.duty.covers, x)) ??
      open.find((x) => coversMatch(row.ob.duty.covers, x));
    if (r) {
      used.add(r);
      matched.set(row, r);
    }
  }
  // Each status is built whole, in one literal (spreads and rest copies were 4 % of a roll-up).
  const out = rows.map((row) => {
    const due = row.ob.due;
    const report = matched.get(row);
    const reminders = remindersFor(sent, row.unit, due, report?.received);
    const newDue = reminders.at(-1)?.due;
    const late = report !== undefined && due !== undefined && report.received > due;
    const overdue = report === undefined && due !== undefined && asOf > due;
    const code: ObligationStatusCode = report
      ? late
        ? 'received-late'
        : 'received'
      : overdue
        ? 'overdue'
        : 'pending';
    const status: ObligationStatus = {
      obligation: row.ob,
      index: row.index,
      unit: row.unit,
      due,
      report,
      reminders,
      newDue,
      code,
      daysLate: late ? daysBetween(due!, report!.received) : overdue ? daysBetween(due!, asOf) : undefined,
      daysLeft: report || overdue || due === undefined ? undefined : daysBetween(asOf, due),
    };
    return { status, pos: row.pos };
  });
  out.sort(
    ({ status: a, pos: ap }, { status: b, pos: bp }) =>
      RANK[a.code] - RANK[b.code] ||
      (a.code === 'overdue' ? (b.daysLate ?? 0) - (a.daysLate ?? 0) : 0) ||
      compareDue(a.due, b.due) ||
      a.index - b.index ||
      ap - bp,
  );
  return out.map((o) => o.status);
}

/** Undated obligations sort after dated ones. */
const compareDue = (a: IsoDate | undefined, b: IsoDate | undefined) =>
  a === b ? 0 : a === undefined ? 1 : b === undefined ? -1 : a < b ? -1 : 1;

/**
 * Whether a report can answer a duty: periods that overlap when both are given; a report that does not
 * say which period it covers answers a duty for a period only if it arrived after that period began.
 */
function coversMatch(wanted: string | undefined, report: ReceivedReport): boolean {
  if (!wanted) return true;
  const a = parsePeriod(wanted);
  if (!report.covers) return !a || report.received >= a.start;
  const b = parsePeriod(report.covers);
  return a && b ? overlaps(a, b) : wanted === report.covers;
}
