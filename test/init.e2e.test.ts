/**
 * `plan init`: a commented skeleton that validates, or next period's plan carried forward from an old
 * one (issuer, units, recipients, signature and tasks kept; number, date and deadlines cleared, each
 * cleared deadline marked for review). It never overwrites.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { golden, ROOT, runCli } from './helpers/cli.js';

const temp = () => mkdtempSync(join(tmpdir(), 'kehoach-init-'));

/** A folder holding a copy of the shipped plan, as a commune's repository would. */
function withShippedPlan(): string {
  const dir = temp();
  mkdirSync(join(dir, 'plans'));
  cpSync(join(ROOT, 'plans/minh-long-2025-h2/plan.yaml'), join(dir, 'plans/minh-long-2025-h2/plan.yaml'), {
    recursive: true,
  });
  return dir;
}

describe('plan init (end to end)', () => {
  it('writes a commented skeleton that validates', async () => {
    const dir = temp();
    const args = ['init', '--id', 'thu-nghiem', '--period', '2026-Q1'];
    const r = runCli(args, { cwd: dir });
    expect(r.code).toBe(0);
    const file = join(dir, 'plans/thu-nghiem/plan.yaml');
    const text = readFileSync(file, 'utf8');
    // The skeleton lives outside this repository here, so the modeline names the schema absolutely.
    const body = text.replace(/\$schema=\S+/u, '$schema=<schema>');
    await expect(`${golden(args, r)}--- plans/thu-nghiem/plan.yaml\n${body}`).toMatchFileSnapshot(
      'golden/init-skeleton.txt',
    );
    const v = runCli(['validate', 'plans/thu-nghiem'], { cwd: dir });
    expect(v.code).toBe(0);
    expect(v.stdout).not.toMatch(/cảnh báo/u);
  });

  it('uses this year and "ke-hoach-moi" by default, and -o for the folder', () => {
    const dir = temp();
    const r = runCli(['init', '-o', 'moi'], { cwd: dir });
    expect(r.code).toBe(0);
    const plan = parse(readFileSync(join(dir, 'moi/plan.yaml'), 'utf8'));
    expect(plan.id).toBe('ke-hoach-moi');
    const year = new Date().getFullYear();
    expect(plan.period).toEqual({ start: `${year}-01-01`, end: `${year}-12-31`, label: `năm ${year}` });
  });

  it('--from carries the plan forward to the next period and clears what was dated', async () => {
    const dir = withShippedPlan();
    const args = ['init', '--from', 'plans/minh-long-2025-h2'];
    const r = runCli(args, { cwd: dir });
    expect(r.code).toBe(0);
    await expect(golden(args, r)).toMatchFileSnapshot('golden/init-from.txt');
    const text = readFileSync(join(dir, 'plans/minh-long-2026-h1/plan.yaml'), 'utf8');
    const old = parse(readFileSync(join(ROOT, 'plans/minh-long-2025-h2/plan.yaml'), 'utf8'));
    const plan = parse(text);
    expect(plan.id).toBe('minh-long-2026-h1');
    expect(plan.period).toEqual({ start: '2026-01-01', end: '2026-06-30', label: '6 tháng đầu năm 2026' });
    expect(plan.document).toMatchObject({ number: null, date: null });
    expect(plan.document.title[1]).toBe('trên địa bàn xã Minh Long 6 tháng đầu năm 2026');
    // Carried forward unchanged.
    for (const key of ['issuer', 'units', 'recipients', 'signature']) expect(plan[key]).toEqual(old[key]);
    const tasks = plan.sections[1].tasks;
    expect(tasks.map((t: { id: string }) => t.id)).toEqual(
      old.sections[1].tasks.map((t: { id: string }) => t.id),
    );
    // The only dated time frame (Quý IV năm 2025) became continuous, with the old wording for review.
    expect(tasks[8].timeframe).toEqual({ kind: 'continuous' });
    expect(text).toContain('# XEM LẠI: thời gian cũ "Quý IV năm 2025" — đặt lại cho kỳ mới');
    // The reporting deadline is gone, with a review comment; the rest of the duty stays.
    const report = plan.sections[4].parts[0].report;
    expect(report.due).toBeUndefined();
    expect(report.from).toEqual(old.sections[4].parts[0].report.from);
    expect(text).toContain('# XEM LẠI: hạn báo cáo cũ 15/11/2025 — đặt lại cho kỳ mới');
    // The old plan's comments are kept.
    expect(text).toContain('# Danh mục đơn vị: mọi cơ quan, đơn vị được văn bản nhắc tới.');
    const v = runCli(['validate', 'plans/minh-long-2026-h1'], { cwd: dir });
    expect(v.code).toBe(0);
  });

  it('--from with --period and --id', () => {
    const dir = withShippedPlan();
    const r = runCli(
      ['init', '--from', 'plans/minh-long-2025-h2', '--period', '2026', '--id', 'minh-long-2026'],
      {
        cwd: dir,
      },
    );
    expect(r.code).toBe(0);
    const plan = parse(readFileSync(join(dir, 'plans/minh-long-2026/plan.yaml'), 'utf8'));
    expect(plan.period).toEqual({ start: '2026-01-01', end: '2026-12-31', label: 'năm 2026' });
  });

  it('never overwrites a plan (exit 2, file untouched)', () => {
    const dir = withShippedPlan();
    mkdirSync(join(dir, 'plans/minh-long-2026-h1'));
    writeFileSync(join(dir, 'plans/minh-long-2026-h1/plan.yaml'), 'giữ nguyên\n');
    const r = runCli(['init', '--from', 'plans/minh-long-2025-h2'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'lỗi: "plans/minh-long-2026-h1/plan.yaml" đã có kế hoạch; plan init không ghi đè. Chọn thư mục khác bằng -o hoặc mã khác bằng --id.\n',
    );
    expect(readFileSync(join(dir, 'plans/minh-long-2026-h1/plan.yaml'), 'utf8')).toBe('giữ nguyên\n');
  });

  it('refuses bad input with exit 2 and writes nothing', () => {
    const dir = temp();
    const badPeriod = runCli(['init', '--period', '2026-H3'], { cwd: dir });
    expect(badPeriod.code).toBe(2);
    expect(badPeriod.stderr).toMatch(/^lỗi: Kỳ "2026-H3" không hợp lệ/u);
    const badId = runCli(['init', '--id', 'Kế hoạch'], { cwd: dir });
    expect(badId.code).toBe(2);
    const missing = runCli(['init', '--from', 'plans/khong-co'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(existsSync(join(dir, 'plans'))).toBe(false);
  });

  it('refuses a --from plan that has errors (exit 1), like every command', () => {
    const dir = withShippedPlan();
    const file = join(dir, 'plans/minh-long-2025-h2/plan.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('lead: [cong-an-xa]', 'lead: [cong-an]'));
    const r = runCli(['init', '--from', 'plans/minh-long-2025-h2'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('UNIT_UNKNOWN');
    expect(existsSync(join(dir, 'plans/minh-long-2026-h1'))).toBe(false);
  });
});
