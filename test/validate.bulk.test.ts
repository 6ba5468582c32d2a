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
import { verdicts, WORKER_MAX_BYTES } from '../src/check/verdicts.js';
import { type PlanLocation, planAt } from '../src/load/discover.js';
import { ROOT } from './helpers/cli.js';

/**
 * Bulk validation splits the plans between worker threads that take the next plan from a shared
 * counter. Whatever thread checks a plan, and whatever a worker leaves undone, the verdicts must be the
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
    else if (i === 40)
      writeFileSync(f, `${PLAN}\n${`# ${'x'.repeat(98)}\n`.repeat(WORKER_MAX_BYTES / 100 + 10)}`);
    else writeFileSync(f, PLAN.replace(/^id: .*$/mu, `id: xa-${i}-2025-h2`));
    files.push(f);
  }
  targets = files.map((f) => planAt(f, dir));
  expected = [];
  for (const t of targets) expected.push(await verdict(t, { cache: false }));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('bulk validation across worker threads', () => {
  it('the bundled worker exists (npm test builds first)', () => {
    expect(existsSync(WORKER)).toBe(true);
  });

  it('gives the verdicts of a plain loop, in target order, with one, two or three workers', async () => {
    expect(expected.filter((v) => v.ok).length).toBeGreaterThan(30);
    expect(expected.filter((v) => !v.ok).length).toBeGreaterThan(20);
    for (const threads of [1, 2, 3]) {
      expect(await verdicts(targets, { workerFile: WORKER, threads })).toEqual(expected);
    }
  });

  it('finishes on the main thread what a dying worker took and never reported', async () => {
    // A worker that takes plans from the shared counter and dies before reporting any of them.
    const dying = join(dir, 'dying-worker.cjs');
    writeFileSync(
      dying,
      `const { workerData } = require('node:worker_threads');
const c = new Int32Array(workerData.next);
for (let i = 0; i < 20; i++) Atomics.add(c, 0, 1);
throw new Error('worker died');
`,
    );
    expect(await verdicts(targets, { workerFile: dying, threads: 2 })).toEqual(expected);
  });

  it('finishes on the main thread the plans of a worker that exits half-way', async () => {
    // The real worker, gone right after its first batch of verdicts.
    const half = join(dir, 'half-worker.cjs');
    writeFileSync(
      half,
      `const { parentPort } = require('node:worker_threads');
const post = parentPort.postMessage.bind(parentPort);
parentPort.postMessage = (m) => {
  post(m);
  process.exit(0);
};
require(${JSON.stringify(WORKER)});
`,
    );
    expect(await verdicts(targets, { workerFile: half, threads: 2 })).toEqual(expected);
  });
});
