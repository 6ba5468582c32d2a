/**
 * A worker thread of `plan site`: checks its share of the plans and sends back each part and page, a
 * few ahead of the main thread writing them.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { enablePlanCache } from '../cache/planCache.js';
import { type PoolJob, serveShare } from '../rollup/collect.js';
import { type SitePartOptions, sitePart } from './sitePart.js';

// No top-level await: the bundle is CommonJS (it runs from a code-cached vm.Script).
async function work(): Promise<void> {
  // The checked-plan cache, as on the main thread (it only reads entries whose files are unchanged and
  // writes each entry atomically): without it a pool re-checks plans one thread would take from it.
  enablePlanCache(process.env);
  await serveShare(parentPort!, workerData as PoolJob<SitePartOptions>, sitePart);
}
void work();
