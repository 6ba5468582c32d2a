/**
 * Each real plan from another province imports to a plan that validates, with the tasks, lead units
 * and time frames the document states. The expectations were written by reading the documents
 * (test/fixtures/import/real-plans/, byte-for-byte copies of shared/real-plans/); where a document
 * names no lead or no time for a task, the expectation is that the plan has none either.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { setLang } from '../src/i18n/index.js';
import { type Imported, importDocument } from '../src/import/importPlan.js';
import { decodeImport } from '../src/import/source/readSource.js';
import { letter } from '../src/model/plan.js';
import type { Timeframe } from '../src/model/types.js';
import { nameKey } from '../src/util/text.js';
import { ROOT, runCli } from './helpers/cli.js';

const DIR = join(ROOT, 'test/fixtures/import/real-plans');

async function load(name: string, bytes = readFileSync(join(DIR, name))): Promise<Imported> {
  const doc = await decodeImport(bytes, name, name.endsWith('.docx') ? '.docx' : '.txt');
  return importDocument(doc, { asOf: '2025-12-01', source: name, outputDir: ROOT, file: 'plan.yaml' });
}

interface Expect {
  /** The task's number in the plan: "3", "3.1", "3.1.a". */
  n: string;
  /** Lead units the document names, in its order (compared by name); [] when it names none. */
  lead: string[];
  time?: Timeframe;
}

/** Compare the plan's tasks with what the document says, task by task. */
function check(r: Imported, expected: Expect[]) {
  const plan = r.plan;
  const got = plan.tasks.map((t) => ({
    n: t.number,
    lead: t.lead.map((m) => nameKey(plan.units.name(m.id))),
    ...(t.file.timeframe ? { time: t.file.timeframe } : {}),
  }));
  const want = expected.map((e) => ({ ...e, lead: e.lead.map(nameKey) }));
  expect(got).toEqual(want);
  // Valid: only the warnings that say what the document leaves out.
  const codes = new Set(r.warnings.map((d) => d.code));
  for (const c of codes) expect(['TASK_NO_LEAD', 'TASK_NO_TIMEFRAME']).toContain(c);
}

const cont = (label?: string, start?: string): Timeframe => ({
  kind: 'continuous',
  ...(start ? { start } : {}),
  ...(label ? { label } : {}),
});
const later = (label: string): Timeframe => ({ kind: 'unscheduled', label });
const y2025: Timeframe = { kind: 'period', period: '2025', label: '2025' };

beforeAll(async () => {
  await setLang('vi');
});

