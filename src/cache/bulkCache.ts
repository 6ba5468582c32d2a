/**
 * The bulk cache of `plan validate` over many plans (a province's CI): one file per set of targets
 * holding, per plan folder, a SHA-256 of its files' exact bytes and the clean verdict it got — hashes
 * and verdicts, never the bytes (keeping bytes made 156 MB for 3,321 plans). A plan is answered from it
 * only when the hash of its files now is the one stored, for the same build of the tool on the same
 * Node; the file's own SHA-256 must match, so a damaged file is a miss for every plan, never a wrong
 * verdict. Only the built CLI turns it on (src/cache/planCache.ts), and PLAN_NO_CACHE=1 turns it off.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Verdict } from '../check/verdict.js';
import type { PlanLocation } from '../load/discover.js';
import { keyHash, writeCacheFile } from './dir.js';
import { type FolderHasher, folderHasher, hashSeed } from './folderHash.js';
import { bulkFolder, plainData, readExact } from './planCache.js';

interface Stored {
  hash: string;
  verdict: Verdict;
}

/** The hash of a plan folder as it is now (undefined when a file cannot be read exactly). */
function folderHash(seed: string, l: PlanLocation): string | undefined {
  const hasher = folderHasher(seed, l);
  for (const r of [l.plan, ...l.progress]) {
    const bytes = readExact(r.abs);
    if (!bytes) return undefined;
    hasher.onRead(r.abs, r.display, bytes);
  }
  return hasher.digest();
}

export interface BulkCache {
  /** What the hash of a folder starts with (src/cache/folderHash.ts): a worker given it hashes what it reads. */
  seed: string;
  /** For a check on this process: give it `onRead`, then `digest()` is what `put` wants. */
  hasher(index: number): FolderHasher;
  /** A verdict for an unchanged, clean plan folder, or undefined. */
  get(index: number): Verdict | undefined;
  /** Keep a fresh verdict if it is clean, under the hash of the bytes it was made from. */
  put(index: number, verdict: Verdict, hash: string | undefined): void;
  save(): void;
}

export function openBulkCache(targets: readonly PlanLocation[]): BulkCache | undefined {
  const where = bulkFolder();
  if (!where) return undefined;
  const file = join(
    where.dir,
    `${keyHash([where.build, process.version, ...targets.map((t) => t.plan.abs)].join('\0'))}.json`,
  );
  let stored: Record<string, Stored> = {};
  try {
    const text = readFileSync(file, 'utf8');
    const nl = text.indexOf('\n');
    const body = text.slice(nl + 1);
    if (createHash('sha256').update(body).digest('base64') === text.slice(0, nl)) stored = JSON.parse(body);
  } catch {
    stored = {};
  }
  // Only a plan the file knows is hashed here: the others are hashed by the check, from what it reads
  // (so a first run reads each file once, not three times, and hashes it where it is checked).
  const seed = hashSeed(where.build);
  const next: Record<string, Stored> = {};
  return {
    seed,
    hasher: (i) => folderHasher(seed, targets[i]!),
    get(i) {
      const s = stored[targets[i]!.plan.abs];
      if (!s || s.hash !== folderHash(seed, targets[i]!)) return undefined;
      next[targets[i]!.plan.abs] = s;
      return s.verdict;
    },
    put(i, verdict, hash) {
      if (
        !hash ||
        !verdict.ok ||
        verdict.diagnostics.some((d) => d.severity === 'error') ||
        !plainData(verdict)
      )
        return;
      next[targets[i]!.plan.abs] = { hash, verdict };
    },
    save() {
      const body = JSON.stringify(next);
      writeCacheFile(file, `${createHash('sha256').update(body).digest('base64')}\n${body}`);
    },
  };
}
