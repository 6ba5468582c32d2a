import { Chalk } from 'chalk';
import type { CommanderError } from 'commander';
import { PlanLoadError, UserError } from '../errors.js';
import { errorText, type Lang, msg, setLang } from '../i18n/index.js';
import type { CommandResult, Context } from './context.js';

export interface Io {
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  isTTY: boolean;
  columns: number | undefined;
  /** A live progress line on stderr, when stderr is a terminal. */
  progress?: (text: string) => void;
}

/** Exit code for a bug: not 0–2, so scripts can tell it from a user mistake. */
export const EXIT_BUG = 70;

/** Run one command line and return what to print and the exit code. Never throws. */
export async function main(argv: readonly string[], io: Io): Promise<CommandResult> {
  const lang = pickLang(argv, io.env);
  let stdout = '';
  const stderr = '';
  try {
    await setLang(lang);
    const noColor = argv.includes('--no-color') || (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '');
    const ctx: Context = {
      cwd: io.cwd,
      env: io.env,
      lang,
      color: new Chalk({ level: io.isTTY && !noColor ? 1 : 0 }),
      columns: io.isTTY && io.columns ? io.columns : 100,
      ...(io.progress ? { progress: io.progress } : {}),
    };
    const { buildProgram } = await import('./program.js');
    let result: CommandResult = { code: 0 };
    const program = buildProgram(
      ctx,
      (r) => {
        result = r;
      },
      {
        out: (s) => {
          stdout += s;
        },
      },
    );
    await program.parseAsync([...argv], { from: 'user' });
    return {
      stdout: stdout + (result.stdout ?? ''),
      stderr: stderr + (result.stderr ?? ''),
      code: result.code,
    };
  } catch (e) {
    const color = new Chalk({ level: 0 });
    if (isCommanderError(e)) {
      if (
        e.code === 'commander.helpDisplayed' ||
        e.code === 'commander.version' ||
        e.code === 'commander.help'
      ) {
        return { stdout, code: 0 };
      }
      const { commanderMessage } = await import('./program.js');
      return {
        stdout,
        stderr: `${stderr}${msg().common.errorPrefix}: ${commanderMessage(e, argv)}\n`,
        code: 2,
      };
    }
    if (e instanceof UserError) {
      return {
        stdout,
        stderr: `${stderr}${msg().common.errorPrefix}: ${errorText(e.key, e.args as never)}\n`,
        code: e.exitCode,
      };
    }
    if (e instanceof PlanLoadError) {
      const { formatDiagnosticsText } = await import('../render/diagnostics.js');
      const errors = e.diagnostics.filter((d) => d.severity === 'error').length;
      return {
        stdout,
        stderr: `${stderr}${formatDiagnosticsText(e.diagnostics, color)}${errorText('planInvalid', { count: errors })}\n`,
        code: 1,
      };
    }
    const err = e as Error;
    return {
      stdout,
      stderr: `${stderr}${errorText('bug', { detail: err?.message ?? String(e) })}\n${err?.stack ?? ''}\n`,
      code: EXIT_BUG,
    };
  }
}

function pickLang(argv: readonly string[], env: Io['env']): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const v = i === -1 ? env.PLAN_LANG : argv[i]!.includes('=') ? argv[i]!.split('=')[1] : argv[i + 1];
  return v === 'en' ? 'en' : 'vi';
}

const isCommanderError = (e: unknown): e is CommanderError =>
  typeof e === 'object' &&
  e !== null &&
  typeof (e as { code?: unknown }).code === 'string' &&
  (e as { code: string }).code.startsWith('commander.');

/** The process entry: print, set the exit code, and stay quiet when the reader of stdout goes away. */
export async function run(): Promise<void> {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
  const r = await main(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    isTTY: Boolean(process.stdout.isTTY),
    columns: process.stdout.columns,
    ...(process.stderr.isTTY ? { progress: (s: string) => process.stderr.write(`\r${s}\x1b[K`) } : {}),
  });
  if (r.stdout) process.stdout.write(r.stdout);
  if (r.stderr) process.stderr.write(r.stderr);
  process.exitCode = r.code;
}
