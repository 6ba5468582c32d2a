import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { IoError } from '../errors.js';

export type CappedRead = { ok: true; bytes: Buffer } | { ok: false; tooLarge: true; size: number };

/**
 * Read a file, but never more than `cap` bytes: a device (/dev/zero), a pipe or a symbolic link to one
 * reports size 0 to stat and would be read for ever. Stops after cap + 1 bytes and says it is too large
 * (`size` is the file's size when known, else cap + 1). Errors name `display` (exit 2).
 */
export function readCapped(path: string, cap: number, display: string): CappedRead {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    throw IoError.from(e, display);
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) throw new IoError('isDirectory', { path: display });
    if (st.isFile() && st.size > cap) return { ok: false, tooLarge: true, size: st.size };
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(1 << 20, cap + 1 - total));
      let n: number;
      try {
        n = readSync(fd, chunk, 0, chunk.length, null);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'EAGAIN') continue;
        throw e;
      }
      if (n === 0) break;
      chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
      total += n;
      if (total > cap) return { ok: false, tooLarge: true, size: st.isFile() ? st.size : total };
    }
    return { ok: true, bytes: Buffer.concat(chunks, total) };
  } catch (e) {
    if (e instanceof IoError) throw e;
    throw IoError.from(e, display);
  } finally {
    closeSync(fd);
  }
}
