/**
 * Messages that name the real problem (issue 16, "Messages that blame the wrong thing"), and a plan
 * file named in the wrong letter case is read, with a warning.
 */
import { cpSync, mkdirSync, mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from './helpers/cli.js';

function workspace(): { dir: string; plan: string } {
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-msg-'));
  const plan = join(dir, 'plans', 'minh-long-2025-h2');
  cpSync(join(ROOT, 'plans', 'minh-long-2025-h2'), plan, { recursive: true });
  return { dir, plan };
}

describe('messages that blame the right thing', { timeout: 120_000 }, () => {
  it('--as-of 3000-01-01 is out of range, not malformed', () => {
    const r = runCli(['status', '--as-of', '3000-01-01'], { cwd: workspace().dir });
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toBe('lỗi: --as-of: "3000-01-01" nằm ngoài khoảng ngày nhận được (năm 1900–2999).\n');
    // A malformed date keeps its own message.
    expect(runCli(['status', '--as-of', '2025-13-01'], { cwd: workspace().dir }).stderr).toContain(
      'không phải ngày hợp lệ',
    );
  });

  it('{{nosuch.field}} in a template names the whole path', () => {
    const ws = workspace();
    writeFileSync(join(ws.dir, 't.hbs'), '# {{title.type}}\n{{title.nosuch.field}}\n');
    const r = runCli(['render', '--template', 't.hbs'], { cwd: ws.dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^lỗi: Mẫu "t\.hbs", dòng 2: trường "title\.nosuch\.field" không có/u);
  });

  it('an empty progress file does not advise plan init', () => {
    const ws = workspace();
    mkdirSync(join(ws.plan, 'progress'), { recursive: true });
    writeFileSync(join(ws.plan, 'progress', '2025-11-10-trong.yaml'), '');
    const r = runCli(['validate'], { cwd: ws.dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      'plans/minh-long-2025-h2/progress/2025-11-10-trong.yaml:1:1  lỗi  Tệp rỗng  [FILE_EMPTY]',
    );
    expect(r.stdout).toContain('cách sửa: Xóa tệp tiến độ rỗng này, hoặc ghi tiến độ bằng: plan record');
    expect(r.stdout).not.toContain('plan init');
  });

  it('a valid progress file validated outside progress/ is called a progress file', () => {
    const ws = workspace();
    const rec = runCli(['record', '--task', '3', '--status', 'dang-thuc-hien', '--date', '2025-11-10'], {
      cwd: ws.dir,
    });
    expect(rec.code).toBe(0);
    cpSync(join(ws.plan, 'progress', '2025-11-10-phong-chong-xam-hai.yaml'), join(ws.plan, 'ghi-chu.yaml'));
    const r = runCli(['validate', 'plans/minh-long-2025-h2/ghi-chu.yaml'], { cwd: ws.dir });
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toBe(
      'lỗi: "plans/minh-long-2025-h2/ghi-chu.yaml" là tệp tiến độ, không phải kế hoạch. Tệp tiến độ được kiểm tra cùng kế hoạch của nó: đặt tệp vào thư mục progress/ cạnh plan.yaml rồi chạy: plan validate plans/minh-long-2025-h2/plan.yaml\n',
    );
  });

  it('--date 2205-10-06 (for 2025) is warned, like a date before the plan', () => {
    const r = runCli(['record', '--task', '3', '--status', 'dang-thuc-hien', '--date', '2205-10-06'], {
      cwd: workspace().dir,
    });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(
      /2205-10-06-phong-chong-xam-hai\.yaml:\d+:\d+ {2}cảnh báo {2}Ngày 2205-10-06 ở sau khi kế hoạch kết thúc \(2025-12-31\) hơn một năm {2}\[PROGRESS_AFTER_PLAN\]/u,
    );
  });
});

describe('Plan.yaml', { timeout: 120_000 }, () => {
  it('is read like plan.yaml, with a warning about the name', () => {
    const ws = workspace();
    renameSync(join(ws.plan, 'plan.yaml'), join(ws.plan, 'Plan.yaml'));
    const v = runCli(['validate'], { cwd: ws.dir });
    expect(v.code).toBe(0);
    expect(v.stdout).toContain(
      'plans/minh-long-2025-h2/Plan.yaml:1:1  cảnh báo  Tệp kế hoạch tên là "Plan.yaml"; tên đúng là "plan.yaml" (chữ thường)  [PLAN_FILE_CASE]',
    );
    const s = runCli(['status', '--as-of', '2025-11-20'], { cwd: ws.dir });
    expect(s.code).toBe(0);
    expect(s.stderr).toContain('[PLAN_FILE_CASE]');
    const folder = runCli(['render', 'plans/minh-long-2025-h2'], { cwd: ws.dir });
    expect(folder.code).toBe(0);
  });
});
