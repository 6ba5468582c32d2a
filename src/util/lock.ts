import { closeSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { IoError } from '../errors.js';
import { removeOnExit } from './cleanup.js';

/** A lock older than this is left over from a crash, whoever wrote it. */
const STALE_MS = 30_000;
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

/** A lock whose process is gone (same machine) or that is older than STALE_MS. */
function stale(lock: string): boolean {
  try {
    const [pid, host] = readFileSync(lock, 'utf8').split('\n');
    const age = Date.now() - statSync(lock).mtimeMs;
    if (age > STALE_MS) return true;
    return host === hostname() && Number(pid) > 0 && !alive(Number(pid));
  } catch {
    // Gone meanwhile: not stale, just free. Unreadable while being written: give it time.
    return false;
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
    if (stale(lock)) {
      rmSync(lock, { force: true });
      continue;
    }
    if (Date.now() > deadline) throw new IoError('fileLocked', { path: display, lock: basename(lock) });
    await sleep(wait + Math.random() * wait);
    wait = Math.min(wait * 2, 100);
  }
  const release = removeOnExit(lock);
  try {
    writeSync(fd, `${process.pid}\n${hostname()}\n`);
    closeSync(fd);
    return await edit();
  } finally {
    rmSync(lock, { force: true });
    release();
  }
}
