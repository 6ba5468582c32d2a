/**
 * Word files: a .docx built here the way offices write them — the two-column header table, bold
 * headings, Word's own list numbering (not typed), the task list as a table inside section II with a
 * merged group row, and the footer table with "Nơi nhận" and the signature — imports to a plan whose
 * numbering, tasks and units are right.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PizZip from 'pizzip';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { setLang } from '../src/i18n/index.js';
import { buildPlan } from '../src/import/plan/buildPlan.js';
import { decodeImport } from '../src/import/source/readSource.js';
import type { PlanFile } from '../src/model/types.js';
import { runCli } from './helpers/cli.js';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const esc = (s: string) => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
const run = (text: string, bold = false) =>
  `<w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
const p = (text: string, opts: { bold?: boolean; num?: [number, number] } = {}) =>
  `<w:p>${opts.num ? `<w:pPr><w:numPr><w:ilvl w:val="${opts.num[1]}"/><w:numId w:val="${opts.num[0]}"/></w:numPr></w:pPr>` : ''}${text
    .split('\n')
    .map((l, i) => `${i ? '<w:r><w:br/></w:r>' : ''}${run(l, opts.bold)}`)
    .join('')}</w:p>`;
const cell = (paras: string, span = 1) =>
  `<w:tc><w:tcPr>${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ''}</w:tcPr>${paras || '<w:p/>'}</w:tc>`;
const row = (cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;
const table = (rows: string[]) => `<w:tbl><w:tblPr/>${rows.join('')}</w:tbl>`;

/** numId 1: bullets ("-"); numId 2: decimal then letters. */
const NUMBERING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering ${W}>
<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/></w:lvl><w:lvl w:ilvl="1"><w:numFmt w:val="lowerLetter"/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>`;

function docx(body: string): Buffer {
  const zip = new PizZip();
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>`,
  );
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  zip.file(
    'word/_rels/document.xml.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>`,
  );
  zip.file('word/numbering.xml', NUMBERING);
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`,
  );
  return zip.generate({ type: 'nodebuffer' });
}

const DOC = docx(
  [
    table([
      row([
        cell(p('ỦY BAN NHÂN DÂN\nXÃ HÒA BÌNH', { bold: true }) + p('Số:     /KH-UBND')),
        cell(
          p('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true }) +
            p('Độc lập - Tự do - Hạnh phúc', { bold: true }) +
            p('Hòa Bình, ngày 02 tháng 01 năm 2026'),
        ),
      ]),
    ]),
    p('KẾ HOẠCH', { bold: true }),
    p('Phòng, chống dịch bệnh cho trẻ em', { bold: true }),
    p('trên địa bàn xã Hòa Bình năm 2026', { bold: true }),
    p(
      'Căn cứ Kế hoạch số 12/KH-UBND ngày 15/12/2025 của UBND huyện Sơn Tây về phòng, chống dịch bệnh năm 2026;',
    ),
    p('UBND xã Hòa Bình ban hành Kế hoạch phòng, chống dịch bệnh cho trẻ em năm 2026 như sau:'),
    p('I. MỤC ĐÍCH, YÊU CẦU', { bold: true }),
    p('Mục đích', { num: [2, 0] }),
    p('Chủ động phòng, chống dịch bệnh cho trẻ em.', { num: [1, 0] }),
    p('Yêu cầu', { num: [2, 0] }),
    p('Phối hợp chặt chẽ giữa các đơn vị.', { num: [1, 0] }),
    p('II. NHIỆM VỤ', { bold: true }),
    table([
      row(
        ['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành'].map((t) =>
          cell(p(t, { bold: true })),
        ),
      ),
      row([cell(p('I', { bold: true })), cell(p('TIÊM CHỦNG', { bold: true }), 4)]),
      row([
        cell(p('1')),
        cell(p('Tiêm chủng mở rộng cho trẻ em dưới 5 tuổi')),
        cell(p('Trạm Y tế xã')),
        cell(p('Các thôn; Hội Liên hiệp Phụ nữ xã')),
        cell(p('Quý I năm 2026')),
      ]),
      row([
        cell(p('2')),
        cell(p('Rà soát trẻ chưa tiêm đủ mũi')),
        cell(p('Trạm Y tế xã')),
        cell(p('Các thôn')),
        cell(p('Trước ngày 31/3/2026')),
      ]),
      row([cell(p('II', { bold: true })), cell(p('TRUYỀN THÔNG', { bold: true }), 4)]),
      row([
        cell(p('1')),
        cell(p('Truyền thông phòng bệnh tay chân miệng')),
        cell(p('Đài Truyền thanh xã')),
        cell(p('Trường Mầm non Hòa Bình')),
        cell(p('Thường xuyên')),
      ]),
    ]),
    p('III. TỔ CHỨC THỰC HIỆN', { bold: true }),
    p('1. Trạm Y tế xã:'),
    p('Chủ trì triển khai Kế hoạch; định kỳ báo cáo UBND xã.'),
    p('2. Các thôn: Phối hợp tuyên truyền, vận động người dân.'),
    // Word's own numbering on a heading in capitals: a section, the fourth.
    p('CHẾ ĐỘ BÁO CÁO', { bold: true, num: [2, 0] }),
    p('1. Trạm Y tế xã tổng hợp, báo cáo UBND xã kết quả thực hiện năm 2026 trước ngày 15/12/2026.'),
    p('Trong quá trình thực hiện, nếu có vướng mắc, các đơn vị báo cáo UBND xã để xem xét, giải quyết./.'),
    table([
      row([
        cell(
          p('Nơi nhận:', { bold: true }) +
            p('- UBND huyện Sơn Tây;') +
            p('- Trạm Y tế xã;') +
            p('- Lưu: VT.'),
        ),
        cell(
          p('TM. ỦY BAN NHÂN DÂN', { bold: true }) +
            p('CHỦ TỊCH', { bold: true }) +
            p('Nguyễn Văn An', { bold: true }),
        ),
      ]),
    ]),
  ].join(''),
);

let plan: PlanFile;

beforeAll(async () => {
  await setLang('vi');
  const doc = await decodeImport(DOC, 'ke-hoach.docx', '.docx');
  plan = buildPlan(doc, { asOf: '2026-01-05' }).plan;
});

describe('importing a Word file', () => {
  it('reads the header table, the title lines and the basis', () => {
    expect(plan.document).toEqual({
      type: 'KH',
      number: null,
      symbol: 'KH-UBND',
      date: '2026-01-02',
      place: 'Hòa Bình',
      title: ['Phòng, chống dịch bệnh cho trẻ em', 'trên địa bàn xã Hòa Bình năm 2026'],
      subject: 'Phòng, chống dịch bệnh cho trẻ em',
    });
    expect(plan.issuer.lines).toEqual(['ỦY BAN NHÂN DÂN', 'XÃ HÒA BÌNH']);
    expect(plan.period).toEqual({ start: '2026-01-01', end: '2026-12-31', label: 'năm 2026' });
    expect(plan.basis).toMatchObject({
      verb: 'Căn cứ',
      layout: 'lines',
      items: [{ number: '12/KH-UBND', date: '2025-12-15' }],
    });
    expect(plan.intro).toBe(
      'UBND xã Hòa Bình ban hành Kế hoạch phòng, chống dịch bệnh cho trẻ em năm 2026 như sau:',
    );
  });

  it("turns Word's list numbering into parts and bullets", () => {
    expect(plan.sections[0]).toEqual({
      kind: 'purposes',
      title: 'MỤC ĐÍCH, YÊU CẦU',
      parts: [
        { title: 'Mục đích', bullets: ['Chủ động phòng, chống dịch bệnh cho trẻ em.'] },
        { title: 'Yêu cầu', bullets: ['Phối hợp chặt chẽ giữa các đơn vị.'] },
      ],
    });
  });

  it('reads the task table, with its group rows, units and time frames', () => {
    const s = plan.sections[1]!;
    expect(s.layout).toBe('table');
    const name = (id: string) => plan.units.find((u) => u.id === id)?.name;
    const rows = s.tasks!.map((g) => ({
      group: g.title,
      tasks: g.subtasks!.map((t) => ({
        title: t.title,
        lead: t.lead!.map((r) => name(typeof r === 'string' ? r : r.unit)),
        support: t.support!.map((r) => name(typeof r === 'string' ? r : r.unit)),
        time: t.timeframe,
        label: t.timeLabel,
      })),
    }));
    expect(rows).toEqual([
      {
        group: 'TIÊM CHỦNG',
        tasks: [
          {
            title: 'Tiêm chủng mở rộng cho trẻ em dưới 5 tuổi',
            lead: ['Trạm Y tế xã'],
            support: ['các thôn', 'Hội Liên hiệp Phụ nữ xã'],
            time: { kind: 'period', period: '2026-Q1' },
            label: 'Thời gian hoàn thành',
          },
          {
            title: 'Rà soát trẻ chưa tiêm đủ mũi',
            lead: ['Trạm Y tế xã'],
            support: ['các thôn'],
            time: { kind: 'deadline', due: '2026-03-31' },
            label: 'Thời gian hoàn thành',
          },
        ],
      },
      {
        group: 'TRUYỀN THÔNG',
        tasks: [
          {
            title: 'Truyền thông phòng bệnh tay chân miệng',
            lead: ['Đài Truyền thanh xã'],
            support: ['Trường Mầm non Hòa Bình'],
            time: { kind: 'continuous' },
            label: 'Thời gian hoàn thành',
          },
        ],
      },
    ]);
  });

  it('reads duties per unit, the reporting deadline, the closing and the footer table', () => {
    expect(plan.sections.map((s) => [s.kind, s.title])).toEqual([
      ['purposes', 'MỤC ĐÍCH, YÊU CẦU'],
      ['tasks', 'NHIỆM VỤ'],
      ['implementation', 'TỔ CHỨC THỰC HIỆN'],
      ['reporting', 'CHẾ ĐỘ BÁO CÁO'],
    ]);
    expect(plan.sections[2]!.parts!.map((x) => ({ units: x.units, inline: x.inline, text: x.text }))).toEqual(
      [
        {
          units: ['tram-y-te-xa'],
          inline: undefined,
          text: 'Chủ trì triển khai Kế hoạch; định kỳ báo cáo UBND xã.',
        },
        {
          units: [{ unit: 'cac-thon', as: 'Các thôn' }],
          inline: true,
          text: 'Phối hợp tuyên truyền, vận động người dân.',
        },
      ],
    );
    expect(plan.sections[3]!.parts![0]!.report).toMatchObject({
      from: ['tram-y-te-xa'],
      to: { unit: 'ubnd-xa', as: 'UBND xã' },
      due: '2026-12-15',
      covers: '2026',
    });
    expect(plan.closing).toBe(
      'Trong quá trình thực hiện, nếu có vướng mắc, các đơn vị báo cáo UBND xã để xem xét, giải quyết.',
    );
    expect(plan.recipients).toEqual({ items: ['UBND huyện Sơn Tây', 'Trạm Y tế xã'], archive: 'VT' });
    expect(plan.signature).toEqual({
      authority: 'TM. ỦY BAN NHÂN DÂN',
      title: 'CHỦ TỊCH',
      name: 'Nguyễn Văn An',
    });
  });

  it('writes a plan that validates, from the command line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-docx-'));
    writeFileSync(join(dir, 'ke-hoach.docx'), DOC);
    const r = runCli(['import', 'ke-hoach.docx', '-o', 'plans/hoa-binh-2026/plan.yaml'], { cwd: dir });
    expect(r.stderr).toContain('Không có chỗ nào cần xem lại.');
    expect(r.code).toBe(0);
    expect(parse(r.stdout || '{}')).toEqual({});
    const v = runCli(['validate'], { cwd: dir });
    expect(v.code).toBe(0);
    expect(v.stdout).toContain('✓ plans/hoa-binh-2026/plan.yaml: hợp lệ (5 nhiệm vụ');
  });
});
