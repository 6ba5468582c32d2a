/**
 * The shipped .docx templates without docxtemplater: each was compiled at build time
 * (scripts/gen-docx-fast.mjs) into literal XML, value tags and loops, with every other part of the
 * package already compressed. Rendering is string building plus one zlib deflate. It gives what
 * docxtemplater gives for the same template and model (test/startup.docx.test.ts compares every part);
 * anything it is not sure to render the same way — a tag that names nothing, a value with characters
 * docxtemplater would strip — returns undefined and the caller uses docxtemplater.
 */
import * as zlib from 'node:zlib';

type Node =
  | string
  | { v: string[]; rPr: string }
  | { loop: string[]; inverted: boolean; body: Node[] }
  /** A w:t that holds tags: written as <w:t/> when nothing is left in it, as docxtemplater does. */
  | { t: string }
  | { tEnd: true };

export interface FastTemplate {
  name: string;
  /** The template as shipped (base64): the fast path is taken only for exactly these bytes. */
  template: string;
  parts:
    | ({ name: string } & ({ program: Node[] } | { size: number; crc: number; deflated: string }))[]
    | undefined;
}

class Decline extends Error {}

const EMPTY_CELL = /(<w:tc>(?:<w:tcPr>(?:(?!<\/w:tcPr>).)*<\/w:tcPr>)?)<\/w:tc>/gu;

const MISSING = Symbol('missing');

/** Follow "a.b.c" through own properties only, innermost scope first, as src/document/docx.ts's parser. */
function resolve(scopes: readonly unknown[], path: readonly string[]): unknown {
  for (let i = scopes.length - 1; i >= 0; i--) {
    let v: unknown = scopes[i];
    let found = true;
    for (const key of path) {
      if (v === null || typeof v !== 'object' || !Object.hasOwn(v, key)) {
        found = false;
        break;
      }
      v = (v as Record<string, unknown>)[key];
    }
    if (found && v !== undefined) return v;
  }
  return MISSING;
}

/** Characters docxtemplater strips (stripInvalidXMLChars) or turns into breaks by its own rules. */
const UNSURE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\r\ufffe\uffff\ud800-\udfff]/u;
const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Close the w:t opened last: as <w:t/> when nothing was written in it (docxtemplater's way). */
function closeText(out: string[], opened: number[]): void {
  const at = opened.pop()!;
  for (let i = at + 1; i < out.length; i++) {
    if (out[i] !== '') {
      out.push('</w:t>');
      return;
    }
  }
  out.length = at;
  out.push('<w:t/>');
}

/** A value: escaped, each line break a <w:br/> in a run of its own, as docxtemplater's linebreaks. */
function text(value: unknown, rPr: string, out: string[], opened: number[]): void {
  if (value === null) return;
  const s = String(value);
  if (UNSURE.test(s)) throw new Decline();
  const lines = s.replace(/[&<>"']/gu, (c) => ESCAPES[c]!).split('\n');
  for (const [i, line] of lines.entries()) {
    if (i > 0) {
      closeText(out, opened);
      out.push(`</w:r><w:r><w:br/></w:r><w:r>${rPr}`);
      opened.push(out.length);
      out.push('<w:t xml:space="preserve">');
    }
    out.push(line);
  }
}

function render(nodes: readonly Node[], scopes: unknown[], out: string[], opened: number[] = []): void {
  for (const n of nodes) {
    if (typeof n === 'string') out.push(n);
    else if ('t' in n) {
      opened.push(out.length);
      out.push(n.t);
    } else if ('tEnd' in n) {
      closeText(out, opened);
    } else if ('v' in n) {
      const v = resolve(scopes, n.v);
      if (v === MISSING) throw new Decline();
      text(v, n.rPr, out, opened);
    } else {
      const v = resolve(scopes, n.loop);
      if (v === MISSING) throw new Decline();
      const empty = !v || (Array.isArray(v) && v.length === 0);
      if (n.inverted) {
        if (empty) render(n.body, scopes, out, opened);
      } else if (Array.isArray(v)) {
        for (const item of v) render(n.body, [...scopes, item], out, opened);
      } else if (!empty) {
        render(n.body, typeof v === 'object' ? [...scopes, v] : scopes, out, opened);
      }
    }
  }
}

/** CRC-32 (zip): zlib's own where Node has it (20.15+, 22.2+), else a table. */
const zlibCrc = (zlib as { crc32?: (b: Uint8Array) => number }).crc32;
let table: Int32Array | undefined;
function crc32(bytes: Uint8Array): number {
  if (typeof zlibCrc === 'function') return zlibCrc(bytes) >>> 0;
  table ??= new Int32Array(256).map((_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c;
  });
  let c = -1;
  for (let i = 0; i < bytes.length; i++) c = table[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

/** Zip entries carry the fixed date src/document/docx.ts gives them (5/3/2020, 00:00). */
const DOS_TIME = 0;
const DOS_DATE = ((2020 - 1980) << 9) | (3 << 5) | 5;

function zip(entries: { name: string; size: number; crc: number; data: Buffer }[]): Uint8Array {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // names in UTF-8
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(e.crc, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    local.copy(dir, 8, 6, 30); // flags … name length, then extra length 0
    dir.writeUInt16LE(0, 30);
    dir.writeUInt16LE(0, 32);
    dir.writeUInt16LE(0, 34);
    dir.writeUInt16LE(0, 36);
    dir.writeUInt32LE(0, 38);
    dir.writeUInt32LE(offset, 42);
    chunks.push(local, name, e.data);
    central.push(dir, name);
    offset += local.length + name.length + e.data.length;
  }
  const centralSize = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...chunks, ...central, end]));
}

/** The .docx for a shipped template, or undefined when docxtemplater must do it. */
export function renderFast(t: FastTemplate, model: object): Uint8Array | undefined {
  if (!t.parts) return undefined;
  const entries: { name: string; size: number; crc: number; data: Buffer }[] = [];
  for (const p of t.parts) {
    if ('program' in p) {
      const out: string[] = [];
      try {
        render(p.program, [model], out);
      } catch (e) {
        if (e instanceof Decline) return undefined;
        throw e;
      }
      // A cell whose paragraphs a loop removed gets an empty paragraph (Word needs one), as docxtemplater does.
      const xml = out.join('').replace(EMPTY_CELL, '$1<w:p></w:p></w:tc>');
      const bytes = Buffer.from(xml, 'utf8');
      entries.push({
        name: p.name,
        size: bytes.length,
        crc: crc32(bytes),
        data: zlib.deflateRawSync(bytes, { level: 6 }),
      });
    } else {
      entries.push({ name: p.name, size: p.size, crc: p.crc, data: Buffer.from(p.deflated, 'base64') });
    }
  }
  return zip(entries);
}
