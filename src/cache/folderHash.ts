/**
 * The hash the bulk cache keeps of a plan folder (src/cache/bulkCache.ts): SHA-256 of what the verdict
 * depends on — the tool's build and Node's version (the seed), then each file in the order it is checked
 * (the plan, then its progress files): its path, the path as shown, its length and its bytes.
 *
 * A check computes it from the very bytes it read (`onRead`), in the process that checked them, so a
 * verdict is never stored under the hash of bytes it did not see; the cache's lookup computes it from
 * the files as they are now.
 */
import { createHash } from 'node:crypto';
import type { PlanLocation } from '../load/discover.js';
import type { OnRead } from '../load/source.js';

export const hashSeed = (build: string): string => `${build}\0${process.version}\0`;

export interface FolderHasher {
  /** Give it each file as it is read. */
  onRead: OnRead;
  /** The hash, or undefined unless every file of the folder was given, once each, in order. */
  digest(): string | undefined;
}

export function folderHasher(seed: string, location: PlanLocation): FolderHasher {
  const files = [location.plan, ...location.progress];
  const h = createHash('sha256').update(seed);
  let next = 0;
  let whole = true;
  return {
    onRead(path, file, bytes) {
      const want = files[next++];
      if (!want || want.abs !== path || want.display !== file) whole = false;
      if (!whole) return;
      h.update(`${path}\0${file}\0${bytes.length}\0`);
      h.update(bytes);
    },
    digest: () => (whole && next === files.length ? h.digest('base64') : undefined),
  };
}
