// npm run bench — start-up and province-scale throughput, measured against Node's own floor.
// Public tools only: child processes timed with process.hrtime, memory with /usr/bin/time -v.
// Each measurement runs several times interleaved with its baseline; medians and ratios are printed as a
// table and written to bench-results/<date>.json for comparison between versions.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin/plan.js');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const RUNS = quick ? 5 : 15;
const COMMUNES = Number(args.find((a) => a.startsWith('--communes='))?.split('=')[1] ?? (quick ? 400 : 3321));

if (!existsSync(join(root, 'dist/cli.js'))) {
  console.error('dist/ chưa được build: chạy npm install (hoặc npm run build) trước.');
  process.exit(2);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function time(cmd, argv, opts = {}) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, argv, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', ...opts });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0 && !opts.allowFail)
    throw new Error(`${cmd} ${argv.join(' ')} → ${r.status}\n${r.stderr}`);
  return ms;
}

/** Peak resident memory (KB) of a command, from GNU time. */
function maxRss(cmd, argv, opts = {}) {
  if (!existsSync('/usr/bin/time')) return null;
  const r = spawnSync('/usr/bin/time', ['-v', cmd, ...argv], {
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
    ...opts,
  });
  const m = /Maximum resident set size \(kbytes\): (\d+)/u.exec(r.stderr);
  return m ? Number(m[1]) : null;
}

/** Time `fn` and its baseline alternately, so drift on a busy machine hits both equally. */
function interleaved(runs, pairs) {
  const out = Object.fromEntries(Object.keys(pairs).map((k) => [k, []]));
  for (let i = 0; i < runs; i++) for (const [k, fn] of Object.entries(pairs)) out[k].push(fn());
  return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, median(v)]));
}

const rows = [];
const result = {
  date: new Date().toISOString(),
  node: process.version,
  cpus: cpus().length,
  cpu: cpus()[0]?.model,
  runs: RUNS,
  measurements: {},
};

// 1. Start-up: each command on the shipped plan against `node -e 0`.
const tmpOut = mkdtempSync(join(tmpdir(), 'kehoach-bench-'));
const commands = {
  'node -e 0': () => time(process.execPath, ['-e', '0']),
  'plan validate': () => time(process.execPath, [bin, 'validate'], { cwd: root }),
  'plan status': () =>
    time(process.execPath, [bin, 'status', '--as-of', '2025-11-20'], { cwd: root, allowFail: true }),
  'plan report --format docx': () =>
    time(
      process.execPath,
      [
        bin,
        'report',
        '--period',
        '2025-H2',
        '--date',
        '2025-11-20',
        '--format',
        'docx',
        '-o',
        join(tmpOut, 'bc.docx'),
        '--force',
      ],
      { cwd: root, allowFail: true },
    ),
};
const startup = interleaved(RUNS, commands);
const floor = startup['node -e 0'];
const goals = { 'plan validate': 1.5, 'plan status': 1.5, 'plan report --format docx': 2.5 };
for (const [name, ms] of Object.entries(startup)) {
  const ratio = ms / floor;
  rows.push([
    name,
    `${ms.toFixed(0)} ms`,
    name === 'node -e 0' ? '1.00×' : `${ratio.toFixed(2)}×`,
    goals[name] ? `≤ ${goals[name]}×` : '',
    goals[name] ? (ratio <= goals[name] ? 'đạt' : 'CHƯA') : '',
  ]);
}
result.measurements.startup = {
  floorMs: floor,
  ...Object.fromEntries(Object.entries(startup).map(([k, v]) => [k, { ms: v, ratio: v / floor }])),
};

