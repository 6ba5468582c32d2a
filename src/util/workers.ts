/**
 * What the bulk pools share (`plan validate`: src/check/verdicts.ts; `plan rollup`/`plan site`:
 * src/rollup/collect.ts): where a bundled worker is, and which plans are too big for a worker's heap.
 */
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Workers get a small heap so memory stays flat over thousands of plans; a plan file bigger than this
 * is left by a worker to the main thread, whose heap is not capped.
 */
export const WORKER_MAX_BYTES = 256 * 1024;

/** A file's size, 0 when it cannot be read (the check then says why). */
export function fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

/**
 * A bundled worker sits in dist/ (beside dist/cli.cjs, above dist/cmd/*.cjs); from source (tests) there
 * is none. Asked only when there is work to share: it makes import.meta.url (node:url).
 */
export function bundledWorker(name: string): string | undefined {
  for (const rel of [`./${name}`, `../${name}`]) {
    const f = fileURLToPath(new URL(rel, import.meta.url));
    if (existsSync(f)) return f;
  }
  return undefined;
}
