import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { ROOT, runCli } from './helpers/cli.js';
import { mutation } from './helpers/mutations.js';
import { runs } from './helpers/runs.js';

/**
 * Whatever is done to a plan or a progress file, every command ends with a documented exit code, says
 * what is wrong without a stack trace, finishes, and never leaves a partial output file behind.
 * Commands run in-process through the CLI entry (`main`, the same code the binary runs) so hundreds
 * damaged files fit in seconds; a few more run as real processes.
 */
const FIXTURE = join(ROOT, 'test/fixtures/progress/minh-long');
const PLAN = readFileSync(join(FIXTURE, 'plan.yaml'), 'utf8');
const REPORT = readFileSync(join(FIXTURE, 'progress/2025-11-10-bao-cao-cong-an-xa.yaml'), 'utf8');
const UNIT_IDS = [...new Set([...PLAN.matchAll(/\bid: ([a-z0-9-]+)/gu)].map((m) => m[1]!))];
const STACK = /^\s+at .+(:\d+:\d+\)?|\(native\))$/mu;
/** Only a hang guard (a command waiting forever): far beyond any machine's slowness, never a speed test. */
const BOUND_MS = 300_000;

const COMMANDS = (out: string) => [
  ['validate'],
  ['status', '--as-of', '2025-11-20'],
  ['report', '--period', '2025-H2', '--date', '2025-11-20', '--format', 'md', '-o', out],
];

function workspace(planText: string, reportText: string): { dir: string; out: string } {
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-robust-'));
  cpSync(FIXTURE, join(dir, 'plans/minh-long'), { recursive: true });
  writeFileSync(join(dir, 'plans/minh-long/plan.yaml'), planText);
  writeFileSync(join(dir, 'plans/minh-long/progress/2025-11-10-bao-cao-cong-an-xa.yaml'), reportText);
  return { dir, out: join(dir, 'bao-cao.md') };
}

async function bounded<T>(p: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${BOUND_MS} ms`)), BOUND_MS);
  });
  try {
    return await Promise.race([p, limit]);
  } finally {
    clearTimeout(timer);
  }
}

function assertOutcome(code: number | null, stderr: string, out: string, dir: string) {
  expect([0, 1, 2]).toContain(code);
  expect(stderr).not.toMatch(STACK);
  expect(stderr).not.toMatch(/Lỗi nội bộ|Internal error/u);
  // The report is written whole or not at all, and no temporary file is left beside it.
  // (The markdown ends with the footer table: Nơi nhận … Lưu: VT. | signature |.)
  if (existsSync(out)) expect(readFileSync(out, 'utf8')).toMatch(/Nơi nhận:[\s\S]*Lưu: VT[\s\S]*\|\n$/u);
  expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
}

describe('robustness: damaged plans and progress files through every command', () => {
  it('in-process, dozens of damaged files', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.boolean(),
        fc.array(mutation(UNIT_IDS), { minLength: 1, maxLength: 3 }),
        async (damagePlan, ms) => {
          const damaged = ms.reduce((t, m) => m(t), damagePlan ? PLAN : REPORT);
          const { dir, out } = workspace(damagePlan ? damaged : PLAN, damagePlan ? REPORT : damaged);
          try {
            for (const args of COMMANDS(out)) {
              const r = await bounded(
                main(args, { cwd: dir, env: { NO_COLOR: '1' }, isTTY: false, columns: 100 }),
              );
              assertOutcome(r.code, r.stderr ?? '', out, dir);
            }
          } finally {
            rmSync(dir, { recursive: true, force: true });
          }
        },
      ),
      { numRuns: runs(40) },
    );
  });

  it('as real processes, a few damaged files', () => {
    fc.assert(
      fc.property(fc.array(mutation(UNIT_IDS), { minLength: 1, maxLength: 2 }), (ms) => {
        const { dir, out } = workspace(
          ms.reduce((t, m) => m(t), PLAN),
          REPORT,
        );
        try {
          for (const args of COMMANDS(out)) {
            const r = runCli(args, { cwd: dir });
            assertOutcome(r.code, r.stderr, out, dir);
          }
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }),
      { numRuns: runs(3) },
    );
  });

  it('a 20 MB plan is refused with a clear message, a 5,000-task plan is checked', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-big-'));
    try {
      writeFileSync(join(dir, 'huge.yaml'), `${PLAN}\n${'# đệm\n'.repeat((20 * 1024 * 1024) / 6)}`);
      const huge = runCli(['validate', 'huge.yaml', '--format', 'json'], { cwd: dir });
      expect(huge.code).toBe(1);
      expect(JSON.parse(huge.stdout).diagnostics.map((d: { code: string }) => d.code)).toEqual([
        'FILE_TOO_LARGE',
      ]);

      const start = PLAN.indexOf('    tasks:\n') + '    tasks:\n'.length;
      const end = PLAN.indexOf('\n  # III.');
      const one = PLAN.slice(start, end).split(/\n(?= {6}- id: )/u);
      const many = Array.from({ length: 5000 }, (_, i) =>
        one[i % one.length]!.replace(/- id: ([a-z0-9-]+)/u, `- id: $1-${i}`),
      );
      writeFileSync(join(dir, 'plan.yaml'), PLAN.slice(0, start) + many.join('\n') + PLAN.slice(end));
      const big = runCli(['validate', 'plan.yaml', '--format', 'json'], { cwd: dir });
      expect(big.code).toBe(0);
      expect(JSON.parse(big.stdout).valid).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
