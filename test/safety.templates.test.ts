/**
 * A user's template that cannot make a document is refused with a message, quickly: broken XML, a
 * zip that unpacks to far more than a template holds (or lies about it), a .hbs with more tags or
 * bytes than any document (issue 16, "Documents that cannot be opened").
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from './helpers/cli.js';
import { makeZip, type ZipItem } from './helpers/zip.js';

const PLAN = join(ROOT, 'plans/minh-long-2025-h2');

function shippedTemplate(dir: string): Buffer {
  expect(runCli(['render', '--save-template', join(dir, 'shipped.docx')]).code).toBe(0);
  return readFileSync(join(dir, 'shipped.docx'));
}

function render(dir: string, template: string, format = 'docx') {
  return runCli(
    ['render', PLAN, '--format', format, '--template', template, '-o', join(dir, `out.${format}`)],
    {
      cwd: dir,
    },
  );
}

describe('.docx templates', { timeout: 120_000 }, () => {
  it('refuses a template whose XML is malformed, naming the part, and writes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-tpl-'));
    const zip = new PizZip(shippedTemplate(dir));
    const xml = zip.file('word/document.xml')!.asText();
    zip.file('word/document.xml', xml.replace('</w:body>', '</w:bodyy>'));
    writeFileSync(join(dir, 'broken.docx'), zip.generate({ type: 'nodebuffer' }));
    const r = render(dir, 'broken.docx');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^lỗi: Mẫu "broken\.docx" có XML hỏng \(word\/document\.xml, dòng 1: .*w:body/u);
    expect(r.stderr).toContain('Mở và lưu lại mẫu bằng Word');
    expect(() => readFileSync(join(dir, 'out.docx'))).toThrow();
  });

  it('refuses a zip bomb (small file, 100 MB unpacked) before unpacking it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-tpl-'));
    const zip = new PizZip(shippedTemplate(dir));
    const items: ZipItem[] = Object.values(zip.files)
      .filter((f) => !f.dir)
      .map((f) => ({ name: f.name, data: Buffer.from(f.asUint8Array()) }));
    items.push({ name: 'word/media/padding.bin', data: Buffer.alloc(100 * 1024 * 1024) });
    const bomb = makeZip(items);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    writeFileSync(join(dir, 'bomb.docx'), bomb);
    const r = render(dir, 'bomb.docx');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'lỗi: Mẫu "bomb.docx" bị từ chối: giải nén ra 100 MB, quá giới hạn 64 MB (có thể là "bom zip").\n',
    );
  });

  it('refuses a zip whose entry unpacks to more than it declares', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-tpl-'));
    const zip = new PizZip(shippedTemplate(dir));
    const items: ZipItem[] = Object.values(zip.files)
      .filter((f) => !f.dir)
      .map((f) => ({ name: f.name, data: Buffer.from(f.asUint8Array()) }));
    items.push({ name: 'word/media/liar.bin', data: Buffer.alloc(50 * 1024 * 1024), declaredSize: 1000 });
    writeFileSync(join(dir, 'liar.docx'), makeZip(items));
    const r = render(dir, 'liar.docx');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('phần "word/media/liar.bin" giải nén ra nhiều hơn kích thước ghi trong tệp');
  });

  it('still renders the shipped template passed back as --template', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-tpl-'));
    shippedTemplate(dir);
    const r = render(dir, 'shipped.docx');
    expect(r.code).toBe(0);
  });
});

describe('.hbs templates', { timeout: 120_000 }, () => {
  it('refuses a template with more tags than any document (250,000), before compiling it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-tpl-'));
    writeFileSync(join(dir, 'tags.hbs'), '{{x}}'.repeat(150_000));
    const r = render(dir, 'tags.hbs', 'md');
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toBe(
      'lỗi: Mẫu "tags.hbs" có 150000 thẻ {{…}}, quá giới hạn 20000; đây không phải mẫu văn bản.\n',
    );
  });

  it('refuses a template over 1 MB unread', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-tpl-'));
    writeFileSync(join(dir, 'big.hbs'), `${'{{title.type}}\n'.repeat(250_000)}`);
    const r = render(dir, 'big.hbs', 'md');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'lỗi: "big.hbs" lớn hơn 1 MB; không đọc tệp lớn như vậy (có thể là thiết bị hay luồng vô tận).\n',
    );
  });

  it('refuses a template that is a device that never ends', () => {
    const r = runCli(['render', PLAN, '--template', '/dev/zero']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('"/dev/zero" lớn hơn 1 MB');
  });
});
