/**
 * Start-up (dist/boot.cjs, required by bin/plan.js). Picks the bundle of the command on the command
 * line (dist/cmd/<command>.cjs: that command alone, parsed without commander) or the full CLI
 * (dist/cli.cjs: help, mistakes, anything unusual), and loads it through a V8 code cache.
 *
 * The code cache is made at exit, so it holds the functions this run compiled lazily (made before
 * running, it would hold only the top level and gain nothing). It lives in the user's private cache
 * folder (src/cache/dir.ts), one file per bundle, named after everything V8 checks a cache against —
 * this build, the bundle's path, size and time (in a single executable: its asset name), Node's version,
 * the architecture, execArgv and NODE_OPTIONS — so a cache made under other flags is never offered (V8
 * would reject it, and it would be rewritten on every run). V8 in release builds does not verify a code cache's checksum and aborts
 * the process on a damaged one, so each file holds the payload twice and is used only when both copies
 * are byte-identical (a memcmp; hashing would cost more than the cache saves). A rejected, damaged or
 * missing cache means: compile from source, write a new one at exit.
 */
import { isAscii } from 'node:buffer';
import { closeSync, existsSync, fstatSync, openSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { commandIndex } from '../cli/argv.js';
import { cacheDir, cacheDisabled, cachePath, keyHash, writeCacheFile } from './dir.js';

declare const __KEHOACH_BUILD__: string;

const MAGIC = Buffer.from('kehoach-code-cache 1\n', 'latin1');

interface Bundle {
  run(boot: { spec?: unknown; fallback?: () => Promise<void>; full?: () => Promise<void> }): Promise<void>;
  spec?: unknown;
}

const pending: { source: string; file: string; script: Script }[] = [];
let exitHook = false;

/** The payload, when the file is whole: magic, length, payload, the same payload again. */
export function readCodeCache(file: string): Buffer | undefined {
  let buf: Buffer;
  try {
    buf = readFileSync(file);
  } catch {
    return undefined;
  }
  const at = MAGIC.length + 4;
  if (buf.length < at || !buf.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
  const n = buf.readUInt32LE(MAGIC.length);
  if (n === 0 || buf.length !== at + 2 * n) return undefined;
  const a = buf.subarray(at, at + n);
  return a.equals(buf.subarray(at + n)) ? a : undefined;
}

export function writeCodeCache(file: string, payload: Buffer): void {
  const len = Buffer.alloc(4);
  len.writeUInt32LE(payload.length);
  writeCacheFile(file, Buffer.concat([MAGIC, len, payload, payload]));
}

/**
 * Where the bundles are: dist/ on disk (bin/plan.js), or the assets of a single executable
 * (src/cache/seaBoot.ts). `rel` is a path inside dist/: "cmd/status.cjs", "hot/status.cjs", "cli.cjs".
 */
export interface Bundles {
  has(rel: string): boolean;
  /** The source, what identifies these bytes for the code cache, and the name the bundle runs under. */
  read(rel: string): { source: string; stamp: string; filename: string };
}

// The build makes every bundle pure ASCII (scripts/build.mjs): read so, it is a one-byte string, three
// times faster to make than the two-byte string that decoding UTF-8 with one Vietnamese letter gives.
export const sourceText = (bytes: Buffer): string => bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');

/** dist/ on disk: a bundle is identified by its size and modification time (and the build). */
export function diskBundles(dist: string): Bundles {
  return {
    has: (rel) => {
      try {
        return statSync(join(dist, rel)).isFile();
      } catch {
        return false;
      }
    },
    read: (rel) => {
      // One open for the bytes and what identifies them, so a rebuild between the two cannot mix them.
      const filename = join(dist, rel);
      const fd = openSync(filename, 'r');
      try {
        const st = fstatSync(fd);
        return { source: sourceText(readFileSync(fd)), stamp: `${st.size}:${st.mtimeMs}`, filename };
      } finally {
        closeSync(fd);
      }
    },
  };
}

/** Load a CommonJS bundle, through the code cache when there is a cache folder. */
export function load(bundles: Bundles, rel: string, dir: string | undefined): Bundle {
  const { source, stamp, filename } = bundles.read(rel);
  const req = createRequire(filename);
  const key = keyHash(
    [
      __KEHOACH_BUILD__,
      filename,
      stamp,
      source.length,
      process.version,
      process.arch,
      process.execArgv.join(' '),
      process.env.NODE_OPTIONS ?? '',
    ].join('\0'),
  );
  const cacheFile = dir ? join(dir, `${key}.bin`) : undefined;
  const cached = cacheFile ? readCodeCache(cacheFile) : undefined;
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
  const script = new Script(wrapped, { filename, ...(cached ? { cachedData: cached } : {}) });
  if (cacheFile && (!cached || script.cachedDataRejected)) {
    pending.push({ source: rel, file: cacheFile, script });
    if (!exitHook) {
      exitHook = true;
      process.once('exit', () => {
        for (const p of pending) {
          try {
            writeCodeCache(p.file, p.script.createCachedData());
          } catch {}
        }
      });
    }
  }
  const module = { exports: {} as Bundle };
  script.runInThisContext()(module.exports, req, module, filename, dirname(filename));
  return module.exports;
}

/**
 * A hot bundle that handed over to the full one ran only up to the cache miss: a code cache made of
 * that run would lack everything an unchanged plan needs, and, accepted by V8, never be remade.
 */
function forget(rel: string): void {
  const i = pending.findIndex((p) => p.source === rel);
  if (i !== -1) pending.splice(i, 1);
}

/**
 * Whether the checked-plan cache can hold anything yet: when it is off or its folders do not exist (the
 * first run after an install, or after the folder was deleted), the hot bundle could only miss, so the
 * full one goes first. Only a hint: the bundle checks the folders properly (src/cache/dir.ts).
 */
function plansCached(): boolean {
  if (cacheDisabled(process.env, 'plans')) return false;
  return ['plans', 'bulk'].some((sub) => {
    const dir = cachePath(process.env, sub);
    return dir !== undefined && existsSync(dir);
  });
}

/**
 * Run the command line: the command's hot bundle when the checked-plan cache is on (src/cache/hot.ts),
 * its full bundle at a miss or without the cache, the whole CLI (commander) for anything else.
 */
export function start(argv: readonly string[], where: string | Bundles): Promise<void> {
  const bundles = typeof where === 'string' ? diskBundles(where) : where;
  const dir = cacheDir(process.env, `code-${process.arch}`);
  const cli = () => load(bundles, 'cli.cjs', dir).run({});
  const i = commandIndex(argv);
  const name = i === -1 ? undefined : argv[i];
  if (name && /^[a-z][a-z-]*$/u.test(name)) {
    const rel = `cmd/${name}.cjs`;
    if (bundles.has(rel)) {
      const full = () => load(bundles, rel, dir).run({ fallback: cli });
      const hot = `hot/${name}.cjs`;
      if (!plansCached() || !bundles.has(hot)) return full();
      return load(bundles, hot, dir).run({
        fallback: cli,
        full: () => {
          forget(hot);
          return full();
        },
      });
    }
  }
  return cli();
}
