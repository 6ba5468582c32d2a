// npm run bench — start-up and province-scale throughput, measured against Node's own floor.
// Public tools only: child processes timed with process.hrtime, memory with /usr/bin/time -v.
// Each measurement runs several times interleaved with its baseline; medians and ratios are printed as a
// table and written to bench-results/<date>.json for comparison between versions.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpus as makeCorpus, median } from './bench-corpus.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin/plan.js');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const RUNS = quick ? 5 : 15;
// `--startup`: only the start-up table (section 1), for quick A/B work on the start-up path.
const startupOnly = args.includes('--startup');
// `--bulk`: only the province-scale and memory rows (sections 2 and 3).
const bulkOnly = args.includes('--bulk');
const COMMUNES = Number(args.find((a) => a.startsWith('--communes='))?.split('=')[1] ?? (quick ? 400 : 3321));

if (!existsSync(join(root, 'dist/boot.cjs'))) {
  console.error('dist/ chưa được build: chạy npm install (hoặc npm run build) trước.');
  process.exit(2);
}

const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;

// A user's machine does not set NODE_EXTRA_CA_CERTS; these machines do, and it adds ~50 ms to Node 20's
// own start (not to Node 22/24's), which flattered every ratio. Every child runs without it.
const baseEnv = { ...process.env };
delete baseEnv.NODE_EXTRA_CA_CERTS;
delete baseEnv.NODE_OPTIONS;
const GNU_TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const cpuDir = mkdtempSync(join(tmpdir(), 'kehoach-bench-cpu-'));
const cpuFile = join(cpuDir, 'cpu');
// The bench's own temporary folders go when it ends, however it ends (--startup stops early).
const temporary = [cpuDir];
process.on('exit', () => {
  for (const d of temporary) rmSync(d, { recursive: true, force: true });
});

