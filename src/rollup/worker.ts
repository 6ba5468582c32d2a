/** A worker thread of `plan rollup`: reads its share of the plans and sends back each plan's part. */
import { parentPort, workerData } from 'node:worker_threads';
import { rollupPart, type WorkerJob } from './collect.js';

// No top-level await: the bundle is CommonJS (it runs from a code-cached vm.Script).
async function work(): Promise<void> {
  // No checked-plan cache here: a pool runs only over many plans, where it is off (it keeps bytes);
  // the job's seed, when there is a bulk cache, has the check hash what it reads.
  const job = workerData as WorkerJob;
  for (const { index, location } of job.items) {
    parentPort!.postMessage({ index, ...(await rollupPart(location, job.options)) });
  }
}
void work();
