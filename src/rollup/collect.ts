import { availableParallelism } from 'node:os';
import { CACHED_UP_TO } from '../cache/planCache.js';
import { checkPlanFolder } from '../check/checkFolder.js';
import type { VerdictsOptions } from '../check/verdicts.js';
import type { PlanLocation } from '../load/discover.js';
import { bundledWorker, fileSize, WORKER_MAX_BYTES } from '../util/workers.js';
import { planRollup } from './planRollup.js';
import type { PlanRollup, RollupOptions } from './types.js';

// The thread pool of `plan site`, and of `plan rollup` below the plans that pay for validate's worker
// processes (src/check/verdicts.ts); small worker heaps keep memory flat.
const PARALLEL_FROM = 48;
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 48 };

export type WorkerJob = PoolJob<PartJob>;

/**
 * How each plan's part is made. In bulk (`seed` set) the checked-plan cache, which keeps bytes, is not
 * used: the check hashes what it reads instead, for the bulk cache of parts.
 */
export interface PartJob {
  options: RollupOptions;
  cache: boolean;
  /** The bulk cache's hash seed (src/cache/folderHash.ts), when there is a bulk cache. */
  seed?: string;
}

/** Check one plan folder and reduce it to its part of the roll-up (what each worker does). */
export async function rollupPart(
  location: PlanLocation,
  job: PartJob,
): Promise<{ part: PlanRollup; hash?: string }> {
  const hasher =
    job.seed === undefined
      ? undefined
      : (await import('../cache/folderHash.js')).folderHasher(job.seed, location);
  const c = await checkPlanFolder(location, { cache: job.cache, onRead: hasher?.onRead });
  const part = planRollup(
    { file: location.plan.display, plan: c.plan, records: c.records, diagnostics: c.diagnostics },
    job.options,
  );
  return { part, hash: hasher?.digest() };
}

/**
 * Every plan's part, in the order of `targets`; `progress(done, total)` is called as parts arrive. Over
 * many plans the parts are made in `plan validate`'s worker processes (one per core, single-threaded
 * GC); with fewer, on worker threads; with few, here. A plan a worker could not finish (or too big for
 * a worker's small heap) is read again on the main thread. Over many plans, the part of an unchanged
 * clean plan comes from the bulk cache (keyed by the options too: the as-of date changes a part).
 *
 * Processes rather than threads (3,321 plans, 2 cores, caches off, 5 interleaved runs, medians): 6.16
 * vs 6.25 s, and with each part's issuer level matched by regular expressions compiled once, 86 % of
 * validate's throughput in `npm run bench` (75 % before).
 */
export async function collectParts(
  targets: readonly PlanLocation[],
  options: RollupOptions,
  progress?: (done: number, total: number) => void,
  /** The worker processes (tests): their script and number; by default as `plan validate`'s. */
  pool?: VerdictsOptions,
): Promise<PlanRollup[]> {
  const out = new Array<PlanRollup | undefined>(targets.length);
  const bulk =
    targets.length > CACHED_UP_TO
      ? (await import('../cache/bulkCache.js')).openBulkCache<PlanRollup>(targets, {
          command: 'rollup',
          options,
          clean: (p) => p.errors === 0 && p.figures !== null,
        })
      : undefined;
  let done = 0;
  if (bulk)
    for (let i = 0; i < targets.length; i++) {
      out[i] = bulk.get(i);
      if (out[i]) done += 1;
    }
  if (done > 0) progress?.(done, targets.length);
  const todo = targets.flatMap((location, index) => (out[index] ? [] : [{ index, location }]));
  const take = (index: number, part: PlanRollup, hash: string | undefined) => {
    out[index] = part;
    bulk?.put(index, part, hash);
    progress?.(++done, targets.length);
  };
  const { partsInWorkers } = await import('../check/verdicts.js');
  const inProcesses = await partsInWorkers(
    todo,
    { hashSeed: bulk?.seed, rollup: options },
    (d) => {
      if (d.part && !out[d.index]) take(d.index, d.part, d.hash);
    },
    pool,
  );
  const rest = inProcesses ? todo.filter((t) => !out[t.index]) : todo;
  await inWorkers(
    rest.map((t) => t.location),
    {
      worker: 'rollup-worker.cjs',
      options: { options, cache: targets.length <= CACHED_UP_TO, seed: bulk?.seed },
      local: rollupPart,
      result: (k, m: { part: PlanRollup; hash?: string }) => take(rest[k]!.index, m.part, m.hash),
    },
  );
  bulk?.save();
  return out as PlanRollup[];
}

