import { documentNumber } from '../document/nd30.js';
import { msg } from '../i18n/index.js';
import { type IsoDate, vnDate } from '../model/dates.js';
import type { Plan } from '../model/plan.js';
import type { DeadlineItem, Deadlines } from '../query/deadlines.js';
import type { ObligationStatus, ObligationStatusCode } from '../query/obligationStatus.js';
import type { StatusReport } from '../query/status.js';
import type { TaskStatus } from '../query/taskStatus.js';
import { unitLabels } from '../render/terminal/units.js';
import { type Html, html } from './html.js';
import { page } from './layout.js';
import { obligationText, statusText } from './statusText.js';
import { timelineSvg } from './timeline.js';

export interface PlanPageInput {
  plan: Plan;
  report: StatusReport;
  deadlines: Deadlines;
  /** Link back to the folder's index, when the page is part of one. */
  back?: string;
}

/** The status page of one plan: header, counts, timeline, tasks, unit reports, deadlines. */
export function planPage(a: PlanPageInput): string {
  const m = msg().site;
  return page({
    title: m.pageTitle(a.plan.title),
    back: a.back,
    body: html`${header(a.plan, a.report.asOf)}
<main id="main">
${summary(a.report)}
<section class="timeline-section" aria-labelledby="h-timeline">
<h2 id="h-timeline">${m.headings.timeline}</h2>
<figure>
<div class="scroll">${timelineSvg(a.plan, a.report)}</div>
<figcaption>${m.timeline.desc({
      tasks: a.report.tasks.length,
      dated: a.report.tasks.filter((t) => t.time?.end !== undefined).length,
      continuous: a.report.tasks.filter((t) => t.code === 'continuous').length,
      date: vnDate(a.report.asOf),
    })}${unreportedNote(a.report) ? html` ${unreportedNote(a.report)}` : ''}</figcaption>
</figure>
</section>
${tasksTable(a.plan, a.report)}
${reportsTables(a.plan, a.report)}
${deadlinesTable(a.plan, a.report, a.deadlines)}
</main>
<footer><p>${m.footer(a.plan.id)}</p></footer>`,
  });
}

function header(plan: Plan, asOf: IsoDate): Html {
  const m = msg().site;
  const f = plan.file;
  const d = f.document;
  const issuer = f.issuer.lines ?? [plan.units.name(f.issuer.unit)];
  const symbol = d.symbol ?? d.type;
  const ref =
    d.number === null || d.number === undefined ? undefined : `${documentNumber(d.number)}/${symbol}`;
  const p = { ...plan.period, label: f.period.label };
  return html`<header>
<p class="issuer">${issuer.map((l, i) => html`${i ? html`<br>` : ''}${l}`)}</p>
<h1>${msg().status.title(plan.title)}</h1>
<p class="meta">${m.documentRef({ ref, date: d.date ? vnDate(String(d.date)) : undefined })}</p>
<p class="meta">${m.period(p.label ?? `${vnDate(p.start)} – ${vnDate(p.end)}`, vnDate(p.start), vnDate(p.end))}</p>
<p class="as-of">${m.asOf(vnDate(asOf))}</p>
</header>`;
}

function summary(r: StatusReport): Html {
  const m = msg().site;
  const s = m.summary;
  const t = r.summary.tasks;
  const o = r.summary.obligations;
  const row = (label: string, n: number, cls = '') =>
    html`<tr${cls ? html` class="${cls}"` : ''}><th scope="row">${label}</th><td class="n">${n}</td></tr>`;
  const head = html`<thead><tr><th scope="col">${s.what}</th><th scope="col" class="n">${s.count}</th></tr></thead>`;
  return html`<section aria-labelledby="h-summary">
<h2 id="h-summary">${m.headings.summary}</h2>
<p class="lead">${msg().status.taskSummary(t)}</p>
${o.total ? html`<p class="lead">${msg().status.obligationSummary(o)}</p>` : ''}
<div class="counts-wrap">
<table class="counts" id="task-counts"><caption>${m.headings.tasks}</caption>${head}<tbody>
${row(s.tasksTotal, t.total)}
${row(s.doneOnTime, t.doneOnTime)}
${row(s.doneLate, t.doneLate)}
${row(s.inProgress, t.inProgress)}
${row(s.notDue, t.notDue)}
${row(s.overdue, t.overdue, t.overdue ? 'st-overdue' : '')}
${row(s.continuous, t.continuous)}
${t.continuous ? row(s.continuousUnreported, t.continuousUnreported) : ''}
</tbody></table>
<table class="counts" id="report-counts"><caption>${m.headings.reports}</caption>${head}<tbody>
${row(s.reportsTotal, o.total)}
${row(s.received, o.received)}
${row(s.receivedLate, o.receivedLate)}
${row(s.reportsPending, o.pending)}
${row(s.reportsOverdue, o.overdue, o.overdue ? 'ob-overdue' : '')}
</tbody></table>
</div>
</section>`;
}

