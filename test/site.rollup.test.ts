import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';

// The folder index of `plan site` shows the roll-up's figures: read back from the HTML (independent of
// the page writer) they must be exactly `plan rollup --json`'s, plan by plan, in the same order.
const FOLDER = 'test/fixtures/rollup';
const AS_OF = ['--as-of', '2025-11-20'];
const tmp = mkdtempSync(join(tmpdir(), 'kehoach-site-rollup-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface Figures {
  tasks: { doneOnTime: number; doneLate: number; inTime: number; overdue: number; continuous: number };
  reports: { received: number; total: number; overdue: number };
  lastRecord: string | null;
}
interface JsonFigures {
  tasks: Figures['tasks'];
  reports: Figures['reports'];
  lastRecord: string | null;
}
interface RollupJson {
  plans: { id: string; file: string; issuer: string; figures: JsonFigures }[];
  invalid: { file: string; errors: number }[];
  totals: JsonFigures;
  indicators: {
    id: string;
    plans: { issuer: string; target: number | null; result: number | null; met: boolean | null }[];
    meeting: number;
  }[];
}

const text = (cell: string) =>
  cell
    .replace(/<[^>]+>/gu, '')
    .replaceAll('&amp;', '&')
    .trim();
const cellsOf = (row: string) => [...row.matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/gu)].map((m) => text(m[1]!));
const isoOf = (vn: string) => (vn === '—' ? null : vn.split('/').reverse().join('-'));
const numberOf = (vn: string) => (vn === '—' ? null : Number(vn.replaceAll('.', '').replace(',', '.')));

/** The eight figure cells of a row (the last eight cells), as roll-up data. */
function figuresOf(cells: string[]): Figures {
  const [doneOnTime, doneLate, inTime, overdue, continuous, reports, reportsOverdue, last] = cells.slice(-8);
  const [received, total] = reports!.split('/').map(Number);
  return {
    tasks: {
      doneOnTime: Number(doneOnTime),
      doneLate: Number(doneLate),
      inTime: Number(inTime),
      overdue: Number(overdue),
      continuous: Number(continuous),
    },
    reports: { received: received!, total: total!, overdue: Number(reportsOverdue) },
    lastRecord: isoOf(last!),
  };
}
const pick = (f: JsonFigures): Figures => ({
  tasks: {
    doneOnTime: f.tasks.doneOnTime,
    doneLate: f.tasks.doneLate,
    inTime: f.tasks.inTime,
    overdue: f.tasks.overdue,
    continuous: f.tasks.continuous,
  },
  reports: { received: f.reports.received, total: f.reports.total, overdue: f.reports.overdue },
  lastRecord: f.lastRecord,
});

/** What the index says, as plain data. */
function readIndex(index: string) {
  const rows = [...index.matchAll(/<tr data-plan="([^"]+)">(.*?)<\/tr>/gu)];
  const invalid = [...index.matchAll(/<tr class="invalid">(.*?)<\/tr>/gu)];
  const total = /<tr class="total">(.*?)<\/tr>/u.exec(index)![1]!;
  const indicators = [
    ...index.matchAll(
      /<table class="indicator" data-indicator="([^"]+)">(.*?)<\/table>\s*<p class="meta">Đạt chỉ tiêu: (\d+)\//gsu,
    ),
  ];
  return {
    plans: rows.map((m) => {
      const cells = cellsOf(m[2]!);
      return {
        id: m[1],
        issuer: cells[1],
        href: /href="([^"]+)"/u.exec(m[2]!)?.[1],
        figures: figuresOf(cells),
      };
    }),
    invalid: invalid.map((m) => {
      const cells = cellsOf(m[1]!);
      return { dir: cells[0], errors: Number(/Có (\d+) lỗi/u.exec(cells[1]!)![1]) };
    }),
    totals: figuresOf(cellsOf(total)),
    indicators: indicators.map((m) => ({
      id: m[1],
      meeting: Number(m[3]),
      plans: [...m[2]!.matchAll(/<tbody>(.*?)<\/tbody>/gsu)]
        .flatMap((b) => [...b[1]!.matchAll(/<tr>(.*?)<\/tr>/gu)])
        .map((r) => {
          const [issuer, target, result, verdict] = cellsOf(r[1]!);
          return {
            issuer,
            target: numberOf(target!),
            result: numberOf(result!),
            met: verdict === '—' ? null : verdict === 'Đạt',
          };
        }),
    })),
  };
}

/** The same facts from `plan rollup --json`. */
function fromJson(j: RollupJson) {
  return {
    plans: j.plans.map((p) => ({ id: p.id, issuer: p.issuer, figures: pick(p.figures) })),
    invalid: j.invalid.map((p) => ({ dir: posix.dirname(p.file), errors: p.errors })),
    totals: pick(j.totals),
    indicators: j.indicators.map((i) => ({
      id: i.id,
      meeting: i.meeting,
      plans: i.plans.map((p) => ({ issuer: p.issuer, target: p.target, result: p.result, met: p.met })),
    })),
  };
}

