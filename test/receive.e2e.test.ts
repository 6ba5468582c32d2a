import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { trungTamYTe } from './fixtures/receive/trung-tam-y-te.js';
import { golden, ROOT, runCli } from './helpers/cli.js';
import { docxParagraphs } from './helpers/docx.js';
import { validateDocx } from './helpers/docxValidate.js';
import { makeDocx, makeScannedDocx } from './helpers/makeDocx.js';

const FIX = join(ROOT, 'test/fixtures/receive');
const PROGRESS = 'plans/minh-long-2025-h2/progress';

/** A scratch folder: a copy of the shipped plan as its only plan, and the units' files in inbox/. */
function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-receive-'));
  cpSync(join(ROOT, 'plans/minh-long-2025-h2'), join(dir, 'plans/minh-long-2025-h2'), { recursive: true });
  mkdirSync(join(dir, 'inbox'));
  for (const f of readdirSync(FIX)) if (!f.endsWith('.ts')) copyFileSync(join(FIX, f), join(dir, 'inbox', f));
  writeFileSync(join(dir, 'inbox/bao-cao-ttyt.docx'), makeDocx(trungTamYTe));
  writeFileSync(join(dir, 'inbox/ban-scan.docx'), makeScannedDocx());
  writeFileSync(join(dir, 'inbox/bao-cao.pdf'), '%PDF-1.4\n%…\n');
  return dir;
}

const progress = (dir: string) =>
  existsSync(join(dir, PROGRESS)) ? readdirSync(join(dir, PROGRESS)).sort() : [];

/** The three reports of the issue: Công an xã (.txt), Trung tâm Y tế (.docx), Đoàn Thanh niên (.md, after the period). */
const THREE = [
  ['receive', 'inbox/cong-an-xa.txt', '--received', '2025-11-11'],
  ['receive', 'inbox/bao-cao-ttyt.docx', '--received', '2025-11-13'],
  ['receive', 'inbox/doan-thanh-nien.md', '--received', '2026-01-06'],
];

