/**
 * I/O mistakes are I/O errors: exit 2 with a message that names the path, never a stack trace (exit
 * 70) nor a hang; sizes are capped while reading, so devices and pipes stop at the cap; a Word file
 * is checked before it is unpacked (issue 16, "Stack traces, hangs and wrong exit codes").
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, runCli } from './helpers/cli.js';
import { makeZip, type ZipItem } from './helpers/zip.js';

function workspace(): { dir: string; plan: string } {
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-io-'));
  chmodSync(dir, 0o755);
  const plan = join(dir, 'plans', 'minh-long-2025-h2');
  cpSync(join(ROOT, 'plans', 'minh-long-2025-h2'), plan, { recursive: true });
  return { dir, plan };
}

/** Run as a user that permissions apply to: as root, through setpriv as "nobody". */
function runAsUser(args: string[], cwd: string) {
  const asRoot = process.getuid?.() === 0;
  const cmd = asRoot ? 'setpriv' : process.execPath;
  const argv = asRoot
    ? ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, BIN, ...args]
    : [BIN, ...args];
  const r = spawnSync(cmd, argv, {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' },
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const WORD_PARTS = (document: Buffer): ZipItem[] => [
  {
    name: '[Content_Types].xml',
    data: Buffer.from(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
  },
  {
    name: '_rels/.rels',
    data: Buffer.from(
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
  },
  { name: 'word/document.xml', data: document },
];

const docXml = (body: string) =>
  Buffer.from(
    `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  );

describe('permissions and folders', { timeout: 120_000 }, () => {
  it('an unreadable progress/ folder is exit 2 naming it, in validate and status', () => {
    const ws = workspace();
    mkdirSync(join(ws.plan, 'progress'), { recursive: true });
    chmodSync(join(ws.plan, 'progress'), 0o000);
    try {
      for (const cmd of ['validate', 'status']) {
        const r = runAsUser([cmd], ws.dir);
        expect(r.code, cmd).toBe(2);
        expect(r.stderr).toBe('lỗi: Không có quyền đọc hoặc ghi "plans/minh-long-2025-h2/progress".\n');
      }
    } finally {
      chmodSync(join(ws.plan, 'progress'), 0o755);
    }
  });

  it('init -o and import -o under a read-only folder are exit 2 naming the path', () => {
    const ws = workspace();
    mkdirSync(join(ws.dir, 'ro'));
    chmodSync(join(ws.dir, 'ro'), 0o555);
    const init = runAsUser(['init', '-o', 'ro/moi'], ws.dir);
    expect(init).toMatchObject({ code: 2, stdout: '' });
    expect(init.stderr).toBe('lỗi: Không có quyền đọc hoặc ghi "ro/moi".\n');
    const imp = runAsUser(
      ['import', join(ROOT, 'test/fixtures/import/variant-phong-gd.md'), '-o', 'ro/x/plan.yaml'],
      ws.dir,
    );
    expect(imp.code).toBe(2);
    expect(imp.stderr).toBe('lỗi: Không có quyền đọc hoặc ghi "ro/x".\n');
  });

  it('init -o and import -o under a file are exit 2 naming the file', () => {
    const ws = workspace();
    writeFileSync(join(ws.dir, 'a-file'), 'x');
    const init = runCli(['init', '-o', 'a-file/sub/moi'], { cwd: ws.dir });
    expect(init.code).toBe(2);
    expect(init.stderr).toBe(
      'lỗi: "a-file" là một tệp, không phải thư mục; không tạo được thư mục bên trong.\n',
    );
    const imp = runCli(
      ['import', join(ROOT, 'test/fixtures/import/variant-phong-gd.md'), '-o', 'a-file/plan.yaml'],
      {
        cwd: ws.dir,
      },
    );
    expect(imp.code).toBe(2);
    expect(imp.stderr).toContain('"a-file" là một tệp, không phải thư mục');
  });

  it('init -o /proc/x ends (no endless mkdir) with exit 2', () => {
    const r = runCli(['init', '-o', '/proc/kehoach-x/y'], { cwd: workspace().dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^lỗi: .*"\/proc\/kehoach-x"/u);
  });
});

describe('sizes are capped while reading', { timeout: 120_000 }, () => {
  it('plan import /dev/zero stops at the cap', () => {
    const r = runCli(['import', '/dev/zero']);
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toContain('"/dev/zero" quá lớn (giới hạn 50 MB)');
  });

  it('a progress file that is a symbolic link to /dev/zero is refused as too large', () => {
    const ws = workspace();
    mkdirSync(join(ws.plan, 'progress'), { recursive: true });
    symlinkSync('/dev/zero', join(ws.plan, 'progress', 'zero.yaml'));
    const r = runCli(['validate'], { cwd: ws.dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      'plans/minh-long-2025-h2/progress/zero.yaml:1:1  lỗi  Tệp lớn hơn giới hạn 8,0 MB',
    );
    expect(r.stdout).toContain('[FILE_TOO_LARGE]');
  });

  it('20 MB piped into validate /dev/stdin stops at the cap', () => {
    // A real pipe (spawnSync's own stdin is a socket, which /dev/stdin cannot open).
    const r = spawnSync(
      'sh',
      ['-c', `head -c 20971520 /dev/zero | tr '\\0' a | "${process.execPath}" "${BIN}" validate /dev/stdin`],
      {
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' },
        timeout: 60_000,
      },
    );
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('/dev/stdin:1:1  lỗi  Tệp lớn hơn giới hạn 8,0 MB');
  });
});

describe('a .docx to import is checked before it is unpacked', { timeout: 120_000 }, () => {
  it('a zip bomb (under 1 MB, 1 GB declared) is refused at once, saying why', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-io-'));
    const parts = WORD_PARTS(docXml('<w:p><w:r><w:t>Kế hoạch</w:t></w:r></w:p>'));
    parts.push({
      name: 'word/media/a.bin',
      data: Buffer.alloc(1024 * 1024),
      declaredSize: 1024 * 1024 * 1024,
    });
    writeFileSync(join(dir, 'bomb.docx'), makeZip(parts));
    const r = runCli(['import', 'bomb.docx'], { cwd: dir });
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toBe(
      'lỗi: Tệp Word "bomb.docx" bị từ chối: giải nén ra 1024 MB, quá giới hạn 200 MB (có thể là "bom zip").\n',
    );
  });

  it('600,000 tiny paragraphs are refused before parsing, with their count', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-io-'));
    const zip = makeZip(WORD_PARTS(docXml('<w:p><w:r><w:t>x</w:t></w:r></w:p>'.repeat(600_000))));
    expect(zip.length).toBeLessThan(200 * 1024);
    writeFileSync(join(dir, 'many.docx'), zip);
    const r = runCli(['import', 'many.docx'], { cwd: dir });
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toBe(
      'lỗi: Tệp Word "many.docx" bị từ chối: có 600000 đoạn văn, quá giới hạn 50000 của một kế hoạch.\n',
    );
  });

  it('a Word file with a forged size is refused', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-io-'));
    const parts = WORD_PARTS(docXml('<w:p><w:r><w:t>Kế hoạch</w:t></w:r></w:p>'));
    parts.push({ name: 'word/media/a.bin', data: Buffer.alloc(20 * 1024 * 1024), declaredSize: 10 });
    writeFileSync(join(dir, 'forged.docx'), makeZip(parts));
    const r = runCli(['import', 'forged.docx'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('phần "word/media/a.bin" giải nén ra nhiều hơn kích thước ghi trong tệp');
  });
});
