/**
 * The caches (src/cache/): a warm run must give byte-identical output and the same exit code as a cold
 * one and as a run without caches, an edited plan or progress file must never be answered from the
 * cache, and a damaged, stale or unsafe cache must be ignored (never a crash, never a wrong answer).
 * Every run here has its own cache folder (XDG_CACHE_HOME), so nothing depends on earlier tests.
 */
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  truncateSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { folderHasher, hashSeed } from '../src/cache/folderHash.js';
import { validateTargets } from '../src/load/discover.js';
import { BIN, ROOT } from './helpers/cli.js';

const temps: string[] = [];
const temp = (prefix: string) => {
  const d = mkdtempSync(join(tmpdir(), `kehoach-${prefix}-`));
  temps.push(d);
  return d;
};
afterAll(() => {
  for (const d of temps) rmSync(d, { recursive: true, force: true });
});

interface Run {
  stdout: string;
  stderr: string;
  code: number | null;
}

function plan(args: readonly string[], env: Record<string, string>, cwd = ROOT, node: string[] = []): Run {
  const r = spawnSync(process.execPath, [...node, BIN, ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NO_COLOR: '1', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { stdout: r.stdout, stderr: r.stderr, code: r.status };
}

const files = (dir: string): string[] => {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name));
  } catch {
    return [];
  }
};
const planEntries = (cache: string) => files(join(cache, 'kehoach', 'plans'));
const codeEntries = (cache: string) => files(join(cache, 'kehoach', `code-${process.arch}`));

/** Every command line of the e2e goldens that only reads (not init, which writes a plan). */
const goldenLines = readdirSync(join(ROOT, 'test/golden'))
  .sort()
  .map((f) => readFileSync(join(ROOT, 'test/golden', f), 'utf8').split('\n')[0]!)
  .filter((l) => l.startsWith('$ plan ') && !l.startsWith('$ plan init'))
  .map((l) => l.slice('$ plan '.length).split(' '));

describe('the golden command lines, cold, warm and without caches', () => {
  it('finds the goldens', () => {
    expect(goldenLines.length).toBeGreaterThan(15);
  });
  for (const args of goldenLines) {
    it(args.join(' '), () => {
      const cache = temp('golden');
      const none = plan(args, { PLAN_NO_CACHE: '1', XDG_CACHE_HOME: cache });
      expect(files(cache)).toEqual([]);
      const cold = plan(args, { XDG_CACHE_HOME: cache });
      const warm = plan(args, { XDG_CACHE_HOME: cache });
      expect(cold).toEqual(none);
      expect(warm).toEqual(none);
      expect(codeEntries(cache).length).toBeGreaterThan(0);
    });
  }

  it('writes the same .docx from a warm cache', () => {
    const cache = temp('docx');
    const out = temp('docx-out');
    const docx = (name: string, env: Record<string, string>) => {
      const r = plan(
        ['report', '--period', '2025-H2', '--date', '2025-11-20', '-o', join(out, name), '--force'],
        env,
      );
      expect(r.code).toBe(0);
      return readFileSync(join(out, name));
    };
    const none = docx('none.docx', { PLAN_NO_CACHE: '1' });
    expect(docx('cold.docx', { XDG_CACHE_HOME: cache }).equals(none)).toBe(true);
    expect(planEntries(cache).length).toBe(1);
    expect(docx('warm.docx', { XDG_CACHE_HOME: cache }).equals(none)).toBe(true);
  });
});

