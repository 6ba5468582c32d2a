import { msg } from '../i18n/index.js';
import { type IsoDate, vnDate } from '../model/dates.js';
import type { Plan } from '../model/plan.js';
import type { StatusReport } from '../query/status.js';
import { html } from './html.js';
import { page } from './layout.js';

/** One plan of a folder as the site builder got it: checked, with its status when it is valid. */
export interface SiteIndexInput {
  /** Where the plan is, as the user sees it (plans/minh-long-2025-h2). */
  display: string;
  plan: Plan | undefined;
  report: StatusReport | undefined;
  /** Errors found when checking the plan; such a plan has no page and is not counted. */
  errors: number;
  /** The plan's page, relative to the index. */
  href: string | undefined;
}

/** One row of the index page: plain data, so any source of per-plan figures can fill it. */
export interface SiteIndexRow {
  display: string;
  href: string | undefined;
  id: string | undefined;
  title: string;
  issuer: string;
  period: string;
  errors: number;
  tasks: { total: number; done: number; inTime: number; overdue: number; continuous: number } | undefined;
  reports: { total: number; received: number; overdue: number } | undefined;
}

/**
 * THE SEAM for the roll-up (issue 12): one plan's figures for the index, computed here from its
 * `status()` summary. When the roll-up core lands, fill `SiteIndexRow` from its per-plan row instead and
 * keep `sortIndexRows` and `indexPage` as they are.
 */
export function siteIndexRow(p: SiteIndexInput): SiteIndexRow {
  const plan = p.plan;
  const s = p.report?.summary;
  return {
    display: p.display,
    href: p.href,
    id: plan?.id,
    title: plan?.title ?? p.display,
    issuer: plan ? (plan.file.issuer.lines ?? [plan.units.name(plan.file.issuer.unit)]).join(' ') : '',
    period: plan
      ? (plan.file.period.label ?? `${vnDate(plan.period.start)} – ${vnDate(plan.period.end)}`)
      : '',
    errors: p.errors,
    tasks: s && {
      total: s.tasks.total,
      done: s.tasks.done,
      inTime: s.tasks.inTime,
      overdue: s.tasks.overdue,
      continuous: s.tasks.continuous,
    },
    reports: s && {
      total: s.obligations.total,
      received: s.obligations.received,
      overdue: s.obligations.overdue,
    },
  };
}

/** Plans with the most overdue work (tasks and unit reports) first, invalid plans last, else as given. */
export function sortIndexRows(rows: readonly SiteIndexRow[]): SiteIndexRow[] {
  const late = (r: SiteIndexRow) => (r.tasks ? r.tasks.overdue + (r.reports?.overdue ?? 0) : -1);
  return rows
    .map((row, order) => ({ row, order }))
    .sort((a, b) => late(b.row) - late(a.row) || a.order - b.order)
    .map((x) => x.row);
}

/** The folder's front page: one row per plan, its name linking to its page. */
export function indexPage(rows: readonly SiteIndexRow[], asOf: IsoDate): string {
  const m = msg().site;
  const x = m.index;
  const none = msg().status.cell.none;
  const n = (v: number | undefined) => (v === undefined ? none : v);
  return page({
    title: m.indexTitle,
    body: html`<header>
<h1>${x.heading}</h1>
<p class="meta">${x.plans(rows.length)}</p>
<p class="as-of">${m.asOf(vnDate(asOf))}</p>
</header>
<main id="main">
${
  rows.length === 0
    ? html`<p>${x.none}</p>`
    : html`<table id="plans"><caption>${x.caption}</caption>
<thead><tr><th scope="col">${x.plan}</th><th scope="col">${x.issuer}</th><th scope="col">${x.period}</th><th scope="col" class="n">${x.tasks}</th><th scope="col" class="n">${x.done}</th><th scope="col" class="n">${x.inTime}</th><th scope="col" class="n">${x.overdue}</th><th scope="col" class="n">${x.continuous}</th><th scope="col" class="n">${x.reports}</th><th scope="col" class="n">${x.reportsOverdue}</th></tr></thead>
<tbody>
${rows.map((r) =>
  r.tasks
    ? html`<tr data-plan="${r.id}"><th scope="row">${r.href ? html`<a href="${r.href}">${r.title}</a>` : r.title}</th><td>${r.issuer}</td><td>${r.period}</td><td class="n">${r.tasks.total}</td><td class="n">${r.tasks.done}</td><td class="n">${r.tasks.inTime}</td><td class="n${r.tasks.overdue ? ' st-overdue' : ''}">${r.tasks.overdue}</td><td class="n">${r.tasks.continuous}</td><td class="n">${r.reports ? `${r.reports.received}/${r.reports.total}` : none}</td><td class="n${r.reports?.overdue ? ' ob-overdue' : ''}">${n(r.reports?.overdue)}</td></tr>
`
    : html`<tr class="invalid"><th scope="row">${r.title}</th><td colspan="9" class="st-overdue">${x.invalid(r.errors)}</td></tr>
`,
)}</tbody>
</table>`
}
</main>`,
  });
}
