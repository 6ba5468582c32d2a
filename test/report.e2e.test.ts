import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import { reportTemplates } from '../src/report/reportTemplates.js';
import { golden, ROOT, runCli } from './helpers/cli.js';

const FIXTURE = 'test/fixtures/report/minh-long-2025';
const SHIPPED = 'plans/minh-long-2025-h2';

/** A scratch folder holding a copy of the fixture as its only plan (plans/minh-long-2025/). */
function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-report-'));
  cpSync(join(ROOT, FIXTURE), join(dir, 'plans/minh-long-2025'), { recursive: true });
  return dir;
}

const isZip = (file: string) => readFileSync(file).subarray(0, 2).toString('latin1') === 'PK';

describe('plan report (end to end)', () => {
  it('prints the fixture report for 2025-H2 as markdown, with the checklist on stderr', async () => {
    const args = ['report', FIXTURE, '--period', '2025-H2', '--date', '2026-01-08'];
    const r = runCli(args);
    expect(r.code).toBe(0);
    await expect(golden(args, r)).toMatchFileSnapshot('golden/report-fixture-md.txt');
  });

  it('prints the view model with --format json: one object, checklist on stderr only', async () => {
    const args = ['report', FIXTURE, '--period', '2025-H2', '--date', '2026-01-08', '--format', 'json'];
    const r = runCli(args);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ version: 1, kind: 'report', id: 'minh-long-2025' });
    await expect(golden(args, r)).toMatchFileSnapshot('golden/report-fixture-json.txt');
  });

  it('gives the shipped plan without progress as a skeleton, naming every unit that has not reported', async () => {
    const args = ['report', '--period', '2025-H2', '--date', '2026-01-05'];
    const r = runCli(args);
    expect(r.code).toBe(0);
    for (const unit of [
      'Văn Phòng HĐND và UBND xã',
      'Phòng Kinh tế xã',
      'Công an xã',
      'Trung tâm Y tế Minh Long',
      'các đơn vị trường học trên địa bàn xã',
      'Ủy ban Mặt trận Tổ quốc Việt Nam xã',
      'Đoàn Thanh niên xã',
      'các Tổ chức chính trị - xã hội xã',
      'các thôn trên địa bàn xã',
    ]) {
      expect(r.stderr).toContain(`    + ${unit} (quá hạn 46 ngày)\n`);
    }
    await expect(golden(args, r)).toMatchFileSnapshot('golden/report-shipped.txt');
  });

  it('exits 1 with --strict when something is missing, 0 without it; the report is printed either way', () => {
    const loose = runCli(['report', SHIPPED, '--period', '2025-H2', '--date', '2026-01-05']);
    const strict = runCli(['report', SHIPPED, '--period', '2025-H2', '--date', '2026-01-05', '--strict']);
    expect(loose.code).toBe(0);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toBe(loose.stdout);
    expect(strict.stderr).toBe(loose.stderr);
  });

  it('prints the checklist in English with --lang en, the document staying Vietnamese', () => {
    const r = runCli(['report', FIXTURE, '--period', '2025-H2', '--date', '2026-01-08', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Kết quả thực hiện công tác trẻ em 6 tháng cuối năm 2025');
    expect(r.stderr).toBe(
      [
        'The report for 6 tháng cuối năm 2025 still lacks:',
        '- Units that have not reported (2):',
        '    + Trường THCS Minh Long (21 days overdue)',
        '    + Thôn 2 (21 days overdue)',
        '- Tasks with no result recorded in the period (2):',
        '    + Task 6.b: Rà soát, lập danh sách trẻ em có hoàn cảnh đặc biệt',
        '    + Task 7: Tổng kết công tác trẻ em năm 2025',
        '- Indicator without a figure (1):',
        '    + Số điểm vui chơi cho trẻ em được duy trì',
        '- Empty assessment sections: causes (nguyên nhân); proposals (đề xuất, kiến nghị).',
        '    Write them in a file under progress/ with "kind: assessment" and "period: 2025-H2".',
        '',
      ].join('\n'),
    );
  });

  it('rejects a bad or missing period with exit 2, listing the accepted forms', () => {
    const forms = '2025, 2025-H1, 2025-H2, 2025-Q1 … 2025-Q4, 2025-07, 2025-07-01..2025-09-30';
    const bad = runCli(['report', FIXTURE, '--period', '2025-H3']);
    expect(bad).toEqual({
      stdout: '',
      stderr: `lỗi: Kỳ "2025-H3" không hợp lệ. Các dạng được chấp nhận: ${forms}.\n`,
      code: 2,
    });
    const none = runCli(['report', FIXTURE]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain(forms);
    const outside = runCli(['report', FIXTURE, '--period', '2024-H2', '--date', '2025-01-05']);
    expect(outside).toEqual({
      stdout: '',
      stderr:
        'lỗi: Kỳ 2024-H2 (6 tháng cuối năm 2024) nằm ngoài thời gian của kế hoạch (01/01/2025 – 31/12/2025); chọn một kỳ trong thời gian đó.\n',
      code: 2,
    });
    const early = runCli(['report', FIXTURE, '--period', '2025-H2', '--date', '2025-06-30']);
    expect(early.code).toBe(2);
    expect(early.stderr).toMatch(/^lỗi: --date 30\/6\/2025 đứng trước/u);
    const date = runCli(['report', FIXTURE, '--period', '2025-H2', '--date', '2025-13-01']);
    expect(date.code).toBe(2);
  });

  it('writes <plan id>-bao-cao-<period>.docx, never over an existing file without --force', () => {
    const dir = workspace();
    const args = ['report', '--period', '2025-Q4', '--date', '2026-01-08', '--format', 'docx'];
    const first = runCli(args, { cwd: dir });
    expect(first.code).toBe(0);
    expect(first.stdout).toBe('✓ Đã ghi minh-long-2025-bao-cao-2025-Q4.docx (docx).\n');
    const file = join(dir, 'minh-long-2025-bao-cao-2025-Q4.docx');
    expect(isZip(file)).toBe(true);

    writeFileSync(file, 'the officer finished this copy by hand');
    const again = runCli(args, { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stdout).toBe('');
    expect(again.stderr).toBe(
      'lỗi: Tệp "minh-long-2025-bao-cao-2025-Q4.docx" đã có. Thêm --force để ghi đè.\n',
    );
    expect(readFileSync(file, 'utf8')).toBe('the officer finished this copy by hand');

    expect(runCli([...args, '--force'], { cwd: dir }).code).toBe(0);
    expect(isZip(file)).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['minh-long-2025-bao-cao-2025-Q4.docx', 'plans']);
  });

  it('names a range period file without "..", and writes markdown to -o as it prints it', () => {
    const dir = workspace();
    const range = runCli(['report', '-p', '2025-07-01..2025-09-30', '--date', '2025-10-01', '-f', 'docx'], {
      cwd: dir,
    });
    expect(range.stdout).toBe('✓ Đã ghi minh-long-2025-bao-cao-2025-07-01_2025-09-30.docx (docx).\n');
    const md = runCli(['report', '-p', '2025-Q3', '--date', '2025-10-01', '-o', 'bao-cao.md'], { cwd: dir });
    expect(md.code).toBe(0);
    const printed = runCli(['report', '-p', '2025-Q3', '--date', '2025-10-01'], { cwd: dir });
    expect(readFileSync(join(dir, 'bao-cao.md'), 'utf8')).toBe(printed.stdout);
    expect(md.stderr).toBe(printed.stderr);
  });

  it('fills a user’s .hbs template, and points a wrong field to the report’s own fields', () => {
    const dir = workspace();
    writeFileSync(join(dir, 'mau.hbs'), '{{title.type}}: {{title.lines.[0]}} ({{period.label}})\n');
    const ok = runCli(['report', '-p', '2025-H2', '--date', '2026-01-08', '--template', 'mau.hbs'], {
      cwd: dir,
    });
    expect(ok.stdout).toBe(
      'BÁO CÁO: Kết quả thực hiện công tác trẻ em 6 tháng cuối năm 2025 (6 tháng cuối năm 2025)\n',
    );
    writeFileSync(join(dir, 'sai.hbs'), '{{title.type}}\n{{tieu_de}}\n');
    const bad = runCli(['report', '-p', '2025-H2', '--date', '2026-01-08', '--template', 'sai.hbs'], {
      cwd: dir,
    });
    expect(bad).toEqual({
      stdout: '',
      stderr:
        'lỗi: Mẫu "sai.hbs", dòng 2: trường "tieu_de" không có trong dữ liệu báo cáo.\nXem các trường có thể dùng: plan report --period … --format json\n',
      code: 2,
    });
  });

  it('names an unknown tag of a user’s .docx template, with a suggestion and the report’s fields', async () => {
    const dir = workspace();
    const zip = new PizZip(await reportTemplates.docx());
    zip.file(
      'word/document.xml',
      zip.file('word/document.xml')!.asText().replace('{recipient.first}', '{recipient.frist}'),
    );
    writeFileSync(join(dir, 'mau.docx'), zip.generate({ type: 'uint8array' }));
    const r = runCli(
      ['report', '-p', '2025-H2', '--date', '2026-01-08', '--template', 'mau.docx', '-o', 'x.docx'],
      {
        cwd: dir,
      },
    );
    expect(r).toEqual({
      stdout: '',
      stderr:
        'lỗi: Mẫu "mau.docx" dùng thẻ không có trong dữ liệu báo cáo: {recipient.frist} (có phải ý bạn là {recipient.first}?).\nXem các trường có thể dùng: plan report --period … --format json\n',
      code: 2,
    });
    expect(readdirSync(dir).sort()).toEqual(['mau.docx', 'plans']);
  });
});
