/**
 * The lock of a progress file (src/util/lock.ts): a lock left by a crash is taken over, and a lock
 * that is live — even one taken at the very moment a stale one is judged — never is.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lockPath, takeOverStale, withFileLock } from '../src/util/lock.js';

const dir = () => mkdtempSync(join(tmpdir(), 'kehoach-lock-'));
/** The pid of a process that has ended. */
const deadPid = () => spawnSync(process.execPath, ['-e', '0']).pid!;
const ago = (path: string, ms: number) => {
  const t = (Date.now() - ms) / 1000;
  utimesSync(path, t, t);
};

describe('takeOverStale', () => {
  it('removes the lock of a process of this machine that has ended', () => {
    const lock = join(dir(), '.x.yaml.lock');
    writeFileSync(lock, `${deadPid()}\n${hostname()}\nabc\n`);
    expect(takeOverStale(lock)).toBe(true);
    expect(existsSync(lock)).toBe(false);
    expect(existsSync(`${lock}.takeover`)).toBe(false);
  });

  it('keeps the lock of a process that runs, until it is older than a pid can be trusted', () => {
    const lock = join(dir(), '.x.yaml.lock');
    writeFileSync(lock, `${process.pid}\n${hostname()}\nabc\n`);
    ago(lock, 5 * 60_000);
    expect(takeOverStale(lock)).toBe(false);
    expect(existsSync(lock)).toBe(true);
    ago(lock, 11 * 60_000);
    expect(takeOverStale(lock)).toBe(true);
  });

  it('judges a lock of another machine, or one not yet written, by its age', () => {
    for (const text of [`${process.pid}\nmay-khac\nabc\n`, '']) {
      const lock = join(dir(), '.x.yaml.lock');
      writeFileSync(lock, text);
      ago(lock, 10_000);
      expect(takeOverStale(lock)).toBe(false);
      ago(lock, 31_000);
      expect(takeOverStale(lock)).toBe(true);
    }
  });

  it('leaves alone a lock taken between reading the stale one and finding its holder gone', () => {
    const lock = join(dir(), '.x.yaml.lock');
    const dead = deadPid();
    writeFileSync(lock, `${dead}\n${hostname()}\nold\n`);
    const fresh = `${process.pid}\n${hostname()}\nnew\n`;
    // While the holder is looked for, it releases its lock and ends, and another run takes the lock.
    const took = takeOverStale(lock, (pid) => {
      expect(pid).toBe(dead);
      writeFileSync(lock, fresh);
      return false;
    });
    expect(took).toBe(false);
    expect(readFileSync(lock, 'utf8')).toBe(fresh);
  });

  it('lets only the run holding the guard remove a lock; a guard left by a killed run expires', () => {
    const lock = join(dir(), '.x.yaml.lock');
    writeFileSync(lock, `${deadPid()}\n${hostname()}\nabc\n`);
    const guard = `${lock}.takeover`;
    writeFileSync(guard, '');
    expect(takeOverStale(lock)).toBe(false);
    expect(existsSync(lock)).toBe(true);
    ago(guard, 3_000);
    expect(takeOverStale(lock)).toBe(false); // this call clears the old guard
    expect(existsSync(guard)).toBe(false);
    expect(takeOverStale(lock)).toBe(true);
  });
});

describe('withFileLock', () => {
  it('runs edits of one file one after the other, none lost, and leaves no lock', async () => {
    const d = dir();
    const file = join(d, 'n.yaml');
    writeFileSync(file, '0');
    await Promise.all(
      Array.from({ length: 20 }, () =>
        withFileLock(file, 'n.yaml', async () => {
          const n = Number(readFileSync(file, 'utf8'));
          await new Promise((r) => setTimeout(r, 1));
          writeFileSync(file, String(n + 1));
        }),
      ),
    );
    expect(readFileSync(file, 'utf8')).toBe('20');
    expect(existsSync(lockPath(file))).toBe(false);
  });

  it('writes its pid, this machine and a token no other lock has', async () => {
    const file = join(dir(), 'n.yaml');
    const texts: string[] = [];
    for (let i = 0; i < 2; i++)
      await withFileLock(file, 'n.yaml', () => {
        texts.push(readFileSync(lockPath(file), 'utf8'));
      });
    for (const t of texts)
      expect(t).toMatch(new RegExp(`^${process.pid}\\n${hostname()}\\n[0-9a-z]+\\n$`, 'u'));
    expect(texts[0]).not.toBe(texts[1]);
  });
});
