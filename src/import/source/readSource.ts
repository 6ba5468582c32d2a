/**
 * Open the file to import and turn it into blocks, whatever it is: a .docx (by its zip signature, not
 * its name), UTF-8 or UTF-16 text, or markdown. Anything else is refused with a message that says what
 * the file seems to be and what to do.
 */
import { extname } from 'node:path';
import { UsageError } from '../../errors.js';
import { readCapped } from '../../util/readCapped.js';
import { checkImportZip } from '../../util/zipLimits.js';
import type { SourceDoc } from './blocks.js';
import { textToBlocks } from './textBlocks.js';

/** Word files with pictures run to tens of megabytes; text beyond this is not a plan. */
const MAX_DOCX = 50 * 1024 * 1024;
const MAX_TEXT = 10 * 1024 * 1024;

const startsWith = (b: Uint8Array, sig: number[]) => sig.every((x, i) => b[i] === x);

export async function readImportSource(abs: string, display: string): Promise<SourceDoc> {
  const read = readCapped(abs, MAX_DOCX, display);
  if (!read.ok) throw new UsageError('importTooLarge', { path: display, limit: '50 MB' });
  return decodeImport(read.bytes, display, extname(abs).toLowerCase());
}

export async function decodeImport(bytes: Uint8Array, display: string, ext: string): Promise<SourceDoc> {
  if (bytes.length === 0) throw new UsageError('importEmpty', {});
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    const problem = checkImportZip(bytes);
    if (problem) throw new UsageError('zipRefused', { path: display, problem, what: 'import' });
    const { docxToBlocks } = await import('./docxBlocks.js');
    try {
      return await docxToBlocks(bytes);
    } catch {
      throw new UsageError('importNotDocx', { path: display });
    }
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) throw new UsageError('importLegacyDoc', { path: display });
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) throw new UsageError('importPdf', { path: display });
  if (ext === '.docx' || ext === '.docm' || ext === '.dotx')
    throw new UsageError('importNotDocx', { path: display });
  if (bytes.length > MAX_TEXT) throw new UsageError('importTooLarge', { path: display, limit: '10 MB' });
  const text = decodeText(bytes);
  if (text === undefined) throw new UsageError('importNotText', { path: display });
  if (!text.trim()) throw new UsageError('importEmpty', {});
  return textToBlocks(text);
}

function decodeText(bytes: Uint8Array): string | undefined {
  try {
    if (startsWith(bytes, [0xff, 0xfe]))
      return new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2));
    if (startsWith(bytes, [0xfe, 0xff]))
      return new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2));
    if (bytes.includes(0)) return undefined;
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    // Control characters other than tab and line ends mean a binary file.
    const controls = text.match(/[\u0000-\u0008\u000E-\u001F]/gu)?.length ?? 0;
    return controls > Math.max(5, text.length / 1000)
      ? undefined
      : text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/gu, '');
  } catch {
    return undefined;
  }
}
