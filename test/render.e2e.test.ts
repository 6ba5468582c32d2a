import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { golden, ROOT, runCli } from './helpers/cli.js';
import { docxParagraphs, readBytes } from './helpers/docx.js';
import { EDITS, edited, SHIPPED } from './helpers/planEdits.js';

const PLAN_DIR = 'plans/minh-long-2025-h2';

/** A scratch folder holding a copy of the shipped plan folder (as plans/<id>/). */
function workspace(planText?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-render-'));
  cpSync(join(ROOT, PLAN_DIR), join(dir, PLAN_DIR), { recursive: true });
  if (planText !== undefined) writeFileSync(join(dir, PLAN_DIR, 'plan.yaml'), planText);
  return dir;
}

const isZip = (file: string) => readFileSync(file).subarray(0, 2).toString('latin1') === 'PK';

describe('plan render (end to end)', () => {
  it('prints the shipped plan as markdown', async () => {
    const args = ['render', PLAN_DIR];
    const r = runCli(args);
    expect(r.code).toBe(0);
    await expect(golden(args, r)).toMatchFileSnapshot('golden/render-md.txt');
  });

  it('prints a plan with sub-tasks, bullets and an appendix table as markdown', async () => {
    const args = ['render', 'test/fixtures/render/structures/plan.yaml'];
    const r = runCli(args);
    expect(r.code).toBe(0);
    await expect(golden(args, r)).toMatchFileSnapshot('golden/render-structures-md.txt');
  });

  it('prints the view model with --format json', async () => {
    const args = ['render', PLAN_DIR, '--format', 'json'];
    const r = runCli(args);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json).toMatchObject({ version: 1, kind: 'plan', id: 'minh-long-2025-h2' });
    expect(r.stderr).toBe('');
    await expect(golden(args, r)).toMatchFileSnapshot('golden/render-json.txt');
  });

  it('writes <plan id>.docx in the working folder and never overwrites it without --force', () => {
    const dir = workspace();
    const first = runCli(['render', '--format', 'docx'], { cwd: dir });
    expect(first).toEqual({ stdout: '✓ Đã ghi minh-long-2025-h2.docx (docx).\n', stderr: '', code: 0 });
    const file = join(dir, 'minh-long-2025-h2.docx');
    expect(isZip(file)).toBe(true);

    writeFileSync(file, 'the officer edited this copy');
    const again = runCli(['render', '--format', 'docx'], { cwd: dir });
    expect(again).toEqual({
      stdout: '',
      stderr: 'lỗi: Tệp "minh-long-2025-h2.docx" đã có. Thêm --force để ghi đè.\n',
      code: 2,
    });
    expect(readFileSync(file, 'utf8')).toBe('the officer edited this copy');

    const forced = runCli(['render', '--format', 'docx', '--force'], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(isZip(file)).toBe(true);
    // Atomic writes leave no temporary file behind.
    expect(readdirSync(dir).sort()).toEqual(['minh-long-2025-h2.docx', 'plans']);
  });

  it('writes markdown to -o, the same as on stdout, and takes the format from the file name', () => {
    const dir = workspace();
    const md = runCli(['render', '-o', 'ke-hoach.md'], { cwd: dir });
    expect(md.code).toBe(0);
    expect(readFileSync(join(dir, 'ke-hoach.md'), 'utf8')).toBe(runCli(['render', PLAN_DIR]).stdout);
    const docx = runCli(['render', '-o', 'out/../ke-hoach.docx'], { cwd: dir });
    expect(docx.stdout).toBe('✓ Đã ghi ke-hoach.docx (docx).\n');
    expect(isZip(join(dir, 'ke-hoach.docx'))).toBe(true);
    const refused = runCli(['render', '-o', 'ke-hoach.md'], { cwd: dir });
    expect(refused.code).toBe(2);
  });

  it('fails with exit 2 and writes nothing when the output cannot be written', () => {
    const dir = workspace();
    const noDir = runCli(['render', '-o', 'khong-co/ke-hoach.md'], { cwd: dir });
    expect(noDir.code).toBe(2);
    expect(noDir.stderr).toBe('lỗi: Không tìm thấy tệp hoặc thư mục "khong-co/ke-hoach.md".\n');
    mkdirSync(join(dir, 'thu-muc'));
    const onDir = runCli(['render', '-o', 'thu-muc', '--force'], { cwd: dir });
    expect(onDir.code).toBe(2);
    expect(onDir.stderr).toMatch(/^lỗi: .*"thu-muc"/u);
    expect(statSync(join(dir, 'thu-muc')).isDirectory()).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['plans', 'thu-muc']);
    expect(readdirSync(join(dir, 'thu-muc'))).toEqual([]);
  });

  it('rejects bad flags with exit 2', () => {
    const pdf = runCli(['render', PLAN_DIR, '--format', 'pdf']);
    expect(pdf.code).toBe(2);
    expect(pdf.stderr).toBe('lỗi: --format: "pdf" không hợp lệ. Chọn một trong: md, docx, json.\n');
    const stdoutDocx = runCli(['render', PLAN_DIR, '--format', 'docx', '-o', '-']);
    expect(stdoutDocx.code).toBe(2);
    expect(stdoutDocx.stderr).toMatch(/^lỗi: Tệp \.docx không in ra màn hình được/u);
    const kind = runCli(['render', PLAN_DIR, '--format', 'md', '--template', 'mau.docx']);
    expect(kind.code).toBe(2);
    expect(kind.stderr).toBe('lỗi: Mẫu "mau.docx" không dùng được cho --format md: cần tệp .hbs.\n');
    const missing = runCli(['render', PLAN_DIR, '--template', 'khong-co.hbs']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('lỗi: Không tìm thấy tệp hoặc thư mục "khong-co.hbs".\n');
  });

  it('explains a broken user template in Vietnamese, names the tag, and writes nothing', () => {
    const dir = workspace();
    writeFileSync(
      join(dir, 'mau.hbs'),
      '# {{title.type}}\n{{#each body}}{{text}}\n{{/each}}\n{{footer.nguoiKy}}\n',
    );
    const r = runCli(['render', '--template', 'mau.hbs', '-o', 'ke-hoach.md'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'lỗi: Mẫu "mau.hbs", dòng 4: trường "footer.nguoiKy" không có trong dữ liệu văn bản.\nXem các trường có thể dùng: plan render --format json\n',
    );
    expect(existsSync(join(dir, 'ke-hoach.md'))).toBe(false);
    writeFileSync(join(dir, 'mau.docx'), 'not a zip');
    const docx = runCli(['render', '--template', 'mau.docx'], { cwd: dir });
    expect(docx.code).toBe(2);
    expect(docx.stderr).toBe(
      'lỗi: "mau.docx" không phải tệp Word .docx (mở tệp bằng Word rồi lưu lại dạng .docx).\n',
    );
    expect(readdirSync(dir).sort()).toEqual(['mau.docx', 'mau.hbs', 'plans']);
  });

  it('renders with a user template that reuses the shared partials', () => {
    const dir = workspace();
    writeFileSync(join(dir, 'mau.hbs'), '{{> nd30Header}}\n\n{{> nd30Body}}{{> nd30Footer}}');
    const r = runCli(['render', '--template', 'mau.hbs'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('| Số:      /KH-UBND |');
    expect(r.stdout).toContain('## V. CHẾ ĐỘ BÁO CÁO');
    expect(r.stdout).toContain('***Nơi nhận:***');
  });

  it('renders a plan that has only warnings, and passes the warnings to stderr', () => {
    const dir = workspace(readFileSync(SHIPPED, 'utf8').replace('number: null', 'number: 7'));
    const r = runCli(['render'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('| Số: 07/KH-UBND |');
    expect(r.stderr).toContain('[DOC_NUMBER_ZERO_PAD]');
  });

  it('refuses a plan with errors (exit 1) and writes nothing', () => {
    const dir = workspace(readFileSync(SHIPPED, 'utf8').replace('lead: [cong-an-xa]', 'lead: [cong-an]'));
    const r = runCli(['render', '--format', 'docx'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('UNIT_UNKNOWN');
    expect(r.stdout).toBe('');
    expect(readdirSync(dir)).toEqual(['plans']);
  });

  it('speaks English with --lang en, and the document stays Vietnamese', () => {
    const dir = workspace();
    const r = runCli(['render', '-o', 'plan.md', '--lang', 'en'], { cwd: dir });
    expect(r.stdout).toBe('✓ Wrote plan.md (md).\n');
    expect(readFileSync(join(dir, 'plan.md'), 'utf8')).toContain('# KẾ HOẠCH');
  });
});

describe('an edited plan renders with the change everywhere', () => {
  const cases = [
    {
      name: 'a new task',
      edit: EDITS.newTask,
      present: [
        '1. Tổ chức Ngày hội thiếu nhi của xã.',
        '- Thời gian thực hiện: Trước ngày 20/12/2025.',
        '13. Thực hiện chế độ báo cáo',
      ],
      absent: ['12. Thực hiện chế độ báo cáo'],
    },
    {
      name: 'a unit renamed in the registry',
      edit: EDITS.renameUnit,
      present: [
        '- Cơ quan chủ trì: Phòng Văn hóa và Xã hội xã.',
        '1. Phòng Văn hóa và Xã hội xã:',
        '2. Phòng Văn hóa và Xã hội xã: Tham mưu',
      ],
      absent: ['- Cơ quan chủ trì: Phòng Văn hóa - Xã hội xã.', '1. Phòng Văn hóa - Xã hội xã:'],
    },
    {
      name: 'a moved deadline',
      edit: EDITS.moveDeadline,
      present: ['- Thời gian thực hiện: Trước ngày 06/10/2025.'],
      absent: ['- Thời gian thực hiện: Quý IV năm 2025.'],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const dir = workspace(edited(c.edit));
      const md = runCli(['render'], { cwd: dir });
      expect(md.code).toBe(0);
      const mdText = md.stdout.replace(/\*\*/gu, '');
      const json = runCli(['render', '--format', 'json'], { cwd: dir });
      const jsonText = (JSON.parse(json.stdout).body as { head: string; text: string }[])
        .map((b) => (b.head ? `${b.head} ${b.text}` : b.text))
        .join('\n');
      expect(runCli(['render', '-o', 'kh.docx'], { cwd: dir }).code).toBe(0);
      const docxText = docxParagraphs(readBytes(join(dir, 'kh.docx'))).join('\n');
      for (const [form, text] of [
        ['md', mdText],
        ['json', jsonText],
        ['docx', docxText],
      ] as const) {
        for (const p of c.present) expect(text, `${form} has "${p}"`).toContain(p);
        for (const a of c.absent) expect(text, `${form} lacks "${a}"`).not.toContain(a);
      }
    });
  }
});
