import { readFileSync, statSync } from 'node:fs';
import type { Diagnostic } from '../check/diagnostic.js';
import { IoError } from '../cli/errors.js';

/** Plans are tens of kilobytes; anything this big is a mistake or an attack, and is refused unread. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

export type SourceResult = { ok: true; text: string } | { ok: false; diagnostic: Diagnostic };

/**
 * Read a plan or progress file as text: refuse what is too big or not UTF-8 text, accept a BOM and
 * CRLF line ends. A missing or unreadable file is an I/O error (exit 2), not a diagnostic.
 */
export function readSource(path: string, file: string): SourceResult {
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new IoError('isDirectory', { path: file });
    size = st.size;
  } catch (e) {
    if (e instanceof IoError) throw e;
    throw IoError.from(e, file);
  }
  const at = { file, line: 1, column: 1, path: '' };
  if (size > MAX_FILE_BYTES) {
    return {
      ok: false,
      diagnostic: { ...at, severity: 'error', code: 'FILE_TOO_LARGE', args: { size, limit: MAX_FILE_BYTES } },
    };
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw IoError.from(e, file);
  }
  return decodeSource(bytes, file);
}

export function decodeSource(bytes: Uint8Array, file: string): SourceResult {
  const at = { file, line: 1, column: 1, path: '' };
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return {
      ok: false,
      diagnostic: {
        ...at,
        ...lineColAt(bytes, nul),
        severity: 'error',
        code: 'FILE_NOT_TEXT',
        args: { reason: 'nul' },
      },
    };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return {
      ok: false,
      diagnostic: { ...at, severity: 'error', code: 'FILE_NOT_TEXT', args: { reason: 'utf8' } },
    };
  }
  return { ok: true, text };
}

function lineColAt(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
