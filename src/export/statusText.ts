import { msg } from '../i18n/index.js';
import type { ObligationStatusCode } from '../query/obligationStatus.js';
import type { TaskStatusCode } from '../query/taskStatus.js';

/** A task's status in one cell, as the status table says it ("Quá hạn 12 ngày"). */
export function taskStatusText(code: TaskStatusCode, daysLate: number | null | undefined): string {
  const m = msg().status.cell;
  switch (code) {
    case 'done-on-time':
      return m.doneOnTime;
    case 'done-late':
      return m.doneLate(daysLate ?? 0);
    case 'in-progress':
      return m.inProgress;
    case 'overdue':
      return m.overdue(daysLate ?? 0);
    case 'not-due':
      return m.notDue;
    case 'continuous':
      return m.continuous;
  }
}

export function reportStatusText(code: ObligationStatusCode, daysLate: number | undefined): string {
  const m = msg().status.cell;
  switch (code) {
    case 'received':
      return m.received;
    case 'received-late':
      return m.receivedLate(daysLate ?? 0);
    case 'overdue':
      return m.overdue(daysLate ?? 0);
    case 'pending':
      return m.notDue;
  }
}