/** Wall time (hrtime around the child) and CPU time (user + system, from GNU time; 10 ms ticks). */
function time(cmd, argv, opts = {}) {
  const env = { ...baseEnv, ...(opts.env ?? {}) };
  const [c, a] = GNU_TIME ? [GNU_TIME, ['-o', cpuFile, '-f', '%U %S', cmd, ...argv]] : [cmd, argv];
  const t0 = process.hrtime.bigint();
  const r = spawnSync(c, a, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', ...opts, env });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0 && !opts.allowFail)
    throw new Error(`${cmd} ${argv.join(' ')} → ${r.status}\n${r.stderr}`);
  let cpu = Number.NaN;
  if (GNU_TIME) {
    const [u, sys] = readFileSync(cpuFile, 'utf8').trim().split(/\s+/u).slice(-2).map(Number);
    cpu = (u + sys) * 1000;
  }
  return { ms, cpu };
}

/**
 * Peak resident memory (KB) of a command and every process it starts (plan validate checks in worker
 * processes): on Linux the sum over the process tree, sampled every 10 ms from /proc; elsewhere GNU
 * time's figure (the largest single process).
 */
async function maxRss(cmd, argv, opts = {}) {
  if (process.platform !== 'linux') {
    if (!GNU_TIME) return null;
    const r = spawnSync(GNU_TIME, ['-v', cmd, ...argv], {
      stdio: ['ignore', 'ignore', 'pipe'],
      encoding: 'utf8',
      ...opts,
      env: { ...baseEnv, ...(opts.env ?? {}) },
    });
    const m = /Maximum resident set size \(kbytes\): (\d+)/u.exec(r.stderr);
    return m ? Number(m[1]) : null;
  }
  const child = spawn(cmd, argv, { stdio: 'ignore', ...opts, env: { ...baseEnv, ...(opts.env ?? {}) } });
  const rssOf = (pid) => {
    try {
      const kb = Number(/VmRSS:\s+(\d+)/u.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
      const kids = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
        .trim()
        .split(/\s+/u)
        .filter(Boolean);
      return kids.reduce((sum, k) => sum + rssOf(k), kb);
    } catch {
      return 0;
    }
  };
  let peak = 0;
  const timer = setInterval(() => {
    peak = Math.max(peak, rssOf(child.pid));
  }, 10);
  await new Promise((resolve) => child.on('exit', resolve));
  clearInterval(timer);
  return peak || null;
}

/** Time each and its baseline alternately, so drift on a busy machine hits both equally. */
function interleaved(runs, pairs) {
  const out = Object.fromEntries(Object.keys(pairs).map((k) => [k, []]));
  for (let i = 0; i < runs; i++) for (const [k, fn] of Object.entries(pairs)) out[k].push(fn());
  return Object.fromEntries(
    Object.entries(out).map(([k, v]) => [
      k,
      { ms: median(v.map((x) => x.ms)), cpu: mean(v.map((x) => x.cpu)) },
    ]),
  );
}

const rows = [];
const result = {
  date: new Date().toISOString(),
  node: process.version,
  cpus: cpus().length,
  cpu: cpus()[0]?.model,
  runs: RUNS,
  env: 'NODE_EXTRA_CA_CERTS and NODE_OPTIONS unset',
  measurements: {},
};

/** A start-up row: wall and CPU time, the ratio to the floor, and the goal when there is one. */
function startupRow(label, t, floor, isFloor = false, goal = undefined) {
  const ratio = t.ms / floor.ms;
  return [
    label,
    `${t.ms.toFixed(0)} ms`,
    Number.isNaN(t.cpu) ? '' : `${t.cpu.toFixed(0)} ms`,
    isFloor ? '1.00×' : `${ratio.toFixed(2)}× (CPU ${(t.cpu / floor.cpu).toFixed(2)}×)`,
    goal ? `≤ ${goal}×` : '',
    goal ? (ratio <= goal ? 'đạt' : 'CHƯA') : '',
  ];
}

/** Node 24 from the registry's `node` package (it ships the binary), when it can be had. */
function node24() {
  if (args.includes('--no-node24')) return undefined;
  if (process.versions.node.startsWith('24.')) return undefined;
  const r = spawnSync('npx', ['-y', 'node@24', '-p', 'process.execPath'], {
    encoding: 'utf8',
    env: baseEnv,
    timeout: 120_000,
  });
  const p = r.status === 0 ? r.stdout.trim().split('\n').at(-1) : '';
  return p && existsSync(p) ? p : undefined;
}

// 1. Start-up: each command on the shipped plan against `node -e 0`, warm (caches made by an earlier
// run) and cold (an empty cache folder for every run: what the very first run after an install costs).
const tmpOut = mkdtempSync(join(tmpdir(), 'kehoach-bench-'));
temporary.push(tmpOut);
const goals = { 'plan validate': 1.5, 'plan status': 1.5, 'plan report --format docx': 2.5 };
const commandLines = {
  'plan validate': ['validate'],
  'plan status': ['status', '--as-of', '2025-11-20'],
  'plan report --format docx': [
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
};
const nodes = bulkOnly ? [] : [process.execPath, node24()].filter(Boolean);
result.measurements.startup = {};
for (const nodeBin of nodes) {
  const version = spawnSync(nodeBin, ['-v'], { encoding: 'utf8' }).stdout.trim();
  const warmCache = mkdtempSync(join(tmpdir(), 'kehoach-bench-warm-'));
  const warmEnv = { XDG_CACHE_HOME: warmCache };
  // Twice: the first run checks the plan (full bundle), the second makes the hot bundle's code cache.
  for (let i = 0; i < 2; i++)
    for (const argv of Object.values(commandLines))
      time(nodeBin, [bin, ...argv], { cwd: root, env: warmEnv, allowFail: true });
  const pairs = { 'node -e 0': () => time(nodeBin, ['-e', '0']) };
  for (const [name, argv] of Object.entries(commandLines)) {
    pairs[`${name} (warm)`] = () =>
      time(nodeBin, [bin, ...argv], { cwd: root, env: warmEnv, allowFail: true });
    pairs[`${name} (cold)`] = () => {
      const cold = mkdtempSync(join(tmpdir(), 'kehoach-bench-cold-'));
      try {
        return time(nodeBin, [bin, ...argv], { cwd: root, env: { XDG_CACHE_HOME: cold }, allowFail: true });
      } finally {
        rmSync(cold, { recursive: true, force: true });
      }
    };
    // Each cache alone: the other one warm.
    pairs[`${name} (warm, PLAN_NO_CACHE=code)`] = () =>
      time(nodeBin, [bin, ...argv], {
        cwd: root,
        env: { ...warmEnv, PLAN_NO_CACHE: 'code' },
        allowFail: true,
      });
    pairs[`${name} (warm, PLAN_NO_CACHE=plans)`] = () =>
      time(nodeBin, [bin, ...argv], {
        cwd: root,
        env: { ...warmEnv, PLAN_NO_CACHE: 'plans' },
        allowFail: true,
      });
    pairs[`${name} (PLAN_NO_CACHE=1)`] = () =>
      time(nodeBin, [bin, ...argv], { cwd: root, env: { PLAN_NO_CACHE: '1' }, allowFail: true });
  }
  const startup = interleaved(RUNS, pairs);
  rmSync(warmCache, { recursive: true, force: true });
  const floor = startup['node -e 0'];
  const m = { floorMs: floor.ms, floorCpuMs: floor.cpu };
  for (const [name, t] of Object.entries(startup)) {
    const ratio = t.ms / floor.ms;
    const goal = name.endsWith('(warm)') ? goals[name.replace(/ \(warm\)$/u, '')] : undefined;
    rows.push(startupRow(`Node ${version}: ${name}`, t, floor, name === 'node -e 0', goal));
    m[name] = { ms: t.ms, cpuMs: t.cpu, ratio, cpuRatio: t.cpu / floor.cpu };
  }
  result.measurements.startup[version] = m;
}

// The single executable, when one was built (`node scripts/build-sea.mjs` → dist-sea/plan): the same
// commands, warm, against this Node's floor (the executable is this Node with the bundles inside).
const sea = join(root, 'dist-sea', 'plan');
if (!bulkOnly && existsSync(sea)) {
  const warmCache = mkdtempSync(join(tmpdir(), 'kehoach-bench-sea-'));
  const env = { XDG_CACHE_HOME: warmCache };
  for (let i = 0; i < 2; i++)
    for (const argv of Object.values(commandLines)) time(sea, argv, { cwd: root, env, allowFail: true });
  const pairs = { 'node -e 0': () => time(process.execPath, ['-e', '0']) };
  for (const [name, argv] of Object.entries(commandLines))
    pairs[`${name} (warm)`] = () => time(sea, argv, { cwd: root, env, allowFail: true });
  const t = interleaved(RUNS, pairs);
  rmSync(warmCache, { recursive: true, force: true });
  const floor = t['node -e 0'];
  result.measurements.sea = {};
  for (const [name, x] of Object.entries(t)) {
    if (name === 'node -e 0') continue;
    const ratio = x.ms / floor.ms;
    rows.push(startupRow(`dist-sea/plan (một tệp chạy): ${name.replace(/^plan /u, '')}`, x, floor));
    result.measurements.sea[name] = { ms: x.ms, cpuMs: x.cpu, ratio, floorMs: floor.ms };
  }
}

if (startupOnly) {
  printTable();
  process.exit(0);
}

// 2. Province scale: N generated commune plans, each the size of the Minh Long plan with its own units and ids.
const t0 = performance.now();
const corpus = makeCorpus(COMMUNES, 'kehoach-corpus-', { progress: false });
const genMs = performance.now() - t0;

// The yardstick is a single process that only reads and parses every plan with js-yaml (the reader the
// fast path uses); yaml.parse, ~10× slower, is shown for comparison with earlier results.
const parseScript = (lib, call) => {
  const f = join(corpus, `parse-${lib}.mjs`);
  writeFileSync(
    f,
    `import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as lib from ${JSON.stringify(join(root, 'node_modules', lib === 'js-yaml' ? 'js-yaml/dist/js-yaml.mjs' : 'yaml/dist/index.js'))};
const base = process.argv[2];
let n = 0;
for (const d of readdirSync(base).sort()) { lib.${call}(readFileSync(join(base, d, 'plan.yaml'), 'utf8')); n++; }
if (n === 0) process.exit(1);
`,
  );
  return f;
};
const jsYamlScript = parseScript('js-yaml', 'load');
// The bulk cache (hashes and verdicts) warm: every plan unchanged since the run before.
const bulkCache = mkdtempSync(join(tmpdir(), 'kehoach-bench-bulk-'));
time(process.execPath, [bin, 'validate', '--format', 'json'], {
  cwd: corpus,
  env: { XDG_CACHE_HOME: bulkCache },
});
const yamlScript = parseScript('yaml', 'parse');
const scaleRuns = quick ? 3 : 5;
const scale = interleaved(scaleRuns, {
  jsyaml: () => time(process.execPath, [jsYamlScript, join(corpus, 'plans')]),
  yaml: () => time(process.execPath, [yamlScript, join(corpus, 'plans')]),
  validate: () =>
    time(process.execPath, [bin, 'validate', '--format', 'json'], {
      cwd: corpus,
      env: { PLAN_NO_CACHE: '1' },
    }),
  warm: () =>
    time(process.execPath, [bin, 'validate', '--format', 'json'], {
      cwd: corpus,
      env: { XDG_CACHE_HOME: bulkCache },
    }),
});
const throughputRatio = scale.jsyaml.ms / scale.validate.ms;
const perSecond = (t) => `${(COMMUNES / (t.ms / 1000)).toFixed(0)} tệp/s`;
rows.push([
  `js-yaml load × ${COMMUNES} (1 tiến trình)`,
  `${scale.jsyaml.ms.toFixed(0)} ms`,
  `${scale.jsyaml.cpu.toFixed(0)} ms`,
  perSecond(scale.jsyaml),
  '',
  '',
]);
rows.push([
  `yaml.parse × ${COMMUNES} (1 tiến trình)`,
  `${scale.yaml.ms.toFixed(0)} ms`,
  `${scale.yaml.cpu.toFixed(0)} ms`,
  perSecond(scale.yaml),
  '',
  '',
]);
rows.push([
  `plan validate × ${COMMUNES}`,
  `${scale.validate.ms.toFixed(0)} ms`,
  `${scale.validate.cpu.toFixed(0)} ms`,
  `${(throughputRatio * 100).toFixed(0)} % của js-yaml`,
  '≥ 80 %',
  throughputRatio >= 0.8 ? 'đạt' : 'CHƯA',
]);
const warmRatio = scale.jsyaml.ms / scale.warm.ms;
rows.push([
  `plan validate × ${COMMUNES}, bộ đệm ấm (không tệp nào đổi)`,
  `${scale.warm.ms.toFixed(0)} ms`,
  `${scale.warm.cpu.toFixed(0)} ms`,
  `${(warmRatio * 100).toFixed(0)} % của js-yaml`,
  '≥ 80 %',
  warmRatio >= 0.8 ? 'đạt' : 'CHƯA',
]);
rmSync(bulkCache, { recursive: true, force: true });

// 3. Memory stays flat in the number of files: peak RSS on a tenth of the corpus vs all of it.
const tenth = Math.max(10, Math.floor(COMMUNES / 10));
const small = makeCorpus(tenth, 'kehoach-corpus-small-', { progress: false });
// Caches off, as the throughput row: a warm bulk cache would measure reading verdicts, not checking.
const noCache = { PLAN_NO_CACHE: '1' };
const rssSmall = await maxRss(process.execPath, [bin, 'validate', '--format', 'json'], {
  cwd: small,
  env: noCache,
});
const rssAll = await maxRss(process.execPath, [bin, 'validate', '--format', 'json'], {
  cwd: corpus,
  env: noCache,
});
/**
 * Live data after each full collection, from V8's own trace: what the program holds, not GC headroom.
 * The main process only (it keeps every verdict); each worker's heap is capped (src/check/verdicts.ts).
 */
function liveHeapMb(cwd) {
  const r = spawnSync(process.execPath, ['--trace-gc', bin, 'validate', '--format', 'json'], {
    cwd,
    env: { ...baseEnv, PLAN_NO_CACHE: '1' },
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
    `bộ nhớ còn giữ sau GC (tiến trình chính): ${tenth} → ${COMMUNES} tệp`,
    `${liveSmall.toFixed(1)} → ${liveAll.toFixed(1)} MB`,
    '',
    `${(liveAll / liveSmall).toFixed(2)}×`,
    '≈ phẳng (≤ 1.5×)',
    liveAll / liveSmall <= 1.5 ? 'đạt' : 'CHƯA',
  ]);
}
if (rssSmall && rssAll) {
  rows.push([
    `bộ nhớ đỉnh (RSS, mọi tiến trình): ${tenth} → ${COMMUNES} tệp`,
    `${(rssSmall / 1024).toFixed(0)} → ${(rssAll / 1024).toFixed(0)} MB`,
    '',
    `${(rssAll / rssSmall).toFixed(2)}×`,
    '≈ phẳng (≤ 1.5×)',
    rssAll / rssSmall <= 1.5 ? 'đạt' : 'CHƯA',
  ]);
}
result.measurements.scale = {
  communes: COMMUNES,
  generateMs: genMs,
  jsYamlMs: scale.jsyaml.ms,
  yamlParseMs: scale.yaml.ms,
  validateMs: scale.validate.ms,
  validateCpuMs: scale.validate.cpu,
  validateWarmMs: scale.warm.ms,
  validateWarmCpuMs: scale.warm.cpu,
  jsYamlCpuMs: scale.jsyaml.cpu,
  throughputRatio,
  rssKb: { [tenth]: rssSmall, [COMMUNES]: rssAll },
};

rmSync(corpus, { recursive: true, force: true });
rmSync(small, { recursive: true, force: true });

printTable();

/** The table on stdout, and the measurements as JSON in bench-results/. */
function printTable() {
  const head = ['đo', 'trung vị (thực)', 'CPU (TB)', 'tỉ lệ', 'mục tiêu', ''];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (r) =>
    r
      .map((c, i) => String(c).padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  console.log(
    `kehoach bench — ${result.date.slice(0, 10)}, Node ${process.version}, ${result.cpus} lõi (${result.cpu}), ${RUNS} lần/đo`,
  );
  console.log(
    'Đo như máy người dùng: NODE_EXTRA_CA_CERTS và NODE_OPTIONS bỏ đặt; CPU = user + sys (GNU time, bước 10 ms); tỉ lệ theo thời gian thực.',
  );
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
  const outDir = join(root, 'bench-results');
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, `${result.date.slice(0, 19).replace(/[:T]/gu, '-')}.json`);
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`\nJSON: ${file}`);
}

// 4. Further benches of other commands: one line each below, run after the table above.
if (!bulkOnly) {
  spawnSync(process.execPath, [join(root, 'scripts/bench-rollup.mjs'), ...args], { stdio: 'inherit' });
  spawnSync(process.execPath, [join(root, 'scripts/bench-site.mjs'), ...args], { stdio: 'inherit' });
}
