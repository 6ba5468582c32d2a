/**
 * The hot start-up path (src/cache/hot.ts, src/cli/output.ts, src/render/plainColor.ts): a command that
 * loads its plan first has a bundle without the checker for an unchanged plan, hands over to its full
 * bundle at a cache miss, never keeps a code cache made of a run that handed over, and writes its
 * result without making process.stdout.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Chalk } from 'chalk';
import { afterAll, describe, expect, it } from 'vitest';
import { plainColor } from '../src/render/plainColor.js';
import { BIN, ROOT } from './helpers/cli.js';

const temps: string[] = [];
const temp = () => {
  const d = mkdtempSync(join(tmpdir(), 'kehoach-hot-'));
  temps.push(d);
  return d;
};
afterAll(() => {
  for (const d of temps) rmSync(d, { recursive: true, force: true });
});

const env = (cache: string, extra: Record<string, string> = {}) => ({
  PATH: process.env.PATH ?? '',
  NO_COLOR: '1',
  XDG_CACHE_HOME: cache,
  ...extra,
});

function plan(args: string[], cache: string, extra: Record<string, string> = {}, cwd = ROOT) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    env: env(cache, extra),
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { stdout: r.stdout, stderr: r.stderr, code: r.status };
}

const codeCaches = (cache: string): string[] => {
  try {
    return readdirSync(join(cache, 'kehoach', `code-${process.arch}`)).sort();
  } catch {
    return [];
  }
};

const hotCommands = (): string[] =>
  (JSON.parse(readFileSync(join(ROOT, 'dist/build.json'), 'utf8')) as { hot: string[] }).hot;

describe('hot bundles', () => {
  it('exist for the commands that load their plan first, and hold no checker', () => {
    expect(hotCommands()).toEqual(
      expect.arrayContaining(['deadlines', 'remind', 'render', 'report', 'status', 'units', 'validate']),
    );
    for (const name of hotCommands()) {
      const hot = readFileSync(join(ROOT, 'dist/hot', `${name}.cjs`), 'utf8');
      const full = readFileSync(join(ROOT, 'dist/cmd', `${name}.cjs`), 'utf8');
      // js-yaml (the checker's reader) and ajv's runtime are in every full bundle, in no hot one.
      for (const mark of ['YAMLException', 'ucs2length']) {
        expect(full.includes(mark), `${name}: full bundle has ${mark}`).toBe(true);
        expect(hot.includes(mark), `${name}: hot bundle has ${mark}`).toBe(false);
      }
      expect(hot.length).toBeLessThan(full.length);
    }
  });

  it('answer an unchanged plan exactly as the full bundle and no cache do', () => {
    const cache = temp();
    const args = ['status', '--as-of', '2025-11-20'];
    const none = plan(args, cache, { PLAN_NO_CACHE: '1' });
    const cold = plan(args, cache);
    const warm = plan(args, cache);
    expect(none.code).toBe(0);
    expect(cold).toEqual(none);
    expect(warm).toEqual(none);
  });

  it('keep no code cache from a run that handed over to the full bundle', () => {
    const cache = temp();
    const other = temp();
    cpSync(join(ROOT, 'plans'), join(other, 'plans'), { recursive: true });
    const dir = join(cache, 'kehoach', `code-${process.arch}`);
    const times = () => codeCaches(cache).map((f) => statSync(join(dir, f)).mtimeMs);
    // The very first run: nothing cached, so the full bundle runs straight away.
    expect(plan(['validate'], cache).code).toBe(0);
    expect(codeCaches(cache)).toHaveLength(1);
    const full = codeCaches(cache);
    // Another plan folder: the hot bundle (no code cache yet) misses and hands over; nothing of it kept.
    expect(plan(['validate'], cache, {}, other).code).toBe(0);
    expect(codeCaches(cache)).toEqual(full);
    // Now that plan is cached: the hot bundle answers, and its code cache is made from that run.
    expect(plan(['validate'], cache, {}, other).code).toBe(0);
    const both = codeCaches(cache);
    expect(both).toHaveLength(2);
    expect(both).toEqual(expect.arrayContaining(full));
    // Accepted from then on, by either folder: not rewritten.
    const before = times();
    expect(plan(['validate'], cache).code).toBe(0);
    expect(plan(['validate'], cache, {}, other).code).toBe(0);
    expect(codeCaches(cache)).toEqual(both);
    expect(times()).toEqual(before);
  });

  it('hand an edited plan to the full bundle, which answers as a run without caches', () => {
    const cache = temp();
    const other = temp();
    cpSync(join(ROOT, 'plans'), join(other, 'plans'), { recursive: true });
    const file = join(other, 'plans/minh-long-2025-h2/plan.yaml');
    const args = ['status', '--as-of', '2025-11-20'];
    expect(plan(args, cache, {}, other).code).toBe(0);
    const before = plan(args, cache, {}, other);
    expect(before.code).toBe(0);
    writeFileSync(file, readFileSync(file, 'utf8').replace('name: Công an xã\n', 'name: Công an huyện\n'));
    const edited = plan(args, cache, {}, other);
    expect(edited).toEqual(plan(args, cache, { PLAN_NO_CACHE: '1' }, other));
    expect(edited.stdout).toContain('Công an huyện');
    expect(before.stdout).not.toContain('Công an huyện');
  });

  it('are skipped when the checked-plan cache is off', () => {
    const cache = temp();
    for (let i = 0; i < 2; i++) expect(plan(['validate'], cache, { PLAN_NO_CACHE: 'plans' }).code).toBe(0);
    // Only the full bundle ever ran (a hot one would have made a second code cache by now).
    expect(codeCaches(cache)).toHaveLength(1);
  });
});

describe('writing the result', () => {
  it('writes all of a long result to a pipe read slowly', () => {
    // Every line of the diagnostics of a long run must arrive, in order, whatever the pipe's pace.
    const r = spawnSync(
      'sh',
      ['-c', `"${process.execPath}" "${BIN}" validate --format json | (sleep 0.3; cat)`],
      { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' } },
    );
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ version: 1, valid: true });
  });
});

describe('plainColor', () => {
  it('returns what chalk at level 0 returns, for every style and chain we use', () => {
    const chalk = new Chalk({ level: 0 });
    const cases: [(c: typeof chalk) => string][] = [
      [(c) => c.red('lỗi')],
      [(c) => c.green('✓ xong')],
      [(c) => c.bold('')],
      [(c) => c.dim('a', 'b')],
      [(c) => c.yellow.bold('cảnh báo')],
      [(c) => c.red.bold(String(3))],
      [(c) => c.bold.underline.inverse('x\ny')],
      [(c) => c('trơn')],
    ];
    for (const [f] of cases) expect(f(plainColor)).toBe(f(chalk));
    expect(plainColor.level).toBe(0);
  });
});
