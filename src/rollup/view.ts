import type { ChalkInstance } from 'chalk';
import { msg } from '../i18n/index.js';
import { vnDate } from '../model/dates.js';
import { type Column, renderTable as table } from '../render/terminal/table.js';
import { wrap } from '../render/terminal/text.js';
import { vnNumber } from '../report/vnNumber.js';
import type { PlanRollup, Rollup, RollupFigures } from './types.js';

export interface RollupViewOptions {
  color: ChalkInstance;
  columns: number;
  /** The period in words, when the roll-up counts one. */
  periodLabel?: string;
}

/**
 * `plan rollup` as text: one row per plan (latest first), the totals, the groups when asked, the
 * indicators several plans share, and the plans left out for their errors.
 */
const renderTable = (...a: Parameters<typeof table>) => table(...a).replace(/\n$/u, '');

export function renderRollup(r: Rollup, o: RollupViewOptions): string {
  const m = msg().rollup;
  const c = o.color;
  const h = m.head;
  const out: string[] = [];
  const para = (s: string) => out.push(...wrap(s, o.columns));
  para(c.bold(m.title(r.plans.length + r.invalid.length)));
  para(m.asOf(vnDate(r.asOf)));
  if (o.periodLabel) para(m.period(o.periodLabel));
  out.push('');
  const figureColumns: Column[] = [
    { header: h.doneOnTime, align: 'right', min: 4 },
    { header: h.doneLate, align: 'right', min: 4 },
    { header: h.inTime, align: 'right', min: 4 },
    { header: h.overdue, align: 'right', min: 4 },
    { header: h.continuous, align: 'right', min: 4 },
    { header: h.received, align: 'right', min: 5 },
    { header: h.reportsOverdue, align: 'right', min: 4 },
    { header: h.lastRecord, min: 10 },
  ];
  const cells = (f: RollupFigures) => [
    String(f.tasks.doneOnTime),
    String(f.tasks.doneLate),
    String(f.tasks.inTime),
    String(f.tasks.overdue),
    String(f.tasks.continuous),
    `${f.reports.received}/${f.reports.total}`,
    String(f.reports.overdue),
    f.lastRecord ? vnDate(f.lastRecord) : '—',
  ];
  const tableOpts = { width: o.columns, header: (s: string) => c.bold(s), rule: (s: string) => c.dim(s) };
  if (r.plans.length === 0) {
    para(m.noPlans);
  } else {
    const planCell = (p: PlanRollup) =>
      [p.issuer ?? p.file, p.title, p.period ? `${vnDate(p.period.start)}–${vnDate(p.period.end)}` : null]
        .filter(Boolean)
        .join('\n');
    const rows = r.plans.map((p, i) => {
      const row = [String(i + 1), planCell(p), ...cells(p.figures!)];
      const late = p.figures!.tasks.overdue + p.figures!.reports.overdue > 0;
      return late ? row.map((s, k) => (k === 0 ? c.red(s) : s)) : row;
    });
    rows.push(['', c.bold(m.total(r.plans.length)), ...cells(r.totals).map((s) => c.bold(s))]);
    out.push(
      renderTable(
        [{ header: h.number, align: 'right' }, { header: h.plan, min: 16, weight: 4 }, ...figureColumns],
        rows,
        tableOpts,
      ),
    );
    para(c.dim(m.legend));
  }
  if (r.groupBy && r.groups.length > 0) {
    out.push('');
    para(c.bold(m.byGroup(r.groupBy)));
    const rows = r.groups.map((g) => [g.value ?? m.noLabel, String(g.plans), ...cells(g.figures)]);
    out.push(
      renderTable(
        [
          { header: h.group(r.groupBy), min: 10, weight: 2 },
          { header: h.plans, align: 'right' },
          ...figureColumns,
        ],
        rows,
        tableOpts,
      ),
    );
  }
  if (r.indicators.length > 0) {
    out.push('');
    para(c.bold(m.indicatorsTitle));
    const ih = m.indicatorHead;
    const n = (v: number | null) => (v === null ? m.noValue : vnNumber(v));
    for (const ind of r.indicators) {
      out.push('');
      para(m.indicatorHeading(ind.name, ind.unit));
      const rows = ind.plans.map((p) => [
        p.issuer ?? p.id ?? p.file,
        n(p.target),
        n(p.result),
        p.met === null ? m.noValue : p.met ? c.green(m.met) : c.red(m.notMet),
      ]);
      out.push(
        renderTable(
          [
            { header: ih.plan, min: 16, weight: 3 },
            { header: ih.target, align: 'right' },
            { header: ih.result, align: 'right' },
            { header: ih.verdict },
          ],
          rows,
          tableOpts,
        ),
      );
      para(m.meeting(ind.meeting, ind.plans.length));
      if (ind.sum && ind.sum.result !== null) para(m.sum(n(ind.sum.target), n(ind.sum.result)));
      if (ind.spread) para(m.spread(n(ind.spread.min), n(ind.spread.median), n(ind.spread.max)));
    }
  }
  if (r.invalid.length > 0) {
    out.push('');
    para(c.yellow(m.invalidTitle(r.invalid.length)));
    for (const p of r.invalid) out.push(m.invalidLine(p.file, p.errors));
  }
  return `${out.join('\n')}\n`;
}
