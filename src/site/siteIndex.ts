import { posix } from 'node:path';
import { msg } from '../i18n/index.js';
import { vnDate } from '../model/dates.js';
import { vnNumber } from '../report/vnNumber.js';
import type { IndicatorComparison, PlanRollup, Rollup, RollupFigures } from '../rollup/types.js';
import { type Html, html } from './html.js';
import { page } from './layout.js';

/**
 * The folder's front page, written from the roll-up (`plan rollup`'s own data, so the two always show
 * the same figures): one row per plan in the roll-up's order (latest first), its name linking to its
 * page; the plans with errors after them with their error counts; the totals; and the indicators that
 * several plans share. Only formats: every number comes from the roll-up.
 */
export function indexPage(r: Rollup, href: (p: PlanRollup) => string | undefined): string {
  const m = msg().site;
  const x = m.index;
  const all = r.plans.length + r.invalid.length;
  return page({
    title: m.indexTitle,
    body: html`<header>
<h1>${x.heading}</h1>
<p class="meta">${x.plans(all)}</p>
<p class="as-of">${m.asOf(vnDate(r.asOf))}</p>
</header>
<main id="main">
${all === 0 ? html`<p>${x.none}</p>` : plansTable(r, href)}${indicators(r.indicators)}</main>`,
  });
}

function plansTable(r: Rollup, href: (p: PlanRollup) => string | undefined): Html {
  const x = msg().site.index;
  const period = (p: PlanRollup) =>
    p.period ? (p.period.label ?? `${vnDate(p.period.start)} – ${vnDate(p.period.end)}`) : '';
  const name = (p: PlanRollup) => {
    const to = href(p);
    const title = p.title ?? p.file;
    return to ? html`<a href="${to}">${title}</a>` : title;
  };
  return html`<table id="plans"><caption>${x.caption}</caption>
<thead>
<tr><th scope="col" rowspan="2">${x.plan}</th><th scope="col" rowspan="2">${x.issuer}</th><th scope="colgroup" colspan="5">${x.tasks}</th><th scope="colgroup" colspan="2">${x.reports}</th><th scope="col" rowspan="2" class="date">${x.lastRecord}</th></tr>
<tr><th scope="col" class="n">${x.doneOnTime}</th><th scope="col" class="n">${x.doneLate}</th><th scope="col" class="n">${x.inTime}</th><th scope="col" class="n">${x.overdue}</th><th scope="col" class="n">${x.continuous}</th><th scope="col" class="n">${x.received}</th><th scope="col" class="n">${x.reportsOverdue}</th></tr>
</thead>
<tbody>
${r.plans.map(
  (p) =>
    html`<tr data-plan="${p.id}"><th scope="row">${name(p)}<span class="period">${period(p)}</span></th><td>${p.issuer}</td>${figureCells(p.figures!)}</tr>
`,
)}${r.invalid.map(
  (p) =>
    html`<tr class="invalid"><th scope="row">${posix.dirname(p.file)}</th><td colspan="9" class="st-overdue">${x.invalid(Math.max(1, p.errors))}</td></tr>
`,
)}</tbody>
<tfoot>
<tr class="total"><th scope="row" colspan="2">${x.total(r.plans.length)}</th>${figureCells(r.totals)}</tr>
</tfoot>
</table>
<p class="note">${x.legend}</p>
`;
}

/** The eight figures of a plan (or of the totals), as `plan rollup` lists them. */
function figureCells(f: RollupFigures): Html {
  const late = (v: number, cls: string) => html`<td class="n${v ? ` ${cls}` : ''}">${v}</td>`;
  return html`<td class="n">${f.tasks.doneOnTime}</td><td class="n">${f.tasks.doneLate}</td><td class="n">${f.tasks.inTime}</td>${late(f.tasks.overdue, 'st-overdue')}<td class="n">${f.tasks.continuous}</td><td class="n">${f.reports.received}/${f.reports.total}</td>${late(f.reports.overdue, 'ob-overdue')}<td class="date">${f.lastRecord ? vnDate(f.lastRecord) : msg().rollup.noValue}</td>`;
}

/** The indicators several plans declare (same id): each plan's target, result and verdict, then the summary. */
function indicators(list: readonly IndicatorComparison[]): Html | string {
  if (list.length === 0) return '';
  const m = msg().rollup;
  const h = m.indicatorHead;
  const n = (v: number | null) => (v === null ? m.noValue : vnNumber(v));
  return html`<section id="indicators">
<h2>${m.indicatorsTitle}</h2>
${list.map(
  (
    ind,
  ) => html`<table class="indicator" data-indicator="${ind.id}"><caption>${m.indicatorHeading(ind.name, ind.unit)}</caption>
<thead><tr><th scope="col">${h.plan}</th><th scope="col" class="n">${h.target}</th><th scope="col" class="n">${h.result}</th><th scope="col">${h.verdict}</th></tr></thead>
<tbody>
${ind.plans.map(
  (p) =>
    html`<tr><th scope="row">${p.issuer ?? p.id ?? p.file}</th><td class="n">${n(p.target)}</td><td class="n">${n(p.result)}</td><td${p.met === null ? '' : p.met ? html` class="met"` : html` class="st-overdue"`}>${p.met === null ? m.noValue : p.met ? m.met : m.notMet}</td></tr>
`,
)}</tbody>
</table>
<p class="meta">${m.meeting(ind.meeting, ind.plans.length)}${ind.sum && ind.sum.result !== null ? html`. ${m.sum(n(ind.sum.target), n(ind.sum.result))}` : ''}${ind.spread ? html`. ${m.spread(n(ind.spread.min), n(ind.spread.median), n(ind.spread.max))}` : ''}</p>
`,
)}</section>
`;
}