// 2. Province scale: N generated commune plans, each the size of the Minh Long plan with its own units and ids.
const corpus = mkdtempSync(join(tmpdir(), 'kehoach-corpus-'));
const seed = readFileSync(join(root, 'plans/minh-long-2025-h2/plan.yaml'), 'utf8');
const ids = [...new Set([...seed.matchAll(/^\s*- id: ([a-z0-9-]+)$/gmu)].map((m) => m[1]))];
function commune(i) {
  const n = String(i).padStart(4, '0');
  let text = seed
    .replaceAll('Minh Long', `Xã Mẫu ${n}`)
    .replace('id: minh-long-2025-h2', `id: xa-${n}-2025-h2`);
  for (const id of ids)
    text = text.replace(new RegExp(`(?<![a-z0-9-])${id}(?![a-z0-9-])`, 'gu'), `${id}-${n}`);
  return text;
}
const t0 = performance.now();
for (let i = 1; i <= COMMUNES; i++) {
  const dir = join(corpus, 'plans', `xa-${String(i).padStart(4, '0')}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'plan.yaml'), commune(i));
}
const genMs = performance.now() - t0;

const parseScript = join(corpus, 'parse-only.mjs');
writeFileSync(
  parseScript,
  `import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from ${JSON.stringify(join(root, 'node_modules/yaml/dist/index.js'))};
const base = process.argv[2];
let n = 0;
for (const d of readdirSync(base).sort()) { parse(readFileSync(join(base, d, 'plan.yaml'), 'utf8')); n++; }
if (n === 0) process.exit(1);
`,
);
const scaleRuns = quick ? 3 : 5;
const scale = interleaved(scaleRuns, {
  parse: () => time(process.execPath, [parseScript, join(corpus, 'plans')]),
  validate: () => time(process.execPath, [bin, 'validate', '--format', 'json'], { cwd: corpus }),
});
const throughputRatio = scale.parse / scale.validate;
rows.push([
  `yaml.parse × ${COMMUNES} (1 tiến trình)`,
  `${scale.parse.toFixed(0)} ms`,
  `${(COMMUNES / (scale.parse / 1000)).toFixed(0)} tệp/s`,
  '',
  '',
]);
rows.push([
  `plan validate × ${COMMUNES}`,
  `${scale.validate.toFixed(0)} ms`,
  `${(throughputRatio * 100).toFixed(0)} % của parse`,
  '≥ 80 %',
  throughputRatio >= 0.8 ? 'đạt' : 'CHƯA',
]);

// 3. Memory stays flat in the number of files: peak RSS on a tenth of the corpus vs all of it.
const small = mkdtempSync(join(tmpdir(), 'kehoach-corpus-small-'));
const tenth = Math.max(10, Math.floor(COMMUNES / 10));
for (let i = 1; i <= tenth; i++) {
  const dir = join(small, 'plans', `xa-${String(i).padStart(4, '0')}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'plan.yaml'), commune(i));
}
const rssSmall = maxRss(process.execPath, [bin, 'validate', '--format', 'json'], { cwd: small });
const rssAll = maxRss(process.execPath, [bin, 'validate', '--format', 'json'], { cwd: corpus });
/** Live data after each full collection, from V8's own trace: what the program holds, not GC headroom. */
function liveHeapMb(cwd) {
  const r = spawnSync(process.execPath, ['--trace-gc', bin, 'validate', '--format', 'json'], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const after = [...r.stdout.matchAll(/Mark-Compact [\d.]+ \([\d.]+\) -> ([\d.]+) \(/gu)].map((m) =>
    Number(m[1]),
  );
  return after.length ? Math.max(...after) : null;
}
const liveSmall = liveHeapMb(small);
const liveAll = liveHeapMb(corpus);
if (liveSmall && liveAll) {
  rows.push([
    `bộ nhớ còn giữ sau GC: ${tenth} → ${COMMUNES} tệp`,
    `${liveSmall.toFixed(1)} → ${liveAll.toFixed(1)} MB`,
    `${(liveAll / liveSmall).toFixed(2)}×`,
    '≈ phẳng (≤ 1.5×)',
    liveAll / liveSmall <= 1.5 ? 'đạt' : 'CHƯA',
  ]);
}
if (rssSmall && rssAll) {
  rows.push([
    `bộ nhớ đỉnh (RSS): ${tenth} → ${COMMUNES} tệp`,
    `${(rssSmall / 1024).toFixed(0)} → ${(rssAll / 1024).toFixed(0)} MB`,
    `${(rssAll / rssSmall).toFixed(2)}×`,
    '≈ phẳng (≤ 1.5×)',
    rssAll / rssSmall <= 1.5 ? 'đạt' : 'CHƯA',
  ]);
}
result.measurements.scale = {
  communes: COMMUNES,
  generateMs: genMs,
  parseMs: scale.parse,
  validateMs: scale.validate,
  throughputRatio,
  rssKb: { [tenth]: rssSmall, [COMMUNES]: rssAll },
};

rmSync(corpus, { recursive: true, force: true });
rmSync(small, { recursive: true, force: true });
rmSync(tmpOut, { recursive: true, force: true });

// Table
const head = ['đo', 'trung vị', 'tỉ lệ', 'mục tiêu', ''];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
const line = (r) =>
  r
    .map((c, i) => String(c).padEnd(widths[i]))
    .join('  ')
    .trimEnd();
console.log(
  `kehoach bench — ${result.date.slice(0, 10)}, Node ${process.version}, ${result.cpus} lõi (${result.cpu}), ${RUNS} lần/đo`,
);
console.log(line(head));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const r of rows) console.log(line(r));
const outDir = join(root, 'bench-results');
mkdirSync(outDir, { recursive: true });
const file = join(outDir, `${result.date.slice(0, 19).replace(/[:T]/gu, '-')}.json`);
writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
console.log(`\nJSON: ${file}`);
spawnSync(process.execPath, [join(root, 'scripts/bench-rollup.mjs'), ...args], { stdio: 'inherit' });