describe('an edited plan folder is checked again', () => {
  const folder = () => {
    const dir = join(temp('edit'), 'ke-hoach');
    cpSync(join(ROOT, 'test/fixtures/progress/minh-long'), dir, { recursive: true });
    return dir;
  };
  const status = ['status', '--as-of', '2025-11-20', '--json'];
  const same = (dir: string, cache: string, args = status) => {
    const warm = plan(args, { XDG_CACHE_HOME: cache }, dir);
    const none = plan(args, { PLAN_NO_CACHE: '1' }, dir);
    expect(warm).toEqual(none);
    return warm;
  };

  it('a plan edited to the same size and time, to an error, and back', () => {
    const dir = folder();
    const cache = temp('edit-cache');
    const first = same(dir, cache);
    expect(first.code).toBe(0);
    expect(planEntries(cache).length).toBe(1);
    const file = join(dir, 'plan.yaml');
    const text = readFileSync(file, 'utf8');
    const { mtime } = statSync(file);
    // Same length, same modification time: only the bytes tell.
    const renamed = text.replaceAll('Minh Long', 'Minh Lonh');
    expect(renamed).not.toBe(text);
    writeFileSync(file, renamed);
    utimesSync(file, mtime, mtime);
    const second = same(dir, cache);
    expect(second.stdout).not.toBe(first.stdout);
    expect(second.stdout).toContain('Minh Lonh');
    // A plan with an error is refused every time, cache or not (and never cached).
    writeFileSync(file, text.replace(/^period:/mu, 'perio:'));
    const broken = same(dir, cache);
    expect(broken.code).toBe(1);
    writeFileSync(file, text);
    expect(same(dir, cache)).toEqual(first);
  });

  it('a progress file edited, added and removed', () => {
    const dir = folder();
    const cache = temp('edit-progress');
    const first = same(dir, cache);
    const progress = join(dir, 'progress');
    const name = readdirSync(progress).sort()[0]!;
    const text = readFileSync(join(progress, name), 'utf8');
    writeFileSync(join(progress, name), `${text}\n# ghi chú thêm\n`);
    expect(same(dir, cache).stdout).toBe(first.stdout);
    writeFileSync(join(progress, name), text.replace(/status: \S+/u, 'status: khong-co'));
    expect(same(dir, cache).code).toBe(1);
    writeFileSync(join(progress, name), text);
    rmSync(join(progress, readdirSync(progress).sort().at(-1)!));
    const fewer = same(dir, cache);
    expect(fewer.stdout).not.toBe(first.stdout);
    cpSync(join(ROOT, 'test/fixtures/progress/minh-long/progress'), progress, { recursive: true });
    expect(same(dir, cache)).toEqual(first);
  });

  it('validate, status and report share one entry per plan folder and agree with no cache', () => {
    const dir = folder();
    const cache = temp('share');
    for (const args of [['validate'], status, ['report', '--period', '2025-H2', '--date', '2025-11-20']])
      same(dir, cache, args);
    expect(planEntries(cache).length).toBe(1);
  });
});

