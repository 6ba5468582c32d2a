/**
 * The bulk cache of a command over many plans (a province's CI): `plan validate` keeps each plan's
 * verdict, `plan rollup` each plan's part. One file per command and set of targets holds, per plan
 * folder, a SHA-256 of its files' exact bytes and the small result made from them — hashes and results,
 * never the bytes (keeping bytes made 156 MB for 3,321 plans). A plan is answered from it only when the
 * hash of its files now is the one stored, for the same build of the tool on the same Node and the same
 * options (a run with other options replaces the file: one file per set of targets, not one per day);
 * the file's own SHA-256 must match, so a damaged file is a miss for every plan, never a wrong result.
 * Only the built CLI turns it on (src/cache/planCache.ts), and PLAN_NO_CACHE=1 turns it off.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PlanLocation } from '../load/discover.js';
import { keyHash, writeCacheFile } from './dir.js';
import { type FolderHasher, folderHasher, hashSeed } from './folderHash.js';
import { bulkFolder, plainData, readExact } from './planCache.js';

interface Stored<V> {
  hash: string;
  value: V;
}

interface StoredFile<V> {
  /** The options the results were made with. */
  key: string;
  entries: Record<string, Stored<V>>;
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

export interface BulkCache<V> {
  /** What the hash of a folder starts with (src/cache/folderHash.ts): a worker given it hashes what it reads. */
  seed: string;
  /** For a check on this process: give it `onRead`, then `digest()` is what `put` wants. */
  hasher(index: number): FolderHasher;
  /** The result for an unchanged, clean plan folder, or undefined. */
  get(index: number): V | undefined;
  /** Keep a fresh result if it is clean, under the hash of the bytes it was made from. */
  put(index: number, value: V, hash: string | undefined): void;
  save(): void;
}

/**
 * The cache of `command` for these targets, made with `options` (any JSON). `clean(value)` says whether
 * a result may be kept: only a clean plan's is (one with errors is checked again, and told again).
 */
export function openBulkCache<V>(
  targets: readonly PlanLocation[],
  spec: { command: string; options?: unknown; clean: (value: V) => boolean },
): BulkCache<V> | undefined {
  const where = bulkFolder();
  if (!where) return undefined;
  const file = join(
    where.dir,
    `${keyHash([where.build, process.version, spec.command, ...targets.map((t) => t.plan.abs)].join('\0'))}.json`,
  );
  const key = JSON.stringify(spec.options ?? null);
  let stored: Record<string, Stored<V>> = {};
  try {
    const text = readFileSync(file, 'utf8');
    const nl = text.indexOf('\n');
    const body = text.slice(nl + 1);
    if (createHash('sha256').update(body).digest('base64') === text.slice(0, nl)) {
      const f = JSON.parse(body) as StoredFile<V>;
      if (f.key === key && f.entries && typeof f.entries === 'object') stored = f.entries;
    }
  } catch {
    stored = {};
  }
  // Only a plan the file knows is hashed here: the others are hashed by the check, from what it reads
  // (so a first run reads each file once, not three times, and hashes it where it is checked).
  const seed = hashSeed(where.build);
  const next: Record<string, Stored<V>> = {};
  return {
    seed,
    hasher: (i) => folderHasher(seed, targets[i]!),
    get(i) {
      const s = stored[targets[i]!.plan.abs];
      if (!s || s.hash !== folderHash(seed, targets[i]!)) return undefined;
      next[targets[i]!.plan.abs] = s;
      return s.value;
    },
    put(i, value, hash) {
      if (!hash || !spec.clean(value) || !plainData(value)) return;
      next[targets[i]!.plan.abs] = { hash, value };
    },
    save() {
      const body = JSON.stringify({ key, entries: next } satisfies StoredFile<V>);
      writeCacheFile(file, `${createHash('sha256').update(body).digest('base64')}\n${body}`);
    },
  };
}
