import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPlanText } from '../src/check/checkPlan.js';
import { endDocument, endWith } from '../src/document/blocks.js';
import { buildFooter, numberLine, placeDateLine } from '../src/document/nd30.js';
import { buildPlanDoc } from '../src/document/plan/buildPlanDoc.js';
import type { PlanDoc } from '../src/document/plan/planDoc.js';
import { ROOT } from './helpers/cli.js';
import { EDITS, edited, shippedText } from './helpers/planEdits.js';

const STRUCTURES = join(ROOT, 'test/fixtures/render/structures/plan.yaml');
const shipped = shippedText();

async function docFrom(text: string): Promise<PlanDoc> {
  const r = await checkPlanText(text, 'plan.yaml');
  expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return buildPlanDoc(r.value!);
}

const texts = (d: PlanDoc) => d.body.map((b) => (b.head ? `${b.head} ${b.text}` : b.text));

describe('buildPlanDoc on the shipped plan', () => {
  it('numbers sections I–V, parts 1./a) and the twelve tasks, in the seed order', async () => {
    const d = await docFrom(shipped);
    const sections = d.body.filter((b) => b.section).map((b) => b.text);
    expect(sections).toEqual([
      'I. MỤC ĐÍCH, YÊU CẦU',
      'II. NHIỆM VỤ VÀ GIẢI PHÁP TRỌNG TÂM',
      'III. KINH PHÍ:',
      'IV. TỔ CHỨC THỰC HIỆN',
      'V. CHẾ ĐỘ BÁO CÁO',
    ]);
    expect(d.body.filter((b) => b.heading).map((b) => b.text)).toEqual([
      '1. Mục đích',
      '2. Yêu cầu',
      '1. Phòng Văn hóa - Xã hội xã:',
      '2. Phòng Kinh tế xã:',
      '3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã, các tổ chức chính trị - xã hội xã:',
      '4. Các thôn trên địa bàn xã:',
    ]);
    const ii = d.body.findIndex((b) => b.text.startsWith('II. '));
    const iii = d.body.findIndex((b) => b.text.startsWith('III. '));
    const tasks = d.body.slice(ii + 1, iii).filter((b) => b.para && /^\d+\. /u.test(b.text));
    expect(tasks.map((b) => b.text.split(' ')[0])).toEqual(Array.from({ length: 12 }, (_, i) => `${i + 1}.`));
    expect(texts(d).filter((t) => /^[ab]\) /u.test(t))).toHaveLength(4);
  });

  it('generates the lead, coordinating and time lines from the data, verbatim names and separators', async () => {
    const t = texts(await docFrom(shipped));
    const i = t.findIndex((x) => x.startsWith('1. Đẩy mạnh'));
    expect(t.slice(i + 1, i + 4)).toEqual([
      '- Cơ quan chủ trì: Phòng Văn hóa - Xã hội xã.',
      '- Cơ quan, đơn vị phối hợp thực hiện: Các cơ quan, ban, ngành; các Tổ chức chính trị - xã hội xã; các thôn.',
      '- Thời gian thực hiện: Thường xuyên.',
    ]);
    expect(t).toContain('- Thời gian thực hiện: Quý IV năm 2025.');
    expect(t).toContain('- Thời gian thực hiện: Thường xuyên trong năm.');
    expect(t.filter((x) => x.startsWith('- Cơ quan chủ trì:'))).toHaveLength(12);
  });

  it('opens with the basis sentence joined to the intro and ends the body with "./."', async () => {
    const d = await docFrom(shipped);
    expect(d.body[0]!.text).toMatch(
      /^Thực hiện Kế hoạch số 65\/KH-UBND ngày 31\/3\/2025 của UBND tỉnh Quảng Ngãi về .* năm 2025\. Để công tác bảo vệ/u,
    );
    expect(d.body.at(-1)!.text).toMatch(/chỉ đạo giải quyết theo quy định\.\/\.$/u);
    expect(d.body.at(-1)!.last).toBe(true);
    expect(d.body.filter((b) => b.last)).toHaveLength(1);
    expect(d.body.filter((b) => b.text.includes('./.'))).toHaveLength(1);
  });

  it('puts the inline part heading in bold before its text', async () => {
    const d = await docFrom(shipped);
    const inline = d.body.find((b) => b.head !== '')!;
    expect(inline.head).toBe('2. Phòng Văn hóa - Xã hội xã:');
    expect(inline.text).toMatch(/^Tham mưu UBND xã tổng hợp/u);
  });

  it('leaves the number and the date blank for the văn thư, and fills the footer', async () => {
    const d = await docFrom(shipped);
    expect(d.header).toEqual({
      parent: null,
      issuer: ['ỦY BAN NHÂN DÂN', 'XÃ MINH LONG'],
      number: 'Số:      /KH-UBND',
      placeDate: 'Minh Long, ngày      tháng      năm 2025',
      nationalTitle: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      motto: 'Độc lập - Tự do - Hạnh phúc',
    });
    expect(d.title).toEqual({
      type: 'KẾ HOẠCH',
      lines: ['Triển khai thực hiện công tác trẻ em', 'trên địa bàn xã Minh Long 6 tháng cuối năm 2025'],
    });
    expect(d.footer.recipients.at(-1)).toBe('- Lưu: VT.');
    expect(d.footer.recipients.slice(0, -1).every((r) => r.startsWith('- ') && r.endsWith(';'))).toBe(true);
    expect(d.footer.signature).toEqual(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
    expect(d.footer.signer).toBe('');
    expect(d.appendices).toEqual([]);
  });

  it('gives every block every kind flag, exactly one of them true', async () => {
    const d = await docFrom(shipped);
    for (const b of d.body) {
      const flags = [b.section, b.heading, b.subheading, b.para];
      expect(flags.filter(Boolean)).toHaveLength(1);
      expect(b[b.kind]).toBe(true);
    }
  });
});