describe('a damaged, stale or unsafe cache is ignored', () => {
  const args = ['status', 'test/fixtures/progress/minh-long', '--as-of', '2025-11-20'];
  const expected = () => plan(args, { PLAN_NO_CACHE: '1' });

  /** Warm a cache, damage each of its files with `damage`, and run again. */
  function damaged(label: string, damage: (file: string, bytes: Buffer) => void) {
    it(label, () => {
      const want = expected();
      const cache = temp('damage');
      expect(plan(args, { XDG_CACHE_HOME: cache })).toEqual(want);
      const all = [...planEntries(cache), ...codeEntries(cache)];
      expect(all.length).toBeGreaterThanOrEqual(2);
      for (const f of all) damage(f, readFileSync(f));
      expect(plan(args, { XDG_CACHE_HOME: cache })).toEqual(want);
      // Rewritten, then used again.
      expect(plan(args, { XDG_CACHE_HOME: cache })).toEqual(want);
    });
  }

  damaged('bytes flipped in the middle', (f, b) => {
    for (let i = 0; i < 64; i++) b[Math.floor(b.length / 3) + i * 7]! ^= 0x5a;
    writeFileSync(f, b);
  });
  damaged('bytes flipped near the start (V8 header, our header)', (f, b) => {
    for (let i = 30; i < 60; i++) b[i]! ^= 0xff;
    writeFileSync(f, b);
  });
  damaged('flipped in the last bytes', (f, b) => {
    for (let i = 1; i <= 16; i++) b[b.length - i]! ^= 0x01;
    writeFileSync(f, b);
  });
  damaged('truncated', (f, b) => truncateSync(f, Math.floor(b.length / 2)));
  damaged('empty', (f) => truncateSync(f, 0));
  damaged('garbage', (f, b) => writeFileSync(f, Buffer.alloc(b.length, 0x41)));
  damaged('a folder in its place', (f) => {
    rmSync(f);
    mkdirSync(f);
  });

  it('a cache made under other V8 flags is not offered, and gets its own file', () => {
    const cache = temp('flags');
    const want = expected();
    expect(plan(args, { XDG_CACHE_HOME: cache })).toEqual(want);
    const before = codeEntries(cache).length;
    expect(plan(args, { XDG_CACHE_HOME: cache }, ROOT, ['--no-opt'])).toEqual(want);
    expect(plan(args, { XDG_CACHE_HOME: cache, NODE_OPTIONS: '--no-warnings' })).toEqual(want);
    expect(codeEntries(cache).length).toBe(before + 2);
  });

  it('PLAN_NO_CACHE=code and =plans turn off one cache each', () => {
    const code = temp('only-plans');
    expect(plan(args, { XDG_CACHE_HOME: code, PLAN_NO_CACHE: 'code' })).toEqual(expected());
    expect(codeEntries(code)).toEqual([]);
    expect(planEntries(code).length).toBe(1);
    const plans = temp('only-code');
    expect(plan(args, { XDG_CACHE_HOME: plans, PLAN_NO_CACHE: 'plans' })).toEqual(expected());
    expect(planEntries(plans)).toEqual([]);
    expect(codeEntries(plans).length).toBeGreaterThan(0);
  });

  it('PLAN_NO_CACHE=1 writes nothing', () => {
    const cache = temp('off');
    expect(plan(args, { XDG_CACHE_HOME: cache, PLAN_NO_CACHE: '1' })).toEqual(expected());
    expect(files(cache)).toEqual([]);
  });

  it('keeps its folder private (0700), closing one made with a loose umask', () => {
    const cache = temp('mode');
    mkdirSync(join(cache, 'kehoach'), { mode: 0o777 });
    chmodSync(join(cache, 'kehoach'), 0o777);
    expect(plan(args, { XDG_CACHE_HOME: cache })).toEqual(expected());
    for (const d of ['kehoach', 'kehoach/plans', `kehoach/code-${process.arch}`])
      expect(statSync(join(cache, d)).mode & 0o777).toBe(0o700);
    for (const f of [...planEntries(cache), ...codeEntries(cache)]) expect(statSync(f).mode & 0o077).toBe(0);
  });

  it('does not follow a symlinked cache folder, nor use a file in its place', () => {
    const cache = temp('link');
    const elsewhere = temp('elsewhere');
    mkdirSync(join(cache, 'kehoach'), { mode: 0o700 });
    symlinkSync(elsewhere, join(cache, 'kehoach', `code-${process.arch}`));
    writeFileSync(join(cache, 'kehoach', 'plans'), 'not a folder');
    expect(plan(args, { XDG_CACHE_HOME: cache })).toEqual(expected());
    expect(files(elsewhere)).toEqual([]);
    expect(readFileSync(join(cache, 'kehoach', 'plans'), 'utf8')).toBe('not a folder');
  });

  it('a relative XDG_CACHE_HOME is ignored (the spec says absolute), falling back to HOME', () => {
    const home = temp('home');
    const r = plan(args, { XDG_CACHE_HOME: 'relative', HOME: home });
    expect(r).toEqual(expected());
    expect(codeEntries(join(home, '.cache')).length).toBeGreaterThan(0);
  });
});

/** `n` communes' plans made from the Minh Long plan: xa-05 has an error, xa-03 has progress files. */
function communes(n: number, prefix: string): string {
  const dir = temp(prefix);
  const seed = readFileSync(join(ROOT, 'plans/minh-long-2025-h2/plan.yaml'), 'utf8');
  for (let i = 1; i <= n; i++) {
    const d = join(dir, 'plans', `xa-${String(i).padStart(2, '0')}`);
    mkdirSync(d, { recursive: true });
    const text = seed.replace('id: minh-long-2025-h2', `id: xa-${i}-2025-h2`);
    writeFileSync(join(d, 'plan.yaml'), i === 5 ? text.replace(/^period:/mu, 'perio:') : text);
  }
  cpSync(join(ROOT, 'test/fixtures/progress/minh-long/progress'), join(dir, 'plans/xa-03/progress'), {
    recursive: true,
  });
  return dir;
}
const bulkFiles = (cache: string) => files(join(cache, 'kehoach', 'bulk'));

