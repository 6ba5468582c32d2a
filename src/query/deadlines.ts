import { type IsoDate, iso, yearOf } from '../model/dates.js';
import type { Obligation, Plan, Task } from '../model/plan.js';
import { type ResolvedTime, resolveTimeframe } from '../model/timeframe.js';
import { involves } from './status.js';

export type DeadlineItem =
  | {
      kind: 'task';
      date: IsoDate;
      task: Task;
      time: ResolvedTime;
      /** Stable across runs and edits elsewhere in the plan: plan id, task id and due date. */
      uid: string;
    }
  | {
      kind: 'report';
      date: IsoDate;
      obligation: Obligation;
      /** The unit that owes the report. */
      unit: string;
      /** Stable: plan id, unit id and due date. */
      uid: string;
    };

export interface DeadlineOptions {
  from?: IsoDate;
  to?: IsoDate;
  /** Only the tasks this unit leads or supports and the reports it owes. */
  unit?: string;
}

export interface Deadlines {
  from: IsoDate | undefined;
  to: IsoDate | undefined;
  items: DeadlineItem[];
  /** Tasks with no due date (continuous or unscheduled work), left out of the list. */
  undatedTasks: Task[];
  /** Reporting obligations without a due date, one per unit. */
  undatedReports: { obligation: Obligation; unit: string }[];
}

/**
 * The dated task ends and report due dates, in date order (tasks before reports on the same day, then
 * plan order), between `from` and `to` inclusive. A yearly task has one date per year of the range (of
 * the plan period when no range is given).
 */
export function deadlines(plan: Plan, opts: DeadlineOptions = {}): Deadlines {
  const inRange = (d: IsoDate) => (!opts.from || d >= opts.from) && (!opts.to || d <= opts.to);
  const unit = opts.unit;
  const owes = unit ? new Set(plan.units.expand(unit)) : undefined;
  const items: (DeadlineItem & { order: number })[] = [];
  const undatedTasks: Task[] = [];
  const uids = new Map<string, number>();
  const uid = (key: string) => {
    const n = (uids.get(key) ?? 0) + 1;
    uids.set(key, n);
    return `${n === 1 ? key : `${key}/${n}`}@kehoach`;
  };

  plan.tasks.forEach((task, order) => {
    if (unit && !involves(plan, task, unit)) return;
    const tf = task.file.timeframe;
    if (!tf) {
      undatedTasks.push(task);
      return;
    }
    const years =
      tf.kind === 'yearly'
        ? span(yearOf(opts.from ?? plan.period.start), yearOf(opts.to ?? plan.period.end))
        : [undefined];
    let dated = false;
    for (const y of years) {
      const time = resolveTimeframe(tf, plan.period.start, y === undefined ? undefined : iso(y, 1, 1));
      if (!time.end) continue;
      dated = true;
      if (!inRange(time.end)) continue;
      items.push({
        kind: 'task',
        date: time.end,
        task,
        time,
        uid: uid(`${plan.id}/task/${task.id}/${time.end}`),
        order,
      });
    }
    if (!dated) undatedTasks.push(task);
  });

  const undatedReports: Deadlines['undatedReports'] = [];
  plan.obligations.forEach((obligation, i) => {
    for (const u of obligation.units) {
      if (owes && !owes.has(u)) continue;
      if (!obligation.due) {
        undatedReports.push({ obligation, unit: u });
        continue;
      }
      if (!inRange(obligation.due)) continue;
      items.push({
        kind: 'report',
        date: obligation.due,
        obligation,
        unit: u,
        uid: uid(`${plan.id}/report/${u}/${obligation.due}`),
        order: plan.tasks.length + i,
      });
    }
  });

  items.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.order - b.order));
  return {
    from: opts.from,
    to: opts.to,
    items: items.map(({ order: _order, ...rest }) => rest as DeadlineItem),
    undatedTasks,
    undatedReports,
  };
}

const span = (a: number, b: number) => Array.from({ length: Math.max(0, b - a + 1) }, (_, i) => a + i);
