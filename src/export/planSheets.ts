import { msg } from '../i18n/index.js';
import type { Plan } from '../model/plan.js';
import type { Mention } from '../model/units.js';
import type { Deadlines } from '../query/deadlines.js';
import type { StatusReport } from '../query/status.js';
import { foldSpace } from '../util/text.js';
import { reportStatusText, taskStatusText } from './statusText.js';
import { dateCell, type ExportColumn, type ExportTable } from './table.js';

const text = (header: string): ExportColumn => ({ header, type: 'text' });
const num = (header: string): ExportColumn => ({ header, type: 'number' });
const date = (header: string): ExportColumn => ({ header, type: 'date' });

const names = (plan: Plan, list: readonly Mention[]) =>
  [...new Set(list.map((x) => x.id))].map((id) => plan.units.name(id)).join('; ');

const oneLine = (lines: readonly string[]) => foldSpace(lines.join(' '));

/** `plan status --format xlsx|csv`: the tasks with their status (and, in a workbook, the reports owed). */
export function statusSheets(plan: Plan, r: StatusReport): ExportTable[] {
  const m = msg().rollup;
  const c = m.col;
  const tasks: ExportTable = {
    name: m.sheet.status,
    columns: [
      text(c.number),
      text(c.task),
      text(c.lead),
      text(c.support),
      text(c.time),
      text(c.status),
      date(c.due),
      num(c.daysLate),
      text(c.lastResult),
      date(c.lastResultDate),
    ],
    rows: r.tasks.map((t) => {
      const last = t.events.at(-1);
      return [
        t.task.number,
        t.task.short,
        names(plan, t.task.lead),
        names(plan, t.task.support),
        t.time?.label ?? null,
        taskStatusText(t.code, t.daysLate),
        dateCell(t.due),
        t.code === 'overdue' || t.code === 'done-late' ? (t.daysLate ?? null) : null,
        last ? oneLine(last.text) : null,
        dateCell(last?.date),
      ];
    }),
  };
  const reports: ExportTable = {
    name: m.sheet.reports,
    columns: [text(c.unit), text(c.subject), text(c.to), date(c.due), text(c.status), date(c.received)],
    rows: r.obligations.map((o) => [
      plan.units.name(o.unit),
      o.obligation.duty.subject ?? null,
      o.obligation.to ? plan.units.name(o.obligation.to) : null,
      dateCell(o.due),
      o.due === undefined && o.code === 'pending'
        ? msg().status.cell.undated
        : reportStatusText(o.code, o.daysLate),
      dateCell(o.report?.received),
    ]),
  };
  return [tasks, reports];
}

/**
 * `plan units --format xlsx|csv`: "Phụ lục phân công nhiệm vụ" as officers attach it to a plan — TT,
 * nhiệm vụ, chủ trì, phối hợp, thời gian, tình trạng, kết quả — one row per task, in plan order.
 */
export function assignmentSheet(plan: Plan, r: StatusReport): ExportTable {
  const m = msg().rollup;
  const c = m.col;
  return {
    name: m.sheet.assignment,
    columns: [
      text(c.number),
      text(c.task),
      text(c.lead),
      text(c.support),
      text(c.time),
      text(c.status),
      text(c.result),
    ],
    rows: r.tasks.map((t) => {
      const last = t.events.at(-1);
      return [
        t.task.number,
        foldSpace(t.task.title),
        names(plan, t.task.lead),
        names(plan, t.task.support),
        t.time?.label ?? null,
        taskStatusText(t.code, t.daysLate),
        last ? oneLine(last.text) : null,
      ];
    }),
  };
}

/** `plan deadlines --format csv`: every dated task and report, in date order. */
export function deadlinesSheet(plan: Plan, d: Deadlines): ExportTable {
  const m = msg().rollup;
  const c = m.col;
  return {
    name: m.sheet.deadlines,
    columns: [date(c.date), text(c.kind), text(c.number), text(c.what), text(c.unit), text(c.to)],
    rows: d.items.map((x) =>
      x.kind === 'task'
        ? [dateCell(x.date), m.kind.task, x.task.number, x.task.short, names(plan, x.task.lead), null]
        : [
            dateCell(x.date),
            m.kind.report,
            null,
            x.obligation.duty.subject ?? null,
            plan.units.name(x.unit),
            x.obligation.to ? plan.units.name(x.obligation.to) : null,
          ],
    ),
  };
}
