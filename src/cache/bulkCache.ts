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
import { bulkFolder, plainData, readExact } from './planCache.js';

interface Stored {
  hash: string;
  verdict: Verdict;
}

const refs = (l: PlanLocation) => [l.plan, ...l.progress];

/** The hash of a plan folder as it is now: every file's path as shown, and its bytes. */
function folderHash(build: string, l: PlanLocation): string | undefined {
  const h = createHash('sha256');
  h.update(`${build}\0${process.version}\0`);
  for (const r of refs(l)) {
    const bytes = readExact(r.abs);
    if (!bytes) return undefined;
    h.update(`${r.abs}\0${r.display}\0${bytes.length}\0`);
    h.update(bytes);
  }
  return h.digest('base64');
}

export interface BulkCache {
  /** A verdict for an unchanged, clean plan folder, or undefined. */
  get(index: number): Verdict | undefined;
  /** Keep a fresh verdict if it is clean and the files did not change while it was being made. */
  put(index: number, verdict: Verdict): void;
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
  const hashes = targets.map((t) => folderHash(where.build, t));
  const next: Record<string, Stored> = {};
  return {
    get(i) {
      const s = stored[targets[i]!.plan.abs];
      const h = hashes[i];
      if (!h || !s || s.hash !== h) return undefined;
      next[targets[i]!.plan.abs] = s;
      return s.verdict;
    },
    put(i, verdict) {
      const h = hashes[i];
      if (!h || !verdict.ok || verdict.diagnostics.some((d) => d.severity === 'error') || !plainData(verdict))
        return;
      if (folderHash(where.build, targets[i]!) !== h) return;
      next[targets[i]!.plan.abs] = { hash: h, verdict };
    },
    save() {
      const body = JSON.stringify(next);
      writeCacheFile(file, `${createHash('sha256').update(body).digest('base64')}\n${body}`);
    },
  };
}
