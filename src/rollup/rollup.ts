import type { IsoDate } from '../model/dates.js';
import type {
  IndicatorComparison,
  PlanRollup,
  Rollup,
  RollupFigures,
  RollupGroup,
  RollupOptions,
} from './types.js';

export interface AggregateOptions extends RollupOptions {
  /** `level` (the issuer's level) or the name of a label the plans carry. */
  groupBy?: string;
}

export const emptyFigures = (): RollupFigures => ({
  tasks: { total: 0, doneOnTime: 0, doneLate: 0, inTime: 0, overdue: 0, continuous: 0 },
  reports: { total: 0, received: 0, receivedLate: 0, pending: 0, overdue: 0 },
  lastRecord: null,
});

/** Counts summed; the last record is the latest of all. */
export function addFigures(into: RollupFigures, f: RollupFigures): RollupFigures {
  for (const k of Object.keys(into.tasks) as (keyof RollupFigures['tasks'])[]) into.tasks[k] += f.tasks[k];
  for (const k of Object.keys(into.reports) as (keyof RollupFigures['reports'])[])
    into.reports[k] += f.reports[k];
  if (f.lastRecord && (!into.lastRecord || f.lastRecord > into.lastRecord)) into.lastRecord = f.lastRecord;
  return into;
}

/** How late a plan is, for sorting: overdue work and reports first, then work done late. */
const lateness = (p: PlanRollup) => {
  const f = p.figures!;
  return [f.tasks.overdue + f.reports.overdue, f.tasks.doneLate + f.reports.receivedLate];
};

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The roll-up of many plans from their parts (`planRollup`, computed where the plans were read): the
 * plans latest first, the invalid ones apart, totals, groups, and indicators compared across plans.
 */
export function rollup(parts: readonly PlanRollup[], opts: AggregateOptions): Rollup {
  const valid = parts.filter((p) => p.figures !== null);
  const invalid = parts.filter((p) => p.figures === null).sort((a, b) => cmp(a.file, b.file));
  const plans = [...valid].sort((a, b) => {
    const [ao, al] = lateness(a);
    const [bo, bl] = lateness(b);
    return bo! - ao! || bl! - al! || cmp(a.file, b.file);
  });
  const totals = emptyFigures();
  for (const p of plans) addFigures(totals, p.figures!);
  return {
    asOf: opts.asOf,
    period: opts.period ? { start: opts.period.start, end: opts.period.end } : null,
    plans,
    invalid,
    totals,
    groupBy: opts.groupBy ?? null,
    groups: opts.groupBy ? groups(plans, opts.groupBy) : [],
    indicators: compareIndicators(plans),
  };
}

/** The value a plan is grouped by: its issuer's level, or one of its labels; null when it has none. */
export const groupValue = (p: PlanRollup, by: string): string | null =>
  by === 'level' ? (p.labels.level ?? p.level) : (p.labels[by] ?? null);

function groups(plans: readonly PlanRollup[], by: string): RollupGroup[] {
  const map = new Map<string | null, RollupGroup>();
  for (const p of plans) {
    const value = groupValue(p, by);
    let g = map.get(value);
    if (!g) {
      g = { value, plans: 0, figures: emptyFigures() };
      map.set(value, g);
    }
    g.plans++;
    addFigures(g.figures, p.figures!);
  }
  // Named groups in Vietnamese alphabetical order, plans without the label last.
  const collator = new Intl.Collator('vi');
  return [...map.values()].sort((a, b) =>
    a.value === null ? 1 : b.value === null ? -1 : collator.compare(a.value, b.value),
  );
}

const RATE_UNITS = new Set(['%', '‰']);

/**
 * Indicators that at least two plans declare under the same id: each plan's target, result and
 * verdict, the number meeting their target; a count is summed, a rate is summarised by min, median
 * and max (adding rates of different communes means nothing).
 */
export function compareIndicators(plans: readonly PlanRollup[]): IndicatorComparison[] {
  const byId = new Map<string, IndicatorComparison>();
  for (const p of plans) {
    for (const i of p.indicators) {
      let c = byId.get(i.id);
      if (!c) {
        c = {
          id: i.id,
          name: i.name,
          unit: i.unit,
          aggregate: i.unit && RATE_UNITS.has(i.unit.trim()) ? 'spread' : 'sum',
          plans: [],
          meeting: 0,
          withResult: 0,
          sum: null,
          spread: null,
        };
        byId.set(i.id, c);
      }
      c.plans.push({
        file: p.file,
        id: p.id,
        issuer: p.issuer,
        target: i.target,
        result: i.result,
        met: i.met,
      });
    }
  }
  const out: IndicatorComparison[] = [];
  for (const c of byId.values()) {
    if (c.plans.length < 2) continue;
    const results = c.plans.map((x) => x.result).filter((v): v is number => v !== null);
    c.meeting = c.plans.filter((x) => x.met === true).length;
    c.withResult = results.length;
    if (c.aggregate === 'sum') {
      const targets = c.plans.map((x) => x.target).filter((v): v is number => v !== null);
      c.sum = {
        target: targets.length ? round(sum(targets)) : null,
        result: results.length ? round(sum(results)) : null,
      };
    } else if (results.length > 0) {
      c.spread = { min: Math.min(...results), median: round(median(results)), max: Math.max(...results) };
    }
    out.push(c);
  }
  return out.sort((a, b) => cmp(a.id, b.id));
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
/** Sums of decimals (95.5 + 97.2) without binary noise. */
const round = (x: number) => Math.round(x * 1e6) / 1e6;

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export type { IsoDate };
