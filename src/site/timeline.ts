import { msg } from '../i18n/index.js';
import { addDays, daysBetween, type IsoDate, iso, monthOf, vnDate, yearOf } from '../model/dates.js';
import type { Plan } from '../model/plan.js';
import type { StatusReport } from '../query/status.js';
import { TASK_STATUS_CODES, type TaskStatus, type TaskStatusCode } from '../query/taskStatus.js';
import { type Html, html, num } from './html.js';
import { statusText } from './statusText.js';

/**
 * Drawing units. The picture is 1000 units wide and scales to the page: on A4 landscape (≈ 273 mm of
 * printable width) 12 units of text print at about 9 pt.
 */
const W = 1000;
const LABEL_X = 6;
const CHART_X0 = 345;
const CHART_X1 = 790;
const STATUS_X = 800;
const AXIS_H = 34;
const ROW_H = 22;
const BAR_H = 12;
const FONT = "system-ui, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', Arial, sans-serif";

/** Fill and outline by status; the status is also written on each row, so colour is never alone. */
export const STATUS_STYLE: Record<TaskStatusCode, { fill: string; stroke: string; hatch?: boolean }> = {
  'done-on-time': { fill: '#2e7d32', stroke: '#1b5e20' },
  'done-late': { fill: '#e0a100', stroke: '#8a6200' },
  'in-progress': { fill: '#1e6fd0', stroke: '#0d47a1' },
  overdue: { fill: '#c62828', stroke: '#7f0000', hatch: true },
  'not-due': { fill: '#ffffff', stroke: '#555555' },
  continuous: { fill: '#dfe6ea', stroke: '#9aa9b1' },
};

interface Domain {
  start: IsoDate;
  /** The day after the last day shown. */
  end: IsoDate;
  x: (d: IsoDate) => number;
}

/**
 * The timeline of a plan: one row per task (its time frame as a bar over the plan period, continuous work
 * as a light band, the due date as a diamond, the status written at the end of the row), a row with the
 * units' report due dates, the as-of line and a legend. Pure: the same input gives the same bytes.
 */
export function timelineSvg(plan: Plan, r: StatusReport): Html {
  const m = msg().site.timeline;
  const domain = domainOf(plan, r);
  const dated = r.tasks.filter((t) => t.time?.end !== undefined);
  const continuous = r.tasks.filter((t) => t.code === 'continuous');
  const reportDays = reportDates(r);
  const rows = r.tasks.length + (reportDays.length ? 1 : 0);
  const rowsEnd = AXIS_H + rows * ROW_H;
  const legend = legendItems(r);
  const legendRows = Math.ceil(legend.length / 4);
  const height = rowsEnd + 26 + legendRows * 20 + 8;
  const asOfX =
    r.asOf >= domain.start && r.asOf < domain.end ? domain.x(r.asOf) + dayWidth(domain) / 2 : undefined;

  return html`<svg xmlns="http://www.w3.org/2000/svg" class="timeline" viewBox="0 0 ${W} ${height}" width="${W}" height="${height}" role="img" aria-labelledby="timeline-title timeline-desc" font-family="${FONT}" font-size="12">
<title id="timeline-title">${m.title(plan.title)}</title>
<desc id="timeline-desc">${m.desc({ tasks: r.tasks.length, dated: dated.length, continuous: continuous.length, date: vnDate(r.asOf) })}</desc>
<defs><pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="${STATUS_STYLE.overdue.fill}"/><line x1="0" y1="0" x2="0" y2="6" stroke="#ffffff" stroke-width="2.5"/></pattern></defs>
${axis(domain, rowsEnd)}
${r.tasks.map((t, i) => taskRow(t, i, domain))}
${reportDays.length ? reportRow(reportDays, r.tasks.length, domain) : ''}
${asOfX === undefined ? '' : asOfLine(asOfX, rowsEnd, r.asOf)}
${legendSvg(legend, rowsEnd + 26)}
</svg>`;
}

function domainOf(plan: Plan, r: StatusReport): Domain {
  let start = plan.period.start;
  let last = plan.period.end;
  for (const t of r.tasks) {
    if (t.time?.end === undefined) continue;
    const s = t.time.start ?? plan.period.start;
    if (s < start) start = s;
    if (t.time.end > last) last = t.time.end;
  }
  for (const o of r.obligations) if (o.due && o.due > last) last = o.due;
  const end = addDays(last, 1);
  const days = Math.max(1, daysBetween(start, end));
  return { start, end, x: (d) => CHART_X0 + (daysBetween(start, d) / days) * (CHART_X1 - CHART_X0) };
}

const dayWidth = (d: Domain) => (CHART_X1 - CHART_X0) / Math.max(1, daysBetween(d.start, d.end));
const clamp = (d: IsoDate, dom: Domain) => (d < dom.start ? dom.start : d > dom.end ? dom.end : d);

