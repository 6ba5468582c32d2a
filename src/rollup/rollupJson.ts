import type { PlanRollup, Rollup } from './types.js';

const planHead = (p: PlanRollup) => ({
  file: p.file,
  id: p.id,
  issuer: p.issuer,
  level: p.level,
  title: p.title,
  period: p.period,
  labels: p.labels,
});

/**
 * `plan rollup --json`: version 1, ASCII codes, ISO dates, null for absent values. Tasks are left to
 * `plan status --json` of each plan; the roll-up carries figures, overdue reports and indicators.
 */
export function rollupJson(r: Rollup) {
  return {
    version: 1,
    asOf: r.asOf,
    period: r.period,
    groupBy: r.groupBy,
    counted: r.plans.length,
    invalidCount: r.invalid.length,
    totals: r.totals,
    plans: r.plans.map((p) => ({
      ...planHead(p),
      warnings: p.warnings,
      figures: p.figures,
      overdueReports: p.overdueReports,
      indicators: p.indicators,
    })),
    invalid: r.invalid.map((p) => ({ ...planHead(p), errors: p.errors, warnings: p.warnings })),
    groups: r.groups,
    indicators: r.indicators,
  };
}
