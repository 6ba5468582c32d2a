/**
 * Reading a rendered .docx in tests: unzip with pizzip, check the XML is well formed, walk the
 * WordprocessingML in document order to get paragraph texts, and find elements by name.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import PizZip from 'pizzip';

export type XmlNode = Record<string, unknown>;

export function unzipDocx(bytes: Uint8Array): PizZip {
  return new PizZip(bytes);
}

/** Every XML part of the package, by name. */
export function xmlParts(zip: PizZip): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of Object.keys(zip.files)) {
    if (/\.(xml|rels)$/u.test(name)) out[name] = zip.file(name)!.asText();
  }
  return out;
}

/** The parts that are not well-formed XML, with the validator's message. */
export function malformedParts(zip: PizZip): string[] {
  return Object.entries(xmlParts(zip)).flatMap(([name, xml]) => {
    const r = XMLValidator.validate(xml);
    return r === true ? [] : [`${name}: ${r.err.msg} (line ${r.err.line})`];
  });
}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
});

export function parseXml(xml: string): XmlNode[] {
  return parser.parse(xml) as XmlNode[];
}

const tagOf = (n: XmlNode): string | undefined => Object.keys(n).find((k) => k !== ':@');
export const attrs = (n: XmlNode): Record<string, string> => (n[':@'] as Record<string, string>) ?? {};
export const children = (n: XmlNode): XmlNode[] => {
  const t = tagOf(n);
  return t && Array.isArray(n[t]) ? (n[t] as XmlNode[]) : [];
};

/** Depth-first, document order: every element named `name`. */
export function findAll(nodes: XmlNode[], name: string): XmlNode[] {
  const out: XmlNode[] = [];
  const walk = (list: XmlNode[]) => {
    for (const n of list) {
      if (tagOf(n) === name) out.push(n);
      walk(children(n));
    }
  };
  walk(nodes);
  return out;
}

/** The text of one element: w:t contents, w:tab as a tab, w:br as a line break. */
export function textOf(node: XmlNode): string {
  let s = '';
  const walk = (list: XmlNode[]) => {
    for (const n of list) {
      const t = tagOf(n);
      if (t === '#text') s += String(n['#text']);
      else if (t === 'w:t')
        s += children(n)
          .map((c) => String(c['#text'] ?? ''))
          .join('');
      else if (t === 'w:tab') s += '\t';
      else if (t === 'w:br') s += '\n';
      else if (t !== 'w:instrText') walk(children(n));
    }
  };
  walk(children(node));
  return s;
}

/** The document body as paragraphs (table cells included, in reading order). */
export function docxParagraphs(bytes: Uint8Array): string[] {
  const xml = unzipDocx(bytes).file('word/document.xml')!.asText();
  return findAll(parseXml(xml), 'w:p').map(textOf);
}

/** The text of a rendered .docx converted to PDF by LibreOffice, or undefined when soffice is missing. */
export function pdfText(docx: Uint8Array): { text: string; pages: number } | undefined {
  if (spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status !== 0) return undefined;
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-pdf-'));
  writeFileSync(join(dir, 'doc.docx'), docx);
  const conv = spawnSync(
    'soffice',
    [
      `-env:UserInstallation=file://${dir}/profile`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      join(dir, 'doc.docx'),
    ],
    { encoding: 'utf8', timeout: 120_000 },
  );
  if (conv.status !== 0) throw new Error(`soffice failed: ${conv.stderr}`);
  // -raw: without it pdftotext joins a line that ends in " -" (a Vietnamese dash, as in "chính trị -
  // xã hội") to the next as if the dash were a hyphenation.
  const txt = spawnSync('pdftotext', ['-raw', join(dir, 'doc.pdf'), '-'], { encoding: 'utf8' });
  if (txt.status !== 0) throw new Error(`pdftotext failed: ${txt.stderr}`);
  const pages = txt.stdout.split('\f').filter((p) => p.trim() !== '');
  return { text: txt.stdout, pages: pages.length };
}

export const readBytes = (file: string): Uint8Array => new Uint8Array(readFileSync(file));

/**
 * Word rejects children out of the order the WordprocessingML schema sets, which LibreOffice forgives;
 * this checks the sequences our templates write, in every part given, and that the body ends with a
 * paragraph and then w:sectPr. Returns the problems found (none for a good file).
 */
/** The parts of our .docx files that hold content. */
export const WORD_PARTS = ['word/document.xml', 'word/styles.xml', 'word/header1.xml', 'word/header2.xml'];

export function wordOrderProblems(zip: PizZip, parts: readonly string[]): string[] {
  const orders: Record<string, string[]> = {
    'w:p': ['w:pPr'],
    'w:r': ['w:rPr'],
    'w:tc': ['w:tcPr'],
    'w:tr': ['w:trPr'],
    'w:tbl': ['w:tblPr', 'w:tblGrid', 'w:tr'],
    'w:pPr': [
      'w:pStyle',
      'w:keepNext',
      'w:keepLines',
      'w:pageBreakBefore',
      'w:pBdr',
      'w:spacing',
      'w:ind',
      'w:jc',
      'w:outlineLvl',
      'w:rPr',
    ],
    'w:rPr': ['w:rFonts', 'w:b', 'w:bCs', 'w:i', 'w:iCs', 'w:color', 'w:sz', 'w:szCs', 'w:lang'],
    'w:tblPr': [
      'w:tblStyle',
      'w:tblW',
      'w:tblInd',
      'w:tblBorders',
      'w:tblLayout',
      'w:tblCellMar',
      'w:tblLook',
    ],
    'w:tcPr': ['w:tcW', 'w:vAlign'],
    'w:sectPr': ['w:headerReference', 'w:pgSz', 'w:pgMar', 'w:cols', 'w:titlePg', 'w:docGrid'],
    'w:style': [
      'w:name',
      'w:basedOn',
      'w:next',
      'w:uiPriority',
      'w:semiHidden',
      'w:unhideWhenUsed',
      'w:qFormat',
      'w:pPr',
      'w:rPr',
      'w:tblPr',
    ],
  };
  const problems: string[] = [];
  for (const part of parts) {
    const nodes = parseXml(zip.file(part)!.asText());
    for (const [parent, order] of Object.entries(orders)) {
      for (const el of findAll(nodes, parent)) {
        const names = children(el)
          .map(tagName)
          .filter((n) => order.includes(n));
        const ranks = names.map((n) => order.indexOf(n));
        if (ranks.some((r, i) => i > 0 && r < ranks[i - 1]!))
          problems.push(`${part} ${parent}: ${names.join(',')}`);
        if (parent === 'w:p' || parent === 'w:r' || parent === 'w:tc' || parent === 'w:tr') {
          const first = children(el)
            .map(tagName)
            .filter((n) => n !== '#text');
          const prop = order[0]!;
          if (first.includes(prop) && first[0] !== prop)
            problems.push(`${part} ${parent}: ${prop} not first`);
        }
      }
    }
    const body = findAll(nodes, 'w:body')[0];
    if (body) {
      const kids = children(body).map(tagName);
      if (kids.at(-1) !== 'w:sectPr') problems.push('w:sectPr is not the last child of w:body');
      if (kids.at(-2) !== 'w:p') problems.push('the body does not end with a paragraph before w:sectPr');
    }
  }
  return problems;
}

export const tagName = (n: XmlNode) => Object.keys(n).find((k) => k !== ':@')!;
