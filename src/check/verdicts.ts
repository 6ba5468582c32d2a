import { existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { isHotBundle, NeedsFullBundle } from '../cache/hot.js';
import type { PlanLocation } from '../load/discover.js';
import { type Verdict, verdict } from './verdict.js';

/** Below this many plans a worker's start-up (~60 ms) costs more than it saves. */
const PARALLEL_FROM = 48;
/** The checked-plan cache holds each plan's bytes: fine for a few plans, not for a province of them. */
const CACHED_UP_TO = 8;
/**
 * Workers get a small heap so memory stays flat over thousands of plans (V8 otherwise lets each heap
 * grow far past what it holds between collections); a plan bigger than this is checked on the main
 * thread, whose heap is not capped.
 */
const WORKER_MAX_BYTES = 256 * 1024;
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 48 };

/**
 * Check many plans, on every core when there are enough of them: each worker thread checks an
 * interleaved share and sends back small verdicts. Verdicts come back in the order of `targets`,
 * whatever thread checked them; a plan a worker could not finish is checked again on the main thread.
 */
export async function verdicts(targets: readonly PlanLocation[]): Promise<Verdict[]> {
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
  // Asked only when there is enough to share: finding the worker's file makes import.meta.url (node:url).
  const worker = todo.length >= PARALLEL_FROM ? workerFile() : undefined;
  if (worker) {
    // On two cores several workers only duplicate the start-up of the whole checker (measured: no
    // wall-clock gain, +36 % CPU), so there is one: it costs one start-up and keeps memory flat (its heap is
    // capped, the main thread's is not: 74 → 138 MB RSS from 100 to 1,000 plans on the main thread).
    const cores = availableParallelism();
    const threads = cores >= 3 ? Math.min(cores, 4) : 1;
    const small = todo.filter(({ location }) => size(location) <= WORKER_MAX_BYTES);
    const { Worker } = await import('node:worker_threads');
    await Promise.all(
      Array.from({ length: threads }, (_, w) => {
        const share = small.filter((_, i) => i % threads === w);
        return new Promise<void>((resolve) => {
          const t = new Worker(worker, { workerData: share, resourceLimits: WORKER_LIMITS });
          t.on('message', (m: { index: number; verdict: Verdict }) => {
            out[m.index] = m.verdict;
          });
          // Whatever a worker leaves undone is finished below, on the main thread.
          t.on('error', () => resolve());
          t.on('exit', () => resolve());
        });
      }),
    );
  }
  const cache = targets.length <= CACHED_UP_TO;
  for (const { index, location } of todo) {
    out[index] ??= await verdict(location, { cache });
    bulk?.put(index, out[index]);
  }
  bulk?.save();
  return out as Verdict[];
}

function size(location: PlanLocation): number {
  try {
    return statSync(location.plan.abs).size;
  } catch {
    return 0;
  }
}

/** The bundled worker sits at dist/validate-worker.cjs (beside dist/cli.cjs, above dist/cmd/*.cjs); from source (tests) there is none. */
function workerFile(): string | undefined {
  for (const rel of ['./validate-worker.cjs', '../validate-worker.cjs']) {
    const f = fileURLToPath(new URL(rel, import.meta.url));
    if (existsSync(f)) return f;
  }
  return undefined;
}
