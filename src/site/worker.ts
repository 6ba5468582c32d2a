/** A worker thread of `plan site`: checks its share of the plans and sends back each part and page. */
import { parentPort, workerData } from 'node:worker_threads';
import type { PoolJob } from '../rollup/collect.js';
import { type SitePartOptions, sitePart } from './sitePart.js';

// No top-level await: the bundle is CommonJS (it runs from a code-cached vm.Script).
async function work(): Promise<void> {
  const job = workerData as PoolJob<SitePartOptions>;
  for (const { index, location } of job.items) {
    parentPort!.postMessage({ index, ...(await sitePart(location, job.options)) });
  }
}
void work();
