/**
 * Check a zip (a .docx) before any library unpacks it: the number of entries, the total size its
 * central directory declares, and that no entry unpacks to more than it declares (a forged size).
 * A 1 MB file that unpacks to 1 GB is refused in milliseconds instead of filling the memory.
 */
import { inflateRawSync } from 'node:zlib';
import type { ZipProblem } from '../i18n/vi/core.js';

export interface ZipLimits {
  /** Most entries (files) the zip may hold. */
  maxEntries: number;
  /** Most bytes all entries may unpack to, together. */
  maxTotal: number;
  /** Entries bigger than this must not be compressed more than `maxRatio` times. */
  ratioFrom: number;
  maxRatio: number;
}

export interface ZipEntry {
  name: string;
  method: number;
  compressed: number;
  size: number;
  /** Offset of the entry's local header. */
  offset: number;
}

export const mb = (n: number): string => `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** The entries of the central directory, or a problem. Reads only the directory, unpacks nothing. */
export function zipEntries(bytes: Uint8Array): ZipEntry[] | ZipProblem {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const min = Math.max(0, buf.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = buf.length - 22; i >= min; i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return { kind: 'corrupt' };
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const entries: ZipEntry[] = [];
  for (let k = 0; k < count; k++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL) return { kind: 'corrupt' };
    const nameLen = buf.readUInt16LE(p + 28);
    entries.push({
      method: buf.readUInt16LE(p + 10),
      compressed: buf.readUInt32LE(p + 20),
      size: buf.readUInt32LE(p + 24),
      offset: buf.readUInt32LE(p + 42),
      name: buf.toString('utf8', p + 46, p + 46 + nameLen),
    });
    p += 46 + nameLen + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return entries;
}

/** The unpacked bytes of one entry, never more than it declares; undefined when it lies or is broken. */
export function readEntry(bytes: Uint8Array, e: ZipEntry): Buffer | undefined {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (e.offset + 30 > buf.length || buf.readUInt32LE(e.offset) !== LOCAL) return undefined;
  const start = e.offset + 30 + buf.readUInt16LE(e.offset + 26) + buf.readUInt16LE(e.offset + 28);
  const data = buf.subarray(start, start + e.compressed);
  if (e.method === 0) return data.length === e.size ? data : undefined;
  if (e.method !== 8) return undefined;
  try {
    // One byte more than declared would already be refused: the output is capped, not trusted.
    const out = inflateRawSync(data, { maxOutputLength: Math.max(1, e.size) });
    return out.length === e.size ? out : undefined;
  } catch {
    return undefined;
  }
}

/** What the central directory declares: entry count, total size, compression ratios. Unpacks nothing. */
export function checkDeclared(entries: readonly ZipEntry[], limits: ZipLimits): ZipProblem | undefined {
  if (entries.length > limits.maxEntries)
    return { kind: 'entries', count: entries.length, limit: limits.maxEntries };
  let total = 0;
  for (const e of entries) {
    if (e.size === 0xffffffff || e.compressed === 0xffffffff)
      return { kind: 'size', size: '> 4 GB', limit: mb(limits.maxTotal) };
    total += e.size;
  }
  if (total > limits.maxTotal) return { kind: 'size', size: mb(total), limit: mb(limits.maxTotal) };
  return undefined;
}

/** Ratios, then every entry unpacked with its declared size as a hard cap (a forged size is caught). */
export function checkContents(
  bytes: Uint8Array,
  entries: readonly ZipEntry[],
  limits: ZipLimits,
): ZipProblem | undefined {
  for (const e of entries) {
    if (e.size > limits.ratioFrom && e.size > e.compressed * limits.maxRatio)
      return { kind: 'ratio', entry: e.name };
  }
  for (const e of entries) {
    if (e.name.endsWith('/') && e.size === 0) continue;
    if (readEntry(bytes, e) === undefined) return { kind: 'mismatch', entry: e.name };
  }
  return undefined;
}

/**
 * Check the zip against the limits: entry count and declared sizes first (free), then every entry is
 * unpacked with its declared size as a hard cap, so a forged size cannot make it bigger.
 */
export function checkZip(bytes: Uint8Array, limits: ZipLimits): ZipProblem | undefined {
  const entries = zipEntries(bytes);
  if (!Array.isArray(entries)) return entries;
  return checkDeclared(entries, limits) ?? checkContents(bytes, entries, limits);
}

/** `<w:p>` and `<w:p …>` in a document part: its paragraphs, counted without parsing. */
export function countParagraphs(xml: Buffer): number {
  let n = 0;
  let i = xml.indexOf('<w:p');
  while (i !== -1) {
    const c = xml[i + 4];
    if (c === 0x3e || c === 0x20 || c === 0x2f) n++;
    i = xml.indexOf('<w:p', i + 4);
  }
  return n;
}

/** A Word plan to import: pictures make it big, but not this big, and no plan has this many paragraphs. */
export const IMPORT_ZIP: ZipLimits = {
  maxEntries: 5000,
  maxTotal: 200 * 1024 * 1024,
  ratioFrom: 8 * 1024 * 1024,
  maxRatio: 200,
};
export const MAX_IMPORT_PARAGRAPHS = 50_000;

/** The document part of a plan is a few megabytes at most; its paragraphs are counted only below this. */
const MAX_DOCUMENT_XML = 64 * 1024 * 1024;

/**
 * Everything wrong with a .docx to import that can be seen before parsing it: declared sizes, then
 * the paragraphs of word/document.xml (so 600,000 tiny paragraphs are named as such), then the rest.
 * A zip whose directory cannot be read is left to the Word reader, which says it is not a Word file.
 */
export function checkImportZip(bytes: Uint8Array): ZipProblem | undefined {
  const entries = zipEntries(bytes);
  if (!Array.isArray(entries)) return undefined;
  const declared = checkDeclared(entries, IMPORT_ZIP);
  if (declared) return declared;
  const doc = entries.find((e) => e.name === 'word/document.xml');
  if (doc && doc.size <= MAX_DOCUMENT_XML) {
    const xml = readEntry(bytes, doc);
    if (!xml) return { kind: 'mismatch', entry: doc.name };
    const count = countParagraphs(xml);
    if (count > MAX_IMPORT_PARAGRAPHS) return { kind: 'paragraphs', count, limit: MAX_IMPORT_PARAGRAPHS };
  }
  return checkContents(bytes, entries, IMPORT_ZIP);
}
