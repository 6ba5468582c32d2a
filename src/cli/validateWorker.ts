/** A worker thread of `plan validate`: checks its share of the plans and sends back each verdict. */
import { parentPort, workerData } from 'node:worker_threads';
import { verdict } from '../check/verdict.js';
import type { PlanLocation } from '../load/discover.js';

async function work(): Promise<void> {
  for (const { index, location } of workerData as { index: number; location: PlanLocation }[]) {
    parentPort!.postMessage({ index, verdict: await verdict(location, { cache: false }) });
  }
}
void work();
