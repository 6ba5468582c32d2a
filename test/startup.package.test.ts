/**
 * The package installs as users install CLIs: everything it runs is in dist/ (built before packing),
 * the runtime libraries are build inputs, and a copy without a build says so in Vietnamese.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers/cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'kehoach-package-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('the installable package', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

  it('has no runtime dependencies: the bundles hold them; ajv-formats is gone', () => {
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(pkg.devDependencies).toHaveProperty('esbuild');
    expect(pkg.devDependencies).toHaveProperty('docxtemplater');
    expect(pkg.devDependencies).not.toHaveProperty('ajv-formats');
    expect(pkg.files).toEqual(expect.arrayContaining(['bin/', 'dist/', 'schema/']));
    expect(pkg.scripts.prepack).toBeDefined();
  });

  it('packs dist/, bin/ and the schema, and no sources', () => {
    const r = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, npm_config_loglevel: 'silent' },
    });
    expect(r.status).toBe(0);
    const paths = (JSON.parse(r.stdout)[0].files as { path: string }[]).map((f) => f.path);
    expect(paths).toEqual(
      expect.arrayContaining(['bin/plan.js', 'bin/package.json', 'dist/boot.cjs', 'dist/cli.cjs']),
    );
    expect(paths).toContain('schema/plan.schema.json');
    expect(paths.some((p) => p.startsWith('src/') || p.startsWith('test/'))).toBe(false);
  });

  it('without a build, bin/plan.js says what to do (exit 2), not ERR_MODULE_NOT_FOUND', () => {
    cpSync(join(ROOT, 'bin'), join(tmp, 'bin'), { recursive: true });
    const r = spawnSync(process.execPath, [join(tmp, 'bin/plan.js'), 'status'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('chưa được build');
    expect(r.stderr).toContain('npm install');
    expect(r.stderr).not.toMatch(/ERR_MODULE_NOT_FOUND|MODULE_NOT_FOUND|at /u);
  });

  it('with a damaged bundle, bin/plan.js says the build is damaged and what to do (exit 70), no stack trace', () => {
    const copy = join(tmp, 'damaged');
    cpSync(join(ROOT, 'bin'), join(copy, 'bin'), { recursive: true });
    cpSync(join(ROOT, 'dist'), join(copy, 'dist'), { recursive: true });
    // A build cut short: the command's bundles end in the middle of the code.
    for (const rel of ['dist/cmd/status.cjs', 'dist/hot/status.cjs', 'dist/cli.cjs']) {
      const f = join(copy, rel);
      writeFileSync(f, readFileSync(f, 'utf8').slice(0, 5000));
    }
    const r = spawnSync(process.execPath, [join(copy, 'bin/plan.js'), 'status'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', PLAN_NO_CACHE: '1' },
    });
    expect(r.status).toBe(70);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('dist/ bị hỏng');
    expect(r.stderr).toContain('npm run build');
    expect(r.stderr).not.toMatch(/^\s+at /mu);
  });

  it('prepare builds a clone and does nothing where there are no sources (an installed tarball)', () => {
    cpSync(join(ROOT, 'scripts/prepare.mjs'), join(tmp, 'scripts/prepare.mjs'));
    const r = spawnSync(process.execPath, [join(tmp, 'scripts/prepare.mjs')], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
  });
});

describe('usage errors on the argument path', () => {
  const plan = (args: string[]) =>
    spawnSync(process.execPath, [join(ROOT, 'bin/plan.js'), ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NO_COLOR: '1', PLAN_NO_CACHE: '1' },
    });

  it('--lang xx and --lang EN are refused with exit 2, wherever they stand', () => {
    for (const args of [
      ['--lang', 'xx', 'validate'],
      ['validate', '--lang', 'EN'],
      ['status', '--lang=fr'],
    ]) {
      const r = plan(args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/--lang: "(xx|EN|fr)" không hợp lệ\. Chọn một trong: vi, en\./u);
      expect(r.stdout).toBe('');
    }
    expect(plan(['validate', '--lang', 'en']).status).toBe(0);
  });

  it('plan help bogus is an unknown command (exit 2); plan help status is help (exit 0)', () => {
    const bad = plan(['help', 'bogus']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('lệnh không có: bogus');
    const near = plan(['help', 'statsu']);
    expect(near.status).toBe(2);
    expect(near.stderr).toContain('status');
    const good = plan(['help', 'status']);
    expect(good.status).toBe(0);
    expect(good.stdout).toContain('status');
  });
});
