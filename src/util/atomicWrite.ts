import {
  closeSync,
  constants,
  copyFileSync,
  fsyncSync,
  linkSync,
  mkdirSync,
  openSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join, parse } from 'node:path';
import { IoError } from '../errors.js';
import { removeOnExit } from './cleanup.js';

export interface WriteOptions {
  /** Replace an existing file. Without it an existing file is an error (exit 2). */
  force?: boolean;
  /** Shown in messages instead of the absolute path. */
  display?: string;
}

const errno = (e: unknown) => (e as NodeJS.ErrnoException | undefined)?.code;

/**
 * The target must be a regular file or a new path: a FIFO, a device or a folder is never replaced by a
 * regular file, not even with --force.
 */
function checkTarget(path: string, display: string, force: boolean): void {
  let st: import('node:fs').Stats;
  try {
    st = statSync(path);
  } catch (e) {
    if (errno(e) === 'ENOENT') return;
    throw IoError.from(e, display);
  }
  if (st.isDirectory()) throw new IoError('isDirectory', { path: display });
  if (!st.isFile()) throw new IoError('outputNotRegular', { path: display });
  if (!force) throw new IoError('outputExists', { path: display });
}

/** A rename refused because another program (Word) holds the file open: say so. */
function renameError(e: unknown, display: string): IoError {
  const code = errno(e);
  if (code === 'EBUSY' || (code === 'EPERM' && process.platform === 'win32'))
    return new IoError('fileInUse', { path: display });
  return IoError.from(e, display);
}

/**
 * Write a whole file or nothing: the bytes go to a temporary file beside the target, are flushed to disk,
 * and the temporary file takes the target's name. Without `force` it takes the name only if the name is
 * still free at that moment (a hard link, which fails when the name exists), so two runs at once never
 * both succeed and nothing that appeared in between is replaced. An interrupted write (error, Ctrl-C)
 * never leaves half a file nor the temporary file. Strings are written as UTF-8; a lone surrogate
 * becomes U+FFFD, so the file is always valid UTF-8.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array, opts: WriteOptions = {}): void {
  const display = opts.display ?? path;
  checkTarget(path, display, Boolean(opts.force));
  const tmp = join(
    dirname(path),
    `.${basename(path)}.${process.pid}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}.tmp`,
  );
  let fd: number | undefined;
  const release = removeOnExit(tmp);
  try {
    fd = openSync(tmp, 'wx');
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    let off = 0;
    while (off < bytes.length) off += writeSync(fd, bytes, off, bytes.length - off);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    if (opts.force) {
      try {
        renameSync(tmp, path);
      } catch (e) {
        throw renameError(e, display);
      }
    } else {
      claimName(tmp, path, display);
    }
  } catch (e) {
    if (fd !== undefined) closeSync(fd);
    if (e instanceof IoError) throw e;
    throw IoError.from(e, display);
  } finally {
    rmSync(tmp, { force: true });
    release();
  }
}

/** Give `tmp`'s content the name `path` only if that name is free; the caller removes `tmp`. */
function claimName(tmp: string, path: string, display: string): void {
  try {
    linkSync(tmp, path);
    return;
  } catch (e) {
    const code = errno(e);
    if (code === 'EEXIST') throw new IoError('outputExists', { path: display });
    // File systems without hard links (some network or FAT drives): an exclusive copy.
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw e;
  }
  try {
    copyFileSync(tmp, path, constants.COPYFILE_EXCL);
  } catch (e) {
    if (errno(e) === 'EEXIST') throw new IoError('outputExists', { path: display });
    throw e;
  }
}

/**
 * Create a folder and its missing parents, one level at a time (recursive mkdir loops forever where
 * the kernel answers ENOENT for a parent that exists, as in /proc). Every failure names the path.
 */
export function ensureDir(dir: string, display: (p: string) => string = (p) => p): void {
  const missing: string[] = [];
  let d = dir;
  const root = parse(dir).root;
  for (;;) {
    let st: import('node:fs').Stats | undefined;
    try {
      st = statSync(d);
    } catch (e) {
      const code = errno(e);
      if (code === 'ENOTDIR') throw new IoError('notAFolder', { path: display(parentFile(d)) });
      if (code !== 'ENOENT') throw IoError.from(e, display(d));
    }
    if (st) {
      if (!st.isDirectory()) throw new IoError('notAFolder', { path: display(d) });
      break;
    }
    missing.push(d);
    if (d === root || dirname(d) === d) break;
    d = dirname(d);
  }
  for (const m of missing.reverse()) {
    try {
      mkdirSync(m);
    } catch (e) {
      if (errno(e) === 'EEXIST') continue;
      throw IoError.from(e, display(m));
    }
  }
}

/** The first ancestor of `p` that exists and is not a folder. */
function parentFile(p: string): string {
  let d = dirname(p);
  while (dirname(d) !== d) {
    try {
      if (!statSync(d).isDirectory()) return d;
    } catch {
      // keep climbing
    }
    d = dirname(d);
  }
  return p;
}
