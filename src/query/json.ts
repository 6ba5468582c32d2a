/**
 * The `--json` objects of status, units and deadlines: version 1, stable ASCII codes, dates as ISO
 * strings, absent values as null. Field names are part of the interface; add, never rename.
 */
import type { Plan, Task } from '../model/plan.js';
import type { ResolvedTime } from '../model/timeframe.js';
import type { Mention } from '../model/units.js';
import type { Deadlines } from './deadlines.js';
import type { ObligationStatusCode } from './obligationStatus.js';
import type { StatusReport } from './status.js';
import type { TaskStatusCode } from './taskStatus.js';
import type { UnitSheet } from './unitSheets.js';

export interface StatusLabels {
  task: Record<TaskStatusCode, string>;
  obligation: Record<ObligationStatusCode, string>;
}

const unitRef = (plan: Plan, id: string) => ({ id, name: plan.units.name(id) });
const unitRefs = (plan: Plan, list: readonly Mention[]) =>
  [...new Set(list.map((m) => m.id))].map((id) => unitRef(plan, id));
const orNull = <T>(v: T | undefined): T | null => (v === undefined ? null : v);

const planJson = (plan: Plan) => ({
  id: plan.id,
  title: plan.title,
  period: { start: plan.period.start, end: plan.period.end },
});

const timeframeJson = (t: ResolvedTime | undefined) =>
  t ? { kind: t.kind, label: t.label, start: orNull(t.start), end: orNull(t.end) } : null;

const taskRef = (t: Task) => ({ id: t.id, number: t.number, title: t.title, short: t.short });

export function statusJson(plan: Plan, r: StatusReport, labels: StatusLabels) {
  return {
    version: 1,
    asOf: r.asOf,
    plan: planJson(plan),
    unit: r.unit ? unitRef(plan, r.unit) : null,
    summary: r.summary,
    tasks: r.tasks.map((t) => ({
      ...taskRef(t.task),
      parent: orNull(t.task.parent),
      lead: unitRefs(plan, t.task.lead),
      support: unitRefs(plan, t.task.support),
      timeframe: timeframeJson(t.time),
      status: t.code,
      statusLabel: labels.task[t.code],
      due: orNull(t.due),
      completedOn: orNull(t.completedOn),
      daysLate: orNull(t.daysLate),
      lastReport: orNull(t.lastReport),
      reportedInPeriod: orNull(t.reportedInPeriod),
    })),
    obligations: r.obligations.map((o) => ({
      unit: unitRef(plan, o.unit),
      subject: orNull(o.obligation.duty.subject),
      to: o.obligation.to ? unitRef(plan, o.obligation.to) : null,
      due: orNull(o.due),
      status: o.code,
      statusLabel: labels.obligation[o.code],
      receivedOn: orNull(o.report?.received),
      daysLate: orNull(o.daysLate),
      daysLeft: orNull(o.daysLeft),
      reference: orNull(o.report?.reference),
      file: orNull(o.report?.file),
      // Only when reminded, so the JSON of a plan without reminders keeps its shape.
      ...(o.reminders.length > 0
        ? {
            reminders: o.reminders.map((x) => ({ date: x.date, due: x.due, reference: orNull(x.reference) })),
            newDue: orNull(o.newDue),
          }
        : {}),
    })),
  };
}

export function unitsJson(plan: Plan, sheets: readonly UnitSheet[]) {
  const via = (id: string | undefined) => (id ? unitRef(plan, id) : null);
  const task = (x: UnitSheet['leads'][number]) => ({
    ...taskRef(x.task),
    timeframe: timeframeJson(x.task.time),
    lead: unitRefs(plan, x.task.lead),
    support: unitRefs(plan, x.task.support),
    via: via(x.via),
  });
  return {
    version: 1,
    plan: planJson(plan),
    units: sheets.map((s) => ({
      unit: { id: s.unit.id, name: s.unit.name, kind: s.unit.kind },
      leads: s.leads.map(task),
      supports: s.supports.map(task),
      duties: s.duties.map((d) => ({ ref: d.ref, title: orNull(d.title), lines: d.lines, via: via(d.via) })),
      reports: s.reports.map((r) => ({
        subject: orNull(r.obligation.duty.subject),
        to: via(r.obligation.to),
        through: via(r.obligation.via),
        due: orNull(r.obligation.due),
        covers: orNull(r.obligation.duty.covers),
        via: via(r.via),
      })),
    })),
  };
}

export function deadlinesJson(plan: Plan, d: Deadlines) {
  return {
    version: 1,
    plan: planJson(plan),
    from: orNull(d.from),
    to: orNull(d.to),
    deadlines: d.items.map((x) =>
      x.kind === 'task'
        ? {
            date: x.date,
            kind: x.kind,
            uid: x.uid,
            task: taskRef(x.task),
            timeframe: timeframeJson(x.time),
            lead: unitRefs(plan, x.task.lead),
          }
        : {
            date: x.date,
            kind: x.kind,
            uid: x.uid,
            unit: unitRef(plan, x.unit),
            subject: orNull(x.obligation.duty.subject),
            to: x.obligation.to ? unitRef(plan, x.obligation.to) : null,
          },
    ),
    undated: {
      tasks: d.undatedTasks.map((t) => ({ id: t.id, number: t.number })),
      reports: d.undatedReports.map((r) => ({
        unit: unitRef(plan, r.unit),
        subject: orNull(r.obligation.duty.subject),
      })),
    },
  };
}
