// The fast path for the shipped .docx templates (src/document/docxFast.ts): each templates/docx/<name>/
// document is compiled here, at build time, into a small program — literal XML, value tags, loops — that
// renders what docxtemplater renders for it (test/startup.docx.test.ts compares every part), and every
// other part of the package is compressed here once. Generic over the templates: a construct this
// compiler does not know exactly how docxtemplater expands (a tag split across runs, a loop that is
// neither inline, nor whole paragraphs, nor a table row) makes it skip that template, which then simply
// goes through docxtemplater at run time.
//
//   src/generated/docx-fast.js   [{ template: <the .docx, base64>, compiled | undefined }, …]
import { deflateRawSync } from 'node:zlib';
import PizZip from 'pizzip';

/** docxtemplater's options in src/document/docx.ts: paragraphLoop, linebreaks, delimiters { }. */
const TAG = /\{([^{}]*)\}/gu;

class Decline extends Error {}

/** Byte ranges of elements: every `<w:NAME …>…</w:NAME>` (not self-closed), outermost first. */
function elements(xml, name) {
  const out = [];
  const open = new RegExp(`<w:${name}(?=[\\s>/])[^>]*>`, 'gu');
  const close = `</w:${name}>`;
  for (const m of xml.matchAll(open)) {
    if (m[0].endsWith('/>')) continue;
    const end = xml.indexOf(close, m.index);
    if (end === -1) throw new Decline(`unclosed w:${name}`);
    // w:p, w:tr, w:tc, w:r, w:t never nest in themselves except w:tc/w:tr/w:p through nested tables.
    const nested = xml.slice(m.index + m[0].length, end).search(new RegExp(`<w:${name}(?=[\\s>])`, 'u'));
    if (nested !== -1) throw new Decline(`nested w:${name}`);
    out.push({ start: m.index, openEnd: m.index + m[0].length, closeStart: end, end: end + close.length });
  }
  return out;
}

const within = (list, pos) => list.find((e) => e.start <= pos && pos < e.end);

export function compileDocument(xml) {
  const texts = elements(xml, 't');
  const paragraphs = elements(xml, 'p');
  const rows = elements(xml, 'tr');
  const cells = elements(xml, 'tc');
  const runs = elements(xml, 'r');
  const tables = elements(xml, 'tbl');
  /** Tag texts removed where they stand (the loop tags of row loops). */
  const drops = [];
  // Every brace must belong to a tag inside one w:t.
  const tags = [];
  for (const t of texts) {
    const text = xml.slice(t.openEnd, t.closeStart);
    const rest = text.replace(TAG, '');
    if (rest.includes('{') || rest.includes('}')) throw new Decline('a tag split across runs');
    for (const m of text.matchAll(TAG)) {
      const start = t.openEnd + m.index;
      tags.push({ raw: m[1], start, end: start + m[0].length, t });
    }
  }
  const outside = xml.replace(/<w:t(?=[\s>])[^>]*>[^<]*<\/w:t>/gu, '');
  if (outside.includes('{') || outside.includes('}')) throw new Decline('a brace outside text');

  const paragraphText = (p) =>
    texts
      .filter((t) => t.start >= p.start && t.end <= p.end)
      .map((t) => xml.slice(t.openEnd, t.closeStart))
      .join('');

  // Pair the loops, innermost first, and find what each one repeats.
  const loops = [];
  const values = [];
  const stack = [];
  for (const tag of tags) {
    const raw = tag.raw;
    if (raw.startsWith('#') || raw.startsWith('^')) stack.push(tag);
    else if (raw.startsWith('/')) {
      const open = stack.pop();
      if (!open || open.raw.slice(1).trim() !== raw.slice(1).trim()) throw new Decline(`unpaired {${raw}}`);
      loops.push(expand(open, tag));
    } else {
      const run = within(runs, tag.start);
      const rPr = run ? /^<w:r(?:\s[^>]*)?>(<w:rPr>[\s\S]*?<\/w:rPr>)?/u.exec(xml.slice(run.start))?.[1] : '';
      values.push({ start: tag.start, end: tag.end, path: pathOf(raw), rPr: rPr ?? '' });
    }
  }
  if (stack.length) throw new Decline('unclosed loop');

  function expand(open, close) {
    const base = { path: pathOf(open.raw.slice(1)), inverted: open.raw.startsWith('^') };
    if (open.t === close.t) {
      return { ...base, start: open.start, innerStart: open.end, innerEnd: close.start, end: close.end };
    }
    const po = within(paragraphs, open.start);
    const pc = within(paragraphs, close.start);
    if (
      po &&
      pc &&
      po !== pc &&
      paragraphText(po) === `{${open.raw}}` &&
      paragraphText(pc) === `{${close.raw}}`
    ) {
      return { ...base, start: po.start, innerStart: po.end, innerEnd: pc.start, end: pc.end };
    }
    // Tags in different cells: docxtemplater repeats whole table rows, from the open tag's row to the
    // close tag's, in the same table.
    const ro = within(rows, open.start);
    const rc = within(rows, close.start);
    const co = within(cells, open.start);
    const cc = within(cells, close.start);
    const table = (r) => within(tables, r.start);
    if (ro && rc && co && cc && co !== cc && ro.start <= rc.start && table(ro) === table(rc)) {
      drops.push([open.start, open.end], [close.start, close.end]);
      return { ...base, start: ro.start, innerStart: ro.start, innerEnd: rc.end, end: rc.end };
    }
    throw new Decline(`a loop docxtemplater would expand another way: {${open.raw}}`);
  }

  // docxtemplater marks every w:t that held a tag as xml:space="preserve", and writes it as <w:t/> when
  // nothing is left in it: its open and close are markers the renderer resolves.
  const tagged = [...new Set(tags.map((x) => x.t))];

  // Build the program over [from, to): literal XML, values, loops (properly nested or refused).
  function build(from, to, ancestors) {
    const nodes = [];
    let at = from;
    let literal = '';
    const flush = () => {
      if (literal) nodes.push(literal);
      literal = '';
    };
    const events = [
      ...values.map((v) => ({ kind: 'value', at: v.start, v })),
      ...loops.filter((l) => !ancestors.has(l)).map((l) => ({ kind: 'loop', at: l.start, l })),
      ...tagged.map((t) => ({ kind: 'topen', at: t.start, t })),
      ...tagged.map((t) => ({ kind: 'tclose', at: t.closeStart, t })),
      ...drops.map(([s, e]) => ({ kind: 'drop', at: s, e })),
    ]
      .filter((e) => e.at >= from && e.at < to)
      // At one position: the outermost loop first, then the others, then edits.
      .sort(
        (a, b) =>
          a.at - b.at ||
          (a.kind === 'loop' && b.kind === 'loop' ? b.l.end - a.l.end : 0) ||
          (a.kind === 'loop' ? -1 : b.kind === 'loop' ? 1 : 0),
      );
    for (const ev of events) {
      if (ev.at < at) continue; // inside a loop handled below
      literal += xml.slice(at, ev.at);
      at = ev.at;
      if (ev.kind === 'value') {
        flush();
        nodes.push({ v: ev.v.path, rPr: ev.v.rPr });
        at = ev.v.end;
      } else if (ev.kind === 'drop') {
        at = ev.e;
      } else if (ev.kind === 'topen') {
        const open = xml.slice(ev.t.start, ev.t.openEnd);
        flush();
        nodes.push({
          t: /xml:space="preserve"/u.test(open) ? open : `${open.slice(0, -1)} xml:space="preserve">`,
        });
        at = ev.t.openEnd;
      } else if (ev.kind === 'tclose') {
        flush();
        nodes.push({ tEnd: true });
        at = ev.t.end;
      } else {
        const l = ev.l;
        if (l.end > to) throw new Decline('loops that overlap');
        flush();
        nodes.push({
          loop: l.path,
          inverted: l.inverted,
          body: build(l.innerStart, l.innerEnd, new Set([...ancestors, l])),
        });
        at = l.end;
      }
    }
    literal += xml.slice(at, to);
    flush();
    return nodes;
  }
  // A preserve edit or a value inside a region a loop drops (its tag paragraphs) must not be lost.
  for (const l of loops) {
    for (const v of values) {
      const inOuter = v.start >= l.start && v.end <= l.end;
      const inInner = v.start >= l.innerStart && v.end <= l.innerEnd;
      if (inOuter && !inInner) throw new Decline('a value beside a loop tag');
    }
  }
  return build(0, xml.length, new Set());
}

