/**
 * Runs at the same moment, as real processes: no record is lost, none is reported that is not on disk,
 * and an output file is never silently replaced (issue 16, "Data loss and overwrites").
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, runCli } from './helpers/cli.js';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Start every command line at once and wait for all of them. */
function together(argvs: readonly string[][], cwd: string): Promise<Run[]> {
  return Promise.all(
    argvs.map(
      (argv) =>
        new Promise<Run>((resolve) => {
          const child = spawn(process.execPath, [BIN, ...argv], {
            cwd,
            env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' },
          });
          let stdout = '';
          let stderr = '';
          child.stdout.on('data', (d) => {
            stdout += d;
          });
          child.stderr.on('data', (d) => {
            stderr += d;
          });
          child.on('close', (code) => resolve({ code, stdout, stderr }));
        }),
    ),
  );
}

function workspace(): { dir: string; progress: string } {
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-safety-'));
  cpSync(join(ROOT, 'plans', 'minh-long-2025-h2'), join(dir, 'plans', 'minh-long-2025-h2'), {
    recursive: true,
  });
  return { dir, progress: join(dir, 'plans', 'minh-long-2025-h2', 'progress') };
}

const RUNS = 12;

describe('plan record at the same moment', { timeout: 180_000 }, () => {
  it('keeps every new note, each in its own file, and says when a name was taken', async () => {
    const ws = workspace();
    const runs = await together(
      Array.from({ length: RUNS }, (_, i) => [
        'record',
        '--task',
        '3',
        '--status',
        'dang-thuc-hien',
        '--date',
        '2025-11-10',
        '--note',
        `ghi chú số ${i + 1}`,
      ]),
      ws.dir,
    );
    expect(runs.map((r) => r.code)).toEqual(Array(RUNS).fill(0));
    const files = readdirSync(ws.progress).filter((n) => n.endsWith('.yaml'));
    expect(files).toHaveLength(RUNS);
    const texts = files.map((f) => readFileSync(join(ws.progress, f), 'utf8'));
    for (let i = 0; i < RUNS; i++) {
      // Each run reports the file that holds its own note, and that file is on disk.
      const named = /Đã ghi (\S+) \(/u.exec(runs[i]!.stdout)?.[1];
      expect(named).toBeDefined();
      expect(readFileSync(join(ws.dir, named!), 'utf8')).toContain(`text: ghi chú số ${i + 1}\n`);
      expect(texts.filter((t) => t.includes(`text: ghi chú số ${i + 1}\n`))).toHaveLength(1);
      // A run that did not get the plain name says which name it used and why.
      if (named!.endsWith('-phong-chong-xam-hai.yaml')) expect(runs[i]!.stderr).toBe('');
      else expect(runs[i]!.stderr).toContain(`nên bản ghi này nằm trong ${named}`);
    }
    expect(runCli(['validate'], { cwd: ws.dir }).code).toBe(0);
  });

  it('adds every result to one unit report, none lost', async () => {
    const ws = workspace();
    const first = runCli(
      ['record', '--unit', 'cong-an-xa', '--received', '2025-11-10', '--reference', 'BC 12'],
      {
        cwd: ws.dir,
      },
    );
    expect(first.code).toBe(0);
    const tasks = Array.from({ length: 10 }, (_, i) => String(i + 1));
    const runs = await together(
      tasks.map((t) => [
        'record',
        '--unit',
        'cong-an-xa',
        '--received',
        '2025-11-10',
        '--task',
        t,
        '--status',
        'dang-thuc-hien',
      ]),
      ws.dir,
    );
    expect(runs.map((r) => r.code)).toEqual(Array(tasks.length).fill(0));
    for (const r of runs)
      expect(r.stdout).toMatch(
        /^Đã thêm vào plans\/minh-long-2025-h2\/progress\/2025-11-10-bao-cao-cong-an-xa\.yaml/u,
      );
    expect(readdirSync(ws.progress)).toEqual(['2025-11-10-bao-cao-cong-an-xa.yaml']);
    const json = JSON.parse(runCli(['status', '--as-of', '2025-11-20', '--json'], { cwd: ws.dir }).stdout);
    expect(runCli(['validate'], { cwd: ws.dir }).code).toBe(0);
    const text = readFileSync(join(ws.progress, '2025-11-10-bao-cao-cong-an-xa.yaml'), 'utf8');
    expect(text.match(/^ {2}- task: /gmu)).toHaveLength(tasks.length);
    expect(json.version).toBe(1);
  });
});

describe('plan render -o at the same moment', { timeout: 180_000 }, () => {
  it('lets exactly one run write a new file without --force; the others are refused', async () => {
    const ws = workspace();
    // A large output widens the moment between "the name is free" and "the file is there".
    writeFileSync(join(ws.dir, 'big.hbs'), `{{title.type}}\n${`${'x'.repeat(1000)}\n`.repeat(900)}`);
    const runs = await together(
      Array.from({ length: 8 }, () => ['render', '--template', 'big.hbs', '-o', 'out.md']),
      ws.dir,
    );
    const ok = runs.filter((r) => r.code === 0);
    expect(ok).toHaveLength(1);
    for (const r of runs.filter((x) => x.code !== 0)) {
      expect(r.code).toBe(2);
      expect(r.stderr).toBe('lỗi: Tệp "out.md" đã có. Thêm --force để ghi đè.\n');
    }
    expect(readFileSync(join(ws.dir, 'out.md'), 'utf8')).toMatch(/^KẾ HOẠCH\nx{1000}\n/u);
    // No temporary file is left beside it.
    expect(readdirSync(ws.dir).sort()).toEqual(['big.hbs', 'out.md', 'plans']);
    expect(existsSync(join(ws.dir, 'out.md'))).toBe(true);
  });
});

describe('a lock left by a run that crashed', { timeout: 120_000 }, () => {
  it('is taken over, the result is added, and the lock is gone', () => {
    const ws = workspace();
    const first = runCli(
      ['record', '--unit', 'cong-an-xa', '--received', '2025-11-10', '--reference', 'BC 12'],
      {
        cwd: ws.dir,
      },
    );
    expect(first.code).toBe(0);
    // The pid of a process that has ended: its lock is stale.
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    const lock = join(ws.progress, '.2025-11-10-bao-cao-cong-an-xa.yaml.lock');
    writeFileSync(lock, `${dead}\n${hostname()}\n`);
    const r = runCli(
      ['record', '--unit', 'cong-an-xa', '--received', '2025-11-10', '--task', '3', '--status', 'hoan-thanh'],
      {
        cwd: ws.dir,
      },
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Đã thêm vào');
    expect(existsSync(lock)).toBe(false);
    expect(readFileSync(join(ws.progress, '2025-11-10-bao-cao-cong-an-xa.yaml'), 'utf8')).toContain(
      '- task: phong-chong-xam-hai',
    );
  });
});