describe('real plans import to valid plans with the tasks their documents state', () => {
  it('Lai Châu 7360/KH-UBND: six tasks, task 3 in 3.1/3.2 with a), b)', async () => {
    const r = await load('01-laichau-luat-tieu-chuan-qckt-2025.txt');
    const khcn = 'Sở Khoa học và Công nghệ';
    const draft = later('Theo tiến độ xây dựng dự thảo văn bản của cơ quan chủ trì soạn thảo');
    const after = later(
      'Sau khi Nghị định quy định chi tiết thi hành một số điều của Luật Tiêu chuẩn và quy chuẩn kỹ thuật và Luật sửa đổi, bổ sung một số điều của Luật Tiêu chuẩn và quy chuẩn kỹ thuật ban hành',
    );
    check(r, [
      {
        n: '1',
        lead: [
          khcn,
          'Sở Tư pháp',
          'Sở Văn hóa, Thể thao và Du lịch',
          'Báo và Phát thanh Truyền hình Lai Châu',
          'các sở, ngành có liên quan',
        ],
        time: cont('Quý IV năm 2025 và các năm tiếp theo', '2025-10-01'),
      },
      { n: '2', lead: [khcn, 'các sở, ngành liên quan', 'Ủy ban nhân dân các xã, phường'] },
      { n: '3', lead: [] },
      { n: '3.1', lead: [] },
      { n: '3.1.a', lead: [khcn], time: draft },
      { n: '3.1.b', lead: [khcn], time: draft },
      { n: '3.2', lead: [] },
      { n: '3.2.a', lead: [khcn], time: after },
      { n: '3.2.b', lead: [khcn], time: after },
      { n: '4', lead: [khcn], time: cont('Năm 2026 và các năm tiếp theo', '2026-01-01') },
      { n: '5', lead: ['các sở, ngành có liên quan'] },
      { n: '6', lead: [], time: later('Sau khi Chiến lược tiêu chuẩn quốc gia được ban hành') },
    ]);
    expect(r.plan.file.document).toMatchObject({
      number: '7360',
      symbol: 'KH-UBND',
      date: '2025-11-19',
      place: 'Lai Châu',
    });
    expect(r.plan.units.name(r.plan.file.issuer.unit)).toBe('Ủy ban nhân dân tỉnh Lai Châu');
    expect(r.plan.file.signature).toEqual({
      authority: 'TM. ỦY BAN NHÂN DÂN',
      delegation: 'KT. CHỦ TỊCH',
      title: 'PHÓ CHỦ TỊCH',
      name: 'Tống Thanh Hải',
    });
    expect(r.plan.file.recipients?.archive).toBe('VT, Vx3');
    // Sentences on the "Cơ quan thực hiện" line are kept word for word.
    expect(r.plan.tasks[1]!.file.leadText).toMatch(/^Sở Khoa học và Công nghệ tiến hành rà soát/u);
  });

  it('TP. Hồ Chí Minh 172/KH-UBND: four tasks, task 3 prose only', async () => {
    const r = await load('02-hcm-luat-viec-lam-2025.txt');
    check(r, [
      {
        n: '1',
        lead: [
          'Sở Nội vụ',
          'Sở Tư pháp',
          'các sở, ban, ngành Thành phố',
          'Đài Phát thanh và Truyền hình Thành phố',
          'cơ quan thông tấn báo chí',
          'Ủy ban nhân dân xã, phường, đặc khu',
        ],
        time: cont('Năm 2025 và các năm tiếp theo', '2025-01-01'),
      },
      {
        n: '2',
        lead: ['Sở Nội vụ', 'Sở Giáo dục và Đào tạo', 'Sở Tài chính'],
        time: cont('Năm 2025 và các năm tiếp theo', '2025-01-01'),
      },
      { n: '3', lead: [] },
      {
        n: '4',
        lead: ['Sở Nội vụ', 'các sở, ban, ngành Thành phố'],
        time: cont('Năm 2026 và các năm tiếp theo', '2026-01-01'),
      },
    ]);
    const t2 = r.plan.tasks[1]!;
    expect(t2.support.map((m) => m.text)).toEqual([
      'Bảo hiểm xã hội Thành phố',
      'Chi nhánh Ngân hàng Chính sách xã hội Thành phố',
      'Trung tâm Dịch vụ việc làm Thành phố (Sở Nội vụ)',
      'Ủy ban nhân dân xã, phường, đặc khu',
      'các cơ quan, đơn vị có liên quan',
    ]);
    // The signature has no "TM." line in this document, and the import does not invent one.
    expect(r.plan.file.signature).toEqual({
      delegation: 'KT. CHỦ TỊCH',
      title: 'PHÓ CHỦ TỊCH',
      name: 'Trần Thị Diệu Thúy',
    });
  });

  it('Nghệ An 980/KH-UBND: the tasks are in the appendix table, grouped by Roman numeral', async () => {
    const r = await load('03-nghean-phong-thu-dan-su-2025-phu-luc-bang.txt');
    const bch = 'Ban Chỉ huy Phòng thủ dân sự cấp tỉnh, cấp xã';
    const bchTinh = 'Ban Chỉ huy Phòng thủ dân sự tỉnh';
    const tc = 'Sở Tài chính';
    const quyChe = later('Sau khi có Quy chế của TW');
    check(r, [
      { n: '1', lead: [] },
      { n: '1.1', lead: ['Bộ CHQS tỉnh', 'UBND cấp xã'], time: { kind: 'deadline', due: '2025-11-30' } },
      { n: '2', lead: [] },
      { n: '2.1', lead: [tc], time: cont() },
      { n: '2.2', lead: [tc], time: y2025 },
      { n: '2.3', lead: [tc], time: y2025 },
      { n: '2.4', lead: ['Sở, ban, ngành, tổ chức chính trị - xã hội'], time: y2025 },
      { n: '2.5', lead: ['Sở Y tế'], time: y2025 },
      { n: '2.6', lead: ['Sở Khoa học và Công nghệ'], time: y2025 },
      { n: '2.7', lead: ['Sở Xây dựng'], time: quyChe },
      { n: '2.8', lead: ['Sở Xây dựng'], time: quyChe },
      // Rows 2–6 of a group the source page lost: kept after group II, and flagged for review.
      { n: '2.9', lead: [tc], time: y2025 },
      { n: '2.10', lead: ['Bộ CHQS tỉnh'], time: y2025 },
      { n: '2.11', lead: [bch], time: { kind: 'yearly', month: 12 } },
      { n: '2.12', lead: [bchTinh], time: cont() },
      { n: '2.13', lead: [bchTinh], time: later('Theo Kế hoạch riêng') },
      { n: '3', lead: [] },
      { n: '3.1', lead: [bch], time: later('Theo Kế hoạch riêng') },
      { n: '3.2', lead: [bch], time: later('Theo kế hoạch') },
      { n: '4', lead: [] },
      { n: '4.1', lead: [bch], time: y2025 },
      { n: '4.2', lead: ['Sở Nông nghiệp và Môi trường'], time: y2025 },
    ]);
    const section = r.plan.file.sections[1]!;
    expect(section).toMatchObject({ kind: 'tasks', layout: 'table' });
    expect(r.plan.tasks[1]!.file).toMatchObject({
      timeLabel: 'Thời gian hoàn thành',
      output: 'Quyết định của Chủ tịch UBND cấp tỉnh, cấp xã',
    });
    const codes = r.remarks.map((x) => x.code);
    expect(codes).toContain('tableGap');
    expect(codes).toContain('tableStray');
  });

  it('TP. Hồ Chí Minh 174/KH-UBND: activities with "X chủ trì, phối hợp với Y", a reporting deadline', async () => {
    const r = await load('04-hcm-binh-dang-gioi-cuoi-nam-2025.txt');
    check(r, [
      { n: '1', lead: [] },
      { n: '1.a', lead: ['Sở Nội vụ'] },
      { n: '1.b', lead: ['Sở Văn hóa và Thể thao'] },
      { n: '1.c', lead: ['Sở Văn hóa và Thể thao', 'Sở Xây dựng'] },
      { n: '2', lead: [] },
      { n: '2.a', lead: ['Sở Y tế'] },
      { n: '2.b', lead: ['Sở Giáo dục và Đào tạo', 'Sở Y tế'] },
    ]);
    const support = r.plan.tasks[1]!.support.map((m) => m.text);
    expect(support[0]).toBe('các sở, ban, ngành, đoàn thể Thành phố');
    expect(r.plan.period).toEqual({ start: '2025-11-18', end: '2025-12-31', label: 'cuối năm 2025' });
    expect(r.plan.obligations.map((o) => [o.due, r.plan.units.name(o.to!)])).toEqual([
      ['2025-12-16', 'Sở Nội vụ'],
    ]);
    expect(r.plan.file.basis?.layout).toBe('lines');
    expect(r.plan.file.basis?.items).toHaveLength(7);
  });

  it('Hà Tĩnh 624/KH-UBND: six task groups with points a), b)…, no unit or time beside them', async () => {
    const r = await load('05-hatinh-giao-duc-mam-non-2025.txt');
    const counts = [3, 5, 3, 3, 4, 3];
    const expected: Expect[] = counts.flatMap((c, i) => [
      { n: String(i + 1), lead: [] },
      ...Array.from({ length: c }, (_, j) => ({ n: `${i + 1}.${letter(j + 1)}`, lead: [] })),
    ]);
    check(r, expected);
    expect(r.plan.period).toEqual({ start: '2025-01-01', end: '2035-12-31', label: 'giai đoạn 2025 - 2035' });
    // One remark for the section, pointing at "Tổ chức thực hiện", instead of one per task.
    expect(r.remarks.filter((x) => x.code === 'sectionNoLead')).toHaveLength(1);
    const impl = r.plan.file.sections.find((s) => s.kind === 'implementation')!;
    expect(
      impl.parts?.map((p) =>
        p.units ? r.plan.units.name(typeof p.units[0] === 'string' ? p.units[0] : p.units[0]!.unit) : null,
      ),
    ).toEqual([
      'Sở Giáo dục và Đào tạo',
      'Sở Nội vụ',
      'Sở Y tế',
      'Sở Tài chính',
      'Sở Văn hóa, Thể thao và Du lịch',
      'Sở Xây dựng',
      'Sở Nông nghiệp và Môi trường',
      null,
      'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh',
      'Ủy ban nhân dân các xã, phường',
    ]);
  });

  it('each imported plan, rendered to .docx by plan render, imports back to the same tasks', async () => {
    const shape = (r: Imported) =>
      r.plan.tasks.map((t) => ({
        n: t.number,
        title: t.title,
        lead: t.lead.map((m) => m.text),
        support: t.support.map((m) => m.text),
        time: t.file.timeframe,
      }));
    for (const name of [
      '01-laichau-luat-tieu-chuan-qckt-2025.txt',
      '02-hcm-luat-viec-lam-2025.txt',
      '03-nghean-phong-thu-dan-su-2025-phu-luc-bang.txt',
      '04-hcm-binh-dang-gioi-cuoi-nam-2025.txt',
      '05-hatinh-giao-duc-mam-non-2025.txt',
      '08-quangngai-kiem-ke-tai-san-theo-co-quan.txt',
      '09-daklak-nhu-yeu-pham-phan-cong.txt',
      '11-dongthap-nq48-nhiem-vu-theo-co-quan.txt',
    ]) {
      const dir = mkdtempSync(join(tmpdir(), 'kehoach-import-'));
      const yaml = runCli(['import', join(DIR, name)]);
      writeFileSync(join(dir, 'plan.yaml'), yaml.stdout);
      const docx = runCli(['render', 'plan.yaml', '--format', 'docx', '-o', 'plan.docx'], { cwd: dir });
      expect(docx.code, name).toBe(0);
      const back = await load('plan.docx', readFileSync(join(dir, 'plan.docx')));
      expect(shape(back), name).toEqual(shape(await load(name)));
    }
  });

  /**
   * Import → render gives back the source's paragraphs as written: "-" duties under an agency heading
   * stay "-" lines (not "1.1."), and no "Cơ quan chủ trì" line appears that the source never had.
   */
  it.each([
    '08-quangngai-kiem-ke-tai-san-theo-co-quan.txt',
    '09-daklak-nhu-yeu-pham-phan-cong.txt',
    '11-dongthap-nq48-nhiem-vu-theo-co-quan.txt',
  ])('%s: import → render finds every paragraph of the body again, in its shape', (name) => {
    const fold = (s: string) =>
      s
        .replace(/\\(?=[[\]*_])/gu, '')
        .replace(/\*+/gu, '')
        .replace(/<br>/gu, ' ')
        .replace(/\s+/gu, ' ')
        .replace(/\s+([,;:.])/gu, '$1')
        .replace(/\.\/\.$/u, '.')
        .trim();
    const lines = readFileSync(join(DIR, name), 'utf8').split('\n');
    const from = lines.findIndex((l) => /^\*\*I\.(\s|$)/u.test(l));
    const to = lines.findIndex((l, i) => i > from && l.includes('./.'));
    expect(from).toBeGreaterThan(0);
    expect(to).toBeGreaterThan(from);
    const body = lines.slice(from, to + 1);
    // Paragraphs are parted by blank lines; the web conversion wraps lines inside them. The Roman
    // numbers are the renderer's own (09 numbers two sections "IV.").
    const paras = body
      .join('\n')
      .split(/\n\s*\n/u)
      .map((p) => fold(p).replace(/^[IVX]+\.\s*/u, ''))
      .filter((p) => p.length > 3);
    expect(paras.length).toBeGreaterThan(70);
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-import-'));
    const yaml = runCli(['import', join(DIR, name)]);
    expect(yaml.code).toBe(0);
    writeFileSync(join(dir, 'plan.yaml'), yaml.stdout);
    const md = runCli(['render', 'plan.yaml', '--format', 'md'], { cwd: dir });
    expect(md.code).toBe(0);
    const rendered = fold(md.stdout.replace(/^#+ /gmu, ''));
    expect(paras.filter((p) => !rendered.includes(p))).toEqual([]);
    const source = fold(body.join('\n'));
    const generated = md.stdout
      .split('\n')
      .map(fold)
      .filter((l) => /^- (Cơ quan|Đơn vị) (chủ trì|, đơn vị phối hợp|phối hợp)/u.test(l));
    expect(generated.filter((l) => !source.includes(l.replace(/\.$/u, '')))).toEqual([]);
    // No duty got a number the source did not write.
    expect(md.stdout).not.toMatch(/^\d+\.\d+\. Chủ trì/mu);
  });
});
