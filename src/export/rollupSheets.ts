import { msg } from '../i18n/index.js';
import { groupValue } from '../rollup/rollup.js';
import type { PlanRollup, Rollup } from '../rollup/types.js';
import { taskStatusText } from './statusText.js';
import { type CellValue, dateCell, type ExportColumn, type ExportTable } from './table.js';

const text = (header: string): ExportColumn => ({ header, type: 'text' });
const num = (header: string): ExportColumn => ({ header, type: 'number' });
const date = (header: string): ExportColumn => ({ header, type: 'date' });

/** How a plan is named in a cell: its issuer, else its id, else its file. */
const planName = (p: PlanRollup) => p.issuer ?? p.id ?? p.file;

/**
 * The workbook of a roll-up: the roll-up table (invalid plans listed with their error count, no
 * figures), every task of every plan, every overdue report, every indicator of every plan.
 */
export function rollupSheets(r: Rollup): ExportTable[] {
  const m = msg().rollup;
  const c = m.col;
  const by = r.groupBy;
  const figures = (p: PlanRollup): CellValue[] => {
    const f = p.figures;
    if (!f) return [null, null, null, null, null, null, null, null, null, null, null, p.errors];
    return [
      f.tasks.total,
      f.tasks.doneOnTime,
      f.tasks.doneLate,
      f.tasks.inTime,
      f.tasks.overdue,
      f.tasks.continuous,
      f.reports.total,
      f.reports.received,
      f.reports.receivedLate,
      f.reports.overdue,
      dateCell(f.lastRecord),
      null,
    ];
  };
  const all = [...r.plans, ...r.invalid];
  const summary: ExportTable = {
    name: m.sheet.rollup,
    columns: [
      num(c.number),
      text(c.issuer),
      text(c.title),
      date(c.start),
      date(c.end),
      ...(by ? [text(by === 'level' ? c.level : by)] : []),
      num(c.tasks),
      num(c.doneOnTime),
      num(c.doneLate),
      num(c.inTime),
      num(c.overdue),
      num(c.continuous),
      num(c.reportsDue),
      num(c.reportsReceived),
      num(c.reportsLate),
      num(c.reportsOverdue),
      date(c.lastRecord),
      num(c.errors),
      text(c.planFile),
    ],
    rows: all.map((p, i) => [
      i + 1,
      p.issuer,
      p.title,
      dateCell(p.period?.start),
      dateCell(p.period?.end),
      ...(by ? [groupValue(p, by)] : []),
      ...figures(p),
      p.file,
    ]),
  };
  const tasks: ExportTable = {
    name: m.sheet.tasks,
    columns: [
      text(c.planId),
      text(c.number),
      text(c.task),
      text(c.lead),
      text(c.support),
      text(c.time),
      text(c.status),
      date(c.due),
      text(c.lastResult),
      date(c.lastResultDate),
    ],
    rows: r.plans.flatMap((p) =>
      p.tasks.map((t) => [
        p.id ?? p.file,
        t.number,
        t.title,
        t.lead.join('; '),
        t.support.join('; '),
        t.time,
        taskStatusText(t.status, t.daysLate),
        dateCell(t.due),
        t.lastResult?.text ?? null,
        dateCell(t.lastResult?.date),
      ]),
    ),
  };
  const overdue: ExportTable = {
    name: m.sheet.overdueReports,
    columns: [text(c.planId), text(c.issuer), text(c.unit), text(c.subject), date(c.due), num(c.daysLate)],
    rows: r.plans.flatMap((p) =>
      p.overdueReports.map((o) => [
        p.id ?? p.file,
        planName(p),
        o.unit,
        o.subject,
        dateCell(o.due),
        o.daysLate,
      ]),
    ),
  };
  const indicators: ExportTable = {
    name: m.sheet.indicators,
    columns: [
      text(c.planId),
      text(c.issuer),
      text(c.indicatorId),
      text(c.indicator),
      text(c.measure),
      num(c.target),
      num(c.result),
      text(c.verdict),
    ],
    rows: r.plans.flatMap((p) =>
      p.indicators.map((i) => [
        p.id ?? p.file,
        planName(p),
        i.id,
        i.name,
        i.unit,
        i.target,
        i.result,
        i.met === null ? null : i.met ? m.met : m.notMet,
      ]),
    ),
  };
  return [summary, tasks, overdue, indicators];
}
