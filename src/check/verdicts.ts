import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { PlanLocation } from '../load/discover.js';
import { type Verdict, verdict } from './verdict.js';

/** Below this many plans a worker's start-up (~60 ms) costs more than it saves. */
const PARALLEL_FROM = 48;

/**
 * Check many plans, on every core when there are enough of them: each worker thread checks an
 * interleaved share and sends back small verdicts, so memory stays flat however many plans there are.
 * Verdicts come back in the order of `targets`, whatever thread checked them.
 */
export async function verdicts(targets: readonly PlanLocation[]): Promise<Verdict[]> {
  const threads = Math.min(availableParallelism(), 4);
  const worker = workerFile();
  if (targets.length < PARALLEL_FROM || threads < 2 || !worker) {
    const out: Verdict[] = [];
    for (const t of targets) out.push(await verdict(t));
    return out;
  }
  const { Worker } = await import('node:worker_threads');
  const out = new Array<Verdict>(targets.length);
  await Promise.all(
    Array.from({ length: threads }, (_, w) => {
      const share = targets.flatMap((location, index) =>
        index % threads === w ? [{ index, location }] : [],
      );
      return new Promise<void>((resolve, reject) => {
        const t = new Worker(worker, { workerData: share });
        t.on('message', (m: { index: number; verdict: Verdict }) => {
          out[m.index] = m.verdict;
        });
        t.on('error', reject);
        t.on('exit', (code) =>
          code === 0 ? resolve() : reject(new Error(`validate worker exited with ${code}`)),
        );
      });
    }),
  );
  return out;
}

/** The bundled worker sits at dist/validate-worker.js; from source (tests) there is none. */
function workerFile(): string | undefined {
  for (const rel of ['../validate-worker.js', './validate-worker.js']) {
    const f = fileURLToPath(new URL(rel, import.meta.url));
    if (existsSync(f)) return f;
  }
  return undefined;
}
