import { describe, expect, it } from 'vitest';
import { golden, runCli } from './helpers/cli.js';

const FOLDER = 'test/fixtures/rollup';
const AS_OF = ['--as-of', '2025-11-20'];

describe('plan rollup (end to end)', () => {
  it('prints the province table: valid plans latest first, totals, shared indicators, the invalid plan apart', async () => {
    const args = ['rollup', FOLDER, ...AS_OF];
    const r = runCli(args);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    await expect(golden(args, r)).toMatchFileSnapshot('golden/rollup.txt');
    // Sorted by lateness: the commune with nothing reported first, the one with everything in last.
    const order = [...r.stdout.matchAll(/^ *\d+ {2}Ủy ban nhân dân xã (\S+(?: \S+)?)/gmu)].map((m) => m[1]);
    expect(order[0]).toMatch(/^Minh/u);
    expect(order.at(-1)).toBe('An Bình');
    expect(r.stdout).toMatch(/Tổng cộng \(5 kế hoạch\)/u);
    expect(r.stdout).toMatch(/xa-loi\/plan\.yaml — 1 lỗi/u);
  });

  it('--json: one versioned object; the invalid plan is listed with its errors and counted nowhere', async () => {
    const args = ['rollup', FOLDER, ...AS_OF, '--json'];
    const r = runCli(args);
    expect(r.code).toBe(0);
    await expect(golden(args, r)).toMatchFileSnapshot('golden/rollup.json.txt');
    const j = JSON.parse(r.stdout);
    expect(j.version).toBe(1);
    expect(j.counted).toBe(5);
    expect(j.invalid).toHaveLength(1);
    expect(j.invalid[0]).toMatchObject({ file: `${FOLDER}/plans/xa-loi/plan.yaml`, errors: 1 });
    expect(j.plans.map((p: { file: string }) => p.file)).not.toContain(`${FOLDER}/plans/xa-loi/plan.yaml`);
    // Totals are the sums of the counted plans.
    const sum = (f: (p: { figures: { tasks: { total: number }; reports: { overdue: number } } }) => number) =>
      j.plans.reduce((a: number, p: never) => a + f(p), 0);
    expect(j.totals.tasks.total).toBe(sum((p) => p.figures.tasks.total));
    expect(j.totals.reports.overdue).toBe(sum((p) => p.figures.reports.overdue));
    expect(j.totals.tasks.total).toBe(60);
    // Indicators shared by two plans: the rate by its spread, the count summed.
    const byId = Object.fromEntries(j.indicators.map((i: { id: string }) => [i.id, i]));
    expect(byId['tiem-chung']).toMatchObject({
      aggregate: 'spread',
      meeting: 1,
      withResult: 2,
      spread: { min: 93.5, median: 95.85, max: 98.2 },
      sum: null,
    });
    expect(byId['tre-hoc-boi']).toMatchObject({
      aggregate: 'sum',
      meeting: 1,
      sum: { target: 250, result: 250 },
    });
  });

  it('--group-by a label and by the issuer level', () => {
    const j = JSON.parse(runCli(['rollup', FOLDER, ...AS_OF, '--json', '--group-by', 'huyen-cu']).stdout);
    expect(j.groups.map((g: { value: string; plans: number }) => [g.value, g.plans])).toEqual([
      ['Ba Tơ', 1],
      ['Minh Long', 2],
      ['Sơn Hà', 1],
      ['Trà Bồng', 1],
    ]);
    const level = JSON.parse(runCli(['rollup', FOLDER, ...AS_OF, '--json', '--group-by', 'level']).stdout);
    expect(level.groups).toEqual([expect.objectContaining({ value: 'xã', plans: 5 })]);
    const text = runCli(['rollup', FOLDER, ...AS_OF, '--group-by', 'huyen-cu']);
    expect(text.stdout).toMatch(/Theo nhãn "huyen-cu"/u);
    const none = JSON.parse(runCli(['rollup', FOLDER, ...AS_OF, '--json', '--group-by', 'tinh']).stdout);
    expect(none.groups).toEqual([expect.objectContaining({ value: null, plans: 5 })]);
  });

  it('exit codes: --fail-on overdue across all plans, usage errors 2, a period that counts less', () => {
    expect(runCli(['rollup', FOLDER, ...AS_OF, '--fail-on', 'overdue']).code).toBe(1);
    // Before any due date nothing is overdue anywhere.
    expect(runCli(['rollup', FOLDER, '--as-of', '2025-08-01', '--fail-on', 'overdue']).code).toBe(0);
    expect(runCli(['rollup', `${FOLDER}/plans/xa-an-binh`, ...AS_OF, '--fail-on', 'overdue']).code).toBe(0);
    const bad = runCli(['rollup', FOLDER, '--period', '2025-H3']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^lỗi: /u);
    expect(runCli(['rollup', FOLDER, '--format', 'xlsx']).code).toBe(2);
    expect(runCli(['rollup', FOLDER, '--group-by', 'Huyện cũ']).code).toBe(2);
    expect(runCli(['rollup', 'khong-co']).code).toBe(2);
    // Q3 holds no report due date: no report is counted, so none is overdue.
    const q3 = JSON.parse(runCli(['rollup', FOLDER, ...AS_OF, '--period', '2025-Q3', '--json']).stdout);
    expect(q3.period).toEqual({ start: '2025-07-01', end: '2025-09-30' });
    expect(q3.totals.reports.total).toBe(0);
    expect(q3.totals.tasks.overdue).toBe(1);
  });

  it('English is complete', () => {
    const r = runCli(['rollup', FOLDER, ...AS_OF, '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Roll-up of 6 plans/u);
    expect(r.stdout).toMatch(/1 plan with errors/u);
  });
});

describe('plan rollup on worker threads', () => {
  it('gives, over 54 plans read by the worker pool, nine times the figures of the six fixture plans', async () => {
    const { cpSync, mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-rollup-many-'));
    try {
      for (let k = 1; k <= 9; k++)
        cpSync(`${FOLDER}/plans`, join(dir, 'plans', `huyen-${k}`), { recursive: true });
      const one = JSON.parse(runCli(['rollup', FOLDER, ...AS_OF, '--json']).stdout);
      const many = runCli(['rollup', ...AS_OF, '--json'], { cwd: dir });
      expect(many.code).toBe(0);
      const j = JSON.parse(many.stdout);
      expect(j.counted).toBe(45);
      expect(j.invalid).toHaveLength(9);
      expect(j.totals.tasks.total).toBe(9 * one.totals.tasks.total);
      expect(j.totals.reports.overdue).toBe(9 * one.totals.reports.overdue);
      expect(j.indicators.find((i: { id: string }) => i.id === 'tre-hoc-boi').sum).toEqual({
        target: 9 * 250,
        result: 9 * 250,
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
