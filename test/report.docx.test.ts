/**
 * The report as .docx: the ND30 layout checks of `plan render` (page, margins, fonts, header and
 * footer tables, well-formed XML in Word's element order), the indicators table, and the text of the
 * .docx against the text of the markdown, section by section; where LibreOffice is installed, the PDF
 * it makes of the .docx as well.
 */
import { join } from 'node:path';
import type PizZip from 'pizzip';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkPlanFolder } from '../src/check/checkFolder.js';
import { renderDocx } from '../src/document/docx.js';
import { renderMarkdown } from '../src/document/markdown.js';
import { planAt } from '../src/load/discover.js';
import { parsePeriod } from '../src/model/period.js';
import { buildReportModel } from '../src/report/buildReportModel.js';
import type { ReportModel } from '../src/report/reportModel.js';
import { reportTemplates } from '../src/report/reportTemplates.js';
import { ROOT } from './helpers/cli.js';
import {
  attrs,
  children,
  docxParagraphs,
  findAll,
  malformedParts,
  parseXml,
  pdfText,
  textOf,
  unzipDocx,
  WORD_PARTS,
  wordOrderProblems,
  type XmlNode,
} from './helpers/docx.js';
import { validateDocx } from './helpers/docxValidate.js';

const FIXTURE = join(ROOT, 'test/fixtures/report/minh-long-2025/plan.yaml');
const SHIPPED = join(ROOT, 'plans/minh-long-2025-h2/plan.yaml');

let model: ReportModel;
let template: Uint8Array;
let docx: Uint8Array;
let markdown: string;
let zip: PizZip;
let documentXml: XmlNode[];

async function reportOf(planFile: string, period: string, date: string): Promise<ReportModel> {
  const checked = await checkPlanFolder(planAt(planFile, ROOT));
  return buildReportModel(checked.plan!, checked.records, parsePeriod(period)!, { date });
}

beforeAll(async () => {
  model = await reportOf(FIXTURE, '2025-H2', '2026-01-08');
  template = await reportTemplates.docx();
  docx = renderDocx(template, model, 'bao-cao.docx');
  markdown = renderMarkdown(await reportTemplates.markdown(), model);
  zip = unzipDocx(docx);
  documentXml = parseXml(zip.file('word/document.xml')!.asText());
});

const one = (nodes: XmlNode[], name: string) => {
  const found = findAll(nodes, name);
  expect(found, name).toHaveLength(1);
  return found[0]!;
};
const fold = (s: string) => s.normalize('NFC').replace(/\s+/gu, ' ').trim();

/** Markdown as a reader sees it, one entry per line: no emphasis, heading hashes, pipes or <br>. */
const markdownLines = (md: string): string[] =>
  md
    .split('\n')
    .filter((l) => !/^\|(?:\s*:?-+:?\s*\|)+$/u.test(l))
    .map((l) =>
      fold(
        l
          .replace(/<br>/gu, ' ')
          .replace(/\*+/gu, '')
          .replace(/^#+ /u, '')
          .replace(/\\\|/gu, '\u0000')
          .replace(/\|/gu, ' ')
          .replace(/\u0000/gu, '|'),
      ),
    )
    .filter((l) => l !== '');

const SECTION = /^(I|II|III|IV)\. \p{Lu}/u;

/** Text cut at the section headings I.–IV.: the part before I. (header, title, Kính gửi, opening), then each section. */
function sections(lines: string[]): Record<string, string> {
  const out: Record<string, string[]> = { front: [] };
  let key = 'front';
  for (const l of lines) {
    const m = SECTION.exec(l);
    if (m) {
      key = m[1]!;
      out[key] = [];
    }
    out[key]!.push(l);
  }
  return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, fold(v.join(' '))]));
}