/** What a pool worker is given: the options of the job and its share of the plans, by index. */
export interface PoolJob<O> {
  options: O;
  items: { index: number; location: PlanLocation }[];
}

/**
 * The thread pool of `plan site` (and of `plan rollup` between 48 plans and the plans that pay for
 * worker processes): each plan of `targets` goes through `local`
 * exactly once, on one of up to 4 worker threads (`dist/<worker>`, which runs `local` on its share and
 * posts `{index, ...result}` per plan) when there are enough plans and cores, else on this thread.
 * `result(index, r)` is called as each plan's result arrives (in no fixed order). A plan a worker could
 * not finish, or too big for a worker's small heap, is done again on the main thread.
 */
export async function inWorkers<O, R>(
  targets: readonly PlanLocation[],
  job: {
    worker: string;
    options: O;
    local: (location: PlanLocation, options: O) => Promise<R>;
    result: (index: number, r: R) => void;
    /** Answer each result, for a worker that waits for answers (`serveShare`) so results never pile up. */
    ack?: boolean;
  },
): Promise<void> {
  const got = new Uint8Array(targets.length);
  // PLAN_THREADS=1 keeps everything on this thread (to compare against, in the bench and the tests).
  const threads = Math.min(Number(process.env.PLAN_THREADS) || availableParallelism(), 4);
  const worker = bundledWorker(job.worker);
  if (targets.length >= PARALLEL_FROM && threads >= 2 && worker) {
    const small = targets.flatMap((location, index) =>
      fileSize(location.plan.abs) <= WORKER_MAX_BYTES ? [{ index, location }] : [],
    );
    const { Worker } = await import('node:worker_threads');
    // An error of `result` (say a page that cannot be written) stops every worker and is thrown here,
    // never left to escape from an event handler.
    let failed: { error: unknown } | undefined;
    const pool: InstanceType<typeof Worker>[] = [];
    await Promise.all(
      Array.from({ length: threads }, (_, w) => {
        const data: PoolJob<O> = { options: job.options, items: small.filter((_, i) => i % threads === w) };
        return new Promise<void>((resolve) => {
          const t = new Worker(worker, { workerData: data, resourceLimits: WORKER_LIMITS });
          pool.push(t);
          t.on('message', (m: R & { index: number }) => {
            if (failed) return;
            got[m.index] = 1;
            try {
              job.result(m.index, m);
              if (job.ack) t.postMessage(m.index);
            } catch (error) {
              failed = { error };
              for (const other of pool) void other.terminate();
            }
          });
          t.on('error', () => resolve());
          t.on('exit', () => resolve());
        });
      }),
    );
    if (failed) throw failed.error;
  }
  for (let i = 0; i < targets.length; i++) {
    if (got[i]) continue;
    job.result(i, await job.local(targets[i]!, job.options));
  }
}

/** Results a worker run by `serveShare` may send ahead of the main thread's answers. */
const WINDOW = 8;

/**
 * The loop of a pool worker whose results are large (pages): it runs `work` on its share and sends each
 * result, but never more than WINDOW ahead of the answers, so when the main thread is slower (writing
 * files) the results wait unmade in the worker instead of piling up in the main thread's memory.
 */
export async function serveShare<O, R extends object>(
  port: import('node:worker_threads').MessagePort,
  job: PoolJob<O>,
  work: (location: PlanLocation, options: O) => Promise<R>,
): Promise<void> {
  let credit = WINDOW;
  let wake: (() => void) | undefined;
  port.on('message', () => {
    credit += 1;
    wake?.();
    wake = undefined;
  });
  for (const { index, location } of job.items) {
    while (credit === 0) await new Promise<void>((r) => (wake = r));
    credit -= 1;
    port.postMessage({ index, ...(await work(location, job.options)) });
  }
  // Listening keeps a worker alive: let it end once its share is sent.
  port.unref();
}
