import type { ChalkInstance } from 'chalk';
import { msg } from '../../i18n/index.js';
import { type IsoDate, vnDate } from '../../model/dates.js';
import { parsePeriod } from '../../model/period.js';
import type { Plan } from '../../model/plan.js';
import type { ObligationStatus } from '../../query/obligationStatus.js';
import type { StatusReport } from '../../query/status.js';
import { TASK_STATUS_CODES, type TaskStatusCode } from '../../query/taskStatus.js';
import { renderBar } from './bar.js';
import { obligationCell, styleCode, styleObligation, styleTask, taskCell } from './statusCells.js';
import { renderTable } from './table.js';
import { width, wrap } from './text.js';
import { unitLabel, unitLabels } from './units.js';

export interface ViewOptions {
  color: ChalkInstance;
  columns: number;
}

const GLYPH: Record<TaskStatusCode, string> = {
  'done-on-time': '█',
  'done-late': '▓',
  'in-progress': '▒',
  'not-due': '░',
  overdue: '×',
  continuous: '~',
};

/** `plan status` as text: heading, summary, bar, tasks table, then the reports owed, late first. */
export function renderStatus(plan: Plan, r: StatusReport, o: ViewOptions): string {
  const m = msg().status;
  const c = o.color;
  const out: string[] = [];
  const para = (s: string) => out.push(...wrap(s, o.columns));
  para(c.bold(m.title(plan.title)));
  para(m.asOf(vnDate(r.asOf)));
  if (r.unit) para(m.forUnit(plan.units.name(r.unit)));
  out.push('');
  para(m.taskSummary(r.summary.tasks));
  if (r.summary.obligations.total) para(m.obligationSummary(r.summary.obligations));
  const bar = statusBar(r, o);
  if (bar) out.push('', ...bar);

  out.push('', c.bold(m.tasksHeading));
  if (r.tasks.length === 0) out.push(m.noTasks);
  else {
    out.push(
      renderTable(
        [
          { header: m.head.number },
          { header: m.head.task, min: 16, weight: 2.5 },
          // Each unit's name on one line where possible; several leads wrap between names.
          { header: m.head.lead, max: 26, min: Math.min(26, leadMin(plan, r)) },
          { header: m.head.time, max: 18, min: 12 },
          { header: m.head.status, max: 20, min: 14 },
          { header: m.head.lastReport, min: 10, max: 10 },
        ],
        r.tasks.map((t) => [
          t.task.number,
          t.task.short,
          unitLabels(plan, t.task.lead),
          t.time?.label ?? m.cell.none,
          styleTask(t, taskCell(t), c),
          t.lastReport ? vnDate(t.lastReport) : m.cell.none,
        ]),
        { width: o.columns, header: c.bold, rule: c.dim },
      ).trimEnd(),
    );
    const unreported = r.tasks.find((t) => t.code === 'continuous' && t.reportedInPeriod === false);
    if (unreported?.currentPeriod) para(m.unreportedNote(periodName(unreported.currentPeriod)));
  }

  if (r.obligations.length) {
    out.push('', c.bold(m.obligationsHeading));
    // One block per reporting duty, the one with the most urgent row first; rows keep their order
    // (late first) inside a block.
    const groups = new Map<number, ObligationStatus[]>();
    for (const x of r.obligations) {
      const list = groups.get(x.index);
      if (list) list.push(x);
      else groups.set(x.index, [x]);
    }
    for (const rows of groups.values()) {
      const ob = rows[0]!.obligation;
      out.push('');
      para(
        c.bold(
          m.duty({
            subject: ob.duty.subject,
            to: ob.to ? plan.units.name(ob.to) : undefined,
            via: ob.via ? plan.units.name(ob.via) : undefined,
            due: ob.due ? vnDate(ob.due) : undefined,
          }),
        ),
      );
      out.push(
        renderTable(
          [
            { header: m.head.unit, max: 40, weight: 2 },
            // Wider when a reminder is shown, so "đã đôn đốc ngày …" stays on one line.
            { header: m.head.status, max: rows.some((x) => x.reminders.length > 0) ? 34 : 22 },
            { header: m.head.received, min: 10, max: 36 },
          ],
          rows.map((x) => [
            plan.units.name(x.unit),
            styleObligation(x, obligationCell(x), c),
            x.report
              ? [vnDate(x.report.received), x.report.reference].filter(Boolean).join('\n')
              : m.cell.none,
          ]),
          { width: o.columns, header: c.bold, rule: c.dim },
        ).trimEnd(),
      );
    }
  } else if (!r.unit) {
    out.push('', m.noObligations);
  }
  return `${out.join('\n')}\n`;
}

function leadMin(plan: Plan, r: StatusReport): number {
  return Math.max(0, ...r.tasks.flatMap((t) => t.task.lead.map((l) => width(unitLabel(plan, l.id)))));
}

function statusBar(r: StatusReport, o: ViewOptions): string[] | undefined {
  const m = msg().status;
  const counted = r.summary.tasks;
  if (counted.total === 0) return undefined;
  const shown = new Set(r.tasks.map((t) => t.task.id));
  const top = r.tasks.filter((t) => !t.task.parent || !shown.has(t.task.parent));
  const count = (code: TaskStatusCode) => top.filter((t) => t.code === code).length;
  const codes = TASK_STATUS_CODES.filter((code) => count(code) > 0);
  const bar = renderBar(
    codes.map((code) => ({
      count: count(code),
      glyph: GLYPH[code],
      style: (s) => styleCode(code, s, o.color),
    })),
    Math.min(60, o.columns - 2),
  );
  const legend = codes.map(
    (code) => `${styleCode(code, GLYPH[code], o.color)} ${m.legend[code]} ${count(code)}`,
  );
  return [`[${bar}]`, ...pack(legend, o.columns)];
}

/** Items on as few lines as fit, never splitting an item. */
function pack(items: readonly string[], columns: number, gap = '   '): string[] {
  const lines: string[] = [];
  for (const item of items) {
    const last = lines.at(-1);
    if (last !== undefined && width(last) + gap.length + width(item) <= columns)
      lines[lines.length - 1] = last + gap + item;
    else lines.push(item);
  }
  return lines;
}

/** "6 tháng cuối năm 2025" when the period is a whole half-year, else "kỳ từ … đến …". */
function periodName(p: { start: IsoDate; end: IsoDate }): string {
  const y = Number(p.start.slice(0, 4));
  for (const h of [1, 2] as const) {
    const half = parsePeriod(`${y}-H${h}`)!;
    if (half.start === p.start && half.end === p.end) return msg().status.half(h, y);
  }
  return msg().status.periodRange(vnDate(p.start), vnDate(p.end));
}
