import type { IsoDate } from '../model/dates.js';
import { overlaps, type Period, parsePeriod } from '../model/period.js';
import type { Plan, Task } from '../model/plan.js';
import type { Assessment, ProgressRecord, UnitReport } from '../model/types.js';
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
  /**
   * Unit reports that count for the period, in date order: received in it, or received after its end
   * (up to the report's date) and saying they cover it; a report a newer one supersedes is left out.
   */
  reports: UnitReport[];
  /** The records the report counts, for the follow-up of who has reported (see `reports`). */
  counted: ProgressInput[];
  /** The report's own date: reports received up to it that cover the period count. */
  date: IsoDate;
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
  input: readonly ProgressInput[],
  period: Period,
  asOf: IsoDate,
  date: IsoDate = asOf,
  data: { start: IsoDate; end: IsoDate } = { start: period.start, end: asOf },
): ReportScope {
  const records = countedRecords(input, period, asOf, date);
  const statusList = taskStatuses(plan, records, asOf);
  const statuses = new Map(statusList.map((s) => [s.task.id, s]));
  const events = new Map<string, TaskEvent[]>();
  const recordAt = recordEntries(records);
  for (const e of taskEvents(plan, records, date)) {
    const late = e.kind === 'report' && e.date > data.end && covers(recordAt[e.order]?.record, period);
    if (!late && !inPeriod(e.date, data.start, data.end)) continue;
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
  const entries = recordAt;
  const reports = entries
    .map((e) => e.record)
    .filter(
      (r): r is UnitReport =>
        r.kind === 'report' &&
        (inPeriod(r.received, data.start, data.end) || (r.received > data.end && covers(r, period))),
    )
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
    counted: records,
    date,
    assessment: pickAssessment(assessments, period),
  };
}

/**
 * Whether a unit's report received after the period speaks for it: it says it covers a period that ends
 * within this one (a year report counts for the second half and the fourth quarter, not for October).
 */
function covers(r: ProgressRecord | undefined, period: Period): boolean {
  if (r?.kind !== 'report' || !r.covers) return false;
  const c = parsePeriod(r.covers);
  return c !== undefined && period.start <= c.end && c.end <= period.end;
}

const baseName = (f: string | undefined) => (f ?? '').split(/[\\/]/u).at(-1) ?? '';

/**
 * The records a report of the period counts: everything known on the report's date, less a unit's
 * report received after the period's end that does not say it covers the period, and less a report
 * that a newer one of the same unit supersedes (`supersedes:` names its file).
 */
export function countedRecords(
  input: readonly ProgressInput[],
  period: Period,
  asOf: IsoDate,
  date: IsoDate,
): ProgressInput[] {
  const entries = recordEntries(input);
  const superseded = new Set(
    entries.flatMap((e) =>
      e.record.kind === 'report' && e.record.supersedes && e.record.received <= date
        ? [baseName(e.record.supersedes)]
        : [],
    ),
  );
  return input.filter((_, i) => {
    const { record: r, file } = entries[i]!;
    if (r.kind !== 'report') return true;
    if (file && superseded.has(baseName(file))) return false;
    return r.received <= asOf || (r.received <= date && covers(r, period));
  });
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
