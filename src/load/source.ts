import { isAscii, isUtf8, transcode } from 'node:buffer';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { Diagnostic } from '../check/diagnostic.js';
import { type CappedRead, readCapped } from '../util/readCapped.js';

/**
 * Plans are tens of kilobytes; anything this big is a mistake or an attack, and is refused unread. A
 * 5,000-task plan is 3.6 MB and checks in ~1.5 s (fast path) or ~5 s when it has errors (the careful
 * reader does about 1.5 MB a second), so the cap also bounds how long a check can take.
 */
export const MAX_FILE_BYTES = 8 * 1024 * 1024;

export type SourceResult = { ok: true; text: string } | { ok: false; diagnostic: Diagnostic };

/**
 * Read a plan or progress file as text: refuse what is too big or not UTF-8 text, accept a BOM and
 * CRLF line ends. A missing or unreadable file is an I/O error (exit 2), not a diagnostic.
 */
/** Given the exact bytes of each file read (bulk validation hashes what it checked: src/cache/bulkCache.ts). */
export type OnRead = (path: string, file: string, bytes: Uint8Array) => void;

export function readSource(path: string, file: string, onRead?: OnRead): SourceResult {
  // Capped while reading, not by stat: a device or a pipe has size 0 and may never end.
  const read = readRegular(path) ?? readCapped(path, MAX_FILE_BYTES, file);
  if (!read.ok) {
    const at = { file, line: 1, column: 1, path: '' };
    return {
      ok: false,
      diagnostic: {
        ...at,
        severity: 'error',
        code: 'FILE_TOO_LARGE',
        args: { size: read.size, limit: MAX_FILE_BYTES },
      },
    };
  }
  onRead?.(path, file, read.bytes);
  return decodeSource(read.bytes, file);
}

/**
 * A regular file of known size read in one buffer of that size (readCapped reads into 1 MB chunks, a
 * fresh allocation per file that a province of plans pays thousands of times). Anything else — not a
 * regular file, too big, an error, a file that grew while being read — is left to readCapped.
 */
function readRegular(path: string): CappedRead | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const st = fstatSync(fd);
    if (!st.isFile() || st.size > MAX_FILE_BYTES) return undefined;
    // One byte more than stat says: reading it means the file grew, and readCapped decides.
    const bytes = Buffer.allocUnsafe(st.size + 1);
    let total = 0;
    for (;;) {
      const n = readSync(fd, bytes, total, bytes.length - total, null);
      if (n === 0) break;
      total += n;
      if (total > st.size) return undefined;
    }
    return { ok: true, bytes: bytes.subarray(0, total) };
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export function decodeSource(bytes: Uint8Array, file: string): SourceResult {
  const at = { file, line: 1, column: 1, path: '' };
  const notText = (reason: 'nul' | 'utf8' | 'utf16' | 'zip', pos = { line: 1, column: 1 }): SourceResult => ({
    ok: false,
    diagnostic: { ...at, ...pos, severity: 'error', code: 'FILE_NOT_TEXT', args: { reason } },
  });
  // Notepad's "Unicode" is UTF-16; a .docx or .xlsx is a zip. Both deserve a better word than "binary".
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return notText('utf16');
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return notText('zip');
  const nul = bytes.indexOf(0);
  if (nul !== -1) return notText('nul', lineColAt(bytes, nul, false));
  // isUtf8 (simdutf) refuses exactly what a fatal TextDecoder refuses, and decoding is then a copy; as
  // the decoder did, a leading byte-order mark is dropped.
  if (!isUtf8(bytes)) return notText('utf8', lineColAt(bytes, firstBadUtf8(bytes), true));
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return {
    ok: true,
    text: utf8Text(Buffer.from(bytes.buffer, bytes.byteOffset + bom, bytes.byteLength - bom)),
  };
}

/**
 * Well-formed UTF-8 as a string. Node before 24 decodes UTF-8 one character at a time (V8's own
 * decoder, ~0.09 ms for a 20 KB Vietnamese plan); ICU's converter to UTF-16 and a copy give exactly the
 * same string 4× faster there. Node 24 decodes with simdutf, faster than both; ASCII is a copy anywhere.
 */
function utf8Text(bytes: Buffer): string {
  if (SCALAR_UTF8 && !isAscii(bytes)) {
    try {
      return transcode(bytes, 'utf8', 'utf16le').toString('utf16le');
    } catch {
      // A Node built without ICU has no converter: decode as below.
    }
  }
  return bytes.toString('utf8');
}
const SCALAR_UTF8 = Number(process.versions.node.split('.')[0]) < 24;

/** Line and column of a byte offset; in text known to be UTF-8 up to there, the column counts characters. */
function lineColAt(bytes: Uint8Array, offset: number, utf8: boolean): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  if (!utf8) return { line, column: offset - lineStart + 1 };
  let column = 1;
  // UTF-8 continuation bytes (10xxxxxx) do not start a character.
  for (let i = lineStart; i < offset; i++) if ((bytes[i]! & 0xc0) !== 0x80) column++;
  return { line, column };
}

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
function firstBadUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const n =
      b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    // Overlong and surrogate forms are also refused by the decoder; close enough for a position.
    i += n + 1;
  }
  return 0;
}
