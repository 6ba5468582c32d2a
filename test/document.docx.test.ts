import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import PizZip from 'pizzip';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkPlanText } from '../src/check/checkPlan.js';
import { renderDocx } from '../src/document/docx.js';
import { buildPlanDoc } from '../src/document/plan/buildPlanDoc.js';
import type { PlanDoc } from '../src/document/plan/planDoc.js';
import { planTemplates } from '../src/document/plan/planTemplates.js';
import { UsageError } from '../src/errors.js';
import { errorText } from '../src/i18n/index.js';
import { ROOT } from './helpers/cli.js';
import {
  attrs,
  children,
  docxParagraphs,
  findAll,
  malformedParts,
  parseXml,
  tagName,
  textOf,
  unzipDocx,
  WORD_PARTS,
  wordOrderProblems,
  type XmlNode,
} from './helpers/docx.js';
import { validateDocx } from './helpers/docxValidate.js';
import { shippedText } from './helpers/planEdits.js';

let model: PlanDoc;
let template: Uint8Array;
let docx: Uint8Array;
let zip: PizZip;
let documentXml: XmlNode[];
let stylesXml: XmlNode[];

beforeAll(async () => {
  const r = await checkPlanText(shippedText(), 'plan.yaml');
  model = buildPlanDoc(r.value!);
  template = await planTemplates.docx();
  docx = renderDocx(template, model, 'plan.docx');
  zip = unzipDocx(docx);
  documentXml = parseXml(zip.file('word/document.xml')!.asText());
  stylesXml = parseXml(zip.file('word/styles.xml')!.asText());
});

const one = (nodes: XmlNode[], name: string) => {
  const found = findAll(nodes, name);
  expect(found, name).toHaveLength(1);
  return found[0]!;
};
const style = (id: string) => findAll(stylesXml, 'w:style').find((s) => attrs(s)['w:styleId'] === id)!;
const styleText = (id: string) => JSON.stringify(style(id));

