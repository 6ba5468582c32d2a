import type { IsoDate } from '../model/dates.js';
import type { Plan, Task } from '../model/plan.js';
import { type ObligationStatus, obligationStatuses } from './obligationStatus.js';
import type { ProgressInput } from './progressEvents.js';
import { type TaskStatus, type TaskStatusCode, taskStatuses } from './taskStatus.js';

export interface StatusSummary {
  tasks: {
    /** Tasks counted: those whose parent is not shown (a task with sub-tasks counts once). */
    total: number;
    done: number;
    doneOnTime: number;
    doneLate: number;
    /** Scheduled tasks not finished: in time (in progress or not yet due) and overdue. */
    notDone: number;
    inTime: number;
    inProgress: number;
    notDue: number;
    overdue: number;
    continuous: number;
    /** Continuous tasks with nothing reported in the current period. */
    continuousUnreported: number;
  };
  obligations: {
    /** Obligations with a due date (undated ones are listed but not counted). */
    total: number;
    /** Received at all, on time or late; `receivedLate` of them late. */
    received: number;
    receivedLate: number;
    pending: number;
    overdue: number;
  };
}

export interface StatusReport {
  asOf: IsoDate;
  /** The unit the view is limited to, if any. */
  unit: string | undefined;
  tasks: TaskStatus[];
  obligations: ObligationStatus[];
  summary: StatusSummary;
}

/**
 * Where the plan stands on `asOf`: every task's status, every reporting obligation, and the counts.
 * With `unit`, only the tasks it leads or supports (directly, through a group it belongs to, or for a
 * group through its members) and the reports it owes (for a group, its members' reports).
 */
export function status(
  plan: Plan,
  records: readonly ProgressInput[],
  opts: { asOf: IsoDate; unit?: string },
): StatusReport {
  let tasks = taskStatuses(plan, records, opts.asOf);
  let obligations = obligationStatuses(plan, records, opts.asOf);
  if (opts.unit) {
    const unit = opts.unit;
    const owing = new Set(plan.units.expand(unit));
    tasks = tasks.filter((t) => involves(plan, t.task, unit));
    obligations = obligations.filter((o) => owing.has(o.unit));
  }
  return { asOf: opts.asOf, unit: opts.unit, tasks, obligations, summary: summarize(tasks, obligations) };
}

/**
 * Whether `unit` leads or supports `task`, by name or through a group it belongs to; for a group, also
 * when one of its members (at any depth) does.
 */
export function involves(plan: Plan, task: Task, unit: string): boolean {
  return withMembers(plan, unit).some((id) => role(plan, task, id) !== undefined);
}

function withMembers(plan: Plan, unit: string, seen = new Set<string>()): string[] {
  if (seen.has(unit)) return [];
  seen.add(unit);
  return [unit, ...(plan.units.get(unit)?.members ?? []).flatMap((m) => withMembers(plan, m, seen))];
}

/** The unit's role in a task and, when it comes through a group, the group's id. Lead wins over support. */
export function role(
  plan: Plan,
  task: Task,
  unit: string,
): { role: 'lead' | 'support'; via: string | undefined } | undefined {
  const groups = plan.units.groupsOf(unit);
  for (const [kind, list] of [
    ['lead', task.lead],
    ['support', task.support],
  ] as const) {
    if (list.some((m) => m.id === unit)) return { role: kind, via: undefined };
    const via = list.find((m) => groups.includes(m.id));
    if (via) return { role: kind, via: via.id };
  }
  return undefined;
}

export function summarize(
  tasks: readonly TaskStatus[],
  obligations: readonly ObligationStatus[],
): StatusSummary {
  const shown = new Set(tasks.map((t) => t.task.id));
  const counted = tasks.filter((t) => !t.task.parent || !shown.has(t.task.parent));
  const n = (...codes: TaskStatusCode[]) => counted.filter((t) => codes.includes(t.code)).length;
  // Only dated duties are counted: an undated one (the commune's own report upward, "theo quy định")
  // cannot be late, and counting it would make "x/y units reported" misleading. It is still listed.
  const dated = obligations.filter((x) => x.due !== undefined);
  const o = (code: ObligationStatus['code']) => dated.filter((x) => x.code === code).length;
  return {
    tasks: {
      total: counted.length,
      done: n('done-on-time', 'done-late'),
      doneOnTime: n('done-on-time'),
      doneLate: n('done-late'),
      notDone: n('in-progress', 'not-due', 'overdue'),
      inTime: n('in-progress', 'not-due'),
      inProgress: n('in-progress'),
      notDue: n('not-due'),
      overdue: n('overdue'),
      continuous: n('continuous'),
      continuousUnreported: counted.filter((t) => t.code === 'continuous' && t.reportedInPeriod === false)
        .length,
    },
    obligations: {
      total: dated.length,
      received: o('received') + o('received-late'),
      receivedLate: o('received-late'),
      pending: o('pending'),
      overdue: o('overdue'),
    },
  };
}

/** Whether anything is overdue: a task past its due date, or a report not received in time. */
export const hasOverdue = (r: StatusReport): boolean =>
  r.tasks.some((t) => t.code === 'overdue') || r.obligations.some((o) => o.code === 'overdue');