/** Month ticks for up to a year, quarters up to three years, years beyond. */
function axis(d: Domain, rowsEnd: number): Html {
  const m = msg().site.timeline;
  const months = (yearOf(d.end) - yearOf(d.start)) * 12 + monthOf(d.end) - monthOf(d.start);
  const step = months <= 12 ? 1 : months <= 36 ? 3 : 12;
  const ticks: { date: IsoDate; label: string }[] = [];
  let y = yearOf(d.start);
  // The first tick is the month (quarter, year) holding the start, drawn from the start itself.
  let mo = Math.floor((monthOf(d.start) - 1) / step) * step + 1;
  let first = true;
  while (iso(y, mo, 1) < d.end) {
    const date = clamp(iso(y, mo, 1), d);
    const label =
      step === 12
        ? m.year(y)
        : step === 3
          ? m.quarter(Math.floor((mo - 1) / 3) + 1, y)
          : m.month(mo, first || mo === 1 ? y : undefined);
    ticks.push({ date, label });
    first = false;
    mo += step;
    if (mo > 12) {
      mo -= 12;
      y += 1;
    }
  }
  const ends = [...ticks.map((t) => d.x(t.date)), CHART_X1];
  return html`<g class="axis" fill="#222222">
<rect x="${CHART_X0}" y="${AXIS_H - 4}" width="${CHART_X1 - CHART_X0}" height="${rowsEnd - AXIS_H + 4}" fill="none" stroke="#999999" stroke-width="0.8"/>
${ticks.map((t, i) => {
  const x = ends[i]!;
  const mid = (x + ends[i + 1]!) / 2;
  return html`<line x1="${num(x)}" y1="${AXIS_H - 4}" x2="${num(x)}" y2="${rowsEnd}" stroke="#cccccc" stroke-width="0.8"/><text x="${num(mid)}" y="${AXIS_H - 10}" text-anchor="middle">${t.label}</text>
`;
})}</g>`;
}

function taskRow(t: TaskStatus, i: number, d: Domain): Html {
  const y = AXIS_H + i * ROW_H;
  const mid = y + ROW_H / 2;
  const indent = t.task.depth * 14;
  const label = `${t.task.number}. ${t.task.short}`;
  const words = statusText(t);
  const status = words.join(', ');
  const style = STATUS_STYLE[t.code];
  const time = t.time;
  let mark: Html | string = '';
  if (time?.end !== undefined) {
    const s = clamp(time.start ?? d.start, d);
    const e = clamp(addDays(time.end, 1), d);
    const x0 = d.x(s);
    const w = Math.max(2, d.x(e) - x0);
    const due = d.x(time.end) + dayWidth(d) / 2;
    mark = html`<rect class="bar" data-task="${t.task.id}" data-status="${t.code}" x="${num(x0)}" y="${mid - BAR_H / 2}" width="${num(w)}" height="${BAR_H}" fill="${style.hatch ? 'url(#hatch)' : style.fill}" stroke="${style.stroke}" stroke-width="1"/>${diamond(due, mid, 'due')}`;
  } else if (t.code === 'continuous' && time) {
    const x0 = d.x(clamp(time.start ?? d.start, d));
    mark = html`<rect class="band" data-task="${t.task.id}" data-status="${t.code}" x="${num(x0)}" y="${mid - BAR_H / 2}" width="${num(CHART_X1 - x0)}" height="${BAR_H}" fill="${style.fill}" stroke="${style.stroke}" stroke-width="0.8" stroke-dasharray="4 3"/>`;
  } else {
    mark = html`<text x="${CHART_X0 + 6}" y="${mid + 4}" fill="#555555" font-style="italic">${msg().site.timeline.undated}</text>`;
  }
  return html`<g class="row" data-task="${t.task.id}"><title>${label} — ${status}</title>${i % 2 ? html`<rect x="0" y="${y}" width="${W}" height="${ROW_H}" fill="#f4f6f7"/>` : ''}<text x="${LABEL_X + indent}" y="${mid + 4}" fill="#111111">${fitText(label, CHART_X0 - LABEL_X - indent - 8)}</text>${mark}<text x="${STATUS_X}" y="${mid + 4}" fill="#111111"${t.code === 'overdue' ? html` font-weight="bold"` : ''}>${fitText(words[0]!, W - STATUS_X - 4)}</text></g>
`;
}