const swatch = (code: string) => html`<span class="sw sw-${code}" aria-hidden="true"></span>`;

function statusCell(t: TaskStatus): Html {
  return html`<td class="st st-${t.code}">${swatch(t.code)}${statusText(t).map((l, i) => html`${i ? html`<br>` : ''}${l}`)}</td>`;
}

function tasksTable(plan: Plan, r: StatusReport): Html {
  const m = msg();
  const h = m.status.head;
  const none = m.status.cell.none;
  const note = unreportedNote(r);
  return html`<section aria-labelledby="h-tasks">
<h2 id="h-tasks">${m.site.headings.tasks}</h2>
${
  r.tasks.length === 0
    ? html`<p>${m.status.noTasks}</p>`
    : html`<table id="tasks"><caption>${m.site.table.tasksCaption}</caption>
<thead><tr><th scope="col">${h.number}</th><th scope="col">${h.task}</th><th scope="col">${h.lead}</th><th scope="col">${m.site.table.support}</th><th scope="col">${h.time}</th><th scope="col">${h.status}</th><th scope="col" class="date">${h.lastReport}</th></tr></thead>
<tbody>
${r.tasks.map(
  (t) =>
    html`<tr data-task="${t.task.id}"${t.task.depth ? html` class="sub"` : ''}><th scope="row">${t.task.number}</th><td>${t.task.short}</td><td>${unitLabels(plan, t.task.lead) || none}</td><td>${unitLabels(plan, t.task.support) || none}</td><td>${t.time?.label || none}</td>${statusCell(t)}<td class="date">${t.lastReport ? vnDate(t.lastReport) : none}</td></tr>
`,
)}</tbody>
</table>`
}
${note ? html`<p class="note">${note}</p>` : ''}
</section>`;
}

/** "* Thường xuyên, chưa có báo cáo nào trong …" when a continuous task has nothing in the period. */
function unreportedNote(r: StatusReport): string | undefined {
  const t = r.tasks.find((x) => x.code === 'continuous' && x.reportedInPeriod === false);
  return t?.currentPeriod ? msg().status.unreportedNote(periodName(t.currentPeriod)) : undefined;
}

function reportsTables(plan: Plan, r: StatusReport): Html {
  const m = msg();
  const h = m.status.head;
  if (r.obligations.length === 0)
    return html`<section aria-labelledby="h-reports"><h2 id="h-reports">${m.site.headings.reports}</h2><p>${m.status.noObligations}</p></section>`;
  // One table per reporting duty, the most urgent first; rows keep their order (late first).
  const groups = new Map<number, ObligationStatus[]>();
  for (const x of r.obligations) groups.set(x.index, [...(groups.get(x.index) ?? []), x]);
  return html`<section aria-labelledby="h-reports">
<h2 id="h-reports">${m.site.headings.reports}</h2>
${[...groups.values()].map((rows) => {
  const ob = rows[0]!.obligation;
  return html`<table class="reports"><caption>${dutyText(plan, ob)}</caption>
<thead><tr><th scope="col">${h.unit}</th><th scope="col">${h.status}</th><th scope="col">${h.received}</th></tr></thead>
<tbody>
${rows.map(
  (x) =>
    html`<tr data-unit="${x.unit}"><th scope="row">${plan.units.name(x.unit)}</th><td class="st ob-${x.code}">${obligationText(x)}</td><td>${x.report ? html`${vnDate(x.report.received)}${x.report.reference ? html`<br>${x.report.reference}` : ''}` : m.status.cell.none}</td></tr>
`,
)}</tbody>
</table>`;
})}
</section>`;
}

