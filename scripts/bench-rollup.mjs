// npm run bench (part): `plan rollup` over N generated commune plans against `plan validate` over the
// same folder — the roll-up must keep ≥ 80 % of validate's throughput, with flat memory.
// Run alone: node scripts/bench-rollup.mjs [--quick] [--communes=N]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpus as makeCorpus, median } from './bench-corpus.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin/plan.js');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const COMMUNES = Number(args.find((a) => a.startsWith('--communes='))?.split('=')[1] ?? (quick ? 400 : 3321));
const RUNS = Number(args.find((a) => a.startsWith('--runs='))?.split('=')[1] ?? (quick ? 3 : 5));

if (!existsSync(join(root, 'dist/rollup-worker.cjs'))) {
  console.error('dist/ chưa được build: chạy npm run build trước.');
  process.exit(2);
}

// Both commands check every plan: with caches on, a second `plan validate` would answer from its bulk
// cache (hashes and verdicts) and the roll-up would be compared with a lookup instead of a check. And as
// on a user's machine: without NODE_EXTRA_CA_CERTS (see scripts/bench.mjs).
const env = { ...process.env, PLAN_NO_CACHE: '1' };
delete env.NODE_EXTRA_CA_CERTS;
delete env.NODE_OPTIONS;

function time(argv, cwd, runEnv = env) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [bin, ...argv], {
    cwd,
    env: runEnv,
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`plan ${argv.join(' ')} → ${r.status}\n${r.stderr}`);
  return ms;
}

