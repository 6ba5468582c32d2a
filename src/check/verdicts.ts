import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { isHotBundle, NeedsFullBundle } from '../cache/hot.js';
import type { PlanLocation } from '../load/discover.js';
import { type Verdict, verdict } from './verdict.js';

/** Below this many plans a worker's start-up (~60 ms) costs more than it saves. */
const PARALLEL_FROM = 48;
/** The checked-plan cache holds each plan's bytes: fine for a few plans, not for a province of them. */
const CACHED_UP_TO = 8;
/** More workers than this only contend for memory bandwidth and start-up; 8 keeps a big machine busy. */
const MAX_THREADS = 8;
/**
 * Workers get a small heap so memory stays flat over thousands of plans (V8 otherwise lets each heap
 * grow far past what it holds between collections); a plan bigger than this is left by a worker to the
 * main thread, whose heap is not capped.
 */
export const WORKER_MAX_BYTES = 256 * 1024;
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 48 };

/** What a worker is given: the plans still to check, and the shared counter every thread takes the next one from. */
export interface WorkerShare {
  todo: { index: number; location: PlanLocation }[];
  /** Int32Array over it: [0] = the next position in `todo` to take. */
  next: SharedArrayBuffer;
  maxBytes: number;
}

/** A worker's message: verdicts it made (a plan too big for its heap it leaves to the main thread). */
export interface WorkerReport {
  done: { index: number; verdict: Verdict }[];
}

export interface VerdictsOptions {
  /** The worker script; by default the bundled dist/validate-worker.cjs (none when run from source). */
  workerFile?: string;
  /** Worker threads; by default one per core (up to 8), none on one core. */
  threads?: number;
}

/**
 * Check many plans, on every core when there are enough of them: one worker thread per core, each taking
 * the next unchecked plan from one shared counter, so a worker that starts late or meets a slow plan
 * simply takes fewer; workers send back small verdicts in batches. Verdicts come back in the order of
 * `targets`, whatever thread checked them; a plan no worker reported (one died, or left a plan too big
 * for its heap) is checked on the main thread afterwards.
 *
 * The main thread itself does not take plans while the workers run, even on two cores. Measured on
 * 3,321 plans (2 cores): the main thread + one worker and two workers cost the same CPU (10.5 s) and
 * wall time within noise, but the main thread's heap is not capped, and with it checking, peak RSS grew
 * 107 → 168 MB from 332 to 3,321 plans; with two capped workers 109 → 135 MB.
 */
export async function verdicts(
  targets: readonly PlanLocation[],
  opts: VerdictsOptions = {},
): Promise<Verdict[]> {
  const out = new Array<Verdict | undefined>(targets.length);
  // Many plans: unchanged clean ones come from the bulk cache (hashes and verdicts only).
  const bulk =
    targets.length > CACHED_UP_TO
      ? (await import('../cache/bulkCache.js')).openBulkCache(targets)
      : undefined;
  if (bulk) for (let i = 0; i < targets.length; i++) out[i] = bulk.get(i);
  const todo = targets.flatMap((location, index) => (out[index] ? [] : [{ index, location }]));
  // A hot start-up bundle has no checker (src/cache/hot.ts): a plan the bulk cache does not know needs the full one.
  if (todo.length > 0 && targets.length > CACHED_UP_TO && isHotBundle()) throw new NeedsFullBundle();
  const cache = targets.length <= CACHED_UP_TO;
  // Asked only when there is enough to share: finding the worker's file makes import.meta.url (node:url).
  const worker = todo.length >= PARALLEL_FROM ? (opts.workerFile ?? workerFile()) : undefined;
  const cores = worker ? availableParallelism() : 0;
  const threads = Math.max(0, Math.min(opts.threads ?? (cores > 1 ? cores : 0), MAX_THREADS));
  if (worker && threads > 0) {
    const next = new SharedArrayBuffer(4);
    const { Worker } = await import('node:worker_threads');
    const share: WorkerShare = { todo, next, maxBytes: WORKER_MAX_BYTES };
    const running = Array.from(
      { length: threads },
      () =>
        new Promise<void>((resolve) => {
          const t = new Worker(worker, { workerData: share, resourceLimits: WORKER_LIMITS });
          t.on('message', (m: WorkerReport) => {
            for (const d of m.done) out[d.index] = d.verdict;
          });
          // Whatever a worker leaves undone is finished below, on the main thread.
          t.on('error', () => resolve());
          t.on('exit', () => resolve());
        }),
    );
    await Promise.all(running);
  }
  for (const { index, location } of todo) {
    out[index] ??= await verdict(location, { cache });
    bulk?.put(index, out[index]);
  }
  bulk?.save();
  return out as Verdict[];
}

/** The bundled worker sits at dist/validate-worker.cjs (beside dist/cli.cjs, above dist/cmd/*.cjs); from source (tests) there is none. */
function workerFile(): string | undefined {
  for (const rel of ['./validate-worker.cjs', '../validate-worker.cjs']) {
    const f = fileURLToPath(new URL(rel, import.meta.url));
    if (existsSync(f)) return f;
  }
  return undefined;
}
