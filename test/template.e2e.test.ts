import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from './helpers/cli.js';

const PLAN = join(ROOT, 'plans/minh-long-2025-h2');
const documentXml = (file: string) => new PizZip(readFileSync(file)).file('word/document.xml')!.asText();

describe('--save-template: the default .docx template for an officer to restyle', () => {
  it('writes the shipped template, which --template then uses to the same document', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-tpl-'));
    const saved = runCli(['render', '--save-template', 'mau.docx'], { cwd: dir });
    expect(saved.code).toBe(0);
    expect(saved.stdout).toMatch(/^✓ Đã ghi mẫu mau\.docx\..*plan render --template mau\.docx\n$/u);
    expect(documentXml(join(dir, 'mau.docx'))).toContain('{');

    expect(runCli(['render', PLAN, '-o', 'a.docx'], { cwd: dir }).code).toBe(0);
    expect(runCli(['render', PLAN, '--template', 'mau.docx', '-o', 'b.docx'], { cwd: dir }).code).toBe(0);
    expect(documentXml(join(dir, 'b.docx'))).toBe(documentXml(join(dir, 'a.docx')));

    const again = runCli(['render', '--save-template', 'mau.docx'], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toBe('lỗi: Tệp "mau.docx" đã có. Thêm --force để ghi đè.\n');
  });

  it('works for the report template too, and refuses a file that is not .docx', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-tpl-'));
    expect(runCli(['report', '--save-template', 'bao-cao.docx'], { cwd: dir }).code).toBe(0);
    expect(documentXml(join(dir, 'bao-cao.docx'))).toContain('{');
    const md = runCli(['report', '--save-template', 'bao-cao.md'], { cwd: dir });
    expect(md.code).toBe(2);
    expect(md.stderr).toMatch(/phải là tệp \.docx/u);
    expect(existsSync(join(dir, 'bao-cao.md'))).toBe(false);
  });
});
