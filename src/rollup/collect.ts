import { existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { checkPlanFolder } from '../check/checkFolder.js';
import type { PlanLocation } from '../load/discover.js';
import { planRollup } from './planRollup.js';
import type { PlanRollup, RollupOptions } from './types.js';

// The same pool as `plan validate` (src/check/verdicts.ts): the same threshold, thread count and
// worker heap limits, so a roll-up runs at validate's throughput with flat memory.
const PARALLEL_FROM = 48;
const WORKER_MAX_BYTES = 256 * 1024;
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 48 };

export interface WorkerJob {
  options: RollupOptions;
  items: { index: number; location: PlanLocation }[];
}

/** Check one plan folder and reduce it to its part of the roll-up (what each worker does). */
export async function rollupPart(location: PlanLocation, options: RollupOptions): Promise<PlanRollup> {
  const c = await checkPlanFolder(location);
  return planRollup(
    { file: location.plan.display, plan: c.plan, records: c.records, diagnostics: c.diagnostics },
    options,
  );
}

/**
 * Every plan's part, in the order of `targets`, read on worker threads when there are enough plans;
 * `progress(done, total)` is called as parts arrive. A plan a worker could not finish (or too big for
 * a worker's small heap) is read again on the main thread.
 */
export async function collectParts(
  targets: readonly PlanLocation[],
  options: RollupOptions,
  progress?: (done: number, total: number) => void,
): Promise<PlanRollup[]> {
  const out = new Array<PlanRollup | undefined>(targets.length);
  let done = 0;
  const tick = () => progress?.(++done, targets.length);
  const threads = Math.min(availableParallelism(), 4);
  const worker = workerFile();
  if (targets.length >= PARALLEL_FROM && threads >= 2 && worker) {
    const small = targets.flatMap((location, index) =>
      size(location) <= WORKER_MAX_BYTES ? [{ index, location }] : [],
    );
    const { Worker } = await import('node:worker_threads');
    await Promise.all(
      Array.from({ length: threads }, (_, w) => {
        const job: WorkerJob = { options, items: small.filter((_, i) => i % threads === w) };
        return new Promise<void>((resolve) => {
          const t = new Worker(worker, { workerData: job, resourceLimits: WORKER_LIMITS });
          t.on('message', (m: { index: number; part: PlanRollup }) => {
            out[m.index] = m.part;
            tick();
          });
          t.on('error', () => resolve());
          t.on('exit', () => resolve());
        });
      }),
    );
  }
  for (let i = 0; i < targets.length; i++) {
    if (out[i]) continue;
    out[i] = await rollupPart(targets[i]!, options);
    tick();
  }
  return out as PlanRollup[];
}

function size(location: PlanLocation): number {
  try {
    return statSync(location.plan.abs).size;
  } catch {
    return 0;
  }
}

/** The bundled worker sits at dist/rollup-worker.cjs (beside dist/cli.cjs, above dist/cmd/*.cjs); from source (tests) there is none. */
function workerFile(): string | undefined {
  for (const rel of ['./rollup-worker.cjs', '../rollup-worker.cjs']) {
    const f = fileURLToPath(new URL(rel, import.meta.url));
    if (existsSync(f)) return f;
  }
  return undefined;
}
