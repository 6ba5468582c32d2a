import { closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { IoError } from '../errors.js';

export interface WriteOptions {
  /** Replace an existing file. Without it an existing file is an error (exit 2). */
  force?: boolean;
  /** Shown in messages instead of the absolute path. */
  display?: string;
}

/**
 * Write a whole file or nothing: the bytes go to a temporary file beside the target, are flushed to disk,
 * and the temporary file is renamed over the target. An interrupted write never leaves half a file.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array, opts: WriteOptions = {}): void {
  const display = opts.display ?? path;
  if (!opts.force && existsSync(path)) throw new IoError('outputExists', { path: display });
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'wx');
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    let off = 0;
    while (off < bytes.length) off += writeSync(fd, bytes, off, bytes.length - off);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, path);
  } catch (e) {
    if (fd !== undefined) closeSync(fd);
    rmSync(tmp, { force: true });
    if (e instanceof IoError) throw e;
    throw IoError.from(e, display);
  }
}
