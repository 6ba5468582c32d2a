import { randomUUID } from 'node:crypto';
import {
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
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from './helpers/cli.js';

/**
 * With enough plans, `plan validate` and `plan rollup` start their worker processes while still finding the plans
 * (src/check/verdicts.ts plansFound). Whatever happens next — the run uses them, or stops on a later
 * path that does not exist — the command ends as it would have, with its exit code, and leaves no
 * worker behind.
 */
const N = 300;
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kehoach-early-test-'));
  const plan = readFileSync(join(ROOT, 'plans/minh-long-2025-h2/plan.yaml'), 'utf8');
  for (let i = 1; i <= N; i++) {
    const d = join(dir, 'plans', `xa-${String(i).padStart(3, '0')}`);
    mkdirSync(d, { recursive: true });
    writeFileSync(join(d, 'plan.yaml'), plan.replace(/^id: .*$/mu, `id: xa-${i}-2025-h2`));
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Processes (other than those ended) whose environment carries `mark`: Linux's /proc, else none found. */
function marked(mark: string): string[] {
  if (!existsSync('/proc/self/environ')) return [];
  const out: string[] = [];
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/u.test(p))) {
    try {
      if (readFileSync(`/proc/${pid}/environ`, 'latin1').includes(mark)) out.push(pid);
    } catch {}
  }
  return out;
}

/** Wait (up to a minute: only a hang guard) for every process carrying `mark` to end. */
async function noneLeft(mark: string): Promise<string[]> {
  for (let i = 0; i < 600; i++) {
    const left = marked(mark);
    if (left.length === 0) return [];
    await new Promise((r) => setTimeout(r, 100));
  }
  return marked(mark);
}

describe('workers started while the plans are being found', () => {
  const commands: { argv: string[]; count: (stdout: string) => number }[] = [
    {
      argv: ['validate', '--format', 'json'],
      count: (o) => {
        const out = JSON.parse(o) as { valid: boolean; files: unknown[] };
        return out.valid ? out.files.length : -1;
      },
    },
    {
      argv: ['rollup', '--as-of', '2025-11-20', '--json'],
      count: (o) => (JSON.parse(o) as { plans: unknown[] }).plans.length,
    },
  ];
  for (const { argv, count } of commands) {
    it(`plan ${argv[0]}: check every plan, and end with the command`, async () => {
      const mark = `KEHOACH_TEST_MARK=${randomUUID()}`;
      const r = runCli(argv, {
        cwd: dir,
        env: { PLAN_NO_CACHE: '1', KEHOACH_TEST_MARK: mark.split('=')[1]! },
      });
      expect(r.code).toBe(0);
      expect(count(r.stdout)).toBe(N);
      expect(await noneLeft(mark)).toEqual([]);
    });

    it(`plan ${argv[0]}: end with a command stopped by a later path that does not exist (exit 2, no hang)`, async () => {
      const mark = `KEHOACH_TEST_MARK=${randomUUID()}`;
      const r = runCli([argv[0]!, 'plans', 'khong-co'], {
        cwd: dir,
        env: { PLAN_NO_CACHE: '1', KEHOACH_TEST_MARK: mark.split('=')[1]! },
      });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('khong-co');
      expect(r.stdout).toBe('');
      expect(await noneLeft(mark)).toEqual([]);
    });
  }
});
