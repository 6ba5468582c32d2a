/**
 * A worker process of `plan validate` (src/check/verdicts.ts) and of `plan rollup` over many plans:
 * checks each batch of plans it is sent, in order, and answers each with the verdicts (or the plans'
 * roll-up parts). A plan too big for its capped heap is left out for the
 * main process. It ends when the main process closes the channel (or itself ends).
 */
import { folderHasher } from '../cache/folderHash.js';
import { verdict } from '../check/verdict.js';
import type { WorkerJob, WorkerReport } from '../check/verdicts.js';
import { rollupPart } from '../rollup/collect.js';
import { fileSize } from '../util/workers.js';

const jobs: WorkerJob[] = [];
let working = false;

process.on('message', (job: WorkerJob) => {
  jobs.push(job);
  if (!working) void work();
});
process.on('disconnect', () => process.exit(0));

async function work(): Promise<void> {
  working = true;
  for (let job = jobs.shift(); job; job = jobs.shift()) {
    const report: WorkerReport = { done: [] };
    for (const { index, location } of job.batch) {
      if (fileSize(location.plan.abs) > job.maxBytes) continue;
      if (job.rollup) {
        // `plan rollup`: the plan's part of the roll-up instead of its verdict.
        const r = await rollupPart(location, { options: job.rollup, cache: false, seed: job.hashSeed });
        // A copy: the part's strings are slices of the plan's text (js-yaml), and would keep every text of
        // the batch alive, to be copied by each scavenge, until the batch is sent.
        r.part = structuredClone(r.part);
        report.done.push(
          r.hash === undefined ? { index, part: r.part } : { index, part: r.part, hash: r.hash },
        );
        continue;
      }
      const hasher = job.hashSeed === undefined ? undefined : folderHasher(job.hashSeed, location);
      const v = await verdict(location, { cache: false, onRead: hasher?.onRead });
      const hash = hasher?.digest();
      report.done.push(hash === undefined ? { index, verdict: v } : { index, verdict: v, hash });
    }
    process.send!(report);
  }
  working = false;
}