describe('plan site folder index = plan rollup', () => {
  it('shows, for the roll-up fixture folder, exactly the figures of plan rollup --json', () => {
    const out = join(tmp, 'rollup');
    const site = runCli(['site', FOLDER, ...AS_OF, '-o', out]);
    expect(site.code).toBe(1); // xa-loi has an error: listed, not counted
    const json = runCli(['rollup', FOLDER, ...AS_OF, '--json']);
    expect(json.code).toBe(0);
    const want = fromJson(JSON.parse(json.stdout) as RollupJson);
    const got = readIndex(readFileSync(join(out, 'index.html'), 'utf8'));
    expect(got.plans.map(({ href: _, ...p }) => p)).toEqual(want.plans);
    expect(got.invalid).toEqual(want.invalid);
    expect(got.totals).toEqual(want.totals);
    expect(got.indicators).toEqual(want.indicators);
    // The fixture's own facts, so the comparison cannot pass on two empty lists.
    expect(got.plans).toHaveLength(5);
    expect(got.invalid).toEqual([{ dir: 'test/fixtures/rollup/plans/xa-loi', errors: 1 }]);
    expect(got.totals.reports).toEqual({ received: 16, total: 45, overdue: 29 });
    expect(got.indicators.map((i) => i.id)).toEqual(['tiem-chung', 'tre-hoc-boi']);
    // Every valid plan links to its page, and that page is written.
    for (const p of got.plans) {
      expect(p.href).toBe(`${p.id}.html`);
      expect(readFileSync(join(out, p.href!), 'utf8')).toContain('<nav><a href="index.html">');
    }
  });

  it('over 54 plans on the worker pool: same figures as rollup, pages named in path order, same bytes as one thread', () => {
    const plans = join(tmp, 'many');
    for (let k = 1; k <= 9; k++) {
      const dir = join(plans, 'plans', `huyen-${k}`);
      cpSync(join(FOLDER, 'plans'), dir, { recursive: true });
      // The same plan ids in every copy, told apart by their title.
      for (const name of readdirSync(dir)) {
        const f = join(dir, name, 'plan.yaml');
        const yaml = readFileSync(f, 'utf8');
        const titled = yaml.replace('    - Triển khai thực hiện', `    - Bản ${k}, triển khai thực hiện`);
        // huyen-1's An Bình is too big for a worker's heap: read last, on the main thread, after the
        // other eight An Bình pages, so its page is renamed into the first name.
        const big = k === 1 && name === 'xa-an-binh';
        writeFileSync(f, big ? titled + `# ${'đệm '.repeat(60)}\n`.repeat(1200) : titled);
      }
    }
    const pool = runCli(['site', ...AS_OF, '-o', 'pool'], { cwd: plans });
    const one = runCli(['site', ...AS_OF, '-o', 'one'], { cwd: plans, env: { PLAN_THREADS: '1' } });
    expect(pool.code).toBe(1);
    expect(one.code).toBe(1);
    expect(pool.stdout, pool.stderr).toBe('Đã ghi 46 trang vào pool/\n');
    expect(pool.stderr).toBe(one.stderr);
    expect(pool.stderr.split('\n').filter(Boolean)).toHaveLength(9);
    const names = readdirSync(join(plans, 'pool')).sort();
    expect(names).toEqual(readdirSync(join(plans, 'one')).sort());
    for (const n of names)
      expect(readFileSync(join(plans, 'pool', n), 'utf8'), n).toBe(
        readFileSync(join(plans, 'one', n), 'utf8'),
      );
    // huyen-1's An Bình is an-binh-2025-h2.html, huyen-k's is an-binh-2025-h2-k.html.
    expect(readFileSync(join(plans, 'pool', 'an-binh-2025-h2.html'), 'utf8')).toContain('Bản 1, triển khai');
    expect(readFileSync(join(plans, 'pool', 'an-binh-2025-h2-7.html'), 'utf8')).toContain(
      'Bản 7, triển khai',
    );
    const json = runCli(['rollup', ...AS_OF, '--json'], { cwd: plans });
    const want = fromJson(JSON.parse(json.stdout) as RollupJson);
    const got = readIndex(readFileSync(join(plans, 'pool', 'index.html'), 'utf8'));
    expect(got.plans.map(({ href: _, ...p }) => p)).toEqual(want.plans);
    expect(got.totals).toEqual(want.totals);
    expect(got.invalid).toEqual(want.invalid);
    expect(got.plans).toHaveLength(45);
    expect(new Set(got.plans.map((p) => p.href)).size).toBe(45);
  }, 300_000);
});
