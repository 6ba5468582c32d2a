import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from './helpers/cli.js';

const MODELINE = '# yaml-language-server: $schema=../../../schema/progress.schema.json';

/** A fresh working folder holding plans/minh-long-2025-h2 (the shipped plan, or the fixture with progress). */
function workspace(from = 'plans/minh-long-2025-h2'): { dir: string; plan: string; progress: string } {
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-record-'));
  const plan = join(dir, 'plans', 'minh-long-2025-h2');
  cpSync(join(ROOT, from), plan, { recursive: true });
  return { dir, plan, progress: join(plan, 'progress') };
}

/** Every file under `dir` with its bytes, to prove what a command did and did not touch. */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(relative(dir, p), readFileSync(p).toString('base64'));
    }
  };
  walk(dir);
  return out;
}

function changed(before: Map<string, string>, after: Map<string, string>): string[] {
  const keys = new Set([...before.keys(), ...after.keys()]);
  return [...keys].filter((k) => before.get(k) !== after.get(k)).sort();
}

describe('plan record: new files', () => {
  it('writes a progress note named <date>-<task id>.yaml, by task number, and nothing else', () => {
    const ws = workspace();
    const before = snapshot(ws.dir);
    const r = runCli(
      [
        'record',
        '--task',
        '3',
        '--status',
        'hoan-thanh',
        '--date',
        '2025-11-10',
        '--note',
        'Đã tổ chức 6 buổi tuyên truyền.',
        '--unit',
        'cong-an-xa',
      ],
      { cwd: ws.dir },
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const file = 'plans/minh-long-2025-h2/progress/2025-11-10-phong-chong-xam-hai.yaml';
    expect(r.stdout).toBe(`Đã ghi ${file} (ghi chú tiến độ nhiệm vụ 3: hoàn thành).\n`);
    expect(changed(before, snapshot(ws.dir))).toEqual([file]);
    expect(readFileSync(join(ws.dir, file), 'utf8')).toBe(
      `${MODELINE}
version: 1
kind: note
task: phong-chong-xam-hai
unit: cong-an-xa
date: 2025-11-10
status: hoan-thanh
text: Đã tổ chức 6 buổi tuyên truyền.
`,
    );
    expect(runCli(['validate'], { cwd: ws.dir }).code).toBe(0);
    // A second note on the same task and day gets its own file; the first is left alone.
    const again = runCli(
      ['record', '--task', 'phong-chong-xam-hai', '--status', 'dang-thuc-hien', '--date', '2025-11-10'],
      {
        cwd: ws.dir,
      },
    );
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('2025-11-10-phong-chong-xam-hai-2.yaml');
    expect(readFileSync(join(ws.dir, file), 'utf8')).toContain('status: hoan-thanh');
  });

  it('writes a unit report, which then counts as received in plan status', () => {
    const ws = workspace();
    const args = [
      'record',
      '--unit',
      'cong-an-xa',
      '--received',
      '2025-11-10',
      '--reference',
      'Báo cáo số 12/BC-CA ngày 10/11/2025',
      '--covers',
      '2025',
      '--note',
      'Công an xã báo cáo kết quả năm 2025.',
    ];
    const r = runCli(args, { cwd: ws.dir });
    expect(r.code).toBe(0);
    const file = 'plans/minh-long-2025-h2/progress/2025-11-10-bao-cao-cong-an-xa.yaml';
    expect(r.stdout).toBe(`Đã ghi ${file} (báo cáo của Công an xã nhận ngày 10/11/2025).\n`);
    expect(readFileSync(join(ws.dir, file), 'utf8')).toBe(
      `${MODELINE}
version: 1
kind: report
unit: cong-an-xa
received: 2025-11-10
covers: "2025"
reference: Báo cáo số 12/BC-CA ngày 10/11/2025
summary: Công an xã báo cáo kết quả năm 2025.
`,
    );
    const json = JSON.parse(runCli(['status', '--as-of', '2025-11-20', '--json'], { cwd: ws.dir }).stdout);
    const ca = json.obligations.find((o: { unit: { id: string } }) => o.unit.id === 'cong-an-xa');
    expect(ca).toMatchObject({
      status: 'received',
      receivedOn: '2025-11-10',
      reference: 'Báo cáo số 12/BC-CA ngày 10/11/2025',
    });
  });

  it('--dry-run prints the file and writes nothing', () => {
    const ws = workspace();
    const before = snapshot(ws.dir);
    const r = runCli(
      ['record', '--task', '9', '--status', 'hoàn thành', '--date', '2025-10-06', '--dry-run'],
      { cwd: ws.dir },
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      `# Chạy thử, chưa ghi gì. Nội dung sẽ ghi vào plans/minh-long-2025-h2/progress/2025-10-06-trung-thu.yaml:
${MODELINE}
version: 1
kind: note
task: trung-thu
date: 2025-10-06
status: hoan-thanh
`,
    );
    expect(changed(before, snapshot(ws.dir))).toEqual([]);
  });

  it('warns when a unit that does not lead the task reports it finished', () => {
    const ws = workspace();
    const r = runCli(
      ['record', '--task', '3', '--status', 'hoan-thanh', '--date', '2025-11-10', '--unit', 'truong-hoc'],
      {
        cwd: ws.dir,
      },
    );
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      'Lưu ý: các đơn vị trường học trên địa bàn xã không chủ trì nhiệm vụ 3; nhiệm vụ chỉ tính là hoàn thành khi đơn vị chủ trì (Công an xã) báo hoàn thành.\n',
    );
  });

  it('writes a record dated before the plan starts, with the checker’s warning on stderr', () => {
    const ws = workspace();
    const r = runCli(['record', '--task', '9', '--status', 'dang-thuc-hien', '--date', '2025-06-01'], {
      cwd: ws.dir,
    });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/2025-06-01-trung-thu\.yaml:\d+:\d+ {2}cảnh báo .*\[PROGRESS_BEFORE_PLAN\]/u);
  });
});

