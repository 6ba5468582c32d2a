import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import PizZip from 'pizzip';
import readExcelFile from 'read-excel-file/node';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from './helpers/cli.js';

const FOLDER = join(ROOT, 'test/fixtures/rollup');
const FIXTURE = join(ROOT, 'test/fixtures/progress/minh-long');
const AS_OF = ['--as-of', '2025-11-20'];
const tmp = mkdtempSync(join(tmpdir(), 'kehoach-export-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** LibreOffice with its spreadsheet part (a Writer-only install cannot open a workbook). */
function calc(): string | undefined {
  const r = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' });
  const bin = r.stdout.trim();
  if (r.status !== 0 || !bin) return undefined;
  return existsSync(join(dirname(realpathSync(bin)), 'libsclo.so')) ? bin : undefined;
}

const sheetXml = (file: string, n: number) =>
  new PizZip(readFileSync(file)).file(`xl/worksheets/sheet${n}.xml`)!.asText();

describe('plan rollup --format xlsx', () => {
  const out = join(tmp, 'tong-hop.xlsx');
  const run = runCli(['rollup', FOLDER, ...AS_OF, '--format', 'xlsx', '-o', out]);

  it('writes the workbook and says so on stderr; an existing file needs --force', () => {
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^Đã ghi .*tong-hop\.xlsx \(4 trang tính, \d+ dòng\)\.\n$/u);
    const again = runCli(['rollup', FOLDER, ...AS_OF, '-o', out]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/--force/u);
    expect(runCli(['rollup', FOLDER, ...AS_OF, '-o', out, '--force']).code).toBe(0);
  });

  it('reads back with another library: sheets, Vietnamese headers, dates as dates, numbers as numbers', async () => {
    const sheets = await readExcelFile(out);
    expect(sheets.map((s) => s.sheet)).toEqual(['Tổng hợp', 'Nhiệm vụ', 'Báo cáo quá hạn', 'Chỉ tiêu']);
    const [summary, tasks, overdue, indicators] = sheets.map((s) => s.data);
    expect(summary![0]).toEqual([
      'TT',
      'Cơ quan ban hành',
      'Tên kế hoạch',
      'Từ ngày',
      'Đến ngày',
      'Tổng số nhiệm vụ',
      'Hoàn thành đúng hạn',
      'Hoàn thành quá hạn',
      'Đang thực hiện trong hạn',
      'Quá hạn chưa hoàn thành',
      'Thường xuyên',
      'Báo cáo phải nộp',
      'Báo cáo đã nhận',
      'Trong đó nhận muộn',
      'Báo cáo quá hạn',
      'Ghi nhận gần nhất',
      'Số lỗi (không tính)',
      'Tệp kế hoạch',
    ]);
    // Five plans counted, then the invalid one with its error count and no figures.
    expect(summary).toHaveLength(1 + 6);
    const invalid = summary!.at(-1)!;
    expect(invalid[16]).toBe(1);
    expect(invalid[5]).toBeNull();
    const first = summary![1]!;
    expect(first[3]).toBeInstanceOf(Date);
    expect((first[3] as unknown as Date).toISOString().slice(0, 10)).toBe('2025-07-01');
    expect(typeof first[5]).toBe('number');
    expect(first[5]).toBe(12);

    expect(tasks![0]).toEqual([
      'Mã kế hoạch',
      'TT',
      'Nhiệm vụ',
      'Chủ trì',
      'Phối hợp',
      'Thời gian',
      'Tình trạng',
      'Hạn',
      'Kết quả gần nhất',
      'Ngày ghi nhận',
    ]);
    // Every task of every counted plan: 5 plans of 12 tasks.
    expect(tasks!.length - 1).toBe(60);
    const late = tasks!.find((r) => r[0] === 'tra-bong-2025-h2' && r[1] === '9')!;
    expect(late[6]).toBe('Hoàn thành quá hạn 8 ngày');
    expect(late[7]).toBeInstanceOf(Date);
    expect((late[7] as unknown as Date).toISOString().slice(0, 10)).toBe('2025-10-01');

    expect(overdue![0]).toEqual([
      'Mã kế hoạch',
      'Cơ quan ban hành',
      'Đơn vị',
      'Nội dung báo cáo',
      'Hạn',
      'Số ngày quá hạn',
    ]);
    expect(overdue!.length - 1).toBe(29);
    expect(overdue![1]![5]).toBe(5);
    expect(indicators!.length - 1).toBe(4);
    expect(indicators!.find((r) => r[2] === 'tiem-chung' && r[6] === 93.5)![7]).toBe('Chưa đạt');
  });

  it('has a frozen header row, an autofilter over each table and fitted column widths', () => {
    const xml = sheetXml(out, 2);
    expect(xml).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/u);
    expect(xml).toContain('<autoFilter ref="A1:J61"/>');
    const widths = [...xml.matchAll(/<col [^>]*width="(\d+(?:\.\d+)?)"/gu)].map((m) => Number(m[1]));
    expect(widths).toHaveLength(10);
    // TT is narrow, the task title wide but capped.
    expect(widths[1]).toBeLessThan(10);
    expect(widths[2]).toBeGreaterThan(30);
    expect(Math.max(...widths)).toBeLessThanOrEqual(60);
    const book = new PizZip(readFileSync(out)).file('xl/workbook.xml')!.asText();
    expect(book).toContain('_xlnm._FilterDatabase');
  });

  it.skipIf(!calc())('LibreOffice converts the workbook to PDF', () => {
    const dir = join(tmp, 'pdf');
    const r = spawnSync(
      calc()!,
      [
        `-env:UserInstallation=file://${join(tmp, 'lo')}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        out,
      ],
      { encoding: 'utf8', timeout: 120_000 },
    );
    expect(r.stderr).not.toMatch(/Error/u);
    expect(existsSync(join(dir, 'tong-hop.pdf'))).toBe(true);
    expect(readFileSync(join(dir, 'tong-hop.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  });
});

describe('single-plan exports', () => {
  it('plan units --format xlsx: the assignment table of the shipped plan', async () => {
    const out = join(tmp, 'phan-cong.xlsx');
    const r = runCli(['units', '--format', 'xlsx', '-o', out, ...AS_OF]);
    expect(r.code).toBe(0);
    const [sheet, ...more] = await readExcelFile(out);
    expect(more).toHaveLength(0);
    expect(sheet!.sheet).toBe('Phụ lục phân công nhiệm vụ');
    expect(sheet!.data[0]).toEqual([
      'TT',
      'Nhiệm vụ',
      'Chủ trì',
      'Phối hợp',
      'Thời gian',
      'Tình trạng',
      'Kết quả',
    ]);
    expect(sheet!.data.length - 1).toBe(12);
    expect(sheet!.data[1]!.slice(0, 3)).toEqual([
      '1',
      expect.stringMatching(/^Đẩy mạnh thực hiện các mục tiêu/u),
      'Phòng Văn hóa - Xã hội xã',
    ]);
  });

  it('plan status --format csv: UTF-8 with a BOM, CRLF, RFC 4180 quoting, to stdout or to a file', () => {
    const r = runCli(['status', FIXTURE, ...AS_OF, '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('\uFEFFTT,Nhiệm vụ,Chủ trì,Phối hợp,Thời gian,Tình trạng,Hạn,')).toBe(true);
    const lines = r.stdout.slice(1).split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(lines).toHaveLength(1 + 12 + 1);
    expect(r.stdout.replaceAll('\r\n', '')).not.toContain('\n');
    expect(lines[1]).toMatch(/^1,"Thực hiện các chương trình, kế hoạch vì trẻ em",/u);
    const file = join(tmp, 'tinh-hinh.csv');
    const w = runCli(['status', FIXTURE, ...AS_OF, '--format', 'csv', '-o', file]);
    expect(w.stdout).toBe('');
    expect(readFileSync(file)).toEqual(Buffer.from(r.stdout, 'utf8'));
    expect(readFileSync(file).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('plan status --format xlsx: the tasks and the reports owed', async () => {
    const out = join(tmp, 'tinh-hinh.xlsx');
    expect(runCli(['status', FIXTURE, ...AS_OF, '--format', 'xlsx', '-o', out]).code).toBe(0);
    const sheets = await readExcelFile(out);
    expect(sheets.map((s) => s.sheet)).toEqual(['Tình hình thực hiện', 'Báo cáo của đơn vị']);
    expect(sheets[1]!.data.length - 1).toBe(10);
    const received = sheets[1]!.data.find((r) => r[0] === 'Công an xã')!;
    expect((received[5] as unknown as Date).toISOString().slice(0, 10)).toBe('2025-11-10');
  });

  it('plan deadlines --format csv: dated tasks and reports, dates in ISO', () => {
    const r = runCli(['deadlines', '--format', 'csv']);
    expect(r.code).toBe(0);
    const lines = r.stdout.slice(1).split('\r\n');
    expect(lines[0]).toBe('Ngày,Loại,TT,Nội dung,Đơn vị,Gửi');
    expect(lines.slice(1, -1).every((l) => /^\d{4}-\d{2}-\d{2},/u.test(l))).toBe(true);
    expect(runCli(['deadlines', '--format', 'xlsx', '-o', join(tmp, 'x.xlsx')]).code).toBe(2);
  });

  it('without --format nothing changes, and xlsx without -o is a usage error', () => {
    expect(runCli(['status', FIXTURE, ...AS_OF, '--format', 'xlsx']).code).toBe(2);
    expect(runCli(['units', '--format', 'pdf']).code).toBe(2);
  });
});