describe('buildPlanDoc after editing the plan', () => {
  it('a new first task renumbers the list and brings its own lines', async () => {
    const t = texts(await docFrom(edited(EDITS.newTask)));
    const i = t.indexOf('1. Tổ chức Ngày hội thiếu nhi của xã.');
    expect(i).toBeGreaterThan(0);
    expect(t.slice(i + 1, i + 4)).toEqual([
      '- Cơ quan chủ trì: Đoàn Thanh niên xã.',
      '- Cơ quan, đơn vị phối hợp thực hiện: các thôn trên địa bàn xã.',
      '- Thời gian thực hiện: Trước ngày 20/12/2025.',
    ]);
    expect(t.some((x) => x.startsWith('2. Đẩy mạnh thực hiện'))).toBe(true);
    expect(t.some((x) => x.startsWith('13. Thực hiện chế độ báo cáo'))).toBe(true);
  });

  it('a unit renamed in the registry is renamed wherever the plan refers to it by id', async () => {
    const before = texts(await docFrom(shipped));
    const after = texts(await docFrom(edited(EDITS.renameUnit)));
    const count = (l: string[], s: string) => l.filter((x) => x.includes(s)).length;
    // 6 lead lines, heading IV.1 and the inline heading V.2 name it by id; three places say "Phòng
    // Văn hóa - Xã hội" with `as:` and keep their wording.
    expect(count(after, 'Phòng Văn hóa và Xã hội xã')).toBe(8);
    expect(after).toContain('1. Phòng Văn hóa và Xã hội xã:');
    expect(after).not.toContain('- Cơ quan chủ trì: Phòng Văn hóa - Xã hội xã.');
    expect(count(after, '- Cơ quan chủ trì: Phòng Văn hóa - Xã hội,')).toBe(
      count(before, '- Cơ quan chủ trì: Phòng Văn hóa - Xã hội,'),
    );
  });

  it('a moved deadline changes the time line', async () => {
    const t = texts(await docFrom(edited(EDITS.moveDeadline)));
    expect(t).toContain('- Thời gian thực hiện: Trước ngày 06/10/2025.');
    expect(t).not.toContain('- Thời gian thực hiện: Quý IV năm 2025.');
  });

  it('prints an issued number and date the ND30 way', async () => {
    const d = await docFrom(
      shipped.replace('number: null', 'number: 7').replace('date: null', 'date: 2025-07-05'),
    );
    expect(d.header.number).toBe('Số: 07/KH-UBND');
    expect(d.header.placeDate).toBe('Minh Long, ngày 05 tháng 7 năm 2025');
  });
});