function dutyText(plan: Plan, ob: ObligationStatus['obligation']): string {
  return msg().status.duty({
    subject: ob.duty.subject,
    to: ob.to ? plan.units.name(ob.to) : undefined,
    via: ob.via ? plan.units.name(ob.via) : undefined,
    due: ob.due ? vnDate(ob.due) : undefined,
  });
}

/** Each date once per task and once per reporting duty (with the units that owe it and how they stand). */
function deadlinesTable(plan: Plan, r: StatusReport, d: Deadlines): Html {
  const m = msg();
  const t = m.site.table;
  const dm = m.status.deadlines;
  type Row = { date: IsoDate; what: string; who: string; state: string; units?: string[]; index?: number };
  const rows: Row[] = [];
  const byTask = new Map(r.tasks.map((x) => [x.task.id, x]));
  const reportRows = new Map<string, Row>();
  for (const x of d.items) {
    if (x.kind === 'task') {
      const st = byTask.get(x.task.id);
      rows.push({
        date: x.date,
        what: dm.task(x.task.number, x.task.short),
        who: unitLabels(plan, x.task.lead),
        state: st && st.due === x.date ? statusText(st).join(', ') : when(x, r.asOf),
      });
      continue;
    }
    const index = plan.obligations.indexOf(x.obligation);
    const key = `${x.date}/${index}`;
    const row = reportRows.get(key);
    if (row) row.units!.push(x.unit);
    else {
      const fresh: Row = {
        date: x.date,
        what: dm.report(x.obligation.duty.subject),
        who: '',
        state: '',
        units: [x.unit],
        index,
      };
      reportRows.set(key, fresh);
      rows.push(fresh);
    }
  }
  for (const row of reportRows.values()) {
    const units = row.units!;
    row.who = dm.units(units.length, units.map((u) => plan.units.name(u)).join(', '));
    row.state = obligationCounts(
      r.obligations.filter((o) => o.index === row.index && units.includes(o.unit)),
    );
  }
  const undated = { tasks: d.undatedTasks.length, reports: d.undatedReports.length };
  return html`<section aria-labelledby="h-deadlines">
<h2 id="h-deadlines">${m.site.headings.deadlines}</h2>
${
  rows.length === 0
    ? html`<p>${t.noDeadlines}</p>`
    : html`<table id="deadlines"><caption>${t.deadlinesCaption}</caption>
<thead><tr><th scope="col" class="date">${t.date}</th><th scope="col">${t.item}</th><th scope="col">${t.who}</th><th scope="col">${t.state}</th></tr></thead>
<tbody>
${rows.map(
  (x) =>
    html`<tr${x.date < r.asOf ? html` class="past"` : ''}><th scope="row" class="date">${dm.weekday(weekday(x.date))}, ${vnDate(x.date)}</th><td>${x.what}</td><td>${x.who}</td><td>${x.state}</td></tr>
`,
)}</tbody>
</table>`
}
${undated.tasks || undated.reports ? html`<p class="note">${dm.undated(undated)}</p>` : ''}
</section>`;
}

function when(x: DeadlineItem, asOf: IsoDate): string {
  const t = msg().site.table;
  return x.date < asOf ? t.passed : x.date === asOf ? t.today : t.upcoming;
}

/** "9 quá hạn chưa báo cáo" — how the units owing one report stand, worst first. */
function obligationCounts(list: readonly ObligationStatus[]): string {
  const labels = msg().status.obligationLabel;
  const order: ObligationStatusCode[] = ['overdue', 'received-late', 'pending', 'received'];
  return order
    .map((code) => [code, list.filter((o) => o.code === code).length] as const)
    .filter(([, n]) => n > 0)
    .map(([code, n]) => `${n} ${labels[code]}`)
    .join(', ');
}

/** Day of the week of an ISO date (0 = Sunday), whatever the machine's time zone. */
function weekday(d: IsoDate): number {
  const [y, mo, day] = d.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, mo - 1, day)).getUTCDay();
}

/** "6 tháng cuối năm 2025" when the period is a whole half-year, else "kỳ từ … đến …". */
function periodName(p: { start: IsoDate; end: IsoDate }): string {
  const m = msg().status;
  const y = Number(p.start.slice(0, 4));
  if (p.start === `${y}-01-01` && p.end === `${y}-06-30`) return m.half(1, y);
  if (p.start === `${y}-07-01` && p.end === `${y}-12-31`) return m.half(2, y);
  return m.periodRange(vnDate(p.start), vnDate(p.end));
}
