import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { golden, ROOT, runCli } from './helpers/cli.js';

const PLAN = 'plans/minh-long-2025-h2/plan.yaml';

describe('plan validate (end to end)', () => {
  it('accepts the shipped plan and exits 0', async () => {
    const args = ['validate'];
    const r = runCli(args);
    expect(r.code).toBe(0);
    await expect(golden(args, r)).toMatchFileSnapshot('golden/validate.txt');
  });

  it('reports every problem of a broken copy at once, with positions, and exits 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-'));
    const text = readFileSync(join(ROOT, PLAN), 'utf8')
      .replace('lead: [cong-an-xa]', 'lead: [cong-an]')
      .replace('due: 2025-11-15', 'due: 2025-02-30');
    writeFileSync(join(dir, 'plan.yaml'), text);
    const r = runCli(['validate', 'plan.yaml'], { cwd: dir });
    expect(r.code).toBe(1);
    await expect(golden(['validate', 'plan.yaml'], r)).toMatchFileSnapshot('golden/validate-broken.txt');
    const json = JSON.parse(runCli(['validate', 'plan.yaml', '--format', 'json'], { cwd: dir }).stdout);
    expect(json.version).toBe(1);
    expect(
      json.diagnostics.map((d: { code: string; line: number; column: number }) => [d.code, d.line, d.column]),
    ).toEqual([
      ['UNIT_UNKNOWN', 112, 16],
      ['DATE_INVALID', 295, 16],
    ]);
  });

  it('prints GitHub annotations with --format github and when GITHUB_ACTIONS=true', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-'));
    copyFileSync(join(ROOT, PLAN), join(dir, 'plan.yaml'));
    writeFileSync(
      join(dir, 'plan.yaml'),
      readFileSync(join(dir, 'plan.yaml'), 'utf8').replace('lead: [cong-an-xa]', 'lead: [cong-an]'),
    );
    const explicit = runCli(['validate', 'plan.yaml', '--format', 'github'], { cwd: dir });
    const auto = runCli(['validate', 'plan.yaml'], { cwd: dir, env: { GITHUB_ACTIONS: 'true' } });
    expect(explicit.stdout).toMatch(/^::error file=plan\.yaml,line=112,col=16,title=UNIT_UNKNOWN::/mu);
    expect(auto.stdout).toBe(explicit.stdout);
    expect(explicit.code).toBe(1);
  });

  it('exits 2 for a missing file and for a folder without plans', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-'));
    const missing = runCli(['validate', 'khong-co.yaml'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('lỗi: Không tìm thấy tệp hoặc thư mục "khong-co.yaml".\n');
    const empty = runCli(['validate'], { cwd: dir });
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/^lỗi: Không tìm thấy kế hoạch nào/u);
    expect(empty.stdout).toBe('');
  });

  it('exits 2 for a folder given on the command line that holds no plan', () => {
    const r = runCli(['validate', 'test/fixtures/seed']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^lỗi: Không tìm thấy kế hoạch nào .*"test\/fixtures\/seed"/u);
  });
});

describe('plan validate on broken fixtures (golden)', () => {
  const cases: [string, string[]][] = [
    ['validate-tab-indent', ['validate', 'test/fixtures/invalid/tab-indent.yaml']],
    [
      'validate-several-files',
      [
        'validate',
        'test/fixtures/invalid/unknown-lead-unit.yaml',
        'test/fixtures/invalid/lead-as-number.yaml',
        'test/fixtures/invalid/control-character.yaml',
      ],
    ],
    [
      'validate-json',
      ['validate', 'test/fixtures/invalid/unquoted-comma-in-braces.yaml', '--format', 'json'],
    ],
    [
      'validate-github',
      [
        'validate',
        'test/fixtures/invalid/unclosed-flow-mapping.yaml',
        'test/fixtures/invalid/unit-name-as-id.yaml',
        '--format',
        'github',
      ],
    ],
    [
      'validate-en',
      [
        'validate',
        'test/fixtures/invalid/unclosed-single-quote.yaml',
        'test/fixtures/invalid/version-as-string.yaml',
        '--lang',
        'en',
      ],
    ],
    ['validate-warning-only', ['validate', 'test/fixtures/invalid/control-character.yaml']],
    ['validate-progress', ['validate', 'test/fixtures/valid/progress']],
  ];
  it.each(cases)('%s', async (name, args) => {
    const r = runCli(args);
    await expect(golden(args, r)).toMatchFileSnapshot(`golden/${name}.txt`);
  });

  it('exit codes: 1 with errors, 0 with warnings only, the same in every format', () => {
    for (const format of ['text', 'json', 'github']) {
      expect(runCli(['validate', 'test/fixtures/invalid/tab-indent.yaml', '--format', format]).code).toBe(1);
      expect(
        runCli(['validate', 'test/fixtures/invalid/control-character.yaml', '--format', format]).code,
      ).toBe(0);
    }
  });

  it('refuses a binary file with a diagnostic, not a crash', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-'));
    writeFileSync(
      join(dir, 'plan.yaml'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]),
    );
    const r = runCli(['validate', 'plan.yaml', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).diagnostics.map((d: { code: string }) => d.code)).toEqual(['FILE_NOT_TEXT']);
  });
});
