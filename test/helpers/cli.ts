import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BIN = join(ROOT, 'bin', 'plan.js');

export interface CliRun {
  stdout: string;
  stderr: string;
  code: number | null;
}

/** Run the real CLI (the built bundle) as a user would, without colour. */
export function runCli(
  args: readonly string[],
  opts: { cwd?: string; env?: Record<string, string>; input?: string } = {},
): CliRun {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NO_COLOR: '1', ...opts.env },
    encoding: 'utf8',
    input: opts.input,
    // Only a hang guard: a loaded machine can take many times longer than usual, never fail for it.
    timeout: 300_000,
  });
  return { stdout: r.stdout, stderr: r.stderr, code: r.status };
}

/** The text stored in a golden file: the command line, the exit code and both streams. */
export function golden(args: readonly string[], run: CliRun): string {
  return `$ plan ${args.join(' ')}\n--- exit ${run.code}\n--- stdout\n${run.stdout}--- stderr\n${run.stderr}`;
}
