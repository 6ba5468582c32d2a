import { daysBetween, type IsoDate, iso, yearOf } from '../model/dates.js';
import type { Plan, Task } from '../model/plan.js';
import { type ResolvedTime, resolveTimeframe } from '../model/timeframe.js';
import type { ProgressStatus } from '../model/types.js';
import type { UnitRegistry } from '../model/units.js';
import { type ProgressInput, type TaskEvent, taskEvents } from './progressEvents.js';

/**
 * Where a task stands, in the categories officers count in (the Government Office's task tracking):
 * hoàn thành đúng hạn / quá hạn, đang thực hiện trong hạn, quá hạn chưa hoàn thành, chưa đến hạn /
 * chưa triển khai, and thường xuyên for continuous work.
 */
export type TaskStatusCode =
  | 'done-on-time'
  | 'done-late'
  | 'in-progress'
  | 'overdue'
  | 'not-due'
  | 'continuous';

export const TASK_STATUS_CODES: readonly TaskStatusCode[] = [
  'done-on-time',
  'done-late',
  'in-progress',
  'overdue',
  'not-due',
  'continuous',
];

export const isDone = (c: TaskStatusCode) => c === 'done-on-time' || c === 'done-late';

export interface TaskStatus {
  task: Task;
  code: TaskStatusCode;
  /** The time frame resolved for `asOf` (a yearly duty falls in asOf's year). */
  time: ResolvedTime | undefined;
  due: IsoDate | undefined;
  completedOn: IsoDate | undefined;
  /** Overdue: days past the due date on asOf. Done late: days between due date and completion. */
  daysLate: number | undefined;
  /** Date of the latest record about the task (or its sub-tasks). */
  lastReport: IsoDate | undefined;
  /** Status word of the latest record that gave one. */
  lastStatus: ProgressStatus | undefined;
  /** For continuous work: the current reporting period and whether anything was reported in it. */
  currentPeriod: { start: IsoDate; end: IsoDate } | undefined;
  reportedInPeriod: boolean | undefined;
  /** Lead units that have reported the task finished (a task with several leads needs them all). */
  leadsDone: string[];
  /** The records about this task itself, in date order. */
  events: TaskEvent[];
}

/**
 * Status of every task of the plan on `asOf`, in plan order, from the time frames and the records dated
 * on or before `asOf`. Status is never stored; this is the one place it is derived.
 */
export function taskStatuses(plan: Plan, records: readonly ProgressInput[], asOf: IsoDate): TaskStatus[] {
  const events = taskEvents(plan, records, asOf);
  const byTask = new Map<string, TaskEvent[]>();
  for (const e of events) {
    const list = byTask.get(e.task);
    if (list) list.push(e);
    else byTask.set(e.task, [e]);
  }
  const current = currentPeriod(plan, asOf);
  const done = new Map<string, TaskStatus>();
  // Sub-tasks follow their parent in plan order, so walking backwards sees children first.
  for (const task of [...plan.tasks].reverse()) {
    const own = leafStatus(task, byTask.get(task.id) ?? [], plan, asOf, current);
    const kids = task.children.map((id) => done.get(id)).filter((k): k is TaskStatus => k !== undefined);
    done.set(task.id, kids.length ? summarise(own, kids) : own);
  }
  return plan.tasks.map((t) => done.get(t.id)!);
}

/** The half-year containing asOf, cut to the plan period: continuous work should be reported in it. */
export function currentPeriod(plan: Plan, asOf: IsoDate): { start: IsoDate; end: IsoDate } | undefined {
  const y = yearOf(asOf);
  const firstHalf = asOf < iso(y, 7, 1);
  const start = maxDate(firstHalf ? iso(y, 1, 1) : iso(y, 7, 1), plan.period.start);
  const end = minDate(firstHalf ? iso(y, 6, 30) : iso(y, 12, 31), plan.period.end);
  return start <= end ? { start, end } : undefined;
}

