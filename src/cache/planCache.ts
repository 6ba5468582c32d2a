/**
 * The checked-plan cache: `plan status` run twenty times a day on the same plan need not parse and
 * check it twenty times. An entry holds the exact bytes of the plan and of every progress file it was
 * checked with, and what the check found (the plan's data, the records, the warnings). It is used only
 * when every one of those files still has exactly those bytes, for the same build of the tool on the
 * same Node; only clean results (no errors) are kept. Anything unexpected — a missing, truncated or
 * damaged entry, another build, a file that changed — is a miss: the plan is checked as if there were no
 * cache, and the entry is rewritten. The result is stored twice and used only when both copies are
 * identical, so a damaged entry can never give a wrong answer (a hash would cost more than the check
 * it saves: node:crypto alone takes longer to load than a warm `plan status`). Only the built CLI turns it on (never tests that import the source),
 * and `PLAN_NO_CACHE=1` turns it off.
 */
import { closeSync, fstatSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from '../check/diagnostic.js';
import type { PlanLocation } from '../load/discover.js';
import type { PlanFile, ProgressRecord } from '../model/types.js';
import { cacheDir, cacheDisabled, keyHash, writeCacheFile } from './dir.js';

declare const __KEHOACH_BUILD__: string | undefined;
const BUILD = typeof __KEHOACH_BUILD__ === 'string' ? __KEHOACH_BUILD__ : undefined;
const MAGIC = 'kehoach-plan-cache 1\n';
/** The same cap the readers apply (src/load/source.ts): anything bigger is never cached. */
const MAX_BYTES = 8 * 1024 * 1024;

type Env = Readonly<Record<string, string | undefined>>;
let env: Env | undefined;
let dir: string | undefined | null = null;

/** Called by the process entry of the built CLI; without it the cache stays off. */
export function enablePlanCache(e: Env): void {
  env = BUILD && !cacheDisabled(e, 'plans') ? e : undefined;
  dir = null;
}

function folder(): string | undefined {
  if (!env) return undefined;
  if (dir === null) dir = cacheDir(env, 'plans');
  return dir;
}

/**
 * The most plans one command run checks through this cache: it holds each plan's bytes, fine for a few
 * plans, not for a province of them (keeping bytes made 156 MB for 3,321 plans, 19 MB for 332, and a
 * first run 35-80 % slower). More plans than this go through the bulk cache (src/cache/bulkCache.ts).
 */
export const CACHED_UP_TO = 8;

/** The bulk cache's folder (src/cache/bulkCache.ts), on the same terms as this one. */
export function bulkFolder(): { dir: string; build: string } | undefined {
  const d = env && BUILD ? cacheDir(env, 'bulk') : undefined;
  return d ? { dir: d, build: BUILD! } : undefined;
}

/** What a clean check found, as plain data. */
export interface CheckedData {
  file: PlanFile;
  display: string;
  records: { file: string; record: ProgressRecord }[];
  diagnostics: Diagnostic[];
  files: { file: string; kind: 'plan' | 'progress' }[];
}

interface Header {
  build: string;
  node: string;
  files: { abs: string; display: string; size: number }[];
  /** The result's length in bytes; it is stored twice, and used only when both copies are identical. */
  resultSize: number;
}

const refs = (location: PlanLocation) => [location.plan, ...location.progress];

/** A regular file's bytes, or undefined (a device, a FIFO, too big, unreadable, changing while read). */
export function readExact(abs: string): Buffer | undefined {
  try {
    const st = statSync(abs);
    if (!st.isFile() || st.size > MAX_BYTES) return undefined;
    const fd = openSync(abs, 'r');
    try {
      const f = fstatSync(fd);
      if (!f.isFile() || f.size !== st.size) return undefined;
      const buf = Buffer.allocUnsafe(f.size + 1);
      let n = 0;
      for (;;) {
        const r = readSync(fd, buf, n, buf.length - n, null);
        if (r === 0) break;
        n += r;
        if (n > f.size) return undefined;
      }
      return n === f.size ? buf.subarray(0, n) : undefined;
    } finally {
      closeSync(fd);
    }
  } catch {
    return undefined;
  }
}

/** The files of a plan folder as they are now, for a lookup and then for the write after a miss. */
export interface Snapshot {
  entry: string;
  bytes: Buffer[];
}

export function snapshot(location: PlanLocation): Snapshot | undefined {
  const d = folder();
  if (!d || !BUILD) return undefined;
  const bytes: Buffer[] = [];
  for (const r of refs(location)) {
    const b = readExact(r.abs);
    if (!b) return undefined;
    bytes.push(b);
  }
  const name = keyHash(
    [BUILD, process.version, ...refs(location).flatMap((r) => [r.abs, r.display])].join('\0'),
  );
  return { entry: join(d, `${name}.bin`), bytes };
}

/** The cached result for exactly these bytes, or undefined. */
export function lookup(location: PlanLocation, snap: Snapshot): CheckedData | undefined {
  let buf: Buffer;
  try {
    buf = readFileSync(snap.entry);
  } catch {
    return undefined;
  }
  try {
    if (buf.toString('latin1', 0, MAGIC.length) !== MAGIC) return undefined;
    let at = MAGIC.length;
    const headerLength = buf.readUInt32LE(at);
    at += 4;
    const header = JSON.parse(buf.toString('utf8', at, at + headerLength)) as Header;
    at += headerLength;
    const files = refs(location);
    if (
      header.build !== BUILD ||
      header.node !== process.version ||
      !Array.isArray(header.files) ||
      header.files.length !== files.length
    )
      return undefined;
    for (const [i, f] of header.files.entries()) {
      const now = snap.bytes[i]!;
      if (f.abs !== files[i]!.abs || f.display !== files[i]!.display || f.size !== now.length)
        return undefined;
      if (at + f.size > buf.length || !now.equals(buf.subarray(at, at + f.size))) return undefined;
      at += f.size;
    }
    const n = header.resultSize;
    if (!Number.isInteger(n) || at + 2 * n !== buf.length) return undefined;
    const result = buf.subarray(at, at + n);
    if (!result.equals(buf.subarray(at + n))) return undefined;
    return JSON.parse(result.toString('utf8')) as CheckedData;
  } catch {
    return undefined;
  }
}

/** Keep a clean result for these bytes; data that would not come back the same from JSON is not kept. */
export function store(location: PlanLocation, snap: Snapshot, data: CheckedData): void {
  if (!plainData(data, 0)) return;
  // The checker read the files itself: keep the result only if they still hold the bytes we hold.
  const again = snapshot(location);
  if (!again || again.entry !== snap.entry || again.bytes.some((b, i) => !b.equals(snap.bytes[i]!))) return;
  const result = Buffer.from(JSON.stringify(data));
  const header: Header = {
    build: BUILD!,
    node: process.version,
    files: refs(location).map((r, i) => ({ abs: r.abs, display: r.display, size: snap.bytes[i]!.length })),
    resultSize: result.length,
  };
  const head = Buffer.from(JSON.stringify(header));
  const len = Buffer.alloc(4);
  len.writeUInt32LE(head.length);
  writeCacheFile(
    snap.entry,
    Buffer.concat([Buffer.from(MAGIC, 'latin1'), len, head, ...snap.bytes, result, result]),
  );
}

/** Strings, finite numbers, booleans, null, arrays and plain objects without undefined: JSON's exact range. */
export function plainData(v: unknown, depth = 0): boolean {
  if (depth > 200) return false;
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return true;
  if (typeof v === 'number') return Number.isFinite(v) && !Object.is(v, -0);
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) if (!(i in v) || !plainData(v[i], depth + 1)) return false;
    return true;
  }
  if (typeof v !== 'object') return false;
  const proto = Object.getPrototypeOf(v);
  if (proto !== Object.prototype) return false;
  for (const k of Object.keys(v)) if (!plainData((v as Record<string, unknown>)[k], depth + 1)) return false;
  return Object.getOwnPropertySymbols(v).length === 0;
}