describe('the .docx of the shipped plan', () => {
  it('is A4 with margins top/bottom 20 mm, left 30 mm, right 15 mm, numbered from page 2', () => {
    const sect = one(documentXml, 'w:sectPr');
    expect(attrs(one([sect], 'w:pgSz'))).toMatchObject({ 'w:w': '11906', 'w:h': '16838' });
    const mar = attrs(one([sect], 'w:pgMar'));
    const mm = (twips: string) => Math.round((Number(twips) / 1440) * 25.4 * 10) / 10;
    expect([mm(mar['w:top']!), mm(mar['w:bottom']!), mm(mar['w:left']!), mm(mar['w:right']!)]).toEqual([
      20, 20, 30, 15,
    ]);
    expect(findAll([sect], 'w:titlePg')).toHaveLength(1);
    const refs = findAll([sect], 'w:headerReference').map(attrs);
    const rels = zip.file('word/_rels/document.xml.rels')!.asText();
    const target = (type: string) => {
      const id = refs.find((r) => r['w:type'] === type)!['r:id'];
      return new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`, 'u').exec(rels)![1]!;
    };
    const pageHeader = zip.file(`word/${target('default')}`)!.asText();
    expect(pageHeader).toMatch(/<w:instrText[^>]*> PAGE <\/w:instrText>/u);
    expect(pageHeader).toContain('w:val="KHPageNumber"');
    expect(styleText('KHPageNumber')).toContain('"w:val":"center"');
    expect(zip.file(`word/${target('first')}`)!.asText()).not.toContain('PAGE');
  });

  it('sets Times New Roman everywhere and no other font', () => {
    const fonts = Object.entries(zip.files)
      .filter(([n]) => n.endsWith('.xml'))
      .flatMap(([, f]) => [...f.asText().matchAll(/<w:rFonts\b[^>]*>/gu)].map((m) => m[0]))
      .flatMap((el) => [...el.matchAll(/w:(?:ascii|hAnsi|cs|eastAsia)="([^"]+)"/gu)].map((m) => m[1]));
    expect(fonts.length).toBeGreaterThan(0);
    expect(new Set(fonts)).toEqual(new Set(['Times New Roman']));
    expect(JSON.stringify(one(stylesXml, 'w:rPrDefault'))).toContain('Times New Roman');
  });

  it('sets the body at 14 pt, justified, 1 cm first-line indent, 6 pt after, explicit line spacing', () => {
    const body = style('KHBody');
    expect(attrs(one([body], 'w:jc'))['w:val']).toBe('both');
    expect(attrs(one([body], 'w:ind'))['w:firstLine']).toBe('567');
    const spacing = attrs(one([body], 'w:spacing'));
    expect(spacing['w:after']).toBe('120');
    expect(Number(spacing['w:line'])).toBeGreaterThanOrEqual(340);
    expect(['atLeast', 'exact']).toContain(spacing['w:lineRule']);
    expect(attrs(one([body], 'w:sz'))['w:val']).toBe('28');
    expect(styleText('KHRecipientsLabel')).toMatch(/w:b".*w:i".*"w:val":"24"/u);
    expect(styleText('KHRecipients')).toContain('"w:val":"22"');
    expect(styleText('KHNational')).toContain('w:b');
  });

  it('opens with a borderless two-column header table, the right cell at least 60 % of the text width', () => {
    const table = findAll(documentXml, 'w:tbl')[0]!;
    const borders = one(
      children(table).filter((n) => tagName(n) === 'w:tblPr'),
      'w:tblBorders',
    );
    for (const b of children(borders)) expect(['nil', 'none']).toContain(attrs(b)['w:val']);
    expect(findAll([table], 'w:tcBorders')).toHaveLength(0);
    const cols = findAll([table], 'w:gridCol').map((c) => Number(attrs(c)['w:w']));
    expect(cols).toHaveLength(2);
    expect(cols[0]! + cols[1]!).toBe(11906 - 1701 - 851);
    expect(cols[1]! / (cols[0]! + cols[1]!)).toBeGreaterThanOrEqual(0.6);
    const cells = findAll([table], 'w:tc').map(textOf);
    expect(cells[0]).toBe('ỦY BAN NHÂN DÂNXÃ MINH LONG');
    expect(cells[1]).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh phúc');
    expect(cells[2]).toBe('Số:      /KH-UBND');
    expect(cells[3]).toBe('Minh Long, ngày      tháng      năm 2025');
  });

  it('ends with the borderless Nơi nhận | signature table, kept on one page', () => {
    const table = findAll(documentXml, 'w:tbl')[1]!;
    for (const b of children(one([table], 'w:tblBorders')))
      expect(['nil', 'none']).toContain(attrs(b)['w:val']);
    expect(findAll([table], 'w:cantSplit')).toHaveLength(1);
    const [left, right] = findAll([table], 'w:tc');
    const leftParas = findAll([left!], 'w:p').map(textOf);
    expect(leftParas).toEqual(['Nơi nhận:', ...model.footer.recipients]);
    const rightParas = findAll([right!], 'w:p').map(textOf);
    expect(rightParas.slice(0, 3)).toEqual(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
    expect(rightParas.length).toBeGreaterThanOrEqual(3 + 4);
  });

  it('holds every paragraph of the view model, in order, and nothing of the template syntax', () => {
    const paras = docxParagraphs(docx).filter((p) => p !== '');
    const expected = model.body.map((b) => (b.head ? `${b.head} ${b.text}` : b.text));
    let at = 0;
    for (const e of expected) {
      const i = paras.indexOf(e, at);
      expect(i, e).toBeGreaterThanOrEqual(at);
      at = i + 1;
    }
    expect(paras.join('\n')).not.toMatch(/[{}]/u);
  });

  it('is well-formed XML in every part, with every part declared and every relationship resolved', () => {
    expect(malformedParts(zip)).toEqual([]);
    const types = zip.file('[Content_Types].xml')!.asText();
    for (const name of Object.keys(zip.files).filter(
      (n) => n.endsWith('.xml') && n !== '[Content_Types].xml',
    )) {
      expect(types, name).toContain(`PartName="/${name}"`);
    }
    for (const rels of Object.keys(zip.files).filter((n) => n.endsWith('.rels'))) {
      const base = rels.replace(/_rels\/[^/]*\.rels$/u, '');
      for (const m of zip
        .file(rels)!
        .asText()
        .matchAll(/Target="([^"]+)"/gu)) {
        expect(zip.file(`${base}${m[1]}`), `${rels} → ${m[1]}`).not.toBeNull();
      }
    }
  });

  it('keeps the WordprocessingML element order Word requires', () => {
    expect(wordOrderProblems(zip, WORD_PARTS)).toEqual([]);
  });

  it('passes the Word validator (Open XML SDK + ISO 29500 schemas), as does the saved template', {
    timeout: 240_000,
  }, () => {
    for (const bytes of [docx, template]) {
      const r = validateDocx(bytes);
      if (r) expect(r.ok, r.output).toBe(true);
    }
  });

  it('gives the same bytes for the same plan', () => {
    expect(Buffer.from(renderDocx(template, model, 'plan.docx')).equals(Buffer.from(docx))).toBe(true);
  });
});

describe('a user template (.docx)', () => {
  const withDocument = (edit: (xml: string) => string): Uint8Array => {
    const z = new PizZip(template);
    z.file('word/document.xml', edit(z.file('word/document.xml')!.asText()));
    return z.generate({ type: 'uint8array' });
  };
  const failure = (bytes: Uint8Array): UsageError => {
    try {
      renderDocx(bytes, model, 'mau.docx');
    } catch (e) {
      expect(e).toBeInstanceOf(UsageError);
      return e as UsageError;
    }
    throw new Error('the template was accepted');
  };
  const message = (e: UsageError) => errorText(e.key, e.args as never);

  it('keeps what the officer restyled', () => {
    const z = new PizZip(template);
    z.file(
      'word/styles.xml',
      z.file('word/styles.xml')!.asText().replace('Times New Roman', 'Times New Roman'),
    );
    const restyled = withDocument((x) =>
      x.replace(
        '<w:pStyle w:val="KHTitle"/>',
        '<w:pStyle w:val="KHTitle"/><w:shd w:val="clear" w:fill="EEEEEE"/>',
      ),
    );
    const out = unzipDocx(renderDocx(restyled, model, 'mau.docx'))
      .file('word/document.xml')!
      .asText();
    expect(out).toContain('w:fill="EEEEEE"');
    expect(out).toContain('KẾ HOẠCH');
  });

  it('names a tag that is not in the view model, with a suggestion, in Vietnamese', () => {
    const e = failure(withDocument((x) => x.replace('{header.number}', '{header.numbr}')));
    expect(e.key).toBe('templateUnknown');
    expect(message(e)).toBe(
      'Mẫu "mau.docx" dùng thẻ không có trong dữ liệu văn bản: {header.numbr} (có phải ý bạn là {header.number}?).\nXem các trường có thể dùng: plan render --format json',
    );
  });

  it('names an unclosed block and says what is wrong', () => {
    const e = failure(withDocument((x) => x.replace('{/body}', '')));
    expect(e.key).toBe('templateTag');
    expect(message(e)).toBe(
      'Mẫu "mau.docx": thẻ {body} mở khối {#…} nhưng không có thẻ đóng {/…} tương ứng.',
    );
  });

  it('lists several broken tags at once', () => {
    const e = failure(
      withDocument((x) =>
        x.replace('{title.type}', '{title.type').replace('{footer.signer}', 'footer.signer}'),
      ),
    );
    expect(e.key).toBe('templateTags');
    expect(message(e)).toContain('có 2 lỗi');
    expect(message(e)).toContain('chỗ "{title.type" có dấu "{" mở nhưng thiếu dấu "}" đóng');
  });

  it('refuses a file that is not a Word document', () => {
    expect(failure(new TextEncoder().encode('not a zip')).key).toBe('templateNotDocx');
    const z = new PizZip();
    z.file('hello.txt', 'hi');
    expect(failure(z.generate({ type: 'uint8array' })).key).toBe('templateNotDocx');
  });
});

describe('the .docx of a plan with an appendix table', () => {
  let out: PizZip;
  let nodes: XmlNode[];
  beforeAll(async () => {
    const text = readFileSync(join(ROOT, 'test/fixtures/render/structures/plan.yaml'), 'utf8');
    const r = await checkPlanText(text, 'plan.yaml');
    out = unzipDocx(renderDocx(template, buildPlanDoc(r.value!), 'plan.docx'));
    nodes = parseXml(out.file('word/document.xml')!.asText());
  });

  it('puts the appendix on a new page after the signature, with its title and note', () => {
    const paras = findAll(nodes, 'w:p');
    const label = paras.find((p) => textOf(p) === 'Phụ lục')!;
    expect(JSON.stringify(label)).toContain('"w:val":"KHAppendixLabel"');
    expect(styleText('KHAppendixLabel')).toContain('w:pageBreakBefore');
    const texts = paras.map(textOf);
    const at = texts.indexOf('Phụ lục');
    expect(at).toBeGreaterThan(texts.indexOf('Nguyễn Thị Hoa'));
    expect(texts.slice(at + 1, at + 3)).toEqual([
      'DANH MỤC NHIỆM VỤ TRIỂN KHAI LUẬT TRẺ EM NĂM 2025',
      '(Kèm theo Kế hoạch số 05/KH-VHXH ngày 05 tháng 7 năm 2025 của Phòng Văn hóa - Xã hội xã)',
    ]);
  });

  it('fills the six-column task table: a header row repeated on each page, bold group rows', () => {
    const tables = findAll(nodes, 'w:tbl');
    expect(tables).toHaveLength(3);
    const table = tables[2]!;
    expect(findAll([table], 'w:gridCol')).toHaveLength(6);
    const rows = findAll([table], 'w:tr').map((tr) =>
      findAll([tr], 'w:tc').map((tc) => findAll([tc], 'w:p').map(textOf).join('\n')),
    );
    expect(rows).toEqual([
      [
        'TT',
        'Nội dung nhiệm vụ',
        'Cơ quan chủ trì',
        'Cơ quan phối hợp',
        'Thời gian thực hiện',
        'Sản phẩm dự kiến',
      ],
      ['I', 'KIỆN TOÀN BỘ MÁY', '', '', '', ''],
      [
        '1',
        'Kiện toàn Ban chỉ đạo công tác trẻ em xã',
        'Phòng Văn hóa - Xã hội xã',
        'Công an xã, các thôn trên địa bàn xã',
        'Trước ngày 15/8/2025',
        'Quyết định của Chủ tịch UBND xã',
      ],
      ['II', 'GIÁM SÁT, BÁO CÁO', '', '', '', ''],
      [
        '1',
        'Báo cáo kết quả 6 tháng cuối năm\nGửi về UBND xã | qua Phòng Văn hóa - Xã hội.',
        'Phòng Văn hóa - Xã hội xã',
        '',
        'Trước ngày 15/12/2025',
        '',
      ],
    ]);
    const trs = findAll([table], 'w:tr');
    expect(findAll([trs[0]!], 'w:tblHeader')).toHaveLength(1);
    expect(findAll([trs[1]!], 'w:b').length).toBeGreaterThan(0);
    expect(findAll([trs[2]!], 'w:b')).toHaveLength(0);
  });

  it('escapes XML characters of the plan text and stays well-formed', () => {
    expect(malformedParts(out)).toEqual([]);
    expect(findAll(nodes, 'w:p').map(textOf)).toContain(
      '- Chỉ tiêu được rà soát hằng quý (Sở LĐ-TB&XH, mẫu <BC-01>).',
    );
  });

  it('shows the parent body upright above the issuer, the issued number and the signer', () => {
    const header = findAll(nodes, 'w:tbl')[0]!;
    const [left, right, num, date] = findAll([header], 'w:tc');
    const leftParas = findAll([left!], 'w:p');
    expect(leftParas.map(textOf)).toEqual(['UBND XÃ MINH LONG', 'PHÒNG VĂN HÓA - XÃ HỘI', '']);
    expect(JSON.stringify(leftParas[0])).toContain('"w:val":"KHHeader"');
    expect(JSON.stringify(leftParas[1])).toContain('"w:val":"KHIssuer"');
    expect(textOf(right!)).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(textOf(num!)).toBe('Số: 05/KH-VHXH');
    expect(textOf(date!)).toBe('Minh Long, ngày 05 tháng 7 năm 2025');
  });
});