/** One diamond per distinct due date of the units' reports, with how many units owe one then. */
function reportDates(r: StatusReport): { date: IsoDate; units: number; overdue: number }[] {
  const by = new Map<IsoDate, { date: IsoDate; units: number; overdue: number }>();
  for (const o of r.obligations) {
    if (!o.due) continue;
    const e = by.get(o.due) ?? { date: o.due, units: 0, overdue: 0 };
    e.units += 1;
    if (o.code === 'overdue') e.overdue += 1;
    by.set(o.due, e);
  }
  return [...by.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
}

function reportRow(days: ReturnType<typeof reportDates>, i: number, d: Domain): Html {
  const m = msg().site.timeline;
  const y = AXIS_H + i * ROW_H;
  const mid = y + ROW_H / 2;
  return html`<g class="row reports"><rect x="0" y="${y}" width="${W}" height="${ROW_H}" fill="#fbf7ec"/><text x="${LABEL_X}" y="${mid + 4}" fill="#111111" font-weight="bold">${m.reportsRow}</text>${days.map(
    (x) =>
      html`<g class="report-mark"><title>${m.reportMark(x.units, vnDate(x.date))}</title>${diamond(d.x(x.date) + dayWidth(d) / 2, mid, x.overdue ? 'overdue' : 'due')}<text x="${num(d.x(x.date) + dayWidth(d) / 2 + 8)}" y="${mid + 4}" fill="#111111">${x.units}</text></g>`,
  )}</g>
`;
}

function diamond(x: number, y: number, kind: 'due' | 'overdue'): Html {
  const s = 5;
  return html`<path class="due-mark" d="M${num(x)} ${num(y - s - 1)}L${num(x + s)} ${num(y)}L${num(x)} ${num(y + s + 1)}L${num(x - s)} ${num(y)}Z" fill="${kind === 'overdue' ? STATUS_STYLE.overdue.fill : '#111111'}" stroke="#ffffff" stroke-width="1"/>`;
}

function asOfLine(x: number, rowsEnd: number, asOf: IsoDate): Html {
  const label = msg().site.timeline.asOf(vnDate(asOf));
  const anchor = x > CHART_X1 - 50 ? 'end' : x < CHART_X0 + 50 ? 'start' : 'middle';
  return html`<g class="as-of"><line x1="${num(x)}" y1="${AXIS_H - 6}" x2="${num(x)}" y2="${rowsEnd + 4}" stroke="#d32f2f" stroke-width="1.6" stroke-dasharray="5 3"/><text x="${num(x)}" y="${rowsEnd + 16}" text-anchor="${anchor}" fill="#b71c1c" font-weight="bold">${label}</text></g>`;
}

type LegendItem =
  | { kind: 'status'; code: TaskStatusCode }
  | { kind: 'due' }
  | { kind: 'reportOverdue' }
  | { kind: 'asOf' };

/** The statuses that appear, then the marks. */
function legendItems(r: StatusReport): LegendItem[] {
  const codes = new Set(r.tasks.map((t) => t.code));
  return [
    ...TASK_STATUS_CODES.filter((c) => codes.has(c)).map((code): LegendItem => ({ kind: 'status', code })),
    { kind: 'due' },
    ...(r.obligations.some((o) => o.due && o.code === 'overdue') ? [{ kind: 'reportOverdue' } as const] : []),
    { kind: 'asOf' },
  ];
}

function legendSvg(items: LegendItem[], top: number): Html {
  const m = msg();
  const colW = (W - 90) / 4;
  return html`<g class="legend"><text x="${LABEL_X}" y="${top + 12}" font-weight="bold" fill="#111111">${m.site.timeline.legendTitle}</text>${items.map(
    (it, i) => {
      const x = 90 + (i % 4) * colW;
      const y = top + Math.floor(i / 4) * 20;
      let swatch: Html;
      let text: string;
      if (it.kind === 'status') {
        const s = STATUS_STYLE[it.code];
        swatch = html`<rect x="${num(x)}" y="${y + 2}" width="24" height="${BAR_H}" fill="${s.hatch ? 'url(#hatch)' : s.fill}" stroke="${s.stroke}"${it.code === 'continuous' ? html` stroke-dasharray="4 3"` : ''}/>`;
        text = m.status.legend[it.code];
      } else if (it.kind === 'due') {
        swatch = diamond(x + 12, y + 8, 'due');
        text = m.site.timeline.legendDue;
      } else if (it.kind === 'reportOverdue') {
        swatch = diamond(x + 12, y + 8, 'overdue');
        text = m.site.timeline.legendReportOverdue;
      } else {
        swatch = html`<line x1="${num(x + 12)}" y1="${y}" x2="${num(x + 12)}" y2="${y + 16}" stroke="#d32f2f" stroke-width="1.6" stroke-dasharray="5 3"/>`;
        text = m.site.timeline.legendAsOf;
      }
      return html`${swatch}<text x="${num(x + 30)}" y="${y + 12}" fill="#111111">${text}</text>`;
    },
  )}</g>`;
}

/**
 * Text cut to fit a width, by an estimate of 6.3 units a character at 12 units (Vietnamese letters in a
 * sans-serif face); the full text stays in the row's tooltip and in the task table.
 */
function fitText(s: string, width: number): string {
  const max = Math.max(4, Math.floor(width / 6.3));
  if ([...s].length <= max) return s;
  const cut = [...s].slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[,\s]+$/u, '')}…`;
}