function pathOf(tag) {
  const t = tag.trim();
  return t === '.' || t === '' ? [] : t.split('.').map((s) => s.trim());
}

/** The CRC-32 of zip entries (ISO 3309), for the parts compressed here. */
const CRC_TABLE = new Int32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c;
});
export function crc32(bytes) {
  let c = -1;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

/** One template (the .docx as base64, as gen-templates.mjs zipped it): its program and its other parts. */
export function compileTemplate(base64) {
  const zip = new PizZip(Buffer.from(base64, 'base64'));
  const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
  try {
    const parts = names.map((name) => {
      const bytes = Buffer.from(zip.file(name).asUint8Array());
      if (name === 'word/document.xml') return { name, program: compileDocument(bytes.toString('utf8')) };
      const text = bytes.toString('utf8');
      if (/\.(xml|rels)$/u.test(name) && (text.includes('{') || text.includes('}')))
        throw new Decline(`a tag in ${name}`);
      return {
        name,
        size: bytes.length,
        crc: crc32(bytes),
        deflated: deflateRawSync(bytes, { level: 9 }).toString('base64'),
      };
    });
    if (!parts.some((p) => p.program)) return undefined;
    return parts;
  } catch (e) {
    if (e instanceof Decline) return undefined;
    throw e;
  }
}

export function generateDocxFast(templates) {
  const list = Object.entries(templates)
    .filter(([file]) => /^tpl-.+-docx\.js$/u.test(file))
    .sort()
    .map(([file, content]) => {
      const base64 = JSON.parse(/export default (".*");/u.exec(content)[1]);
      return { name: file.slice(4, -'-docx.js'.length), template: base64, parts: compileTemplate(base64) };
    });
  const header = '// Generated by scripts/gen-docx-fast.mjs from templates/docx/. Do not edit.\n';
  return {
    'docx-fast.js': `${header}export default ${JSON.stringify(list)};\n`,
    'docx-fast.d.ts': `${header}import type { FastTemplate } from '../document/docxFast.js';\ndeclare const templates: FastTemplate[];\nexport default templates;\n`,
  };
}
