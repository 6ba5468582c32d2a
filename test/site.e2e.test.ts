import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { golden, ROOT, runCli } from './helpers/cli.js';
import { SHIPPED, shippedText } from './helpers/planEdits.js';

const tmp = mkdtempSync(join(tmpdir(), 'kehoach-site-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const read = (...p: string[]) => readFileSync(join(...p), 'utf8');
const count = (s: string, needle: string) => s.split(needle).length - 1;
const svgOf = (page: string) => page.slice(page.indexOf('<svg'), page.indexOf('</svg>') + 6);

describe('plan site (end to end)', () => {
  it('writes the shipped plan as one self-contained page, the same bytes for the same --as-of', async () => {
    const out = join(tmp, 'shipped');
    const args = ['site', '--as-of', '2025-11-20', '-o', out];
    const r = runCli(args);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`Đã ghi 1 trang vào ${out}/\n`);
    expect(readdirSync(out).sort()).toEqual(['.kehoach-site.json', 'index.html']);
    const html = read(out, 'index.html');
    await expect(html).toMatchFileSnapshot('golden/site-shipped.html');
    // Self-contained: no script, no external resource, no inline handler.
    expect(html).not.toMatch(/<script|<link|@import|url\((?!#)|https?:\/\/(?!www\.w3\.org\/2000\/svg)/iu);
    expect(html).not.toMatch(/\son[a-z]+=/iu);
    // One row per task in the table and in the picture; the shipped plan has one dated task (Q4).
    expect(count(html, '<tr data-task=')).toBe(12);
    expect(count(html, '<g class="row" data-task=')).toBe(12);
    expect(count(html, 'class="bar"')).toBe(1);
    expect(count(html, 'class="band"')).toBe(11);
    expect(XMLValidator.validate(svgOf(html))).toBe(true);
    // A second run into the site folder it wrote is allowed and gives the same bytes.
    expect(runCli(args).code).toBe(0);
    expect(read(out, 'index.html')).toBe(html);
  });

  it('says everything in English with --lang en', () => {
    const out = join(tmp, 'en');
    const r = runCli(['site', SHIPPED, '--as-of', '2025-11-20', '-o', out, '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`Wrote 1 page to ${out}/\n`);
    const html = read(out, 'index.html');
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('Figures as of 20/11/2025');
    expect(html).toContain('<h2 id="h-timeline">Timeline</h2>');
    expect(html).toContain('Overdue 5 days');
    // No Vietnamese words of the page's own (plan text stays as the plan wrote it).
    for (const vi of ['Tổng hợp', 'Tình trạng', 'Chú giải', 'Số liệu tính đến'])
      expect(html).not.toContain(vi);
  });

  it('for a folder writes an index linking to one page per plan, the most overdue first', async () => {
    const out = join(tmp, 'folder');
    const args = ['site', 'test/fixtures/progress', '--as-of', '2025-11-20', '-o', out];
    const r = runCli(args);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`Đã ghi 3 trang vào ${out}/\n`);
    expect(readdirSync(out).sort()).toEqual([
      '.kehoach-site.json',
      'index.html',
      'minh-long-2025-h2.html',
      'thu-chuyen-trang-thai.html',
    ]);
    const index = read(out, 'index.html');
    await expect(index).toMatchFileSnapshot('golden/site-folder-index.html');
    const links = [...index.matchAll(/<a [^>]*href="([^"]+)"/gu)].map((m) => m[1]);
    expect(links).toEqual(['#main', 'minh-long-2025-h2.html', 'thu-chuyen-trang-thai.html']);
    const page = read(out, 'thu-chuyen-trang-thai.html');
    expect(page).toContain('<nav><a href="index.html">');
    // Dated tasks get bars (the event-driven one without dates does not), continuous ones a band.
    expect(count(page, 'class="bar"')).toBe(9);
    expect(count(page, 'class="band"')).toBe(1);
    expect(page).toContain('data-status="overdue"');
  });

  it('lists a plan with errors in the index without a page, writes the others, and exits 1', () => {
    const plans = join(tmp, 'mixed');
    cpSync(join(ROOT, 'test/fixtures/progress'), plans, { recursive: true });
    mkdirSync(join(plans, 'hong'));
    writeFileSync(
      join(plans, 'hong', 'plan.yaml'),
      shippedText().replace('id: minh-long-2025-h2', 'id: Hỏng Ư'),
    );
    const out = join(tmp, 'mixed-site');
    const r = runCli(['site', plans, '--as-of', '2025-11-20', '-o', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^Bỏ qua .*hong: có \d+ lỗi/u);
    const index = read(out, 'index.html');
    expect(index).toMatch(
      /<tr class="invalid"><th scope="row">[^<]*hong<\/th><td colspan="9"[^>]*>Có \d+ lỗi/u,
    );
    expect(count(index, '<a href="')).toBe(2);
  });

  it('refuses a non-empty folder it did not write, unless --force; removes only its own stale pages', () => {
    const out = join(tmp, 'busy');
    mkdirSync(out);
    writeFileSync(join(out, 'ghi-chu.txt'), 'của người khác');
    const args = ['site', 'test/fixtures/progress', '--as-of', '2025-11-20', '-o', out];
    const refused = runCli(args);
    expect(golden(args, refused).replaceAll(out, '<out>')).toBe(
      [
        `$ plan ${args.join(' ').replaceAll(out, '<out>')}`,
        '--- exit 2',
        '--- stdout',
        '--- stderr',
        'lỗi: Thư mục "<out>" đã có tệp và không phải trang do plan tạo. Chọn thư mục khác, hoặc thêm --force để ghi vào đó (chỉ ghi đè các tệp cùng tên).',
        '',
      ].join('\n'),
    );
    expect(readdirSync(out)).toEqual(['ghi-chu.txt']);
    expect(runCli([...args, '--force']).code).toBe(0);
    expect(existsSync(join(out, 'index.html'))).toBe(true);
    // Now a site folder: a run for one plan replaces the index and drops the pages it no longer has.
    const one = runCli(['site', 'test/fixtures/progress/minh-long', '--as-of', '2025-11-20', '-o', out]);
    expect(one.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['.kehoach-site.json', 'ghi-chu.txt', 'index.html']);
    writeFileSync(join(tmp, 'a-file'), '');
    const notDir = runCli(['site', '--as-of', '2025-11-20', '-o', join(tmp, 'a-file')]);
    expect(notDir.code).toBe(2);
    expect(notDir.stderr).toContain('là một tệp, không phải thư mục');
  });

  it('refuses an invalid single plan like plan status does (exit 1, diagnostics shown)', () => {
    const dir = join(tmp, 'bad');
    mkdirSync(dir);
    writeFileSync(
      join(dir, 'plan.yaml'),
      shippedText().replace('lead: [doan-thanh-nien]', 'lead: [khong-co]'),
    );
    const r = runCli(['site', dir, '--as-of', '2025-11-20', '-o', join(tmp, 'bad-site')]);
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toContain('khong-co');
    expect(existsSync(join(tmp, 'bad-site'))).toBe(false);
  });
});

describe('plan site escapes every piece of plan text', () => {
  const hostile = '<script>alert("x")</script> & </svg> "trích"';
  const text = shippedText()
    .replace('    - trên địa bàn xã Minh Long 6 tháng cuối năm 2025', `    - ${JSON.stringify(hostile)}`)
    .replace('short: Tết Trung thu cho trẻ em năm 2025', `short: ${JSON.stringify(`Trung thu ${hostile}`)}`)
    .replace('    name: Công an xã\n', `    name: ${JSON.stringify(`Công an ${hostile}`)}\n`)
    .replace('    - ỦY BAN NHÂN DÂN\n', `    - ${JSON.stringify(`ỦY BAN ${hostile}`)}\n`);

  it('in the header, the tables, the timeline and the title, and the SVG stays well-formed', () => {
    expect(text).not.toBe(shippedText());
    const dir = join(tmp, 'hostile');
    mkdirSync(dir);
    writeFileSync(join(dir, 'plan.yaml'), text);
    expect(runCli(['validate', dir]).code).toBe(0);
    const out = join(tmp, 'hostile-site');
    expect(runCli(['site', dir, '--as-of', '2025-11-20', '-o', out]).code).toBe(0);
    const html = read(out, 'index.html');
    const escaped = '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;/svg&gt; &quot;trích&quot;';
    expect(html).not.toContain('<script');
    expect(count(html, '</svg>')).toBe(1);
    expect(count(html, '<svg')).toBe(1);
    expect(html).toContain(
      `<title>Tình hình thực hiện Kế hoạch Triển khai thực hiện công tác trẻ em ${escaped}</title>`,
    );
    expect(html).toContain(`<p class="issuer">ỦY BAN ${escaped}<br>`);
    expect(html).toContain(`<td>Trung thu ${escaped}</td>`); // task table
    expect(html).toContain(`<th scope="row">Công an ${escaped}</th>`); // reports table
    const svg = svgOf(html);
    expect(svg).toContain('Trung thu &lt;script&gt;'); // timeline label (cut to fit, still escaped)
    expect(XMLValidator.validate(svg)).toBe(true);
    // The only markup is the page's own: every '<' opens a tag the page writer knows.
    const tags = new Set(
      [...html.matchAll(/<\/?([a-zA-Z!][a-zA-Z0-9-]*)/gu)].map((m) => m[1]!.toLowerCase()),
    );
    expect([...tags].sort()).toEqual(
      [
        '!doctype',
        'a',
        'body',
        'br',
        'caption',
        'defs',
        'desc',
        'div',
        'figcaption',
        'figure',
        'footer',
        'g',
        'h1',
        'h2',
        'head',
        'header',
        'html',
        'line',
        'main',
        'meta',
        'p',
        'path',
        'pattern',
        'rect',
        'section',
        'span',
        'style',
        'svg',
        'table',
        'tbody',
        'td',
        'text',
        'th',
        'thead',
        'title',
        'tr',
      ].sort(),
    );
  });
});