describe('plan record: adding to an existing report', () => {
  it('appends a result through the Document API; every other byte stays identical', () => {
    const ws = workspace('test/fixtures/progress/minh-long');
    const file = join(ws.progress, '2025-11-10-bao-cao-cong-an-xa.yaml');
    // Put something after the results, so the new item has to go in the middle of the file.
    writeFileSync(
      file,
      `${readFileSync(file, 'utf8')}\n# Ghi chú của cán bộ: đã đối chiếu số liệu.\nsummary: Đủ nội dung.\n`,
    );
    const before = readFileSync(file, 'utf8');
    const others = snapshot(ws.dir);
    const r = runCli(
      [
        'record',
        '--unit',
        'cong-an-xa',
        '--received',
        '2025-11-10',
        '--task',
        '10',
        '--status',
        'hoan-thanh',
        '--note',
        'Đã gửi số liệu.',
      ],
      { cwd: ws.dir },
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      'Đã thêm vào plans/minh-long-2025-h2/progress/2025-11-10-bao-cao-cong-an-xa.yaml (kết quả nhiệm vụ 10 trong báo cáo của Công an xã).\n',
    );
    const after = readFileSync(file, 'utf8');
    const anchor = '    text: Cập nhật thông tin 312 trẻ em vào cơ sở dữ liệu dân cư.\n';
    const at = before.indexOf(anchor) + anchor.length;
    const inserted = '  - task: du-lieu-tre-em\n    status: hoan-thanh\n    text: Đã gửi số liệu.\n';
    expect(after).toBe(before.slice(0, at) + inserted + before.slice(at));
    // Comments, the blank lines and the key order of the original are all still there.
    expect(after).toContain('unit: cong-an-xa # đơn vị gửi\n');
    expect(after).toContain('  # Nhiệm vụ 3\n');
    expect(changed(others, snapshot(ws.dir))).toEqual([
      'plans/minh-long-2025-h2/progress/2025-11-10-bao-cao-cong-an-xa.yaml',
    ]);
    expect(runCli(['validate'], { cwd: ws.dir }).code).toBe(0);
  });

  it('keeps CRLF line ends and a BOM, and adds a reference the file lacked', () => {
    const ws = workspace('test/fixtures/progress/minh-long');
    const file = join(ws.progress, '2025-11-14-bao-cao-doan-thanh-nien.yaml');
    const crlf = `\uFEFF${readFileSync(file, 'utf8').replace(/\n/gu, '\r\n')}`;
    writeFileSync(file, crlf);
    const r = runCli(
      [
        'record',
        '--unit',
        'doan-thanh-nien',
        '--received',
        '2025-11-14',
        '--reference',
        'Báo cáo số 07/BC-ĐTN',
        '--task',
        'trung-thu',
        '--note',
        'Đã tổ chức Trung thu.',
      ],
      { cwd: ws.dir },
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const after = readFileSync(file, 'utf8');
    expect(after.startsWith(crlf.slice(0, crlf.indexOf('results:')))).toBe(true);
    expect(after.replace(/\r\n/gu, '')).not.toContain('\n');
    expect(after).toContain('\r\n  - task: trung-thu\r\n    text: Đã tổ chức Trung thu.\r\n');
    expect(after).toContain('\r\nreference: Báo cáo số 07/BC-ĐTN\r\n');
    expect(after.startsWith('\uFEFF')).toBe(true);
    expect(runCli(['validate'], { cwd: ws.dir }).code).toBe(0);
  });
});

describe('plan record: refusals write nothing', () => {
  const cases: [string, string[], RegExp][] = [
    [
      'unknown task, with a hint',
      ['--task', 'trung-thuu', '--status', 'hoan-thanh'],
      /^lỗi: Không có nhiệm vụ "trung-thuu" trong kế hoạch\. Có phải ý bạn là "trung-thu"\?\n$/u,
    ],
    [
      'unknown unit, with a hint',
      ['--unit', 'cong-an', '--received', '2025-11-10'],
      /^lỗi: Không có đơn vị "cong-an" trong kế hoạch\. Có phải ý bạn là "cong-an-xa"\?\n$/u,
    ],
    [
      'unknown status',
      ['--task', '3', '--status', 'xong'],
      /^lỗi: --status: "xong" không hợp lệ\. Chọn một trong: chua-thuc-hien, dang-thuc-hien, hoan-thanh, tam-dung\.\n$/u,
    ],
    ['a note without status', ['--task', '3'], /^lỗi: Thiếu --status \(cần khi có --task\)\.\n$/u],
    [
      'a reference without a report',
      ['--task', '3', '--status', 'hoan-thanh', '--reference', 'x'],
      /^lỗi: --reference chỉ dùng khi ghi báo cáo/u,
    ],
    ['nothing to record', [], /^lỗi: Cần cho biết ghi gì/u],
    [
      'an impossible date',
      ['--task', '3', '--status', 'hoan-thanh', '--date', '2025-02-30'],
      /^lỗi: --date: "2025-02-30" không phải ngày hợp lệ/u,
    ],
    [
      'a bad period',
      ['--unit', 'cong-an-xa', '--received', '2025-11-10', '--covers', '2025-H3'],
      /^lỗi: Kỳ "2025-H3" không hợp lệ\. Các dạng được chấp nhận: /u,
    ],
    [
      'an empty note',
      ['--task', '3', '--status', 'hoan-thanh', '--note', ' '],
      /^lỗi: --note không được để trống\.\n$/u,
    ],
    [
      'a reference that contradicts the recorded one',
      [
        '--unit',
        'cong-an-xa',
        '--received',
        '2025-11-10',
        '--reference',
        'Báo cáo số 99/BC-CA',
        '--task',
        '3',
        '--note',
        'x',
      ],
      /^lỗi: .*2025-11-10-bao-cao-cong-an-xa\.yaml đã ghi reference: "Báo cáo số 12\/BC-CA ngày 10\/11\/2025", khác với "Báo cáo số 99\/BC-CA"/u,
    ],
    [
      'the same report again',
      ['--unit', 'cong-an-xa', '--received', '2025-11-10'],
      /^lỗi: Báo cáo này đã được ghi trong /u,
    ],
  ];
  for (const [what, args, message] of cases) {
    it(what, () => {
      const ws = workspace('test/fixtures/progress/minh-long');
      const before = snapshot(ws.dir);
      const r = runCli(['record', ...args], { cwd: ws.dir });
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(message);
      expect(changed(before, snapshot(ws.dir))).toEqual([]);
    });
  }

  it('refuses to record against a plan with errors (exit 1)', () => {
    const ws = workspace();
    const plan = join(ws.plan, 'plan.yaml');
    writeFileSync(plan, readFileSync(plan, 'utf8').replace('lead: [cong-an-xa]', 'lead: [cong-an]'));
    const before = snapshot(ws.dir);
    const r = runCli(['record', '--task', '3', '--status', 'hoan-thanh'], { cwd: ws.dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[UNIT_UNKNOWN]');
    expect(changed(before, snapshot(ws.dir))).toEqual([]);
  });
});