describe('the bulk cache of validate over many plans', () => {
  const corpus = () => communes(12, 'bulk');
  const args = ['validate', '--format', 'json'];

  it('cold, warm, after edits and when damaged: what a run without caches says', () => {
    const dir = corpus();
    const cache = temp('bulk-cache');
    const none = () => plan(args, { PLAN_NO_CACHE: '1' }, dir);
    const run = () => plan(args, { XDG_CACHE_HOME: cache }, dir);
    const want = none();
    expect(want.code).toBe(1);
    expect(run()).toEqual(want);
    expect(bulkFiles(cache).length).toBe(1);
    // Hashes and verdicts only: the file is far smaller than the plans it speaks for.
    const planBytes = readFileSync(join(dir, 'plans/xa-01/plan.yaml')).length * 12;
    expect(statSync(bulkFiles(cache)[0]!).size).toBeLessThan(planBytes / 4);
    expect(readFileSync(bulkFiles(cache)[0]!, 'utf8')).not.toContain('Minh Long');
    expect(run()).toEqual(want);
    // An edited plan, a broken one, a fixed one, an edited progress file.
    const p2 = join(dir, 'plans/xa-02/plan.yaml');
    writeFileSync(p2, readFileSync(p2, 'utf8').replace(/^period:/mu, 'perio:'));
    writeFileSync(join(dir, 'plans/xa-05/plan.yaml'), readFileSync(join(dir, 'plans/xa-01/plan.yaml')));
    const prog = join(dir, 'plans/xa-03/progress');
    const first = join(prog, readdirSync(prog).sort()[0]!);
    writeFileSync(first, readFileSync(first, 'utf8').replace(/status: \S+/u, 'status: khong-co'));
    const edited = none();
    expect(edited).not.toEqual(want);
    expect(run()).toEqual(edited);
    expect(run()).toEqual(edited);
    // Damaged: a flipped byte in a stored verdict, then garbage.
    const f = bulkFiles(cache)[0]!;
    const b = readFileSync(f);
    b[Math.floor(b.length / 2)]! ^= 0x01;
    writeFileSync(f, b);
    expect(run()).toEqual(edited);
    writeFileSync(f, 'garbage');
    expect(run()).toEqual(edited);
    expect(run()).toEqual(edited);
  });

  it('stores each plan under the hash of the very bytes its worker checked, which a later run computes again', () => {
    // Enough plans for worker processes (on two cores or more), one too big for a worker's heap (checked
    // by the main process), one with progress files, one with an error (not stored).
    const dir = temp('bulk-hash');
    const seed = readFileSync(join(ROOT, 'plans/minh-long-2025-h2/plan.yaml'), 'utf8');
    const n = 300;
    for (let i = 1; i <= n; i++) {
      const d = join(dir, 'plans', `xa-${String(i).padStart(3, '0')}`);
      mkdirSync(d, { recursive: true });
      let text = seed.replace('id: minh-long-2025-h2', `id: xa-${i}-2025-h2`);
      if (i === 7) text = `${text}\n${'# ghi chú dài\n'.repeat(20_000)}`;
      if (i === 9) text = text.replace(/^period:/mu, 'perio:');
      writeFileSync(join(d, 'plan.yaml'), text);
    }
    cpSync(join(ROOT, 'test/fixtures/progress/minh-long/progress'), join(dir, 'plans/xa-003/progress'), {
      recursive: true,
    });
    const cache = temp('bulk-hash-cache');
    const want = plan(args, { PLAN_NO_CACHE: '1' }, dir);
    expect(plan(args, { XDG_CACHE_HOME: cache }, dir)).toEqual(want);
    const [f] = bulkFiles(cache);
    const text = readFileSync(f!, 'utf8');
    const stored = (
      JSON.parse(text.slice(text.indexOf('\n') + 1)) as { entries: Record<string, { hash: string }> }
    ).entries;
    const { build } = JSON.parse(readFileSync(join(ROOT, 'dist/build.json'), 'utf8')) as { build: string };
    const expected: Record<string, string> = {};
    for (const loc of validateTargets([], dir)) {
      if (loc.plan.abs.includes('xa-009')) continue;
      const hasher = folderHasher(hashSeed(build), loc);
      for (const r of [loc.plan, ...loc.progress]) hasher.onRead(r.abs, r.display, readFileSync(r.abs));
      expected[loc.plan.abs] = hasher.digest()!;
    }
    expect(Object.keys(expected)).toHaveLength(n - 1);
    expect(Object.fromEntries(Object.entries(stored).map(([k, v]) => [k, v.hash]))).toEqual(expected);
    // A warm run answers from those entries and keeps them all.
    expect(plan(args, { XDG_CACHE_HOME: cache }, dir)).toEqual(want);
    expect(readFileSync(bulkFiles(cache)[0]!, 'utf8')).toBe(text);
  });
});