describe('the .docx of the fixture report', () => {
  it('is A4 with margins top/bottom 20 mm, left 30 mm, right 15 mm, numbered from page 2', () => {
    const sect = one(documentXml, 'w:sectPr');
    expect(attrs(one([sect], 'w:pgSz'))).toMatchObject({ 'w:w': '11906', 'w:h': '16838' });
    const mar = attrs(one([sect], 'w:pgMar'));
    const mm = (twips: string) => Math.round((Number(twips) / 1440) * 25.4 * 10) / 10;
    expect([mm(mar['w:top']!), mm(mar['w:bottom']!), mm(mar['w:left']!), mm(mar['w:right']!)]).toEqual([
      20, 20, 30, 15,
    ]);
    expect(findAll([sect], 'w:titlePg')).toHaveLength(1);
    const rels = zip.file('word/_rels/document.xml.rels')!.asText();
    const target = (type: string) => {
      const id = findAll([sect], 'w:headerReference')
        .map(attrs)
        .find((r) => r['w:type'] === type)!['r:id'];
      return new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`, 'u').exec(rels)![1]!;
    };
    expect(zip.file(`word/${target('default')}`)!.asText()).toMatch(
      /<w:instrText[^>]*> PAGE <\/w:instrText>/u,
    );
    expect(zip.file(`word/${target('first')}`)!.asText()).not.toContain('PAGE');
  });

  it('sets Times New Roman everywhere and no other font', () => {
    const fonts = Object.entries(zip.files)
      .filter(([n]) => n.endsWith('.xml'))
      .flatMap(([, f]) => [...f.asText().matchAll(/<w:rFonts\b[^>]*>/gu)].map((m) => m[0]))
      .flatMap((el) => [...el.matchAll(/w:(?:ascii|hAnsi|cs|eastAsia)="([^"]+)"/gu)].map((m) => m[1]));
    expect(fonts.length).toBeGreaterThan(0);
    expect(new Set(fonts)).toEqual(new Set(['Times New Roman']));
  });

  it('opens with the borderless header table: issuer, Quốc hiệu, "Số:      /BC-UBND" and the report date', () => {
    const table = findAll(documentXml, 'w:tbl')[0]!;
    for (const b of children(one([table], 'w:tblBorders')))
      expect(['nil', 'none']).toContain(attrs(b)['w:val']);
    const cols = findAll([table], 'w:gridCol').map((c) => Number(attrs(c)['w:w']));
    expect(cols[0]! + cols[1]!).toBe(11906 - 1701 - 851);
    expect(cols[1]! / (cols[0]! + cols[1]!)).toBeGreaterThanOrEqual(0.6);
    expect(findAll([table], 'w:tc').map(textOf)).toEqual([
      'ỦY BAN NHÂN DÂNXÃ MINH LONG',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh phúc',
      'Số:      /BC-UBND',
      'Minh Long, ngày 08 tháng 01 năm 2026',
    ]);
  });

  it('puts BÁO CÁO, the trích yếu and "Kính gửi: Sở Y tế." before the body', () => {
    const paras = docxParagraphs(docx).filter((p) => p !== '');
    const at = paras.indexOf('BÁO CÁO');
    expect(paras.slice(at, at + 4)).toEqual([
      'BÁO CÁO',
      'Kết quả thực hiện công tác trẻ em 6 tháng cuối năm 2025',
      'Kính gửi: Sở Y tế.',
      model.body[0]!.text,
    ]);
  });

  it('lays the indicators out as a grid table with a repeated header row', () => {
    const table = findAll(documentXml, 'w:tbl')[1]!;
    const cols = findAll([table], 'w:gridCol').map((c) => Number(attrs(c)['w:w']));
    expect(cols).toHaveLength(7);
    expect(cols.reduce((a, b) => a + b)).toBe(9354);
    const rows = findAll([table], 'w:tr');
    expect(findAll([rows[0]!], 'w:tblHeader')).toHaveLength(1);
    expect(rows.map((r) => findAll([r], 'w:tc').map(textOf))).toEqual([
      ['TT', 'Chỉ tiêu', 'Đơn vị tính', 'Kế hoạch', 'Thực hiện', 'Đánh giá', 'Ghi chú'],
      ...model.indicators!.rows.map((r) => [r.no, r.name, r.unit, r.target, r.result, r.rate, r.note]),
    ]);
  });

  it('ends with the borderless Nơi nhận | signature table, kept on one page', () => {
    const tables = findAll(documentXml, 'w:tbl');
    const table = tables.at(-1)!;
    for (const b of children(one([table], 'w:tblBorders')))
      expect(['nil', 'none']).toContain(attrs(b)['w:val']);
    expect(findAll([table], 'w:cantSplit')).toHaveLength(1);
    const [left, right] = findAll([table], 'w:tc');
    expect(findAll([left!], 'w:p').map(textOf)).toEqual(['Nơi nhận:', ...model.footer.recipients]);
    const signature = findAll([right!], 'w:p').map(textOf);
    expect(signature.slice(0, 3)).toEqual(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
    expect(signature.at(-1)).toBe('Nguyễn Văn An');
  });

  it('is well-formed, declares every part, resolves every relationship, and has no template syntax left', () => {
    expect(malformedParts(zip)).toEqual([]);
    const types = zip.file('[Content_Types].xml')!.asText();
    for (const name of Object.keys(zip.files).filter(
      (n) => n.endsWith('.xml') && n !== '[Content_Types].xml',
    ))
      expect(types, name).toContain(`PartName="/${name}"`);
    const rels = zip.file('word/_rels/document.xml.rels')!.asText();
    for (const m of rels.matchAll(/Target="([^"]+)"/gu))
      expect(zip.file(`word/${m[1]}`), m[1]).not.toBeNull();
    expect(docxParagraphs(docx).join('\n')).not.toMatch(/[{}]/u);
  });

  it('keeps the WordprocessingML element order Word requires', () => {
    expect(wordOrderProblems(zip, WORD_PARTS)).toEqual([]);
  });

  it('holds the same text as the markdown, section by section', () => {
    const fromDocx = sections(docxParagraphs(docx).map(fold).filter(Boolean));
    const fromMarkdown = sections(markdownLines(markdown));
    expect(Object.keys(fromDocx)).toEqual(['front', 'I', 'II', 'III', 'IV']);
    expect(fromDocx).toEqual(fromMarkdown);
  });

  it('passes the Word validator (Open XML SDK + ISO 29500 schemas)', { timeout: 240_000 }, () => {
    const r = validateDocx(docx);
    if (r) expect(r.ok, r.output).toBe(true);
  });

  it('gives the same bytes for the same report', () => {
    expect(Buffer.from(renderDocx(template, model, 'bao-cao.docx')).equals(Buffer.from(docx))).toBe(true);
  });

  it('reads the same in the PDF LibreOffice makes of it, numbered from page 2', { timeout: 120_000 }, () => {
    const pdf = pdfText(docx);
    if (!pdf) return; // LibreOffice is not installed here; CI installs it.
    expect(pdf.pages).toBeGreaterThanOrEqual(2);
    const pages = pdf.text.split('\f');
    expect(pages[0]).not.toMatch(/^\s*1\s*\n/u);
    expect(pages[1]).toMatch(/^\s*2\s*\n/u);
    const text = fold(pdf.text.normalize('NFKC'));
    for (const b of model.body.filter((x) => x.section || x.heading)) expect(text).toContain(b.text);
    expect(text).toContain('kính báo cáo Sở Y tế xem xét, chỉ đạo./.');
    expect(text).toContain('Kính gửi: Sở Y tế.');
  });
});

describe('the .docx of the shipped plan without progress', () => {
  it('is complete and well-formed, with the same text as its markdown', async () => {
    const m = await reportOf(SHIPPED, '2025-H2', '2026-01-05');
    const bytes = renderDocx(template, m, 'bao-cao.docx');
    expect(malformedParts(unzipDocx(bytes))).toEqual([]);
    const fromDocx = sections(docxParagraphs(bytes).map(fold).filter(Boolean));
    expect(fromDocx).toEqual(sections(markdownLines(renderMarkdown(await reportTemplates.markdown(), m))));
    expect(fromDocx.front).toContain('Kính gửi: Sở Y tế tỉnh Quảng Ngãi.');
    expect(fromDocx.front).toContain(
      'Thực hiện Kế hoạch số 65/KH-UBND ngày 31/3/2025 của UBND tỉnh Quảng Ngãi',
    );
    // No indicators: no table between the header and the footer.
    expect(findAll(parseXml(unzipDocx(bytes).file('word/document.xml')!.asText()), 'w:tbl')).toHaveLength(2);
  });
});

/** The section properties in document order: those ending a section inside the body, then the last. */
const sectionBreaks = (xml: XmlNode[]) =>
  findAll(xml, 'w:sectPr').map((s) => ({
    restart: findAll([s], 'w:pgNumType').map((n) => attrs(n)['w:start'])[0] ?? null,
    titlePage: findAll([s], 'w:titlePg').length === 1,
  }));

describe('appendices number their own pages', () => {
  it('puts the --annex theo-doi annex in a section of its own, numbered from 1, and passes the validator', {
    timeout: 240_000,
  }, async () => {
    const checked = await checkPlanFolder(planAt(FIXTURE, ROOT));
    const m = buildReportModel(checked.plan!, checked.records, parsePeriod('2025-H2')!, {
      date: '2026-01-08',
      annexes: ['theo-doi'],
    });
    const bytes = renderDocx(template, m, 'bao-cao.docx');
    const xml = parseXml(unzipDocx(bytes).file('word/document.xml')!.asText());
    // The body's section ends before the annex; the annex's section restarts at 1 and has its own first page.
    expect(sectionBreaks(xml)).toEqual([
      { restart: '1', titlePage: true },
      { restart: '1', titlePage: true },
    ]);
    const paras = docxParagraphs(bytes).map(fold).filter(Boolean);
    const md = markdownLines(renderMarkdown(await reportTemplates.markdown(), m)).filter((l) => l !== '---');
    expect(sections(paras)).toEqual(sections(md));
    expect(paras).toContain('TÌNH HÌNH BÁO CÁO CỦA CÁC ĐƠN VỊ');
    const v = validateDocx(bytes);
    if (v) expect(v.ok, v.output).toBe(true);
  });

  it('has one section only without an annex', () => {
    expect(sectionBreaks(documentXml)).toEqual([{ restart: '1', titlePage: true }]);
  });

  it('restarts the page numbers of a plan’s appendix in plan render too', { timeout: 240_000 }, async () => {
    const { buildPlanDoc } = await import('../src/document/plan/buildPlanDoc.js');
    const { planTemplates } = await import('../src/document/plan/planTemplates.js');
    const checked = await checkPlanFolder(
      planAt(join(ROOT, 'test/fixtures/render/structures/plan.yaml'), ROOT),
    );
    const doc = buildPlanDoc(checked.plan!);
    expect(doc.appendices.length).toBeGreaterThan(0);
    const bytes = renderDocx(await planTemplates.docx(), doc, 'ke-hoach.docx');
    const xml = parseXml(unzipDocx(bytes).file('word/document.xml')!.asText());
    expect(sectionBreaks(xml)).toHaveLength(doc.appendices.length + 1);
    expect(sectionBreaks(xml).every((s) => s.restart === '1' && s.titlePage)).toBe(true);
    expect(malformedParts(unzipDocx(bytes))).toEqual([]);
    const v = validateDocx(bytes);
    if (v) expect(v.ok, v.output).toBe(true);
  });
});
