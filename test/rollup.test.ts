import { describe, expect, it } from 'vitest';
import { checkPlanFolder } from '../src/check/checkFolder.js';
import { planAt, walkPlans } from '../src/load/discover.js';
import { parsePeriod } from '../src/model/period.js';
import { addFigures, emptyFigures, median, planRollup, rollup, rollupPlans } from '../src/rollup/index.js';
import type { PlanRollup } from '../src/rollup/types.js';
import { ROOT } from './helpers/cli.js';

const asOf = '2025-11-20';

async function inputs(folder: string) {
  const out = [];
  for (const f of walkPlans(`${ROOT}/${folder}`)) {
    const c = await checkPlanFolder(planAt(f, ROOT));
    out.push({ file: c.location.plan.display, plan: c.plan, records: c.records, diagnostics: c.diagnostics });
  }
  return out;
}

describe('planRollup', () => {
  it('reduces an invalid plan to its identity and error count, with no figures', async () => {
    const [bad] = (await inputs('test/fixtures/rollup')).filter((i) => i.file.includes('xa-loi'));
    const part = planRollup(bad!, { asOf });
    expect(part).toMatchObject({ errors: 1, figures: null, tasks: [], overdueReports: [], indicators: [] });
  });

  it('counts the shipped plan as status does, and keeps task rows only when asked', async () => {
    const [shipped] = await inputs('plans');
    const part = planRollup(shipped!, { asOf });
    expect(part.figures!.tasks).toEqual({
      total: 12,
      doneOnTime: 0,
      doneLate: 0,
      inTime: 1,
      overdue: 0,
      continuous: 11,
    });
    expect(part.figures!.reports).toMatchObject({ total: 9, received: 0, overdue: 9 });
    expect(part.tasks).toHaveLength(12);
    expect(part.level).toBe('xã');
    expect(planRollup(shipped!, { asOf, withTasks: false }).tasks).toEqual([]);
  });

  it('with a period, counts only what falls in it', async () => {
    const [shipped] = await inputs('plans');
    const q3 = planRollup(shipped!, { asOf, period: parsePeriod('2025-Q3')! });
    expect(q3.figures!.reports.total).toBe(0);
    // The Q4 festival is outside Q3; continuous work runs through it.
    expect(q3.tasks.map((t) => t.id)).not.toContain('trung-thu');
    const before = planRollup(shipped!, { asOf, period: parsePeriod('2025-H1')! });
    expect(before.figures!.tasks.total).toBe(0);
  });
});

describe('rollup', () => {
  const part = (file: string, overdue: number, doneLate: number): PlanRollup => {
    const f = emptyFigures();
    f.tasks.overdue = overdue;
    f.tasks.doneLate = doneLate;
    f.tasks.total = overdue + doneLate;
    return {
      file,
      id: file,
      issuer: file,
      level: 'xã',
      title: file,
      period: null,
      labels: {},
      errors: 0,
      warnings: 0,
      figures: f,
      tasks: [],
      overdueReports: [],
      indicators: [],
    };
  };

  it('sorts by overdue work, then work done late, then file; sums the totals', () => {
    const r = rollup([part('c', 1, 0), part('a', 0, 3), part('b', 1, 2), part('d', 0, 0)], { asOf });
    expect(r.plans.map((p) => p.file)).toEqual(['b', 'c', 'a', 'd']);
    expect(r.totals.tasks).toMatchObject({ total: 7, overdue: 2, doneLate: 5 });
  });

  it('keeps the latest record date when adding figures', () => {
    const a = { ...emptyFigures(), lastRecord: '2025-10-01' };
    const b = { ...emptyFigures(), lastRecord: '2025-11-02' };
    expect(addFigures(addFigures(emptyFigures(), a), b).lastRecord).toBe('2025-11-02');
  });

  it('median of odd and even counts', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('rollupPlans gives the same result as the command path on the fixture folder', async () => {
    const r = rollupPlans(await inputs('test/fixtures/rollup'), { asOf, groupBy: 'huyen-cu' });
    expect(r.plans).toHaveLength(5);
    expect(r.invalid).toHaveLength(1);
    expect(r.groups.map((g) => g.value)).toEqual(['Ba Tơ', 'Minh Long', 'Sơn Hà', 'Trà Bồng']);
    expect(r.indicators.map((i) => i.id)).toEqual(['tiem-chung', 'tre-hoc-boi']);
  });
});