describe('the bulk cache of rollup over many plans, and site without the checked-plan cache', () => {
  const corpus = (n: number) => communes(n, 'rollup-bulk');

  // 12 plans are rolled up on the main thread, 60 on worker threads, 300 in worker processes.
  for (const n of [12, 60, 300])
    it(`${n} plans: cold, warm, after an edit, on another day and when damaged — what a run without caches says`, () => {
      const dir = corpus(n);
      const cache = temp('rollup-bulk-cache');
      const none = (a: string[]) => plan(a, { PLAN_NO_CACHE: '1' }, dir);
      const run = (a: string[]) => plan(a, { XDG_CACHE_HOME: cache }, dir);
      const json = ['rollup', '--as-of', '2025-11-20', '--format', 'json'];
      const want = none(json);
      expect(want.code).toBe(0);
      expect(JSON.parse(want.stdout).invalid).toHaveLength(1);
      expect(run(json)).toEqual(want);
      // Parts and hashes only: no plan's bytes in the checked-plan cache, a small bulk file.
      expect(planEntries(cache)).toEqual([]);
      expect(bulkFiles(cache)).toHaveLength(1);
      const planBytes = readFileSync(join(dir, 'plans/xa-01/plan.yaml')).length * n;
      expect(statSync(bulkFiles(cache)[0]!).size).toBeLessThan(planBytes / 4);
      expect(run(json)).toEqual(want);
      // An edited plan, an edited progress file and a mended plan are read again.
      const p2 = join(dir, 'plans/xa-02/plan.yaml');
      writeFileSync(p2, readFileSync(p2, 'utf8').replace('công tác trẻ em\n', 'công tác thiếu niên\n'));
      const prog = join(dir, 'plans/xa-03/progress');
      const note = join(prog, readdirSync(prog).sort()[0]!);
      writeFileSync(note, readFileSync(note, 'utf8').replace(/^date: 2025-08-20$/mu, 'date: 2025-11-19'));
      writeFileSync(join(dir, 'plans/xa-05/plan.yaml'), readFileSync(join(dir, 'plans/xa-01/plan.yaml')));
      const edited = none(json);
      const part = (r: Run, id: string) =>
        (JSON.parse(r.stdout).plans as { id: string }[]).find((p) => p.id === id);
      expect(part(edited, 'xa-2-2025-h2')).not.toEqual(part(want, 'xa-2-2025-h2'));
      expect(part(edited, 'xa-3-2025-h2')).not.toEqual(part(want, 'xa-3-2025-h2'));
      expect(run(json)).toEqual(edited);
      expect(run(json)).toEqual(edited);
      // Another day, another output: the parts of another as-of date are never used.
      const later = ['rollup', '--as-of', '2025-12-31', '--format', 'json'];
      const text = ['rollup', '--as-of', '2025-12-31'];
      for (const a of [later, text, later]) expect(run(a)).toEqual(none(a));
      expect(bulkFiles(cache)).toHaveLength(1);
      const f = bulkFiles(cache)[0]!;
      const b = readFileSync(f);
      b[Math.floor(b.length / 2)]! ^= 0x01;
      writeFileSync(f, b);
      expect(run(later)).toEqual(none(later));
      writeFileSync(f, 'garbage');
      expect(run(later)).toEqual(none(later));
      expect(run(later)).toEqual(none(later));
    });

  it('site over many plans keeps no plan bytes in the cache and writes what a run without caches writes', () => {
    const dir = corpus(12);
    const cache = temp('site-bulk-cache');
    const a = plan(['site', '--as-of', '2025-11-20', '-o', 'a'], { PLAN_NO_CACHE: '1' }, dir);
    const b = plan(['site', '--as-of', '2025-11-20', '-o', 'b'], { XDG_CACHE_HOME: cache }, dir);
    expect(b.code).toBe(a.code);
    expect(b.stderr).toBe(a.stderr);
    expect(planEntries(cache)).toEqual([]);
    const pages = (d: string) => readdirSync(join(dir, d)).sort();
    expect(pages('b')).toEqual(pages('a'));
    for (const p of pages('a'))
      expect(readFileSync(join(dir, 'b', p), 'utf8')).toBe(readFileSync(join(dir, 'a', p), 'utf8'));
  });
});
