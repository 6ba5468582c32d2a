import { readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { isHotBundle, NeedsFullBundle } from '../cache/hot.js';
import { bulkFolder, CACHED_UP_TO } from '../cache/planCache.js';
import type { PlanLocation } from '../load/discover.js';
import type { PlanRollup, RollupOptions } from '../rollup/types.js';
import { bundledWorker, WORKER_MAX_BYTES } from '../util/workers.js';
import { type Verdict, verdict } from './verdict.js';

/**
 * Plans each worker process must have to pay for itself: a worker starts (~80 ms) and runs its first
 * plans slowly while V8 compiles the checker again. Measured on 2 cores (caches off, main thread alone
 * vs two workers, medians of 5): 200 plans 0.59 vs 0.64 s, 332 plans 0.94 vs 0.89 s, 1,000 plans 2.32 vs
 * 2.10 s. So one worker per 128 plans, and none unless at least two can run.
 */
const PLANS_PER_WORKER = 128;
/** More workers than this only contend for memory bandwidth and start-up; 8 keeps a big machine busy. */
const MAX_WORKERS = 8;
/** Plans per message to a worker; two batches are kept in flight so a worker never waits for the next. */
const BATCH = 16;
const WORKER_HEAP = ['--max-old-space-size=48', '--max-semi-space-size=4'];
/**
 * Each worker collects its garbage on its own thread: with every core busy checking, V8's helper
 * threads for parallel and concurrent collection only take turns with the checking itself.
 */
const WORKER_GC = ['--single-threaded-gc'];
/** A debugger's flags stay with the main process: a worker with --inspect-brk would wait for one forever. */
const DEBUGGER = /^--(?:inspect|debug)/u;

/** A batch for a worker: plans to check, by their index in the targets. */
export interface WorkerJob {
  batch: { index: number; location: PlanLocation }[];
  maxBytes: number;
  /** With the bulk cache on: hash what each check reads, from this seed (src/cache/folderHash.ts). */
  hashSeed?: string;
  /** For `plan rollup`: each plan's part of the roll-up made with these options, instead of a verdict. */
  rollup?: RollupOptions;
}

/** What a worker made of one plan: its verdict (or roll-up part), and the hash of what it read. */
export interface WorkerDone {
  index: number;
  verdict?: Verdict;
  part?: PlanRollup;
  hash?: string;
}

/** A worker's answer to one job (a plan too big for its heap it leaves out). */
export interface WorkerReport {
  done: WorkerDone[];
}

export interface VerdictsOptions {
  /** The worker script; by default the bundled dist/validate-worker.cjs (none when run from source). */
  workerFile?: string;
  /** Worker processes; by default one per core and 128 plans (up to 8), none unless two can run. */
  workers?: number;
}

/**
 * Check many plans, on every core when there are enough of them: one worker process per core, each
 * given small batches as it finishes the last, so a worker that starts late or meets slow plans simply
 * takes fewer. Verdicts come back in the order of `targets`, whatever process checked them; a plan no
 * worker reported (one died, or left a plan too big for its heap) is checked here afterwards.
 *
 * Processes, not worker threads, because a process can be started with V8 flags and a thread cannot:
 * with every core busy checking, V8's helper threads for parallel and concurrent garbage collection
 * only take CPU from the checking, and single-threaded collection is cheaper. Measured on 3,321 plans
 * (2 cores, caches off, 8 interleaved runs, medians): two threads 5.61 s wall / 10.46 s CPU; two
 * processes 5.83 s / 11.18 s; two processes with single-threaded GC 5.01 s / 9.61 s (threads with the
 * flag given to the whole process, which a command cannot do for its user: 4.86 s / 9.30 s).
 *
 * The main thread does not take plans while the workers run: its heap is not capped, and with it
 * checking too, peak RSS grew 107 → 168 MB from 332 to 3,321 plans (CPU and wall time the same; again
 * with the rules' walks fixed: the main thread and one worker instead of two workers, 4.22 vs 4.28 s,
 * 8.06 vs 8.12 s CPU; the main thread and two workers, 5.21 vs 4.67 s).
 */
export async function verdicts(
  targets: readonly PlanLocation[],
  opts: VerdictsOptions = {},
): Promise<Verdict[]> {
  const out = new Array<Verdict | undefined>(targets.length);
  // Many plans: unchanged clean ones come from the bulk cache (hashes and verdicts only).
  const bulk =
    targets.length > CACHED_UP_TO
      ? (await import('../cache/bulkCache.js')).openBulkCache<Verdict>(targets, {
          command: 'validate',
          clean: (v) => v.ok !== undefined && !v.diagnostics.some((d) => d.severity === 'error'),
        })
      : undefined;
  if (bulk) for (let i = 0; i < targets.length; i++) out[i] = bulk.get(i);
  const todo = targets.flatMap((location, index) => (out[index] ? [] : [{ index, location }]));
  // A hot start-up bundle has no checker (src/cache/hot.ts): a plan the bulk cache does not know needs the full one.
  if (todo.length > 0 && targets.length > CACHED_UP_TO && isHotBundle()) throw new NeedsFullBundle();
  const cache = targets.length <= CACHED_UP_TO;
  const { workers, worker } = pool(todo.length, opts);
  const hashes = new Array<string | undefined>(targets.length);
  if (worker)
    await inWorkers(todo, worker, workers, { hashSeed: bulk?.seed }, (d) => {
      out[d.index] = d.verdict;
      hashes[d.index] = d.hash;
    });
  for (const { index, location } of todo) {
    if (!out[index]) {
      const hasher = bulk?.hasher(index);
      out[index] = await verdict(location, { cache, onRead: hasher?.onRead });
      hashes[index] = hasher?.digest();
    }
    bulk?.put(index, out[index], hashes[index]);
  }
  releaseEarly();
  bulk?.save();
  return out as Verdict[];
}

/** The worker processes for `plans` plans and their script (none from source, or when they do not pay). */
function pool(plans: number, opts: VerdictsOptions): { workers: number; worker: string | undefined } {
  const workers = opts.workers ?? workersFor(plans);
  return {
    workers,
    worker: workers > 0 ? (opts.workerFile ?? bundledWorker('validate-worker.cjs')) : undefined,
  };
}

/** How many worker processes `plans` plans pay for: one per PLANS_PER_WORKER and core, none unless two can run. */
function workersFor(plans: number): number {
  const n = Math.min(MAX_WORKERS, Math.floor(plans / PLANS_PER_WORKER));
  if (n < 2) return 0;
  const cores = availableParallelism();
  return cores < 2 ? 0 : Math.min(n, cores);
}

type ChildProcesses = typeof import('node:child_process');
type ChildProcess = import('node:child_process').ChildProcess;
type Fork = ChildProcesses['fork'];

/** A worker process running `file`. Nothing it prints reaches the user: whatever it fails to report is checked here again. */
const startWorker = (fork: Fork, file: string): ChildProcess =>
  fork(file, [], {
    execArgv: [...process.execArgv.filter((a) => !DEBUGGER.test(a)), ...WORKER_HEAP, ...WORKER_GC],
    serialization: 'advanced',
    stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
  });

/** Workers started while the plans were still being found (plansFound), not yet given any work. */
const early: { file: string; child: ChildProcess }[] = [];

/**
 * Told by the folder walk how many plans it has found so far (src/load/discover.ts validateTargets):
 * once there are enough for two workers, they are started then, and boot on the other cores while the
 * walk goes on (3,321 plans: the walk takes 60-90 ms, a worker ~80 ms to start). Not when the bulk
 * cache has anything stored — a repeated run usually needs no worker at all — nor in a hot bundle.
 * Until they are given work they hold nothing open: if the command stops first (a later path that does
 * not exist), it ends as it would have, and they end with it.
 */
export function plansFound(count: number): void {
  if (count !== 2 * PLANS_PER_WORKER || early.length > 0 || isHotBundle()) return;
  const cores = availableParallelism();
  if (cores < 2) return;
  const where = bulkFolder();
  if (where && hasFiles(where.dir)) return;
  // Synchronously, inside the walk; a Node without getBuiltinModule (before 20.16) starts them later.
  const cp = process.getBuiltinModule?.('node:child_process') as ChildProcesses | undefined;
  const file = cp && bundledWorker('validate-worker.cjs');
  if (!cp || !file) return;
  for (let i = 0; i < Math.min(2, cores); i++) {
    const child = startWorker(cp.fork, file);
    // A worker that cannot start is only not used (an 'error' without a listener would throw).
    child.on('error', () => {});
    child.unref();
    child.channel?.unref();
    early.push({ file, child });
  }
}

function hasFiles(dir: string): boolean {
  try {
    return readdirSync(dir).length > 0;
  } catch {
    return false;
  }
}

/** Share `todo` between worker processes running `file`; `done` is told each plan they finish. */
async function inWorkers(
  todo: WorkerJob['batch'],
  file: string,
  workers: number,
  how: { hashSeed: string | undefined; rollup?: RollupOptions },
  done: (d: WorkerDone) => void,
): Promise<void> {
  const { fork } = await import('node:child_process');
  let next = 0;
  const start = (): Promise<void> =>
    new Promise((resolve) => {
      const i = early.findIndex((e) => e.file === file);
      const started = i < 0 ? undefined : early.splice(i, 1)[0]!.child;
      // Gone already (its exit seen): its share is checked here below.
      if (started && !started.connected) return resolve();
      const child = started ?? startWorker(fork, file);
      if (started) {
        child.ref();
        child.channel?.ref();
      }
      let inFlight = 0;
      const give = () => {
        if (next >= todo.length || !child.connected) return;
        const job: WorkerJob = {
          batch: todo.slice(next, next + BATCH),
          maxBytes: WORKER_MAX_BYTES,
          ...(how.hashSeed ? { hashSeed: how.hashSeed } : {}),
          ...(how.rollup ? { rollup: how.rollup } : {}),
        };
        next += job.batch.length;
        inFlight++;
        child.send(job, (err) => {
          // Not delivered (the worker is gone): those plans are checked on the main thread.
          if (err) inFlight--;
        });
      };
      child.on('message', (m: WorkerReport) => {
        for (const d of m.done) done(d);
        inFlight--;
        give();
        // Nothing more to give and nothing outstanding: the worker ends when its channel closes.
        if (inFlight <= 0 && child.connected) child.disconnect();
      });
      child.on('error', () => resolve());
      child.on('exit', () => resolve());
      give();
      give();
    });
  await Promise.all(Array.from({ length: workers }, start));
}

/**
 * `plan rollup` over many plans (src/rollup/collect.ts): each plan's part made in the same worker
 * processes as validate's verdicts (the early ones too, started while the plans were found). False
 * when there are too few plans or cores for workers.
 */
export async function partsInWorkers(
  todo: WorkerJob['batch'],
  how: { hashSeed: string | undefined; rollup: RollupOptions },
  done: (d: WorkerDone) => void,
  opts: VerdictsOptions = {},
): Promise<boolean> {
  const { workers, worker } = pool(todo.length, opts);
  if (worker) await inWorkers(todo, worker, workers, how, done);
  releaseEarly();
  return worker !== undefined;
}

/** Early workers the run did not use (it had fewer plans to check than it found) are told to end. */
function releaseEarly(): void {
  for (const e of early.splice(0)) if (e.child.connected) e.child.disconnect();
}