describe('buildPlanDoc on other structures', () => {
  it('renders basis lines, sub-tasks, bullets, the appendix table and strips control characters', async () => {
    const d = await docFrom(readFileSync(STRUCTURES, 'utf8'));
    const t = texts(d);
    expect(d.header.parent).toBe('UBND XÃ MINH LONG');
    expect(d.header.number).toBe('Số: 05/KH-VHXH');
    expect(t.slice(0, 3)).toEqual([
      'Căn cứ Luật Trẻ em ngày 05 tháng 4 năm 2016;',
      'Thực hiện Kế hoạch số 65/KH-UBND ngày 31/3/2025 của UBND tỉnh Quảng Ngãi;',
      'Phòng Văn hóa - Xã hội ban hành Kế hoạch như sau:',
    ]);
    expect(t).toContain('1. Mục tiêu chung: Bảo đảm quyền trẻ em theo quy định.');
    expect(t).toContain('a) Phấn đấu 95% trẻ em được tiêm chủng đầy đủ.');
    expect(t).toContain('- Trẻ em dưới 1 tuổi được ưu tiên.');
    expect(
      t.slice(t.indexOf('1. Tuyên truyền Luật Trẻ em'), t.indexOf('1. Tuyên truyền Luật Trẻ em') + 6),
    ).toEqual([
      '1. Tuyên truyền Luật Trẻ em',
      '- Nội dung: phổ biến các quyền của trẻ em',
      '+ tại trường học',
      '+ tại thôn',
      '- Cơ quan chủ trì: Phòng Văn hóa - Xã hội xã.',
      '- Thời gian hoàn thành: Trước ngày 30/9/2025.',
    ]);
    expect(d.body.find((b) => b.text === '2.1. Tiếp nhận tin báo')?.subheading).toBe(true);
    expect(t).toContain('a) Công khai đường dây nóng.');
    expect(t).toContain('- Thời gian thực hiện: Từ ngày 01/8/2025 đến ngày 31/8/2025.');
    // The table section keeps its heading and text in the body; its tasks go to the appendix.
    expect(t).toContain('III. DANH MỤC NHIỆM VỤ');
    expect(t.some((x) => x.includes('Kiện toàn Ban chỉ đạo'))).toBe(false);
    expect(t.at(-1)).toBe('Yêu cầu các đơn vị nghiêm túc thực hiện./.');
    expect(d.footer).toEqual({
      recipientsLabel: 'Nơi nhận:',
      recipients: ['- UBND xã (để b/c);', '- Công an xã;', '- Các thôn;', '- Lưu: VT, VHXH.'],
      signature: ['KT. TRƯỞNG PHÒNG', 'PHÓ TRƯỞNG PHÒNG'],
      signer: 'Nguyễn Thị Hoa',
    });
    expect(JSON.stringify(d)).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/u);

    expect(d.appendices).toHaveLength(1);
    const a = d.appendices[0]!;
    expect(a.label).toBe('Phụ lục');
    expect(a.title).toEqual(['DANH MỤC NHIỆM VỤ TRIỂN KHAI LUẬT TRẺ EM NĂM 2025']);
    expect(a.note).toBe(
      '(Kèm theo Kế hoạch số 05/KH-VHXH ngày 05 tháng 7 năm 2025 của Phòng Văn hóa - Xã hội xã)',
    );
    expect(a.table.hasOutput).toBe(true);
    expect(a.table.rows.map((r) => [r.group, r.no, r.content[0]])).toEqual([
      [true, 'I', 'KIỆN TOÀN BỘ MÁY'],
      [false, '1', 'Kiện toàn Ban chỉ đạo công tác trẻ em xã'],
      [true, 'II', 'GIÁM SÁT, BÁO CÁO'],
      [false, '1', 'Báo cáo kết quả 6 tháng cuối năm'],
    ]);
    expect(a.table.rows[1]).toMatchObject({
      lead: 'Phòng Văn hóa - Xã hội xã',
      support: 'Công an xã, các thôn trên địa bàn xã',
      time: 'Trước ngày 15/8/2025',
      output: 'Quyết định của Chủ tịch UBND xã',
    });
  });
});

describe('ND30 building blocks', () => {
  it('numbers and dates', () => {
    expect(numberLine(null, 'KH-UBND')).toBe('Số:      /KH-UBND');
    expect(numberLine('', 'BC-UBND')).toBe('Số:      /BC-UBND');
    expect(numberLine(5, 'KH-UBND')).toBe('Số: 05/KH-UBND');
    expect(numberLine('120', 'BC-UBND')).toBe('Số: 120/BC-UBND');
    expect(placeDateLine('Minh Long', null, 2026)).toBe('Minh Long, ngày      tháng      năm 2026');
    expect(placeDateLine('Minh Long', '2026-01-15', 2026)).toBe('Minh Long, ngày 15 tháng 01 năm 2026');
    expect(placeDateLine(undefined, '2025-12-03', 2025)).toBe('ngày 03 tháng 12 năm 2025');
  });

  it('punctuation of sentences, the body end and the Nơi nhận list', () => {
    expect(endWith('Công an xã', '.')).toBe('Công an xã.');
    expect(endWith('Công an xã;', '.')).toBe('Công an xã.');
    expect(endWith('Thường xuyên. ', '.')).toBe('Thường xuyên.');
    expect(endDocument('theo quy định.')).toBe('theo quy định./.');
    expect(endDocument('theo quy định')).toBe('theo quy định./.');
    expect(endDocument('theo quy định;')).toBe('theo quy định./.');
    expect(endDocument('theo quy định./.')).toBe('theo quy định./.');
    expect(
      buildFooter({
        recipients: { items: ['Như trên;', '- UBND xã.', '  '], archive: 'VT.' },
        signature: undefined,
      }),
    ).toEqual({
      recipientsLabel: 'Nơi nhận:',
      recipients: ['- Như trên;', '- UBND xã;', '- Lưu: VT.'],
      signature: [],
      signer: '',
    });
    expect(buildFooter({})).toEqual({ recipientsLabel: '', recipients: [], signature: [], signer: '' });
  });
});
