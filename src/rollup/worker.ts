/** A worker thread of `plan rollup`: reads its share of the plans and sends back each plan's part. */
import { parentPort, workerData } from 'node:worker_threads';
import { enablePlanCache } from '../cache/planCache.js';
import { rollupPart, type WorkerJob } from './collect.js';

// No top-level await: the bundle is CommonJS (it runs from a code-cached vm.Script).
async function work(): Promise<void> {
  // As on the main thread: an unchanged plan is not checked again (PLAN_NO_CACHE turns it off).
  enablePlanCache(process.env);
  const job = workerData as WorkerJob;
  for (const { index, location } of job.items) {
    parentPort!.postMessage({ index, part: await rollupPart(location, job.options) });
  }
}
void work();