/** Live data after each full collection (V8's own trace): what the process holds, not GC headroom. */
function liveHeapMb(argv, cwd) {
  const r = spawnSync(process.execPath, ['--trace-gc', bin, ...argv], {
    cwd,
    env,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const after = [...r.stdout.matchAll(/Mark-Compact [\d.]+ \([\d.]+\) -> ([\d.]+) \(/gu)].map((m) =>
    Number(m[1]),
  );
  return after.length ? Math.max(...after) : null;
}

function maxRssKb(argv, cwd) {
  if (!existsSync('/usr/bin/time')) return null;
  const r = spawnSync('/usr/bin/time', ['-v', process.execPath, bin, ...argv], {
    cwd,
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  const m = /Maximum resident set size \(kbytes\): (\d+)/u.exec(r.stderr);
  return m ? Number(m[1]) : null;
}

// The corpus (N commune plans made from the Minh Long plan) is shared with bench-site.mjs.
const corpus = (count) => makeCorpus(count, 'kehoach-rollup-');

const all = corpus(COMMUNES);
const tenth = Math.max(10, Math.floor(COMMUNES / 10));
const small = corpus(tenth);
const validateArgs = ['validate', '--format', 'json'];
const rollupArgs = ['rollup', '--as-of', '2025-11-20', '--json'];
const xlsxArgs = ['rollup', '--as-of', '2025-11-20', '-o', 'tong-hop.xlsx', '--force'];

const out = { validate: [], rollup: [] };
for (let i = 0; i < RUNS; i++) {
  out.validate.push(time(validateArgs, all));
  out.rollup.push(time(rollupArgs, all));
}
const validateMs = median(out.validate);
const rollupMs = median(out.rollup);
const xlsxMs = time(xlsxArgs, all);
// With caches on, as a province's machine runs it: a first run (the bulk cache empty; the code cache
// warm) must cost no more than a run without caches, and a repeat over unchanged plans reads parts.
const cacheHome = mkdtempSync(join(tmpdir(), 'kehoach-rollup-cache-'));
const cacheEnv = { ...env, XDG_CACHE_HOME: cacheHome };
delete cacheEnv.PLAN_NO_CACHE;
const bulkDir = join(cacheHome, 'kehoach', 'bulk');
const sizeMb = (dir) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .reduce((n, e) => n + statSync(join(e.parentPath, e.name)).size, 0) /
  2 ** 20;
time(rollupArgs, all, cacheEnv);
const cached = { none: [], cold: [], warm: [] };
for (let i = 0; i < RUNS; i++) {
  // Interleaved with a run without caches, the figure it is compared with.
  cached.none.push(time(rollupArgs, all));
  rmSync(bulkDir, { recursive: true, force: true });
  cached.cold.push(time(rollupArgs, all, cacheEnv));
  cached.warm.push(time(rollupArgs, all, cacheEnv));
}
const cacheMb = sizeMb(join(cacheHome, 'kehoach'));
rmSync(cacheHome, { recursive: true, force: true });
const coldMs = median(cached.cold);
const noneMs = median(cached.none);
const ratio = validateMs / rollupMs;
// Memory of the table officers read (the text form); --json also keeps every overdue report.
const textArgs = ['rollup', '--as-of', '2025-11-20'];
const liveSmall = liveHeapMb(textArgs, small);
const liveAll = liveHeapMb(textArgs, all);
const liveJson = liveHeapMb(rollupArgs, all);
const rssSmall = maxRssKb(textArgs, small);
const rssAll = maxRssKb(textArgs, all);

const rows = [
  [
    `plan validate × ${COMMUNES}`,
    `${validateMs.toFixed(0)} ms`,
    `${(COMMUNES / (validateMs / 1000)).toFixed(0)} tệp/s`,
    '',
    '',
  ],
  [
    `plan rollup --json × ${COMMUNES}`,
    `${rollupMs.toFixed(0)} ms`,
    `${(ratio * 100).toFixed(0)} % của validate`,
    '≥ 80 %',
    ratio >= 0.8 ? 'đạt' : 'CHƯA',
  ],
  [`plan rollup -o .xlsx × ${COMMUNES}`, `${xlsxMs.toFixed(0)} ms`, '1 lần', '', ''],
  [
    `rollup --json, bộ nhớ đệm trống × ${COMMUNES}`,
    `${coldMs.toFixed(0)} ms`,
    `${((coldMs / noneMs) * 100).toFixed(0)} % của khi tắt bộ nhớ đệm (${noneMs.toFixed(0)} ms)`,
    '≤ 110 %',
    coldMs <= noneMs * 1.1 ? 'đạt' : 'CHƯA',
  ],
  [
    `rollup --json, kế hoạch không đổi × ${COMMUNES}`,
    `${median(cached.warm).toFixed(0)} ms`,
    `bộ nhớ đệm ${cacheMb.toFixed(1)} MB`,
    '',
    '',
  ],
];
if (liveSmall && liveAll)
  rows.push([
    `rollup: bộ nhớ còn giữ sau GC ${tenth} → ${COMMUNES}`,
    `${liveSmall.toFixed(1)} → ${liveAll.toFixed(1)} MB`,
    `${(liveAll / liveSmall).toFixed(2)}×`,
    '≈ phẳng (≤ 1.5×)',
    liveAll / liveSmall <= 1.5 ? 'đạt' : 'CHƯA',
  ]);
if (liveJson)
  rows.push([`rollup --json: bộ nhớ còn giữ sau GC × ${COMMUNES}`, `${liveJson.toFixed(1)} MB`, '', '', '']);
if (rssSmall && rssAll)
  rows.push([
    `rollup: bộ nhớ đỉnh (RSS) ${tenth} → ${COMMUNES}`,
    `${(rssSmall / 1024).toFixed(0)} → ${(rssAll / 1024).toFixed(0)} MB`,
    `${(rssAll / rssSmall).toFixed(2)}×`,
    '≈ phẳng (≤ 1.5×)',
    rssAll / rssSmall <= 1.5 ? 'đạt' : 'CHƯA',
  ]);
rmSync(all, { recursive: true, force: true });
rmSync(small, { recursive: true, force: true });

const head = ['đo (plan rollup)', 'trung vị', 'tỉ lệ', 'mục tiêu', ''];
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
const file = join(dir, `rollup-${new Date().toISOString().slice(0, 19).replace(/[:T]/gu, '-')}.json`);
writeFileSync(
  file,
  `${JSON.stringify({ date: new Date().toISOString(), node: process.version, communes: COMMUNES, runs: RUNS, validateMs, rollupMs, xlsxMs, throughputRatio: ratio, liveHeapMb: { [tenth]: liveSmall, [COMMUNES]: liveAll, json: liveJson }, rssKb: { [tenth]: rssSmall, [COMMUNES]: rssAll } }, null, 2)}\n`,
);
console.log(`JSON: ${file}`);
