/**
 * A worker thread of `plan validate`: takes the next unchecked plan from the counter it shares with the
 * main thread and the other workers, checks it, and sends back verdicts in small batches (one message
 * per plan cost ~2 % of a province's run). A plan too big for its capped heap is left to the main thread.
 */
import { statSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { verdict } from '../check/verdict.js';
import type { WorkerReport, WorkerShare } from '../check/verdicts.js';

const BATCH = 32;

async function work(): Promise<void> {
  const { todo, next, maxBytes } = workerData as WorkerShare;
  const counter = new Int32Array(next);
  let report: WorkerReport = { done: [] };
  for (let k = Atomics.add(counter, 0, 1); k < todo.length; k = Atomics.add(counter, 0, 1)) {
    const { index, location } = todo[k]!;
    // Left undone: the main thread finishes every plan no thread reported.
    if (size(location.plan.abs) > maxBytes) continue;
    report.done.push({ index, verdict: await verdict(location, { cache: false }) });
    if (report.done.length >= BATCH) {
      parentPort!.postMessage(report);
      report = { done: [] };
    }
  }
  parentPort!.postMessage(report);
}

function size(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}
void work();
