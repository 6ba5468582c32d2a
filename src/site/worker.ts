/**
 * A worker thread of `plan site`: checks its share of the plans and sends back each part and page, a
 * few ahead of the main thread writing them.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { type PoolJob, serveShare } from '../rollup/collect.js';
import { type SitePartOptions, sitePart } from './sitePart.js';

// No top-level await: the bundle is CommonJS (it runs from a code-cached vm.Script).
async function work(): Promise<void> {
  // No checked-plan cache here: a pool runs only over many plans, where it is off (it keeps bytes).
  await serveShare(parentPort!, workerData as PoolJob<SitePartOptions>, sitePart);
}
void work();
