/**
 * `plan import` as a user runs it: YAML on stdout (or a file with -o, never overwritten without
 * --force), a summary and the places to review on stderr; garbage in gives a clear message, exit 2 and
 * no file at all.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { golden, ROOT, runCli } from './helpers/cli.js';

const SEED = 'test/fixtures/import/seed-minh-long.txt';
const REAL = 'test/fixtures/import/real-plans';
const temp = () => mkdtempSync(join(tmpdir(), 'kehoach-import-'));

describe('plan import (end to end)', () => {
  it('prints the plan and what to review, exit 0', async () => {
    const args = ['import', SEED];
    const r = runCli(args);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# yaml-language-server: \$schema=schema\/plan\.schema\.json\n/u);
    await expect(golden(args, r)).toMatchFileSnapshot('golden/import-seed.txt');
  });

  it('says in English what it read and what to review with --lang en', async () => {
    const args = ['import', `${REAL}/03-nghean-phong-thu-dan-su-2025-phu-luc-bang.txt`, '--lang', 'en'];
    const r = runCli(args);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('# REVIEW (line 291)');
    await expect(`$ plan ${args.join(' ')}\n--- exit ${r.code}\n--- stderr\n${r.stderr}`).toMatchFileSnapshot(
      'golden/import-en.txt',
    );
  });

  it('reports, for each real plan, the tasks, units and places to review', async () => {
    const out: string[] = [];
    for (const f of [
      '01-laichau-luat-tieu-chuan-qckt-2025.txt',
      '02-hcm-luat-viec-lam-2025.txt',
      '03-nghean-phong-thu-dan-su-2025-phu-luc-bang.txt',
      '04-hcm-binh-dang-gioi-cuoi-nam-2025.txt',
      '05-hatinh-giao-duc-mam-non-2025.txt',
    ]) {
      const r = runCli(['import', `${REAL}/${f}`]);
      expect(r.code).toBe(0);
      out.push(`$ plan import ${REAL}/${f}\n--- exit ${r.code}\n${r.stderr}`);
    }
    await expect(out.join('\n')).toMatchFileSnapshot('golden/import-real-plans.txt');
  });

  it('writes a plan that validates with -o, in a new folder, with the modeline relative to it', () => {
    const dir = temp();
    const r = runCli(['import', join(ROOT, SEED), '-o', 'plans/minh-long/plan.yaml'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/Đã ghi plans\/minh-long\/plan\.yaml\.\n$/u);
    const text = readFileSync(join(dir, 'plans/minh-long/plan.yaml'), 'utf8');
    // Outside this repository the schema is named by its absolute path.
    expect(text.split('\n')[0]).toBe(
      `# yaml-language-server: $schema=${join(ROOT, 'schema/plan.schema.json')}`,
    );
    expect(text).toMatch(/^id: minh-long$/mu);
    const v = runCli(['validate', 'plans/minh-long'], { cwd: dir });
    expect(v.code).toBe(0);
    expect(v.stdout).toContain('12 nhiệm vụ');
  });

  it('names the schema relative to the plan when the plan is inside this repository', () => {
    const r = runCli(['import', SEED, '--id', 'thu-nghiem']);
    expect(r.stdout.split('\n')[0]).toBe('# yaml-language-server: $schema=schema/plan.schema.json');
    expect(r.stdout).toMatch(/^id: thu-nghiem$/mu);
  });

  it('never overwrites without --force (exit 2, file untouched), and does with it', () => {
    const dir = temp();
    writeFileSync(join(dir, 'plan.yaml'), 'giữ nguyên\n');
    const r = runCli(['import', join(ROOT, SEED), '-o', 'plan.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('lỗi: Tệp "plan.yaml" đã có. Thêm --force để ghi đè.\n');
    expect(readFileSync(join(dir, 'plan.yaml'), 'utf8')).toBe('giữ nguyên\n');
    const f = runCli(['import', join(ROOT, SEED), '-o', 'plan.yaml', '--force'], { cwd: dir });
    expect(f.code).toBe(0);
    expect(readFileSync(join(dir, 'plan.yaml'), 'utf8')).toMatch(/^version: 1$/mu);
  });

  it('refuses a bad --id and a missing source with exit 2', () => {
    const bad = runCli(['import', SEED, '--id', 'Minh Long']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^lỗi: --id: "Minh Long" không hợp lệ/u);
    const missing = runCli(['import', 'khong-co.docx']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('lỗi: Không tìm thấy tệp hoặc thư mục "khong-co.docx".\n');
  });
});

describe('garbage in: a clear message, exit 2, nothing written', () => {
  const PNG = Buffer.from(
    '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201ff5d6a9b0000000049454e44ae426082',
    'hex',
  );
  const cases: [string, string, Buffer | string][] = [
    ['an empty file', 'trong.txt', ''],
    ['only blank lines', 'trang.md', '\n \n\t\n'],
    ['a picture renamed .docx', 'anh.docx', PNG],
    [
      'a zip that is not a Word file',
      'nen.docx',
      Buffer.from('504b0304140000000000000000000000000000000000000000000000', 'hex'),
    ],
    ['an old Word .doc', 'cu.doc', Buffer.from('d0cf11e0a1b11ae1000000000000000000000000', 'hex')],
    ['a PDF', 'van-ban.pdf', Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n', 'latin1')],
    ['a binary file named .txt', 'du-lieu.txt', Buffer.from([0, 1, 2, 3, 255, 254, 0, 7, 8])],
    ['a letter with no tasks', 'cong-van.txt', readFileSync(join(ROOT, 'test/fixtures/import/no-tasks.txt'))],
  ];
  it.each(cases)('%s', async (_, name, bytes) => {
    const dir = temp();
    writeFileSync(join(dir, name), bytes);
    const r = runCli(['import', name, '-o', 'plan.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^lỗi: /u);
    expect(r.stderr).not.toMatch(/at .*\(.*:\d+:\d+\)/u);
    expect(existsSync(join(dir, 'plan.yaml'))).toBe(false);
    await expect(r.stderr).toMatchFileSnapshot(`golden/import-garbage-${name.replace(/\./gu, '-')}.txt`);
  });
});
