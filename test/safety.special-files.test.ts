/**
 * Outputs that are not new or regular files: FIFOs and devices are never replaced, `-o -` is stdout
 * for every command that writes a file, Ctrl-C leaves no temporary file, and a stdout that cannot be
 * written is an error (issue 16, "Data loss and overwrites").
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, runCli } from './helpers/cli.js';

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-special-'));
  cpSync(join(ROOT, 'plans', 'minh-long-2025-h2'), join(dir, 'plans', 'minh-long-2025-h2'), {
    recursive: true,
  });
  return dir;
}

describe('-o onto something that is not a regular file', { timeout: 120_000 }, () => {
  it('refuses a FIFO, even with --force, and leaves it a FIFO', () => {
    const dir = workspace();
    execFileSync('mkfifo', [join(dir, 'pipe')]);
    for (const args of [
      ['render', '-o', 'pipe', '--force'],
      ['deadlines', '--ics', 'pipe', '--force'],
      ['import', join(ROOT, 'test/fixtures/import/variant-phong-gd.md'), '-o', 'pipe', '--force'],
    ]) {
      const r = runCli(args, { cwd: dir });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toContain('"pipe" không phải tệp thường');
      expect(lstatSync(join(dir, 'pipe')).isFIFO()).toBe(true);
    }
    expect(readdirSync(dir).sort()).toEqual(['pipe', 'plans']);
  });

  // A private device node (never /dev/null itself: a build without the check would replace it).
  const canMknod = (() => {
    const probe = join(tmpdir(), `kehoach-mknod-probe-${process.pid}`);
    const ok = spawnSync('mknod', [probe, 'c', '1', '3']).status === 0;
    rmSync(probe, { force: true });
    return ok;
  })();
  it.skipIf(!canMknod)('refuses a character device with --force, and leaves it a device', () => {
    const dir = workspace();
    execFileSync('mknod', ['-m', '666', join(dir, 'null'), 'c', '1', '3']);
    const r = runCli(['render', '-o', 'null', '--force'], { cwd: dir });
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toContain('"null" không phải tệp thường');
    expect(lstatSync(join(dir, 'null')).isCharacterDevice()).toBe(true);
  });
});

describe('-o - is stdout', { timeout: 120_000 }, () => {
  it('prints the calendar for deadlines --ics - and writes no file named "-"', () => {
    const dir = workspace();
    const r = runCli(['deadlines', '--ics', '-', '--json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(existsSync(join(dir, '-'))).toBe(false);
  });

  it('prints the plan for init -o - and import -o -', () => {
    const dir = workspace();
    const init = runCli(['init', '--id', 'thu', '--period', '2026', '-o', '-'], { cwd: dir });
    expect(init.code).toBe(0);
    expect(init.stdout).toMatch(/^# yaml-language-server/u);
    expect(init.stdout).toContain('id: thu\n');
    const imp = runCli(['import', join(ROOT, 'test/fixtures/import/variant-phong-gd.md'), '-o', '-'], {
      cwd: dir,
    });
    expect(imp.code).toBe(0);
    expect(imp.stdout).toContain('tasks:');
    expect(readdirSync(dir)).toEqual(['plans']);
  });
});

describe('Ctrl-C during a write', { timeout: 180_000 }, () => {
  it('leaves no temporary file: the write finishes or nothing is there', async () => {
    const dir = workspace();
    // A template (under the 1 MB cap) whose output is big enough to catch the write while its
    // temporary file exists.
    writeFileSync(join(dir, 'big.hbs'), `{{title.type}}\n${`${'x'.repeat(1000)}\n`.repeat(900)}`);
    expect(runCli(['render', '--template', 'big.hbs', '-o', 'whole.md'], { cwd: dir }).code).toBe(0);
    const whole = readFileSync(join(dir, 'whole.md'), 'utf8');
    let caught = 0;
    for (let k = 0; k < 10 && caught < 3; k++) {
      const out = `out${k}.md`;
      const child = spawn(process.execPath, [BIN, 'render', '--template', 'big.hbs', '-o', out], {
        cwd: dir,
      });
      const closed = new Promise<void>((r) => child.on('close', () => r()));
      const stop = Date.now() + 30_000;
      while (Date.now() < stop) {
        const names = readdirSync(dir);
        if (names.some((n) => n.endsWith('.tmp'))) {
          // Freeze it mid-write, press Ctrl-C, let it go on.
          child.kill('SIGSTOP');
          child.kill('SIGINT');
          child.kill('SIGCONT');
          caught++;
          break;
        }
        if (names.includes(out)) break;
      }
      await closed;
      expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
      if (existsSync(join(dir, out))) expect(readFileSync(join(dir, out), 'utf8')).toBe(whole);
    }
    expect(caught).toBeGreaterThan(0);
  });
});

describe('stdout that cannot be written', { timeout: 120_000 }, () => {
  it('is an error, exit 2, when stdout is a full disk', () => {
    const r = spawnSync(
      'sh',
      ['-c', `"${process.execPath}" "${BIN}" render plans/minh-long-2025-h2 > /dev/full`],
      {
        cwd: ROOT,
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' },
      },
    );
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^lỗi: Không ghi được kết quả ra đầu ra chuẩn \(stdout\): ENOSPC/u);
  });

  it('stays quiet when the reader goes away (EPIPE)', () => {
    const codeFile = join(mkdtempSync(join(tmpdir(), 'kehoach-pipe-')), 'code');
    const r = spawnSync(
      'sh',
      [
        '-c',
        `("${process.execPath}" "${BIN}" render plans/minh-long-2025-h2; echo $? > "${codeFile}") | head -c 10 > /dev/null`,
      ],
      { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' } },
    );
    expect(r.stderr).toBe('');
    expect(readFileSync(codeFile, 'utf8')).toBe('0\n');
  });
});
