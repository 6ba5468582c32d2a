/**
 * `plan remind` as a user runs it: the letter in markdown, JSON and the short messages (golden files),
 * nothing to remind, bad input, --per-unit and --unit, and --record followed by `plan status` and a
 * second reminder.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { golden, ROOT, runCli } from './helpers/cli.js';

const SHIPPED = 'plans/minh-long-2025-h2';
const THREE_REPORTED = 'test/fixtures/progress/minh-long';

/** A scratch folder holding a copy of the shipped plan as its only plan. */
function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-remind-'));
  cpSync(join(ROOT, SHIPPED), join(dir, 'plans/minh-long-2025-h2'), { recursive: true });
  return dir;
}

describe('plan remind (end to end)', () => {
  it('prints the letter to the nine overdue units as markdown', async () => {
    const args = ['remind', '--as-of', '2025-11-20'];
    const r = runCli(args);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    await expect(golden(args, r)).toMatchFileSnapshot('golden/remind-md.txt');
  });

  it('prints one short message per unit with --format text', async () => {
    const args = ['remind', '--as-of', '2025-11-20', '--format', 'text'];
    const r = runCli(args);
    expect(r.code).toBe(0);
    const messages = r.stdout.trimEnd().split('\n\n');
    expect(messages).toHaveLength(9);
    for (const m of messages) {
      expect(m).not.toContain('\n');
      expect(m.length).toBeLessThan(300);
    }
    await expect(golden(args, r)).toMatchFileSnapshot('golden/remind-text.txt');
  });

  it('prints the view model with --format json: one versioned object', async () => {
    const args = ['remind', THREE_REPORTED, '--as-of', '2025-11-20', '--format', 'json'];
    const r = runCli(args);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json).toMatchObject({ version: 1, kind: 'reminder', asOf: '2025-11-20', newDue: '2025-11-27' });
    expect(json.units).toHaveLength(6);
    await expect(golden(args, r)).toMatchFileSnapshot('golden/remind-json.txt');
  });

  it('says so in one line, exits 0 and writes no file when nothing is overdue', () => {
    const dir = workspace();
    const r = runCli(['remind', '--as-of', '2025-11-10', '--format', 'docx', '-o', 'x.docx', '--record'], {
      cwd: dir,
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('Đến ngày 10/11/2025 không có đơn vị nào quá hạn báo cáo; không cần đôn đốc.\n');
    expect(existsSync(join(dir, 'x.docx'))).toBe(false);
    expect(existsSync(join(dir, 'plans/minh-long-2025-h2/progress'))).toBe(false);
  });

  it('refuses bad input with a clear message and exit 2', () => {
    const cases: [string[], RegExp][] = [
      [['--unit', 'cong-an'], /Không có đơn vị "cong-an".*"cong-an-xa"/u],
      [['--unit', 'ubnd-tinh'], /không phải gửi báo cáo nào/u],
      [['--new-due', '2025-11-19'], /--new-due 19\/11\/2025 không sau ngày đôn đốc 20\/11\/2025/u],
      [['--new-due', '2025-11-20'], /hạn mới phải sau ngày đó/u],
      [['--new-due', '2025-11-31'], /2025-11-31/u],
      [['--format', 'pdf'], /--format/u],
      [['--format', 'docx', '-o', '-'], /\.docx/u],
      [['--format', 'text', '--template', 'x.hbs'], /--format text/u],
      [['--per-unit', '--number', '12'], /mỗi công văn cần số riêng/u],
    ];
    for (const [extra, message] of cases) {
      const r = runCli(['remind', '--as-of', '2025-11-20', ...extra]);
      expect(r.code, extra.join(' ')).toBe(2);
      expect(r.stdout, extra.join(' ')).toBe('');
      expect(r.stderr, extra.join(' ')).toMatch(message);
      expect(r.stderr).not.toMatch(/\n\s+at /u);
    }
    const early = runCli(['remind', '--as-of', '2025-03-01']);
    expect(early.code).toBe(2);
    expect(early.stderr).toMatch(/trước ngày bắt đầu kế hoạch \(01\/7\/2025\)/u);
  });

  it('writes one letter per unit into a folder, named by unit id, and --unit limits it to one', () => {
    const dir = workspace();
    const r = runCli(['remind', '--as-of', '2025-11-20', '--per-unit', '--format', 'docx', '-o', 'don-doc'], {
      cwd: dir,
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('Đã ghi 9 công văn (docx) vào thư mục don-doc.\n');
    expect(readdirSync(join(dir, 'don-doc')).sort()).toEqual(
      [
        'cac-thon',
        'cong-an-xa',
        'doan-thanh-nien',
        'mttq',
        'phong-kinh-te',
        'to-chuc-ct-xh',
        'trung-tam-y-te',
        'truong-hoc',
        'van-phong',
      ].map((u) => `${u}.docx`),
    );
    const md = runCli(['remind', '--as-of', '2025-11-20', '--per-unit', '-o', 'md'], { cwd: dir });
    expect(md.code).toBe(0);
    expect(readFileSync(join(dir, 'md/cong-an-xa.md'), 'utf8')).toContain('Kính gửi: Công an xã.\n');
    const one = runCli(['remind', '--as-of', '2025-11-20', '--unit', 'Công an xã'], { cwd: dir });
    expect(one.code).toBe(0);
    expect(one.stdout).toContain('Kính gửi: Công an xã.\n');
    expect(one.stdout).not.toContain('Phòng Kinh tế xã');
    // A group means its members, each named in the letter.
    const group = runCli(['remind', '--as-of', '2025-11-20', '--unit', 'hoi-doan-the', '--format', 'json'], {
      cwd: dir,
    });
    expect(JSON.parse(group.stdout).units.map((u: { unit: string }) => u.unit)).toEqual([
      'doan-thanh-nien',
      'mttq',
      'to-chuc-ct-xh',
    ]);
  });

  it('records the reminder; status shows it with the new deadline; the next letter is lần 2 and cites the first', () => {
    const dir = workspace();
    const first = runCli(
      [
        'remind',
        '--as-of',
        '2025-11-20',
        '--number',
        '125',
        '--format',
        'docx',
        '-o',
        'lan-1.docx',
        '--record',
      ],
      { cwd: dir },
    );
    expect(first.code).toBe(0);
    expect(first.stdout).toBe(
      '✓ Đã ghi lan-1.docx (docx).\nĐã ghi lần đôn đốc (lần 1, 9 đơn vị) vào plans/minh-long-2025-h2/progress/2025-11-20-don-doc.yaml.\n',
    );
    const record = readFileSync(
      join(dir, 'plans/minh-long-2025-h2/progress/2025-11-20-don-doc.yaml'),
      'utf8',
    );
    expect(record).toContain('kind: reminder\ndate: 2025-11-20\nunits:\n  - van-phong\n');
    expect(record).toContain('due: 2025-11-27\nreference: Công văn số 125/UBND-VHXH ngày 20/11/2025\n');
    expect(runCli(['validate'], { cwd: dir }).code).toBe(0);

    const status = runCli(['status', '--as-of', '2025-11-21'], { cwd: dir });
    expect(status.code).toBe(0);
    const row = status.stdout.split('\n').findIndex((l) => l.startsWith('Công an xã '));
    expect(
      status.stdout
        .split('\n')
        .slice(row, row + 3)
        .map((l) => l.trim()),
    ).toEqual([
      'Công an xã                             Quá hạn 6 ngày                      —',
      'đã đôn đốc ngày 20/11/2025 (lần 1)',
      'hạn mới 27/11/2025',
    ]);
    const json = JSON.parse(runCli(['status', '--as-of', '2025-11-21', '--json'], { cwd: dir }).stdout);
    const ca = json.obligations.find((o: { unit: { id: string } }) => o.unit.id === 'cong-an-xa');
    expect(ca.reminders).toEqual([
      { date: '2025-11-20', due: '2025-11-27', reference: 'Công văn số 125/UBND-VHXH ngày 20/11/2025' },
    ]);
    expect(ca.newDue).toBe('2025-11-27');

    const early = runCli(['remind', '--as-of', '2025-11-25'], { cwd: dir });
    expect(early.code).toBe(0);
    expect(early.stdout).toMatch(
      /không cần đôn đốc \(9 đơn vị đã được đôn đốc, hạn mới chưa qua: 27\/11\/2025\)\.\n$/u,
    );

    const second = runCli(['remind', '--as-of', '2025-12-01', '--record'], { cwd: dir });
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('V/v đôn đốc (lần 2) báo cáo kết quả thực hiện công tác trẻ em năm 2025');
    expect(second.stdout).toContain(
      'Mặc dù UBND xã Minh Long đã đôn đốc (Công văn số 125/UBND-VHXH ngày 20/11/2025), đến ngày 01/12/2025',
    );
    expect(second.stdout).toContain('Đã ghi lần đôn đốc (lần 2, 9 đơn vị)');
    const after = runCli(['status', '--as-of', '2025-12-02'], { cwd: dir }).stdout;
    expect(after).toContain('đã đôn đốc ngày 01/12/2025 (lần 2)');
    expect(after).toContain('hạn mới 08/12/2025');
  });

  it('saves the shipped .docx template, takes it back with --template, and names the letter data on a typo', () => {
    const dir = workspace();
    const r = runCli(['remind', '--save-template', 'mau.docx'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'mau.docx')).subarray(0, 2).toString('latin1')).toBe('PK');
    const filled = runCli(['remind', '--as-of', '2025-11-20', '--template', 'mau.docx', '-o', 'cv.docx'], {
      cwd: dir,
    });
    expect(filled.code).toBe(0);
    expect(readFileSync(join(dir, 'cv.docx')).subarray(0, 2).toString('latin1')).toBe('PK');
    writeFileSync(join(dir, 'mau.md.hbs'), '{{header.number}}\n{{recipient.frist}}\n');
    const typo = runCli(['remind', '--as-of', '2025-11-20', '--template', 'mau.md.hbs'], { cwd: dir });
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(
      /trường "recipient.frist" không có trong dữ liệu công văn[\s\S]*plan remind --as-of … --format json/u,
    );
  });

  it('writes the messages to a file with -o, and speaks English with --lang en (the letter stays Vietnamese)', () => {
    const dir = workspace();
    const r = runCli(['remind', '--as-of', '2025-11-20', '--format', 'text', '-o', 'tin-nhan.txt'], {
      cwd: dir,
    });
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'tin-nhan.txt'), 'utf8').split('\n\n')).toHaveLength(9);
    const none = runCli(['remind', '--as-of', '2025-11-10', '--lang', 'en'], { cwd: dir });
    expect(none.stdout).toBe("No unit's report is overdue on 10/11/2025; nothing to remind.\n");
    const bad = runCli(['remind', '--as-of', '2025-11-20', '--new-due', '2025-11-01', '--lang', 'en'], {
      cwd: dir,
    });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/the new deadline must be later/u);
    const letter = runCli(['remind', '--as-of', '2025-11-20', '--lang', 'en'], { cwd: dir });
    expect(letter.stdout).toContain('V/v đôn đốc báo cáo kết quả thực hiện công tác trẻ em năm 2025');
  });
});
