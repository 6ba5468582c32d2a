// npm run bench (part): `plan site` (folder: index + one page per plan) against `plan rollup` over the
// same generated commune plans (bench-corpus.mjs, as bench-rollup uses), at N/10 and N plans: fresh
// site, re-run (nothing changed: no page rewritten), the same on one thread (PLAN_THREADS=1: the pool
// must never be slower), and peak memory (pages are written as they are made: RSS must stay ≈ flat).
// Run alone: node scripts/bench-site.mjs [--quick] [--communes=N] [--runs=R]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpus, median } from './bench-corpus.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin/plan.js');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const COMMUNES = Number(args.find((a) => a.startsWith('--communes='))?.split('=')[1] ?? (quick ? 400 : 3321));
const RUNS = Number(args.find((a) => a.startsWith('--runs='))?.split('=')[1] ?? (quick ? 1 : 3));

if (!existsSync(join(root, 'dist/site-worker.cjs'))) {
  console.error('dist/ chưa được build: chạy npm run build trước.');
  process.exit(2);
}

/** Wall time of one run; `plan site` exits 1 only for invalid plans, which this corpus has none of. */
function time(argv, cwd, env = {}) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [bin, ...argv], {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`plan ${argv.join(' ')} → ${r.status}\n${r.stderr}`);
  return ms;
}

function maxRssKb(argv, cwd, env = {}) {
  if (!existsSync('/usr/bin/time')) return null;
  const r = spawnSync('/usr/bin/time', ['-v', process.execPath, bin, ...argv], {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  const m = /Maximum resident set size \(kbytes\): (\d+)/u.exec(r.stderr);
  return m ? Number(m[1]) : null;
}

const AS_OF = ['--as-of', '2025-11-20'];
const rollupArgs = ['rollup', ...AS_OF, '--json'];
const siteArgs = ['site', ...AS_OF, '-o', 'site'];

/** Medians over RUNS, interleaved so load changes hit every command alike. */
function measure(count) {
  const dir = corpus(count);
  const out = { rollup: [], fresh: [], rerun: [], one: [] };
  try {
    // Fresh runs without the checked-plan cache (as a CI checkout has none), so each one checks every
    // plan; the re-run is the everyday case: no plan changed, no page rewritten. (Over more than 8 plans
    // the site uses no checked-plan cache at all: it would keep every plan's bytes, src/cache/planCache.ts.)
    const cold = { PLAN_NO_CACHE: 'plans' };
    for (let i = 0; i < RUNS; i++) {
      out.rollup.push(time(rollupArgs, dir, cold));
      rmSync(join(dir, 'site'), { recursive: true, force: true });
      out.fresh.push(time(siteArgs, dir, cold));
      rmSync(join(dir, 'site'), { recursive: true, force: true });
      out.one.push(time(siteArgs, dir, { ...cold, PLAN_THREADS: '1' }));
      time(siteArgs, dir); // fills the cache
      out.rerun.push(time(siteArgs, dir));
    }
    rmSync(join(dir, 'site'), { recursive: true, force: true });
    const rss = maxRssKb(siteArgs, dir, cold);
    return { count, ...Object.fromEntries(Object.entries(out).map(([k, v]) => [k, median(v)])), rss };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const tenth = Math.max(10, Math.floor(COMMUNES / 10));
const results = [measure(tenth), measure(COMMUNES)];
const ms = (v) => `${v.toFixed(0)} ms`;
const rows = [];
for (const r of results) {
  rows.push([`plan rollup --json × ${r.count} (không bộ đệm)`, ms(r.rollup), '', '', '']);
  rows.push([
    `plan site × ${r.count} (mới, không bộ đệm)`,
    ms(r.fresh),
    `${(r.fresh / r.rollup).toFixed(2)}× rollup`,
    '',
    '',
  ]);
  rows.push([
    `plan site × ${r.count} (chạy lại, không đổi)`,
    ms(r.rerun),
    `${(r.rerun / r.rollup).toFixed(2)}× rollup`,
    '',
    '',
  ]);
  rows.push([
    `plan site × ${r.count} (mới, 1 luồng)`,
    ms(r.one),
    `nhóm luồng ${(r.one / r.fresh).toFixed(2)}× nhanh hơn`,
    'không chậm hơn 1 luồng',
    r.fresh <= r.one * 1.05 ? 'đạt' : 'CHƯA',
  ]);
}
const [a, b] = results;
if (a.rss && b.rss)
  rows.push([
    `site: bộ nhớ đỉnh (RSS) ${a.count} → ${b.count}`,
    `${(a.rss / 1024).toFixed(0)} → ${(b.rss / 1024).toFixed(0)} MB`,
    `${(b.rss / a.rss).toFixed(2)}×`,
    '≈ phẳng (≤ 1.5×)',
    b.rss / a.rss <= 1.5 ? 'đạt' : 'CHƯA',
  ]);

const head = ['đo (plan site)', 'trung vị', 'tỉ lệ', 'mục tiêu', ''];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
const line = (r) =>
  r
    .map((c, i) => String(c).padEnd(widths[i]))
    .join('  ')
    .trimEnd();
console.log(`\n${line(head)}`);
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const r of rows) console.log(line(r));
const dir = join(root, 'bench-results');
mkdirSync(dir, { recursive: true });
const file = join(dir, `site-${new Date().toISOString().slice(0, 19).replace(/[:T]/gu, '-')}.json`);
writeFileSync(
  file,
  `${JSON.stringify({ date: new Date().toISOString(), node: process.version, runs: RUNS, results }, null, 2)}\n`,
);
console.log(`JSON: ${file}`);
