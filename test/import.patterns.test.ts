/**
 * Issue 15: the layouts real plans use. Small fixtures named for each pattern, the six real plans
 * 06–11 with ground truth read from the documents, and a property test over task tables.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { setLang } from '../src/i18n/index.js';
import { type Imported, importDocument } from '../src/import/importPlan.js';
import { decodeImport } from '../src/import/source/readSource.js';
import type { Task } from '../src/model/plan.js';
import { nameKey } from '../src/util/text.js';
import { ROOT } from './helpers/cli.js';

const FIX = join(ROOT, 'test/fixtures/import');

async function importBytes(bytes: Uint8Array, name: string): Promise<Imported> {
  const ext = name.endsWith('.md') ? '.md' : '.txt';
  const doc = await decodeImport(bytes, name, ext);
  return importDocument(doc, { asOf: '2025-12-01', source: name, outputDir: ROOT, file: 'plan.yaml' });
}
const load = (dir: string, name: string) => importBytes(readFileSync(join(FIX, dir, name)), name);

const leadOf = (r: Imported, t: Task) => t.lead.map((m) => nameKey(r.plan.units.name(m.id)));
const leaves = (r: Imported) => r.plan.tasks.filter((t) => !t.file.subtasks?.length);
const groups = (r: Imported) => r.plan.tasks.filter((t) => t.file.subtasks?.length);
const byTitle = (r: Imported, start: string) => {
  const t = r.plan.tasks.find((x) => x.file.title.startsWith(start));
  if (!t) throw new Error(`no task "${start}"`);
  return t;
};

beforeAll(async () => {
  await setLang('vi');
});

describe('patterns, one fixture each', () => {
  it('agency-headed duties: the PHÂN CÔNG NHIỆM VỤ section is the work, each agency leads its duties', async () => {
    const r = await load('patterns', 'agency-headed-duties.txt');
    expect(r.plan.tasks.map((t) => [t.number, leadOf(r, t)])).toEqual([
      ['1', [nameKey('Trạm Y tế xã')]],
      ['1.1', [nameKey('Trạm Y tế xã')]],
      ['1.2', [nameKey('Trạm Y tế xã')]],
      ['2', [nameKey('Công an xã')]],
      ['3', [nameKey('Ủy ban Mặt trận Tổ quốc Việt Nam xã')]],
    ]);
  });

  it('a GIẢI PHÁP section is found by its content; leads stated in bullets; times in parentheses', async () => {
    const r = await load('patterns', 'solutions-section-lead-in-sentence.txt');
    expect(r.plan.tasks.map((t) => [t.number, leadOf(r, t), t.file.timeframe])).toEqual([
      ['1', [], { kind: 'period', period: '2026', label: '2026' }],
      ['2', [nameKey('Trạm Y tế xã')], { kind: 'period', period: '2026-Q2' }],
      ['3', [nameKey('Công an xã')], { kind: 'period', period: '2026-06', label: 'Tháng 6/2026' }],
    ]);
    // The bullet that named the lead stays as written.
    expect(r.yaml).toContain('Trạm Y tế xã chủ trì, phối hợp với các thôn.');
  });

  it('HTML entities are decoded; an impossible code point does not crash', async () => {
    const r = await load('patterns', 'html-entities.txt');
    expect(r.plan.tasks[0]!.file.title).toBe('Tuyên truyền phòng bệnh \uFFFD tại các thôn & trường học.');
    expect(r.yaml).not.toMatch(/&[a-z]+;|&#\d+;/u);
  });

  it('a task table with nested group rows, a repeated header and an unusual column order', async () => {
    const r = await load('patterns', 'table-group-rows-repeated-header.txt');
    expect(
      r.plan.tasks.map((t) => [t.number, t.file.title, leadOf(r, t), t.file.timeframe?.kind ?? null]),
    ).toEqual([
      ['1', 'PHÒNG BỆNH', [], null],
      ['1.1', 'Tuyên truyền', [], null],
      ['1.1.1', 'Tuyên truyền phòng bệnh sốt xuất huyết', [nameKey('Trạm Y tế xã')], 'period'],
      ['1.1.2', 'Nhóm trường học', [], null],
      ['1.1.2.1', 'Tuyên truyền trong trường học', [nameKey('Trường Tiểu học Minh Long')], 'period'],
      ['1.2', 'Giám sát', [], null],
      ['1.2.1', 'Giám sát ca bệnh', [nameKey('Trạm Y tế xã')], 'period'],
    ]);
  });
  it('lines that are not tasks: a wrapped "12.173 tỷ đồng).", "a. Thời gian …" details, a meeting length, a plan-wide time', async () => {
    const r = await load('patterns', 'non-task-lines.txt');
    expect(r.plan.tasks.map((t) => [t.number, leadOf(r, t), t.file.timeframe])).toEqual([
      ['1', [nameKey('Trạm Y tế xã')], { kind: 'period', period: '2026-Q2' }],
      [
        '2',
        [nameKey('Công an xã')],
        { kind: 'range', start: '2025-01-01', end: '2026-12-31', label: '2025 - 2026' },
      ],
    ]);
    expect(r.plan.tasks[0]!.file.title).toMatch(/12\.173 tỷ đồng\)\.$/u);
    expect(r.yaml).toContain('01 ngày/hội nghị');
    expect(r.yaml).toContain('3. Thời gian thực hiện: Từ tháng 01/2026 đến tháng 12/2026.');
  });
  it('a table row with no number, lead or time continues the task above it', async () => {
    const r = await load('patterns', 'table-continuation-row.md');
    expect(r.plan.tasks.map((t) => [t.number, t.file.title, t.file.text ?? null])).toEqual([
      ['1', 'Tuyên truyền phòng bệnh', ['tại các thôn và trường học']],
      ['2', 'Giám sát ca bệnh', null],
    ]);
  });

  it('in a table flattened to "|" lines, a row with an empty number cell continues the task above', async () => {
    const r = await load('patterns', 'table-continuation-row-pipe.txt');
    expect(r.plan.tasks.map((t) => [t.number, t.file.title, t.file.text ?? null])).toEqual([
      ['1', 'Tuyên truyền phòng bệnh sốt xuất huyết', ['tại các thôn và trường học']],
      ['2', 'Giám sát ca bệnh', null],
      ['3', 'Phun hóa chất diệt muỗi', ['ở các ổ dịch cũ']],
    ]);
    expect(r.plan.tasks.map((t) => t.lead.map((m) => m.text))).toEqual([
      ['Trạm Y tế xã'],
      ['Công an xã'],
      ['Trạm Y tế xã'],
    ]);
    expect(r.remarks.filter((x) => x.code === 'tableStray' || x.code === 'tableStopped')).toEqual([]);
  });

  it('a table that stops being understood is reported with its row, and what follows is kept', async () => {
    const r = await load('patterns', 'table-stops-midway.txt');
    expect(r.plan.tasks).toHaveLength(1);
    expect(r.remarks.find((x) => x.code === 'tableStopped')).toMatchObject({ line: 35, args: { row: 2 } });
    expect(r.yaml).toContain('Giám sát ca bệnh');
  });
});

/** Ground truth, read from the documents (test/fixtures/import/real-plans/, copies of shared/real-plans/). */
describe('real plans 06–11', () => {
  it('06 Đồng Nai 179/KH-UBND: appendix table, header repeated in every group, digit-numbered sub-groups', async () => {
    const r = await load('real-plans', '06-dongnai-kinh-te-so-bang-lap-tieu-de.txt');
    // 94 numbered task rows; groups A–C, their Roman groups and the "5.1"/"5.2" sub-groups.
    expect(leaves(r)).toHaveLength(94);
    expect(groups(r)).toHaveLength(27);
    expect(leaves(r).filter((t) => t.lead.length)).toHaveLength(94);
    expect(leaves(r).filter((t) => t.file.timeframe)).toHaveLength(94);
    const first = byTitle(r, 'Rà soát, xây dựng, sửa đổi, bổ sung các quy định pháp');
    expect(leadOf(r, first)).toEqual([nameKey('Sở Tư pháp')]);
    expect(first.file.timeframe).toMatchObject({ kind: 'range', start: '2026-01-01', end: '2030-12-31' });
    // The first row after a repeated header ("| Nội dung | Đơn vị thực hiện | …").
    const after = byTitle(
      r,
      'Xây dựng và tổ chức triển khai Kế hoạch phát triển kinh tế số và xã hội số trong lĩnh vực nông nghiệp',
    );
    expect(leadOf(r, after)).toEqual([nameKey('Sở Nông nghiệp và Môi trường')]);
    expect(after.number.split('.')).toHaveLength(3);
  });

  it('07 Quyết định 2629/QĐ-TTg: nested group rows III > III.1 > III.1.1 above the task rows', async () => {
    const r = await load('real-plans', '07-ttg-chinh-phu-so-bang-nhom-long-nhau.txt');
    expect(leaves(r)).toHaveLength(75);
    expect(groups(r)).toHaveLength(14);
    expect(leaves(r).filter((t) => t.lead.length)).toHaveLength(75);
    const law = byTitle(r, 'Nghiên cứu, xây dựng Luật Chuyển đổi số');
    expect(leadOf(r, law)).toEqual([nameKey('Bộ Khoa học và Công nghệ')]);
    expect(law.file.timeframe).toMatchObject({ kind: 'period', period: '2025-12' });
    // The head after the site's banner: "THỦ TƯỚNG CHÍNH / PHỦ", number, date, a Quyết định approving a programme.
    expect(r.plan.file.document).toMatchObject({
      type: 'CTr',
      number: '2629',
      date: '2025-12-01',
      place: 'Hà Nội',
    });
    expect(r.plan.file.document.title).toBe('VỀ VIỆC PHÊ DUYỆT CHƯƠNG TRÌNH PHÁT TRIỂN CHÍNH PHỦ SỐ');
    expect(r.plan.units.name(r.plan.file.issuer.unit)).toBe('Thủ tướng Chính phủ');
    const portal = byTitle(r, 'Triển khai Cổng Dịch vụ công quốc gia tại Trung');
    expect(leadOf(r, portal)).toEqual([nameKey('Bộ Công an')]);
    expect(portal.number.split('.')).toHaveLength(4);
  });

  it('08 Quyết định 1627/QĐ-UBND: duties under the agency that heads them, each with its own time', async () => {
    const r = await load('real-plans', '08-quangngai-kiem-ke-tai-san-theo-co-quan.txt');
    const tc = nameKey('Sở Tài chính');
    const xa = nameKey('Ủy ban nhân dân các phường, xã, đặc khu');
    const kinds = (start: string) =>
      byTitle(r, start).file.subtasks!.map((_, i) => {
        const t = r.plan.tasks.find(
          (x) => x.parent === byTitle(r, start).id && x.number.endsWith(`.${i + 1}`),
        )!;
        return [
          leadOf(r, t),
          t.file.timeframe?.kind === 'continuous'
            ? `from ${t.file.timeframe.start}`
            : t.file.timeframe?.kind === 'deadline'
              ? `by ${t.file.timeframe.due}`
              : t.file.timeframe?.kind === 'range'
                ? `${t.file.timeframe.start}..${t.file.timeframe.end}`
                : t.file.timeframe?.kind === 'period'
                  ? t.file.timeframe.period
                  : null,
        ];
      });
    expect(kinds('Sở Tài chính - Cơ quan thường trực')).toEqual([
      [[tc], 'from 2025-11-01'],
      [[tc], '2025-11-01..2025-12-31'],
      [[tc], '2025-12'],
      [[tc], '2025-11-01..2025-12-31'],
      [[tc], 'from 2025-11-01'],
      [[tc], 'by 2026-05-31'],
    ]);
    expect(kinds('Ủy ban nhân dân các phường, xã, đặc khu')).toEqual([
      [[xa], 'from 2025-11-01'],
      [[xa], 'by 2025-11-15'],
      [[xa], 'by 2025-11-15'],
      [[xa], '2025-11-01..2025-12-31'],
      [[xa], 'from 2025-11-01'],
      [[xa], 'by 2026-04-15'],
    ]);
    // The head of the Ban Chỉ đạo, a role, leads its four duties too.
    const head = nameKey('Trưởng Ban Chỉ đạo');
    expect(kinds('Trưởng Ban Chỉ đạo')).toEqual([0, 1, 2, 3].map(() => [[head], null]));
    // A group the heading describes and lists ("Các cơ quan … (gồm các Sở: …)") and the subject of
    // "Trách nhiệm của đối tượng thực hiện kiểm kê:" are units too, and lead their duties.
    const group = nameKey('các cơ quan quan tham mưu quản lý ngành, lĩnh vực');
    expect(kinds('Các cơ quan quan tham mưu quản lý ngành')).toEqual([
      [[group], 'from 2025-11-01'],
      [[group], 'from 2025-12-01'],
    ]);
    const subject = nameKey('đối tượng thực hiện kiểm kê');
    expect(leadOf(r, byTitle(r, 'Trách nhiệm của đối tượng thực hiện kiểm kê'))).toEqual([subject]);
    expect(kinds('Trách nhiệm của đối tượng thực hiện kiểm kê').map(([lead]) => lead)).toEqual(
      [0, 1, 2, 3].map(() => [subject]),
    );
    // Section III (5 items, no lead, no time) and IV (1 group, 6 bodies, 24 duties): the 30 tasks
    // of IV under a body all have their lead, the 6 others have none, as the document says.
    expect(r.plan.tasks).toHaveLength(36);
    const led = r.plan.tasks.filter((t) => t.lead.length > 0);
    expect(led).toHaveLength(30);
    expect(led.every((t) => t.number.startsWith('IV.1.'))).toBe(true);
  });

  it('09 Đắk Lắk 0129/KH-UBND: the only task section is PHÂN CÔNG NHIỆM VỤ', async () => {
    const r = await load('real-plans', '09-daklak-nhu-yeu-pham-phan-cong.txt');
    // "V/V HỖ TRỢ …" is the trích yếu, not a Roman section V.
    expect(r.plan.file.document.title).toMatch(/^V\/V HỖ TRỢ NHU YẾU PHẨM KHẨN CẤP/u);
    const top = r.plan.tasks.filter((t) => t.depth === 0);
    expect(top).toHaveLength(15);
    expect(top.map((t) => t.file.subtasks?.length ?? 0)).toEqual([
      3, 3, 4, 2, 0, 0, 3, 2, 0, 6, 6, 0, 0, 0, 0,
    ]);
    const leads = [
      'Sở Công Thương',
      'Sở Nông nghiệp và Môi trường',
      'Sở Y tế',
      'Sở Xây dựng',
      'Sở Khoa học và Công nghệ',
      'Sở Tài chính',
      'Công an tỉnh',
      'Bộ Chỉ huy Quân sự tỉnh',
      'Báo và Phát thanh - Truyền hình Đắk Lắk',
      'UBND các xã, phường',
      'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh',
      'Công ty Điện lực Đắk Lắk',
      'các doanh nghiệp viễn thông (VNPT, Viettel, MobiFone và doanh nghiệp khác)',
      'Doanh nghiệp, cộng đồng, tổ chức, cá nhân',
    ];
    expect(top.slice(0, 14).map((t) => leadOf(r, t)[0])).toEqual(leads.map(nameKey));
    expect(leadOf(r, top[14]!)).toEqual([]);
    // Every duty is led by the agency it is written under.
    for (const t of r.plan.tasks.filter((x) => x.depth === 1)) {
      const parent = r.plan.tasks.find((p) => p.id === t.parent)!;
      expect(leadOf(r, t)).toEqual(leadOf(r, parent));
    }
  });

  it('10 Quyết định 2954/QĐ-UBND: the task section is GIẢI PHÁP THỰC HIỆN', async () => {
    const r = await load('real-plans', '10-sonla-xuat-khau-giai-phap.txt');
    expect(r.plan.tasks.map((t) => t.file.title)).toEqual([
      'Xây dựng vùng nguyên liệu phục vụ xuất khẩu',
      'Đẩy mạnh xúc tiến thương mại, mở rộng thị trường xuất khẩu',
      'Nâng cao năng lực đơn vị thu gom và dịch vụ hỗ trợ xuất khẩu',
      'Thu hút đầu tư cơ sở sơ chế, chế biến, xuất khẩu',
      'Thực hiện cơ chế, chính sách',
    ]);
  });

  it('11 Đồng Tháp 556/KH-UBND: NHIỆM VỤ CỤ THỂ by agency after the general tasks', async () => {
    const r = await load('real-plans', '11-dongthap-nq48-nhiem-vu-theo-co-quan.txt');
    const s = r.plan.tasks.filter((t) => t.depth === 0 && t.sectionIndex === 3);
    expect(s).toHaveLength(13);
    expect(s.slice(0, 11).map((t) => leadOf(r, t)[0])).toEqual(
      [
        'Sở Nông nghiệp và Môi trường',
        'Sở Văn hóa, Thể thao và Du lịch',
        'Sở Công Thương',
        'Sở Xây dựng',
        'Sở Khoa học và Công nghệ',
        'Sở Tài chính',
        'Sở Nội vụ',
        'Sở Giáo dục và Đào tạo',
        'Bộ Chỉ huy Quân sự tỉnh',
        'Công an tỉnh',
        'Ban Quản lý Khu kinh tế tỉnh',
      ].map(nameKey),
    );
    expect(r.plan.tasks.filter((t) => t.depth === 0 && t.sectionIndex === 2)).toHaveLength(11);
  });
});

