import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Verdict, verdict } from '../src/check/verdict.js';
import { verdicts } from '../src/check/verdicts.js';
import { type PlanLocation, planAt } from '../src/load/discover.js';
import { collectParts } from '../src/rollup/collect.js';
import type { RollupOptions } from '../src/rollup/types.js';
import { WORKER_MAX_BYTES } from '../src/util/workers.js';
import { ROOT } from './helpers/cli.js';

/**
 * Bulk validation splits the plans between worker processes, each sent small batches as it answers the
 * last. Whatever process checks a plan, and whatever a worker leaves undone, the verdicts must be the
 * ones a plain loop on the main thread gives, in the order of the targets.
 */
const WORKER = join(ROOT, 'dist/validate-worker.cjs');
const PLAN = readFileSync(join(ROOT, 'plans/minh-long-2025-h2/plan.yaml'), 'utf8');
const INVALID = join(ROOT, 'test/fixtures/invalid');

let dir: string;
let targets: PlanLocation[];
let expected: Verdict[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kehoach-bulk-test-'));
  const bad = readdirSync(INVALID).filter((n) => n.endsWith('.yaml'));
  const files: string[] = [];
  // Clean plans and plans with errors mixed, so the order of diagnostics across threads is visible.
  for (let i = 0; i < 72; i++) {
    const d = join(dir, `xa-${String(i).padStart(3, '0')}`);
    mkdirSync(d);
    const f = join(d, 'plan.yaml');
    if (i % 3 === 1) copyFileSync(join(INVALID, bad[i % bad.length]!), f);
    // One plan too big for a worker's capped heap: a worker leaves it to the main thread.
    else if (i === 41)
      writeFileSync(f, `${PLAN}\n${`# ${'x'.repeat(98)}\n`.repeat(WORKER_MAX_BYTES / 100 + 10)}`);
    else writeFileSync(f, PLAN.replace(/^id: .*$/mu, `id: xa-${i}-2025-h2`));
    files.push(f);
  }
  targets = files.map((f) => planAt(f, dir));
  expected = [];
  for (const t of targets) expected.push(await verdict(t, { cache: false }));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('bulk validation across worker processes', () => {
  it('the bundled worker exists (npm test builds first)', () => {
    expect(existsSync(WORKER)).toBe(true);
  });

  it('gives the verdicts of a plain loop, in target order, with one, two or three workers', async () => {
    expect(expected.filter((v) => v.ok).length).toBeGreaterThan(30);
    expect(expected.filter((v) => !v.ok).length).toBeGreaterThan(20);
    for (const workers of [1, 2, 3]) {
      expect(await verdicts(targets, { workerFile: WORKER, workers })).toEqual(expected);
    }
  });

  it('finishes on the main thread what a dying worker took and never reported', async () => {
    // A worker that takes its first batches and dies before reporting any of them.
    const dying = join(dir, 'dying-worker.cjs');
    writeFileSync(dying, `process.on('message', () => process.exit(3));\n`);
    expect(await verdicts(targets, { workerFile: dying, workers: 2 })).toEqual(expected);
  });

  it('finishes on the main thread the plans of a worker that cannot start', async () => {
    const broken = join(dir, 'broken-worker.cjs');
    writeFileSync(broken, 'throw new Error("worker broken");\n');
    expect(await verdicts(targets, { workerFile: broken, workers: 2 })).toEqual(expected);
    expect(await verdicts(targets, { workerFile: join(dir, 'no-such-worker.cjs'), workers: 2 })).toEqual(
      expected,
    );
  });

  it('finishes on the main thread the plans of a worker that exits half-way', async () => {
    // The real worker, gone right after its first report; the other one works on.
    const half = join(dir, 'half-worker.cjs');
    writeFileSync(
      half,
      `const send = process.send.bind(process);
process.send = (m, ...rest) => send(m, ...rest, () => process.exit(0));
require(${JSON.stringify(WORKER)});
`,
    );
    expect(await verdicts(targets, { workerFile: half, workers: 2 })).toEqual(expected);
  });

  it('leaves no worker process behind', async () => {
    const before = children();
    await verdicts(targets, { workerFile: WORKER, workers: 2 });
    expect(children()).toEqual(before);
  });
});

describe('roll-up parts across the same worker processes', () => {
  const opts: RollupOptions = { asOf: '2025-11-20', withTasks: true, withReports: true };

  it('gives the parts of a plain loop, in target order, with one, two or three workers, and counts each once', async () => {
    // workers: 0 and no bundled thread worker from source: every part made on this thread.
    const plain = await collectParts(targets, opts, undefined, { workers: 0 });
    expect(plain).toHaveLength(targets.length);
    expect(plain.filter((p) => p.figures === null).length).toBe(24);
    for (const workers of [1, 2, 3]) {
      const ticks: number[] = [];
      const got = await collectParts(targets, opts, (done) => ticks.push(done), {
        workerFile: WORKER,
        workers,
      });
      expect(got).toEqual(plain);
      expect(ticks).toEqual(targets.map((_, i) => i + 1));
    }
    // The workers made every part but the one too big for their heap (each counts what it sends).
    const log = join(dir, 'parts.log');
    const counting = join(dir, 'counting-worker.cjs');
    writeFileSync(
      counting,
      `const fs = require('node:fs');
const send = process.send.bind(process);
process.send = (m, ...rest) => {
  fs.appendFileSync(${JSON.stringify(log)}, m.done.filter((d) => d.part && !d.verdict).length + '\\n');
  return send(m, ...rest);
};
require(${JSON.stringify(WORKER)});
`,
    );
    expect(await collectParts(targets, opts, undefined, { workerFile: counting, workers: 2 })).toEqual(plain);
    const sent = readFileSync(log, 'utf8').trim().split('\n').map(Number);
    expect(sent.reduce((a, b) => a + b, 0)).toBe(targets.length - 1);
    // A worker gone after its first report: the rest is made here.
    const half = join(dir, 'half-worker.cjs');
    expect(existsSync(half)).toBe(true);
    expect(await collectParts(targets, opts, undefined, { workerFile: half, workers: 2 })).toEqual(plain);
  });
});

/** This test process's child processes (Linux: /proc; elsewhere nothing to compare). */
function children(): string[] {
  try {
    return readFileSync(`/proc/${process.pid}/task/${process.pid}/children`, 'utf8').trim().split(/\s+/u);
  } catch {
    return [];
  }
}
