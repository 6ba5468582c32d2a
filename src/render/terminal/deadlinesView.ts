import { msg } from '../../i18n/index.js';
import { type IsoDate, vnDate } from '../../model/dates.js';
import type { Plan } from '../../model/plan.js';
import type { DeadlineItem, Deadlines } from '../../query/deadlines.js';
import type { ViewOptions } from './statusView.js';
import { hanging, wrap } from './text.js';
import { unitLabels } from './units.js';

/** Day of the week of an ISO date (0 = Sunday), independent of the machine's time zone. */
export function weekday(d: IsoDate): number {
  const [y, m, day] = d.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, day)).getUTCDay();
}

/**
 * Deadlines by date: each day once, its task ends, then its reports, one line per reporting duty with
 * the units that owe it (the JSON and the calendar keep one entry per unit).
 */
export function renderDeadlines(plan: Plan, d: Deadlines, o: ViewOptions): string {
  const m = msg().status.deadlines;
  const c = o.color;
  const cols = o.columns;
  const out: string[] = [...wrap(c.bold(m.heading(plan.title)), cols)];
  const range = m.range(d.from && vnDate(d.from), d.to && vnDate(d.to));
  if (range) out.push(range);
  if (d.items.length === 0) out.push('', m.none);
  const days = new Map<IsoDate, DeadlineItem[]>();
  for (const x of d.items) {
    const list = days.get(x.date);
    if (list) list.push(x);
    else days.set(x.date, [x]);
  }
  for (const [date, items] of days) {
    out.push('', c.bold(`${m.weekday(weekday(date))}, ${vnDate(date)}`));
    const reports = new Map<number, string[]>();
    for (const x of items) {
      if (x.kind === 'task') {
        out.push(...hanging(m.task(x.task.number, x.task.short), cols, '  '));
        const details = [x.time.label, x.task.lead.length ? m.lead(unitLabels(plan, x.task.lead)) : '']
          .filter(Boolean)
          .join(' · ');
        out.push(...hanging(details, cols, '    '));
      } else {
        const i = plan.obligations.indexOf(x.obligation);
        reports.set(i, [...(reports.get(i) ?? []), x.unit]);
      }
    }
    for (const [i, units] of reports) {
      const ob = plan.obligations[i]!;
      const to = m.reportTo(ob.to && plan.units.name(ob.to), ob.via && plan.units.name(ob.via));
      out.push(...hanging(`${m.report(ob.duty.subject)}${to ? ` (${to})` : ''}`, cols, '  '));
      out.push(
        ...hanging(m.units(units.length, units.map((u) => plan.units.name(u)).join(', ')), cols, '    '),
      );
    }
  }
  const undated = { tasks: d.undatedTasks.length, reports: d.undatedReports.length };
  if (undated.tasks || undated.reports) out.push('', ...wrap(c.dim(m.undated(undated)), cols));
  return `${out.join('\n')}\n`;
}