describe('task tables, read by header meaning', () => {
  const COLS = [
    ['STT', (i: number) => String(i + 1)],
    ['Nội dung', (i: number) => `Nhiệm vụ số ${i + 1} của kế hoạch`],
    ['Cơ quan chủ trì', (i: number) => (i % 2 ? 'Trạm Y tế xã' : 'Công an xã')],
    ['Cơ quan phối hợp', () => 'Các thôn'],
    ['Thời gian thực hiện', (i: number) => `Tháng ${i + 1}/2026`],
    ['Ghi chú', (i: number) => (i % 3 ? '' : 'Trọng tâm')],
  ] as const;
  const doc = (order: number[], repeats: boolean[]) => {
    const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
    const header = row(order.map((c) => COLS[c]![0]));
    const lines = [header, row(order.map(() => '---'))];
    for (let i = 0; i < repeats.length; i++) {
      if (repeats[i]) lines.push(header);
      lines.push(row(order.map((c) => COLS[c]![1](i))));
    }
    return `ỦY BAN NHÂN DÂN\nXÃ MINH LONG\n\nSố: 15/KH-UBND\nMinh Long, ngày 20 tháng 11 năm 2025\n\nKẾ HOẠCH\nPhòng bệnh năm 2026\n\nI. MỤC ĐÍCH\n1. Phòng bệnh.\n\nII. NHIỆM VỤ\n\n${lines.join('\n')}\n\nNơi nhận:\n- Lưu: VT.\n\nCHỦ TỊCH\nNguyễn Văn A\n`;
  };
  const found = async (text: string) => {
    const r = await importBytes(Buffer.from(text), 'plan.md');
    return r.plan.tasks.map((t) => [t.file.title, leadOf(r, t), t.file.timeframe]);
  };

  it('shuffled columns, repeated header rows and blank note cells never change the tasks found', async () => {
    const base = await found(doc([0, 1, 2, 3, 4, 5], [false, false, false, false]));
    expect(base).toHaveLength(4);
    await fc.assert(
      fc.asyncProperty(
        fc.shuffledSubarray([0, 1, 2, 3, 4, 5], { minLength: 6, maxLength: 6 }),
        fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
        async (order, repeats) => {
          expect(await found(doc(order, repeats))).toEqual(base);
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe('no line is lost silently', () => {
  const norm = (s: string) =>
    s
      .normalize('NFC')
      .toLocaleLowerCase('vi')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  // Words the plan format generates instead of storing: the Quốc hiệu, labels, list markers, numbers.
  const generated = new Set(
    norm(
      'Cộng hòa xã hội chủ nghĩa Việt Nam Độc lập Tự do Hạnh phúc Nơi nhận Lưu Số ngày tháng năm Phụ lục STT TT Trước Sản phẩm dự kiến',
    ).split(' '),
  );
  const marker = (w: string) => /^(\d+|[a-zđ]|[ivxl]+)$/u.test(w);
  for (const name of [
    '01-laichau-luat-tieu-chuan-qckt-2025.txt',
    '02-hcm-luat-viec-lam-2025.txt',
    '03-nghean-phong-thu-dan-su-2025-phu-luc-bang.txt',
    '04-hcm-binh-dang-gioi-cuoi-nam-2025.txt',
    '05-hatinh-giao-duc-mam-non-2025.txt',
    '06-dongnai-kinh-te-so-bang-lap-tieu-de.txt',
    '07-ttg-chinh-phu-so-bang-nhom-long-nhau.txt',
    '08-quangngai-kiem-ke-tai-san-theo-co-quan.txt',
    '09-daklak-nhu-yeu-pham-phan-cong.txt',
    '10-sonla-xuat-khau-giai-phap.txt',
    '11-dongthap-nq48-nhiem-vu-theo-co-quan.txt',
  ]) {
    it(`${name.slice(0, 2)}: every word of every body line is in the plan file (text or review comment)`, async () => {
      const r = await load('real-plans', name);
      const words = new Set(norm(r.yaml).split(' '));
      const lines = readFileSync(join(FIX, 'real-plans', name), 'utf8').split('\n');
      const body = lines.findIndex((l) => l.startsWith('# ----')) + 1;
      const missing: string[] = [];
      lines.forEach((l, i) => {
        if (i < body) return;
        const lost = norm(l)
          .split(' ')
          .filter((w) => w && !generated.has(w) && !marker(w) && !words.has(w));
        if (lost.length) missing.push(`${i + 1}: ${lost.join(' ')}`);
      });
      expect(missing).toEqual([]);
    });
  }

  it('a Quyết định: its articles, which the plan has no place for, are kept and counted', async () => {
    const r = await load('real-plans', '10-sonla-xuat-khau-giai-phap.txt');
    const lost = r.remarks.filter((x) => x.code === 'lost');
    expect(lost.map((x) => x.line)).toContain(47);
    expect(r.yaml).toContain('# XEM LẠI (dòng 47)');
    expect(r.yaml).toMatch(/Điều 1\. Ban hành kèm theo Quyết định này Kế hoạch xuất khẩu/u);
  });
});
