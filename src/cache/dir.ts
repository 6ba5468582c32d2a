/**
 * Where kehoach keeps its caches: the user's own cache folder (XDG_CACHE_HOME or ~/.cache on Linux,
 * ~/Library/Caches on macOS, %LOCALAPPDATA% on Windows), in `kehoach/`. Never a shared temporary folder:
 * the code cache is executable bytecode, so the folder must be private (mode 0700) and the user's own.
 * Anything unexpected (no home, a symlink, someone else's folder, loose permissions) means: no cache.
 * Deleting the folder is always safe. `PLAN_NO_CACHE=1` turns every cache off; `PLAN_NO_CACHE=code`
 * only the code cache and `PLAN_NO_CACHE=plans` only the checked-plan and bulk caches (for measuring
 * each one, `npm run bench`).
 */
import { chmodSync, lstatSync, mkdirSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';

type Env = Readonly<Record<string, string | undefined>>;

export const cacheDisabled = (env: Env, kind?: 'code' | 'plans'): boolean => {
  const v = env.PLAN_NO_CACHE;
  if (v === undefined || v === '' || v === '0') return false;
  return v === 'code' || v === 'plans' ? v === kind : true;
};

/** The base folder for the OS's per-user caches, or undefined when there is none. */
function osCacheBase(env: Env): string | undefined {
  if (process.platform === 'win32') return env.LOCALAPPDATA || undefined;
  if (env.XDG_CACHE_HOME?.startsWith('/')) return env.XDG_CACHE_HOME;
  let home: string;
  try {
    home = env.HOME || homedir();
  } catch {
    return undefined;
  }
  if (!home) return undefined;
  return process.platform === 'darwin' ? join(home, 'Library', 'Caches') : join(home, '.cache');
}

/** Where `kehoach/<sub>` is in the user's cache folder (nothing is checked or made). */
export function cachePath(env: Env, sub: string): string | undefined {
  const base = osCacheBase(env);
  return base ? join(base, 'kehoach', sub) : undefined;
}

/** A private folder `kehoach/<sub>` in the user's cache folder, created if needed; undefined when unsafe. */
export function cacheDir(env: Env, sub: string): string | undefined {
  if (cacheDisabled(env, sub.startsWith('code') ? 'code' : 'plans')) return undefined;
  const dir = cachePath(env, sub);
  if (!dir) return undefined;
  const safe = () => (privateDir(dirname(dir)) && privateDir(dir) ? dir : undefined);
  try {
    // Usually both are there already: two lstat calls, no mkdir.
    return safe();
  } catch {}
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    return safe();
  } catch {
    return undefined;
  }
}

/** A real directory (not a link), owned by this user and closed to everyone else. */
function privateDir(dir: string): boolean {
  const st = lstatSync(dir);
  if (!st.isDirectory()) return false;
  if (process.platform === 'win32') return true;
  if (typeof process.getuid === 'function' && st.uid !== process.getuid()) return false;
  if ((st.mode & 0o077) !== 0) {
    // Ours, but made with a loose umask by an older version or by hand: close it, then trust it.
    chmodSync(dir, 0o700);
    return (lstatSync(dir).mode & 0o077) === 0;
  }
  return true;
}

/** Write a cache file atomically (temp file beside it, then rename); failures are silent. */
export function writeCacheFile(file: string, data: Uint8Array | string): void {
  const tmp = `${file}.${process.pid}.${Math.floor(Math.random() * 1e9).toString(36)}.tmp`;
  try {
    writeFileSync(tmp, data, { mode: 0o600, flag: 'wx' });
    renameSync(tmp, file);
  } catch {
    try {
      unlinkSync(tmp);
    } catch {}
  }
}

/** FNV-1a, 2 × 32 bits, over a short string: names cache files after their key. Not for file contents. */
export function keyHash(s: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (a >>> 13);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}
