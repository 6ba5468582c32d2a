import type { ChalkInstance } from 'chalk';
import { msg } from '../../i18n/index.js';
import { vnDate } from '../../model/dates.js';
import { DUE_SOON_DAYS, type ObligationStatus } from '../../query/obligationStatus.js';
import type { TaskStatus, TaskStatusCode } from '../../query/taskStatus.js';

/** What the status tables say in a task's or an obligation's status cell, and in which colour. */
export function taskCell(t: TaskStatus): string {
  const m = msg().status.cell;
  switch (t.code) {
    case 'done-on-time':
      return `${m.doneOnTime}\n${vnDate(t.completedOn!)}`;
    case 'done-late':
      return `${m.doneLate(t.daysLate ?? 0)}\n${vnDate(t.completedOn!)}`;
    case 'in-progress':
      return m.inProgress;
    case 'overdue':
      return m.overdue(t.daysLate ?? 0);
    case 'not-due':
      return m.notDue;
    case 'continuous':
      return t.reportedInPeriod === false ? m.continuousUnreported : m.continuous;
  }
}

export function obligationCell(x: ObligationStatus): string {
  const last = x.reminders.at(-1);
  if (!last) return obligationCode(x);
  const r = msg().remind;
  const lines = [obligationCode(x), r.statusReminded(vnDate(last.date), x.reminders.length)];
  if (x.code === 'overdue' && x.newDue) lines.push(r.statusNewDue(vnDate(x.newDue)));
  return lines.join('\n');
}

function obligationCode(x: ObligationStatus): string {
  const m = msg().status.cell;
  switch (x.code) {
    case 'received':
      return m.received;
    case 'received-late':
      return m.receivedLate(x.daysLate ?? 0);
    case 'overdue':
      return m.overdue(x.daysLate ?? 0);
    case 'pending':
      if (x.daysLeft === undefined) return m.undated;
      if (x.daysLeft === 0) return m.dueToday;
      return x.daysLeft <= DUE_SOON_DAYS ? m.dueIn(x.daysLeft) : m.notDue;
  }
}

export function styleCode(code: TaskStatusCode, s: string, c: ChalkInstance): string {
  switch (code) {
    case 'done-on-time':
      return c.green(s);
    case 'done-late':
      return c.yellow(s);
    case 'in-progress':
      return c.cyan(s);
    case 'overdue':
      return c.red(s);
    default:
      return s;
  }
}

export const styleTask = (t: TaskStatus, s: string, c: ChalkInstance) =>
  t.code === 'continuous' && t.reportedInPeriod === false ? c.yellow(s) : styleCode(t.code, s, c);

export function styleObligation(x: ObligationStatus, s: string, c: ChalkInstance): string {
  if (x.code === 'overdue') return c.red(s);
  if (x.code === 'received-late') return c.yellow(s);
  if (x.code === 'received') return c.green(s);
  return x.daysLeft !== undefined && x.daysLeft <= DUE_SOON_DAYS ? c.yellow(s) : s;
}