function leafStatus(
  task: Task,
  events: TaskEvent[],
  plan: Plan,
  asOf: IsoDate,
  current: { start: IsoDate; end: IsoDate } | undefined,
): TaskStatus {
  const tf = task.file.timeframe;
  const time = tf ? resolveTimeframe(tf, plan.period.start, asOf) : undefined;
  const due = time?.end;
  const last = events.at(-1);
  const base: TaskStatus = {
    task,
    code: 'not-due',
    time,
    due,
    completedOn: undefined,
    daysLate: undefined,
    lastReport: last?.date,
    lastStatus: [...events].reverse().find((e) => e.status)?.status,
    currentPeriod: undefined,
    reportedInPeriod: undefined,
    leadsDone: [],
    events,
  };
  if (time?.kind === 'continuous') {
    const reported = current ? events.some((e) => e.date >= current.start) : undefined;
    return { ...base, code: 'continuous', currentPeriod: current, reportedInPeriod: reported };
  }
  const completion = completionOf(task, events, plan.units, asOf);
  base.leadsDone = completion.leadsDone;
  if (completion.date) {
    const late = due !== undefined && completion.date > due;
    return {
      ...base,
      code: late ? 'done-late' : 'done-on-time',
      completedOn: completion.date,
      daysLate: late ? daysBetween(due, completion.date) : undefined,
    };
  }
  if (due !== undefined && asOf > due) return { ...base, code: 'overdue', daysLate: daysBetween(due, asOf) };
  // Evidence of work (any record other than "not started") makes it in progress; without it, the task
  // is counted as not yet due / not yet started, as the Government Office's reports do.
  const started = events.some((e) => e.status !== 'chua-thuc-hien');
  const latest = base.lastStatus;
  return { ...base, code: started && latest !== 'chua-thuc-hien' ? 'in-progress' : 'not-due' };
}

/**
 * When the task was finished, if it was. With lead units, each lead must have reported it finished (its
 * own latest record, or an officer's note naming no unit, says hoan-thanh; a group lead is finished
 * when every member is); the task is finished on the last of those dates. Records from supporting units
 * never finish a task. Without leads, the latest record decides.
 */
function completionOf(
  task: Task,
  events: TaskEvent[],
  units: UnitRegistry,
  asOf: IsoDate,
): { date: IsoDate | undefined; leadsDone: string[] } {
  const stated = events.filter((e) => e.status !== undefined);
  const finishedOn = (e: TaskEvent | undefined) =>
    e?.status === 'hoan-thanh' && e.completed !== undefined && e.completed <= asOf ? e.completed : undefined;
  const leads = [...new Set(task.lead.map((m) => m.id))];
  if (leads.length === 0) return { date: finishedOn(stated.at(-1)), leadsDone: [] };
  const leadDone = (id: string, seen: Set<string>): IsoDate | undefined => {
    if (seen.has(id)) return undefined;
    seen.add(id);
    const own = finishedOn(stated.filter((e) => e.unit === undefined || e.unit === id).at(-1));
    if (own) return own;
    const members = units.get(id)?.members ?? [];
    if (members.length === 0) return undefined;
    const dates = members.map((m) => leadDone(m, seen));
    return dates.every((d) => d !== undefined) ? dates.reduce((a, b) => maxDate(a!, b!)) : undefined;
  };
  const dates = leads.map((id) => leadDone(id, new Set()));
  const leadsDone = leads.filter((_, i) => dates[i] !== undefined);
  const all = dates.every((d) => d !== undefined);
  return { date: all ? dates.reduce((a, b) => maxDate(a!, b!)) : undefined, leadsDone };
}

/**
 * A task with sub-tasks stands where its scheduled sub-tasks stand (continuous ones do not count):
 * finished when all are finished (late if any was, or if the last finished after the task's own due
 * date), overdue when any is overdue, in progress when any has started, otherwise not yet due. A record
 * that finishes the parent itself wins; a continuous parent stays continuous, and with only continuous
 * sub-tasks the parent keeps its own status.
 */
function summarise(own: TaskStatus, kids: TaskStatus[]): TaskStatus {
  const lastReport = [own.lastReport, ...kids.map((k) => k.lastReport)]
    .filter((d): d is IsoDate => d !== undefined)
    .reduce<IsoDate | undefined>((a, b) => (a === undefined ? b : maxDate(a, b)), undefined);
  const base = { ...own, lastReport };
  if (isDone(own.code) || own.code === 'continuous') return base;
  const scheduled = kids.filter((k) => k.code !== 'continuous');
  if (scheduled.length === 0) return base;
  if (scheduled.every((k) => isDone(k.code))) {
    const completedOn = scheduled.map((k) => k.completedOn!).reduce(maxDate);
    const lateByOwn = own.due !== undefined && completedOn > own.due;
    const late = lateByOwn || scheduled.some((k) => k.code === 'done-late');
    return {
      ...base,
      code: late ? 'done-late' : 'done-on-time',
      completedOn,
      daysLate: lateByOwn ? daysBetween(own.due!, completedOn) : undefined,
    };
  }
  if (own.code === 'overdue') return base;
  const overdue = scheduled.filter((k) => k.code === 'overdue');
  if (overdue.length) {
    return { ...base, code: 'overdue', daysLate: Math.max(...overdue.map((k) => k.daysLate ?? 0)) };
  }
  const started =
    own.code === 'in-progress' || scheduled.some((k) => k.code === 'in-progress' || isDone(k.code));
  return { ...base, code: started ? 'in-progress' : 'not-due', daysLate: undefined };
}

const maxDate = (a: IsoDate, b: IsoDate) => (a > b ? a : b);
const minDate = (a: IsoDate, b: IsoDate) => (a < b ? a : b);
