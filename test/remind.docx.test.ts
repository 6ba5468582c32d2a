/**
 * The công văn đôn đốc as .docx: the ND30 công văn layout (A4, margins, Times New Roman, the header
 * table with "V/v …" under "Số:", no tên loại, Kính gửi as a dash list, Nơi nhận | signature), Word's
 * validator, and LibreOffice's PDF of it on one page, also for ten units.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type PizZip from 'pizzip';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkPlanFolder } from '../src/check/checkFolder.js';
import { renderDocx } from '../src/document/docx.js';
import { planAt } from '../src/load/discover.js';
import { buildRemindModel } from '../src/remind/buildRemindModel.js';
import type { RemindModel } from '../src/remind/remindModel.js';
import { remindTemplates } from '../src/remind/remindTemplates.js';
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
import { shippedText } from './helpers/planEdits.js';

const SHIPPED = join(ROOT, 'plans/minh-long-2025-h2/plan.yaml');

let model: RemindModel;
let docx: Uint8Array;
let zip: PizZip;
let documentXml: XmlNode[];

async function letterOf(planFile: string, asOf: string): Promise<RemindModel> {
  const checked = await checkPlanFolder(planAt(planFile, ROOT));
  expect(checked.plan).toBeDefined();
  return buildRemindModel(checked.plan!, checked.records, { asOf }).model!;
}

beforeAll(async () => {
  model = await letterOf(SHIPPED, '2025-11-20');
  docx = renderDocx(await remindTemplates.docx(), model, 'don-doc.docx');
  zip = unzipDocx(docx);
  documentXml = parseXml(zip.file('word/document.xml')!.asText());
});

const one = (nodes: XmlNode[], name: string) => {
  const found = findAll(nodes, name);
  expect(found, name).toHaveLength(1);
  return found[0]!;
};

describe('the .docx of the công văn đôn đốc', () => {
  it('is A4 with margins top/bottom 20 mm, left 30 mm, right 15 mm', () => {
    const sect = one(documentXml, 'w:sectPr');
    expect(attrs(one([sect], 'w:pgSz'))).toMatchObject({ 'w:w': '11906', 'w:h': '16838' });
    const mar = attrs(one([sect], 'w:pgMar'));
    const mm = (twips: string) => Math.round((Number(twips) / 1440) * 25.4 * 10) / 10;
    expect([mm(mar['w:top']!), mm(mar['w:bottom']!), mm(mar['w:left']!), mm(mar['w:right']!)]).toEqual([
      20, 20, 30, 15,
    ]);
  });

  it('sets Times New Roman everywhere and no other font', () => {
    const fonts = Object.entries(zip.files)
      .filter(([n]) => n.endsWith('.xml'))
      .flatMap(([, f]) => [...f.asText().matchAll(/<w:rFonts\b[^>]*>/gu)].map((m) => m[0]))
      .flatMap((el) => [...el.matchAll(/w:(?:ascii|hAnsi|cs|eastAsia)="([^"]+)"/gu)].map((m) => m[1]));
    expect(fonts.length).toBeGreaterThan(0);
    expect(new Set(fonts)).toEqual(new Set(['Times New Roman']));
  });

  it('opens with the borderless header table; the V/v line is under Số, 12 pt, 6 pt after it', () => {
    const table = findAll(documentXml, 'w:tbl')[0]!;
    for (const b of children(one([table], 'w:tblBorders')))
      expect(['nil', 'none']).toContain(attrs(b)['w:val']);
    const cols = findAll([table], 'w:gridCol').map((c) => Number(attrs(c)['w:w']));
    expect(cols[0]! + cols[1]!).toBe(11906 - 1701 - 851);
    expect(cols[1]! / (cols[0]! + cols[1]!)).toBeGreaterThanOrEqual(0.6);
    const cells = findAll([table], 'w:tc');
    expect(cells.map(textOf)).toEqual([
      'ỦY BAN NHÂN DÂNXÃ MINH LONG',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh phúc',
      'Số:      /UBND-VHXHV/v đôn đốc báo cáo kết quả thực hiện công tác trẻ em năm 2025',
      'Minh Long, ngày 20 tháng 11 năm 2025',
    ]);
    const [number, subject] = findAll([cells[2]!], 'w:p').filter((p) => textOf(p) !== '');
    expect(textOf(number!)).toBe('Số:      /UBND-VHXH');
    expect(textOf(subject!)).toBe(model.subject[0]);
    expect(attrs(one([subject!], 'w:spacing'))['w:before']).toBe('120');
    const sizes = findAll([subject!], 'w:sz').map((s) => attrs(s)['w:val']);
    expect(new Set(sizes)).toEqual(new Set(['24']));
    expect(findAll([subject!], 'w:b')).toHaveLength(0);
  });

  it('has no tên loại: the Kính gửi list follows the header, then the body', () => {
    // The tab stop in the Kính gửi paragraph's properties reads as a leading tab.
    const paras = docxParagraphs(docx)
      .filter((p) => p !== '')
      .map((p) => p.replace(/^\t/u, ''));
    const at = paras.findIndex((p) => p.startsWith('Kính gửi:'));
    expect(paras[at - 1]).toBe('Minh Long, ngày 20 tháng 11 năm 2025');
    expect(paras.slice(at, at + 9)).toEqual([`Kính gửi:\t${model.recipient.first}`, ...model.recipient.rest]);
    expect(paras.slice(at + 9, at + 13)).toEqual(model.body.map((b) => b.text));
    expect(paras).not.toContain('CÔNG VĂN');
  });

  it('ends with the borderless Nơi nhận | signature table', () => {
    const table = findAll(documentXml, 'w:tbl').at(-1)!;
    for (const b of children(one([table], 'w:tblBorders')))
      expect(['nil', 'none']).toContain(attrs(b)['w:val']);
    const [left, right] = findAll([table], 'w:tc');
    expect(findAll([left!], 'w:p').map(textOf)).toEqual([
      'Nơi nhận:',
      '- Như trên;',
      '- CT, PCT UBND xã;',
      '- Lưu: VT, VHXH.',
    ]);
    expect(findAll([right!], 'w:p').map(textOf).slice(0, 3)).toEqual([
      'TM. ỦY BAN NHÂN DÂN',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
    ]);
  });

  it('is well-formed, in the element order Word requires, with no template syntax left, and passes docx-validate', () => {
    expect(malformedParts(zip)).toEqual([]);
    expect(wordOrderProblems(zip, WORD_PARTS)).toEqual([]);
    expect(docxParagraphs(docx).join('\n')).not.toMatch(/[{}]/u);
    const v = validateDocx(docx);
    if (v) expect(v.ok, v.output).toBe(true);
  });

  it('renders on one page in LibreOffice, also when ten units are late', async () => {
    const pdf = pdfText(docx);
    if (!pdf) return; // soffice is not installed here
    expect(pdf.pages).toBe(1);
    expect(pdf.text).toContain('V/v đôn đốc báo cáo kết quả thực');

    // A tenth unit owing the report: Hội Cựu chiến binh xã.
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-remind-ten-'));
    mkdirSync(join(dir, 'plan'));
    const text = shippedText()
      .replace(
        'from: [co-quan-ban-nganh, hoi-doan-the, cac-thon]',
        'from: [co-quan-ban-nganh, hoi-doan-the, cac-thon, hoi-ccb]',
      )
      .replace(
        '  - id: ubnd-tinh\n',
        '  - id: hoi-ccb\n    name: Hội Cựu chiến binh xã\n    kind: organisation\n  - id: ubnd-tinh\n',
      );
    writeFileSync(join(dir, 'plan/plan.yaml'), text);
    const ten = await letterOf(join(dir, 'plan/plan.yaml'), '2025-11-20');
    expect(ten.units).toHaveLength(10);
    const tenDocx = renderDocx(await remindTemplates.docx(), ten, 'don-doc.docx');
    expect(pdfText(tenDocx)!.pages).toBe(1);
  }, 240_000);
});
