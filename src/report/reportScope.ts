import type { IsoDate } from '../model/dates.js';
import { overlaps, type Period, parsePeriod } from '../model/period.js';
import type { Plan, Task } from '../model/plan.js';
import type { Assessment, UnitReport } from '../model/types.js';
import {
  type ProgressInput,
  type TaskEvent,
  type TaskStatus,
  taskEvents,
  taskStatuses,
} from '../query/index.js';
import { recordEntries } from '../query/progressEvents.js';

/** What of the plan and its progress belongs to one report period. */
export interface ReportScope {
  plan: Plan;
  period: Period;
  asOf: IsoDate;
  /** Every task's status on asOf (from all records up to then: status is cumulative). */
  statuses: Map<string, TaskStatus>;
  /** Tasks that fall in the period, in plan order (a parent before its sub-tasks). */
  tasks: Task[];
  /** Results recorded in the period, by task id, in date order. */
  events: Map<string, TaskEvent[]>;
  /** Unit reports received in the period, in date order. */
  reports: UnitReport[];
  /** The officer's assessment for the period, if any. */
  assessment: Assessment | undefined;
}

const inPeriod = (d: IsoDate, start: IsoDate, end: IsoDate) => start <= d && d <= end;

/**
 * Records in the period: a unit report when it was received in it, a note when it is dated in it, both
 * no later than asOf. Tasks in the period: those whose time frame overlaps it (continuous and
 * unscheduled work whenever the plan runs), those with results recorded in it, and the parents of both.
 */
export function reportScope(
  plan: Plan,
  records: readonly ProgressInput[],
  period: Period,
  asOf: IsoDate,
): ReportScope {
  const statusList = taskStatuses(plan, records, asOf);
  const statuses = new Map(statusList.map((s) => [s.task.id, s]));
  const events = new Map<string, TaskEvent[]>();
  for (const e of taskEvents(plan, records, asOf)) {
    if (!inPeriod(e.date, period.start, asOf)) continue;
    const list = events.get(e.task);
    if (list) list.push(e);
    else events.set(e.task, [e]);
  }
  const included = new Set<string>();
  // Children follow their parent in plan order: walking backwards sees them first.
  for (const task of [...plan.tasks].reverse()) {
    const own = overlaps(taskWindow(plan, statuses.get(task.id)), period) || events.has(task.id);
    if (own || task.children.some((c) => included.has(c))) included.add(task.id);
  }
  // A sub-task is reported under its parent only.
  const tasks = plan.tasks.filter(
    (t) => included.has(t.id) && (t.parent === undefined || included.has(t.parent)),
  );
  const entries = recordEntries(records);
  const reports = entries
    .map((e) => e.record)
    .filter((r): r is UnitReport => r.kind === 'report' && inPeriod(r.received, period.start, asOf))
    .sort((a, b) => (a.received < b.received ? -1 : a.received > b.received ? 1 : 0));
  const assessments = entries.map((e) => e.record).filter((r): r is Assessment => r.kind === 'assessment');
  return {
    plan,
    period,
    asOf,
    statuses,
    tasks,
    events,
    reports,
    assessment: pickAssessment(assessments, period),
  };
}

/** The dates a task's work may fall on: its time frame, or the plan's period when it has no end. */
function taskWindow(plan: Plan, status: TaskStatus | undefined): { start: IsoDate; end: IsoDate } {
  const t = status?.time;
  if (!t || t.kind === 'continuous' || t.kind === 'unscheduled') {
    return { start: t?.start ?? plan.period.start, end: plan.period.end };
  }
  return { start: t.start ?? plan.period.start, end: t.end ?? plan.period.end };
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The assessment written for exactly this period (the same dates, however written: 2025-H2 or
 * 2025-07-01..2025-12-31), the last one when there are several; failing that, the latest one whose
 * period lies inside it, the longer one when two end together (a year's report uses the second half's
 * assessment rather than the fourth quarter's).
 */
export function pickAssessment(list: readonly Assessment[], period: Period): Assessment | undefined {
  const withPeriod = list
    .map((record, order) => ({ record, order, p: parsePeriod(record.period) }))
    .filter((a) => a.p !== undefined);
  const exact = withPeriod.filter((a) => a.p!.start === period.start && a.p!.end === period.end);
  if (exact.length > 0) return exact.at(-1)!.record;
  const inside = withPeriod
    .filter((a) => a.p!.start >= period.start && a.p!.end <= period.end)
    .sort((a, b) => cmp(a.p!.end, b.p!.end) || cmp(b.p!.start, a.p!.start) || a.order - b.order);
  return inside.at(-1)?.record;
}
