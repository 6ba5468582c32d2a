import { closeSync, fstatSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { IoError } from '../errors.js';
import { removeOnExit } from './cleanup.js';

/** A lock of another machine, or one whose holder cannot be read, older than this is left over from a crash. */
const STALE_MS = 30_000;
/** A lock whose process on this machine still runs is trusted this long (after that its pid was reused). */
const LIVE_STALE_MS = 10 * 60_000;
/** The take-over guard is held for a few system calls; one older than this was left by a run killed then. */
const GUARD_STALE_MS = 2_000;
/** How long to wait for another run to finish its edit before giving up. */
const WAIT_MS = 20_000;

const errno = (e: unknown) => (e as NodeJS.ErrnoException | undefined)?.code;
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** `progress/.x.yaml.lock` for `progress/x.yaml`: hidden, and not a .yaml file, so no reader sees it. */
export const lockPath = (file: string): string => join(dirname(file), `.${basename(file)}.lock`);

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return errno(e) === 'EPERM';
  }
}

/** What a lock file says, read through one descriptor so its text and identity belong together. */
interface Held {
  text: string;
  ino: number;
  mtimeMs: number;
}

function held(lock: string): Held | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(lock, 'r');
    const st = fstatSync(fd);
    return { text: readFileSync(fd, 'utf8'), ino: st.ino, mtimeMs: st.mtimeMs };
  } catch {
    return undefined; // gone meanwhile: not stale, just free
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * A lock left over from a crash: its process on this machine is gone, or it is older than the holder
 * could still be working. A lock being written (no pid yet) is given time.
 */
function stale(h: Held, isAlive: (pid: number) => boolean, now: number): boolean {
  const [pid, host] = h.text.split('\n');
  const age = now - h.mtimeMs;
  const mine = host === hostname() && Number(pid) > 0;
  if (!mine) return age > STALE_MS;
  return age > LIVE_STALE_MS || !isAlive(Number(pid));
}

const same = (a: Held, b: Held) => a.ino === b.ino && a.mtimeMs === b.mtimeMs && a.text === b.text;

/**
 * Remove `lock` if it is stale; true when it was removed. Two dangers are closed here. The holder may
 * release its lock and end, and another run take the lock, between reading the lock and finding its
 * holder gone: so the lock is read again after the holder was looked for, and removed only if it is
 * still the very file judged stale (a lock's text carries a random token, so a new lock never equals
 * an old one). And two runs may judge the same lock stale: only the run holding the guard file
 * (`<lock>.takeover`, created exclusively) may remove a lock, so one cannot remove the lock the other
 * has just taken. Exported for the tests, which interleave a release and a new lock at that moment.
 */
export function takeOverStale(lock: string, isAlive: (pid: number) => boolean = alive): boolean {
  const guard = `${lock}.takeover`;
  let fd: number;
  try {
    fd = openSync(guard, 'wx');
  } catch (e) {
    if (errno(e) !== 'EEXIST') return false;
    try {
      if (Date.now() - statSync(guard).mtimeMs > GUARD_STALE_MS) rmSync(guard, { force: true });
    } catch {
      // gone meanwhile
    }
    return false;
  }
  closeSync(fd);
  try {
    const before = held(lock);
    if (!before || !stale(before, isAlive, Date.now())) return false;
    const after = held(lock);
    if (!after || !same(before, after)) return false;
    rmSync(lock, { force: true });
    return true;
  } finally {
    rmSync(guard, { force: true });
  }
}

/**
 * Run `edit` while holding the lock of `file`, so read-modify-write edits of one file by runs at the
 * same moment happen one after the other and none is lost. A lock left by a run that crashed is taken
 * over; one held too long is an error that names the file.
 */
export async function withFileLock<T>(file: string, display: string, edit: () => Promise<T> | T): Promise<T> {
  const lock = lockPath(file);
  const deadline = Date.now() + WAIT_MS;
  let fd: number | undefined;
  let wait = 5;
  for (;;) {
    try {
      fd = openSync(lock, 'wx');
      break;
    } catch (e) {
      if (errno(e) !== 'EEXIST') throw IoError.from(e, display);
    }
    if (takeOverStale(lock)) continue;
    if (Date.now() > deadline) throw new IoError('fileLocked', { path: display, lock: basename(lock) });
    await sleep(wait + Math.random() * wait);
    wait = Math.min(wait * 2, 100);
  }
  const release = removeOnExit(lock);
  try {
    writeSync(fd, `${process.pid}\n${hostname()}\n${Math.random().toString(36).slice(2)}\n`);
    closeSync(fd);
    return await edit();
  } finally {
    rmSync(lock, { force: true });
    release();
  }
}