describe('plan receive (end to end)', () => {
  it('takes three unit reports into the shipped plan, says where each passage went, and the plan stays valid', async () => {
    const dir = workspace();
    const runs = THREE.map((args) => ({ args, r: runCli(args, { cwd: dir }) }));
    for (const { r } of runs) {
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('');
    }
    await expect(runs.map(({ args, r }) => golden(args, r)).join('\n')).toMatchFileSnapshot(
      'golden/receive-three.txt',
    );
    expect(progress(dir)).toEqual([
      '2025-11-11-bao-cao-cong-an-xa.txt',
      '2025-11-11-bao-cao-cong-an-xa.yaml',
      '2025-11-13-bao-cao-trung-tam-y-te.docx',
      '2025-11-13-bao-cao-trung-tam-y-te.yaml',
      '2026-01-06-bao-cao-doan-thanh-nien.md',
      '2026-01-06-bao-cao-doan-thanh-nien.yaml',
    ]);
    // The unit's own file is kept beside its record, byte for byte.
    expect(readFileSync(join(dir, PROGRESS, '2025-11-11-bao-cao-cong-an-xa.txt'))).toEqual(
      readFileSync(join(FIX, 'cong-an-xa.txt')),
    );
    // The summary's file:line points at the passage in the record.
    const record = readFileSync(join(dir, PROGRESS, '2025-11-11-bao-cao-cong-an-xa.yaml'), 'utf8').split(
      '\n',
    );
    const m = /2025-11-11-bao-cao-cong-an-xa\.yaml:(\d+)\)\n\s+“Phối hợp với Trường THCS/u.exec(
      runs[0]!.r.stdout,
    );
    expect(record[Number(m![1]) - 1]).toMatch(
      /^ {6}- Phối hợp với Trường THCS Minh Long và các thôn tổ chức 06 buổi/u,
    );
    const v = runCli(['validate'], { cwd: dir });
    expect(v.code).toBe(0);
    expect(v.stdout).toContain('3 tệp tiến độ');

    // The report built from them.
    const args = ['report', '--period', '2025-H2', '--date', '2026-01-08'];
    const report = runCli(args, { cwd: dir });
    expect(report.code).toBe(0);
    await expect(golden(args, report)).toMatchFileSnapshot('golden/report-received.txt');
    const md = report.stdout;
    expect(md).toContain('Kính gửi: Sở Y tế tỉnh Quảng Ngãi.');
    expect(md).toContain('Thực hiện Kế hoạch số 65/KH-UBND ngày 31/3/2025 của UBND tỉnh Quảng Ngãi');
    expect(md).toContain(
      'Công an xã đã phối hợp với Trường THCS Minh Long và các thôn tổ chức 06 buổi tuyên truyền',
    );
    expect(md).toContain('Đoàn Thanh niên xã đã tổ chức 02 diễn đàn trẻ em');
    // The unit's own direction goes to III, attributed, in the future: no "đã".
    const iii = md.slice(md.indexOf('## III.'), md.indexOf('## IV.'));
    expect(iii).toContain(
      'Đoàn Thanh niên xã tiếp tục tổ chức diễn đàn trẻ em và các hoạt động hè cho thiếu nhi.',
    );
    expect(readFileSync(join(dir, PROGRESS, '2026-01-06-bao-cao-doan-thanh-nien.yaml'), 'utf8')).toContain(
      'directions:\n  - Tiếp tục tổ chức diễn đàn trẻ em',
    );
    expect(md).toContain('- Như trên;<br>- CT, PCT UBND xã;<br>- Lưu: VT, VHXH.');
    expect(md).not.toMatch(/Tình hình báo cáo|chưa báo cáo|Cơ quan chủ trì|Tình trạng:|Quá hạn/u);
    // Đoàn Thanh niên reported on 06/01/2026 for 2025: it counts, and is not chased.
    const chased = report.stderr.slice(0, report.stderr.indexOf('- Đề nghị của đơn vị gửi'));
    expect(chased).not.toContain('Đoàn Thanh niên');
    // The units' proposals to UBND xã itself are not relayed to the Sở in IV, but listed for the officer.
    expect(md.slice(md.indexOf('## IV.'))).not.toContain('đề nghị UBND xã');
    expect(report.stderr).toContain(
      '- Đề nghị của đơn vị gửi UBND xã Minh Long, cần xử lý (3; không đưa vào mục IV gửi cấp trên):\n    + Công an xã: Đề nghị UBND xã bố trí kinh phí',
    );
    expect(report.stderr).toContain('Phòng Kinh tế xã');

    const docx = runCli([...args, '--format', 'docx'], { cwd: dir });
    expect(docx.code).toBe(0);
    const bytes = readFileSync(join(dir, 'minh-long-2025-h2-bao-cao-2025-H2.docx'));
    const text = docxParagraphs(bytes).join('\n');
    expect(text).toContain('Kính gửi: Sở Y tế tỉnh Quảng Ngãi.');
    expect(text).toContain('65/KH-UBND');
    expect(text).not.toMatch(/Tình hình báo cáo|chưa báo cáo|Cơ quan chủ trì|Tình trạng:/u);
    const valid = validateDocx(bytes);
    if (valid) expect(valid.ok, valid.output).toBe(true);
  }, 240_000);

  it('refuses the same file twice, and writes nothing', () => {
    const dir = workspace();
    expect(runCli(THREE[0]!, { cwd: dir }).code).toBe(0);
    const before = progress(dir);
    const again = runCli(['receive', 'inbox/cong-an-xa.txt', '--received', '2025-11-20'], { cwd: dir });
    expect(again).toEqual({
      stdout: '',
      stderr:
        'lỗi: "inbox/cong-an-xa.txt" đã được nhận rồi (bản ghi plans/minh-long-2025-h2/progress/2025-11-11-bao-cao-cong-an-xa.yaml). Không ghi tệp nào.\n',
      code: 2,
    });
    expect(progress(dir)).toEqual(before);
  });

  it('lets a newer report of the same unit for the same period supersede the older one, and says so', () => {
    const dir = workspace();
    expect(runCli(THREE[0]!, { cwd: dir }).code).toBe(0);
    const newer = runCli(['receive', 'inbox/cong-an-xa-bo-sung.txt', '--received', '2025-12-21'], {
      cwd: dir,
    });
    expect(newer.code).toBe(0);
    expect(newer.stdout).toContain(
      '  Thay thế báo cáo trước của đơn vị cho cùng kỳ: plans/minh-long-2025-h2/progress/2025-11-11-bao-cao-cong-an-xa.yaml (không còn được tính).',
    );
    const record = readFileSync(join(dir, PROGRESS, '2025-12-21-bao-cao-cong-an-xa.yaml'), 'utf8');
    expect(record).toContain('supersedes: 2025-11-11-bao-cao-cong-an-xa.yaml\n');
    const report = runCli(['report', '--period', '2025-H2', '--date', '2026-01-08'], { cwd: dir });
    expect(report.stdout).toContain('tổ chức 08 buổi tuyên truyền');
    expect(report.stdout).not.toContain('06 buổi');
    // The older one, received again after it, is refused.
    const older = runCli(['receive', 'inbox/cong-an-xa.txt', '--received', '2025-12-22'], { cwd: dir });
    expect(older.code).toBe(2);
  });

  it.each([
    [
      'inbox/ke-hoach.txt',
      /là một kế hoạch, không phải báo cáo của đơn vị\. Để đưa một kế hoạch vào, dùng: plan import inbox\/ke-hoach\.txt\./u,
    ],
    ['inbox/cong-van.txt', /không phải một báo cáo: không thấy tên loại "BÁO CÁO"/u],
    ['inbox/trong.txt', /"inbox\/trong\.txt" không có nội dung/u],
    ['inbox/ban-scan.docx', /chỉ có hình ảnh, không có chữ \(bản chụp hoặc bản scan\?\)/u],
    ['inbox/bao-cao.pdf', /là tệp PDF/u],
    [
      'inbox/truong-mam-non.txt',
      /Không nhận ra đơn vị gửi báo cáo "TRƯỜNG MẦM NON SƠN CA"[^\n]*\nCác đơn vị gần nhất: các đơn vị trường học trên địa bàn xã \(truong-hoc\);/u,
    ],
    ['inbox/khong-co.txt', /khong-co\.txt/u],
  ])('refuses %s with exit 2, a clear message and nothing written', (file, message) => {
    const dir = workspace();
    const r = runCli(['receive', file, '--received', '2025-11-15'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^lỗi: /u);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/u);
    expect(progress(dir)).toEqual([]);
  });

  it('takes --unit when the letterhead names no unit of the registry; --dry-run writes nothing', () => {
    const dir = workspace();
    const dry = runCli(
      [
        'receive',
        'inbox/truong-mam-non.txt',
        '--unit',
        'truong-hoc',
        '--received',
        '2025-11-15',
        '--dry-run',
      ],
      {
        cwd: dir,
      },
    );
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(
      /^\(Chạy thử, không ghi tệp nào\.\) Báo cáo số 05\/BC-MNSC ngày 12\/11\/2025 của các đơn vị trường học trên địa bàn xã/u,
    );
    expect(dry.stdout).toContain('\nunit: truong-hoc\n');
    expect(progress(dir)).toEqual([]);
  });

  it('prints one versioned object with --json: record, unit, reference, each passage with its destination and record line', () => {
    const dir = workspace();
    const args = [
      'receive',
      'inbox/hoi-phu-nu.txt',
      '--received',
      '2025-11-19',
      '--unit',
      'to-chuc-ct-xh',
      '--json',
    ];
    const r = runCli(args, { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({
      version: 1,
      kind: 'receive',
      dryRun: false,
      record: `${PROGRESS}/2025-11-19-bao-cao-to-chuc-ct-xh.yaml`,
      unit: { id: 'to-chuc-ct-xh' },
      reference: 'Báo cáo số 12-BC/HPN ngày 18/11/2025',
      covers: '2025',
    });
    const kinds = out.passages.map((p: { destination: { kind: string; task?: string } }) =>
      p.destination.kind === 'task' ? p.destination.task : p.destination.kind,
    );
    expect(kinds.filter((k: string) => k !== 'skipped')).toEqual([
      'truyen-thong',
      'suc-khoe-dinh-duong',
      'van-dong-nguon-luc',
      'direction',
      'proposal',
    ]);
    // Every placed passage's record line holds its text.
    const record = readFileSync(join(dir, out.record), 'utf8').split('\n');
    for (const p of out.passages) {
      if (p.destination.kind === 'skipped') expect(p.recordLine).toBeNull();
      else expect(record[p.recordLine - 1]).toContain(p.text.slice(0, 30));
    }
    // The same file again: refused with the same exit code, nothing on stdout.
    const again = runCli(args, { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stdout).toBe('');
    // --dry-run --json carries the record's text and writes nothing.
    const dry = runCli(
      [
        'receive',
        'inbox/thon-lang-ren.txt',
        '--received',
        '2025-11-21',
        '--unit',
        'cac-thon',
        '--json',
        '--dry-run',
      ],
      { cwd: dir },
    );
    expect(dry.code).toBe(0);
    const d = JSON.parse(dry.stdout);
    expect(d.dryRun).toBe(true);
    expect(d.recordText).toMatch(/^# /u);
    expect(existsSync(join(dir, d.record))).toBe(false);
  });

  it('builds the report from a school, a village and a Hội Phụ nữ report: each named as it names itself, directions in III, only upward proposals in IV', () => {
    const dir = workspace();
    for (const [file, unit, date] of [
      ['truong-thcs.txt', 'truong-hoc', '2025-11-15'],
      ['thon-lang-ren.txt', 'cac-thon', '2025-11-21'],
      ['hoi-phu-nu.txt', 'to-chuc-ct-xh', '2025-11-19'],
    ] as const) {
      const r = runCli(['receive', `inbox/${file}`, '--received', date, '--unit', unit], { cwd: dir });
      expect(r.code, r.stderr).toBe(0);
    }
    expect(readFileSync(join(dir, PROGRESS, '2025-11-15-bao-cao-truong-hoc.yaml'), 'utf8')).toContain(
      'sender: Trường THCS Minh Long\n',
    );
    const report = runCli(['report', '--period', '2025-H2', '--date', '2026-01-08'], { cwd: dir });
    expect(report.code).toBe(0);
    const md = report.stdout;
    const part = (from: string, to: string) => md.slice(md.indexOf(from), md.indexOf(to));
    expect(part('#### 1.5.', '#### 1.6.')).toContain(
      'Trường THCS Minh Long đã tổ chức khám sức khỏe định kỳ, cân đo cho 386 học sinh',
    );
    expect(part('#### 1.3.', '#### 1.4.')).toContain(
      'Theo báo cáo của Ban nhân dân thôn Làng Ren, thôn phát hiện và báo cáo kịp thời',
    );
    expect(part('#### 1.9.', '#### 1.10.')).toContain(
      'Ban nhân dân thôn Làng Ren đã tổ chức đêm hội trăng rằm',
    );
    // The village's paragraph on two subjects is split: the meetings under 1.2, the vaccination under 1.5.
    expect(part('#### 1.2.', '#### 1.3.')).toContain('04 cuộc họp thôn, có 260 lượt người dân tham dự.');
    expect(part('#### 1.2.', '#### 1.3.')).not.toContain('tiêm chủng');
    expect(part('#### 1.5.', '#### 1.6.')).toContain(
      'Ban nhân dân thôn Làng Ren phối hợp với Chi hội Phụ nữ đến từng hộ gia đình',
    );
    // "Tuy nhiên," of the village's own paragraph does not open the commune's sentence.
    expect(part('### 2. Tồn tại', '### 3.')).toContain(
      'Theo báo cáo của Ban nhân dân thôn Làng Ren, đường đến các xóm xa còn khó đi',
    );
    expect(part('## III.', '## IV.')).toContain(
      'Trường THCS Minh Long tiếp tục theo dõi sĩ số, phối hợp với gia đình vận động học sinh có nguy cơ bỏ học.',
    );
    const iv = part('## IV.', 'Trên đây là báo cáo');
    expect(iv).toContain('Trường THCS Minh Long đề nghị Sở Giáo dục và Đào tạo tỉnh bố trí kinh phí');
    expect(iv).toContain('Ban Chấp hành Hội Liên hiệp Phụ nữ xã kiến nghị Hội Liên hiệp Phụ nữ tỉnh');
    expect(iv).not.toMatch(/UBND xã/u);
    expect(report.stderr).toContain(
      '    + Ban nhân dân thôn Làng Ren: Thôn đề nghị UBND xã hỗ trợ kinh phí làm sân chơi cho trẻ em tại nhà văn hóa thôn.',
    );
  });

  it('speaks English with --lang en', async () => {
    const dir = workspace();
    const args = ['receive', 'inbox/mttq-khong-nhiem-vu.txt', '--received', '2025-11-15', '--lang', 'en'];
    const r = runCli(args, { cwd: dir });
    expect(r.code).toBe(0);
    await expect(golden(args, r)).toMatchFileSnapshot('golden/receive-none-en.txt');
  });
});
