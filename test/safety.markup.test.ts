/**
 * Text is text: HTML and links in a plan or a progress note never become markup in the markdown
 * output, and no output holds bytes that are not UTF-8 (issue 16, "Documents that cannot be opened,
 * and text taken as markup").
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../src/document/docx.js';
import { escapeMarkdownText } from '../src/document/markdown.js';
import { writeFileAtomic } from '../src/util/atomicWrite.js';
import { ROOT, runCli } from './helpers/cli.js';

const PLAN = 'plans/minh-long-2025-h2/plan.yaml';
const strictUtf8 = (b: Uint8Array) => new TextDecoder('utf-8', { fatal: true }).decode(b);

function hostileWorkspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-markup-'));
  cpSync(join(ROOT, 'plans', 'minh-long-2025-h2'), join(dir, 'plans', 'minh-long-2025-h2'), {
    recursive: true,
  });
  const file = join(dir, PLAN);
  const text = readFileSync(file, 'utf8');
  const hostile = text
    .replace(
      '    - Triển khai thực hiện công tác trẻ em\n',
      '    - Triển khai <script>alert(1)</script> công tác trẻ em\n',
    )
    .replace(
      '              Tăng cường sự lãnh đạo, chỉ đạo',
      '              <img src=x onerror=alert(1)> [bấm vào](javascript:alert(1)) Tăng cường sự lãnh đạo, chỉ đạo',
    );
  expect(hostile).not.toBe(text);
  writeFileSync(file, hostile);
  return dir;
}

/** Every "<" and "[" that came from the data is escaped: no HTML tag, no link can start. */
function expectNoMarkupFromData(md: string): void {
  expect(md).not.toMatch(/(?<!\\)<(script|img|b)\b/u);
  expect(md).not.toMatch(/(?<!\\)\[[^\]]*(?<!\\)\]\(javascript:/u);
}

describe('markdown output escapes the text of the plan', { timeout: 120_000 }, () => {
  it('keeps <script>, <img onerror> and javascript: links as text, and the document as markdown', () => {
    const dir = hostileWorkspace();
    const r = runCli(['render'], { cwd: dir });
    expect(r.code).toBe(0);
    expectNoMarkupFromData(r.stdout);
    expect(r.stdout).toContain('**Triển khai \\<script>alert(1)\\</script> công tác trẻ em**<br>');
    expect(r.stdout).toContain(
      'a) \\<img src=x onerror=alert(1)> \\[bấm vào\\](javascript:alert(1)) Tăng cường sự lãnh đạo, chỉ đạo',
    );
    // The document's own markdown is untouched: headings, bold, the Vietnamese text.
    expect(r.stdout).toContain('\n# KẾ HOẠCH\n');
    expect(r.stdout).toContain('\n## I. MỤC ĐÍCH, YÊU CẦU\n');
    expect(r.stdout).toContain('**trên địa bàn xã Minh Long 6 tháng cuối năm 2025**');
  });

  it('escapes HTML in a unit’s progress note in the report', () => {
    const dir = hostileWorkspace();
    const note = 'Đã xong <b onmouseover=alert(1)>việc</b> *đậm* [x](javascript:alert(1))';
    const rec = runCli(
      [
        'record',
        '--unit',
        'cong-an-xa',
        '--received',
        '2025-11-10',
        '--task',
        '3',
        '--status',
        'hoan-thanh',
        '--note',
        note,
      ],
      { cwd: dir },
    );
    expect(rec.code).toBe(0);
    const r = runCli(['report', '--period', '2025-H2', '--date', '2025-12-15'], { cwd: dir });
    expect(r.code).toBe(0);
    expectNoMarkupFromData(r.stdout);
    expect(r.stdout).toContain(
      'Công an xã đã xong \\<b onmouseover=alert(1)>việc\\</b> \\*đậm\\* \\[x\\](javascript:alert(1))',
    );
  });

  it('a user template escapes the data too, also in {{{triple}}} tags', () => {
    const dir = hostileWorkspace();
    writeFileSync(join(dir, 't.hbs'), '{{#each title.lines}}{{this}}|{{{this}}}\n{{/each}}');
    const r = runCli(['render', '--template', 't.hbs'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      'Triển khai \\<script>alert(1)\\</script> công tác trẻ em|Triển khai \\<script>alert(1)\\</script> công tác trẻ em\n' +
        'trên địa bàn xã Minh Long 6 tháng cuối năm 2025|trên địa bàn xã Minh Long 6 tháng cuối năm 2025\n',
    );
  });

  it('escapes only markup characters: Vietnamese letters, digits and punctuation stay as they are', () => {
    const vi = 'Ủy ban nhân dân xã Minh Long (Quảng Ngãi) — số 12/KH-UBND, ngày 10/11/2025; 95% "đạt".';
    expect(escapeMarkdownText(vi)).toBe(vi);
    expect(escapeMarkdownText('a_b*c`d[e]f<g>h~i\\j &amp; &x')).toBe(
      'a\\_b\\*c\\`d\\[e\\]f\\<g>h\\~i\\\\j &amp;amp; &x',
    );
  });
});

describe('no output holds invalid UTF-8', { timeout: 120_000 }, () => {
  it('a lone surrogate (half an emoji) in the data becomes U+FFFD in the .docx', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-utf8-'));
    expect(runCli(['render', '--save-template', join(dir, 't.docx')]).code).toBe(0);
    const model = JSON.parse(runCli(['render', '--format', 'json', PLAN]).stdout);
    model.title.lines[0] = 'Triển khai \uD83D thực hiện công tác trẻ em';
    const bytes = renderDocx(readFileSync(join(dir, 't.docx')), model, 't.docx');
    const raw = new PizZip(bytes).file('word/document.xml')!.asUint8Array();
    const xml = strictUtf8(raw);
    expect(xml).toContain('Triển khai \uFFFD thực hiện công tác trẻ em');
  });

  it('a lone surrogate in text written to a file becomes U+FFFD', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'kehoach-utf8-')), 'out.md');
    writeFileAtomic(file, 'a\uDC00b\uD83D');
    expect(strictUtf8(readFileSync(file))).toBe('a\uFFFDb\uFFFD');
  });
});
