import type { CommanderError } from 'commander';
import { NeedsFullBundle } from '../cache/hot.js';
import { enablePlanCache } from '../cache/planCache.js';
import { PlanLoadError, UsageError, UserError } from '../errors.js';
import { errorText, type Lang, msg, setLang } from '../i18n/index.js';
import { plainColor } from '../render/plainColor.js';
import type { CommandResult, Context } from './context.js';
import { fastParse } from './fastArgs.js';
import { sink } from './output.js';
import type { CommandSpec } from './spec/types.js';

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

/**
 * Run one command line and return what to print and the exit code. Never throws. With `only` (the
 * command's own bundle), an ordinary command line is parsed without commander; for anything else
 * (help, a mistake) the result is undefined and the caller runs the full CLI instead.
 */
export async function main(argv: readonly string[], io: Io): Promise<CommandResult>;
export async function main(
  argv: readonly string[],
  io: Io,
  only: CommandSpec | undefined,
): Promise<CommandResult | undefined>;
export async function main(
  argv: readonly string[],
  io: Io,
  only?: CommandSpec,
): Promise<CommandResult | undefined> {
  let stdout = '';
  const stderr = '';
  try {
    const lang = pickLang(argv, io.env);
    await setLang(lang);
    const noColor = argv.includes('--no-color') || (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '');
    const ctx: Context = {
      cwd: io.cwd,
      env: io.env,
      lang,
      // chalk is loaded only for a colour terminal (src/render/plainColor.ts).
      color: io.isTTY && !noColor ? new (await import('chalk')).Chalk({ level: 1 }) : plainColor,
      columns: io.isTTY && io.columns ? io.columns : 100,
      ...(io.progress ? { progress: io.progress } : {}),
    };
    if (only) {
      const parsed = fastParse(only, argv, msg().help);
      if (!parsed) return undefined;
      const r = await only.run(parsed.args, parsed.opts, ctx);
      return { stdout: r.stdout ?? '', stderr: r.stderr ?? '', code: r.code };
    }
    const { buildProgram, helpTopicError } = await loadProgram();
    const topic = helpTopicError(argv);
    if (topic) return { stdout, stderr: `${msg().common.errorPrefix}: ${topic}\n`, code: 2 };
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
    if (e instanceof NeedsFullBundle) throw e;
    const color = plainColor;
    if (isCommanderError(e)) {
      if (
        e.code === 'commander.helpDisplayed' ||
        e.code === 'commander.version' ||
        e.code === 'commander.help'
      ) {
        return { stdout, code: 0 };
      }
      const { commanderMessage } = await loadProgram();
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

declare const __KEHOACH_COMMAND_BUNDLE__: boolean | undefined;

/**
 * commander and every spec. A command's own bundle (scripts/build.mjs) defines the constant, so the
 * import is dead code there and the bundle holds only its command: a line it cannot parse goes to
 * dist/cli.cjs instead (Boot.fallback).
 */
const loadProgram = (): Promise<typeof import('./program.js')> =>
  typeof __KEHOACH_COMMAND_BUNDLE__ === 'boolean' && __KEHOACH_COMMAND_BUNDLE__
    ? Promise.reject(new Error('commander is not in a command bundle'))
    : import('./program.js');

const LANGS = ['vi', 'en'] as const;

/** `--lang vi|en` (exactly: `--lang EN` or `--lang xx` is a usage error), else PLAN_LANG, else vi. */
function pickLang(argv: readonly string[], env: Io['env']): Lang {
  const end = argv.indexOf('--');
  const flags = end === -1 ? argv : argv.slice(0, end);
  let flag: string | undefined;
  for (let i = flags.length - 1; i >= 0 && flag === undefined; i--) {
    const a = flags[i]!;
    if (a.startsWith('--lang=')) flag = a.slice('--lang='.length);
    else if (a === '--lang' && i + 1 < flags.length) flag = flags[i + 1];
  }
  if (flag !== undefined) {
    if ((LANGS as readonly string[]).includes(flag)) return flag as Lang;
    throw new UsageError('badChoice', { flag: '--lang', value: flag, choices: [...LANGS] });
  }
  return env.PLAN_LANG === 'en' ? 'en' : 'vi';
}

const isCommanderError = (e: unknown): e is CommanderError =>
  typeof e === 'object' &&
  e !== null &&
  typeof (e as { code?: unknown }).code === 'string' &&
  (e as { code: string }).code.startsWith('commander.');

/** What the start-up loader (src/cache/boot.ts) hands a bundle: its command, and the ways to the others. */
export interface Boot {
  spec?: CommandSpec;
  /** The full CLI (commander): help, mistakes, unusual command lines. */
  fallback?: () => Promise<void>;
  /** From a hot bundle (src/cache/hot.ts): the command's full bundle, for a plan the cache cannot answer. */
  full?: () => Promise<void>;
}

/** The process entry: print, set the exit code, and stay quiet when the reader of stdout goes away. */
export async function run(boot: Boot = {}): Promise<void> {
  enablePlanCache(process.env);
  const out = sink(1);
  const err = sink(2);
  let r: CommandResult | undefined;
  try {
    r = await main(
      process.argv.slice(2),
      {
        cwd: process.cwd(),
        env: process.env,
        isTTY: out.isTTY,
        columns: out.columns,
        ...(err.isTTY ? { progress: (s: string) => err.write(`\r${s}\x1b[K`) } : {}),
      },
      boot.fallback ? boot.spec : undefined,
    );
  } catch (e) {
    // Nothing was printed or written yet: the full bundle runs the command from the start.
    if (e instanceof NeedsFullBundle && boot.full) return boot.full();
    throw e;
  }
  if (!r) return boot.fallback!();
  process.exitCode = r.code;
  try {
    if (r.stdout) out.write(r.stdout);
  } catch (e) {
    const error = e as NodeJS.ErrnoException;
    // The reader went away (`plan status | head`): what it wanted it has; stay quiet.
    if (error.code === 'EPIPE') return;
    // Any other failure (a full disk, a closed stdout) loses the output: say so, exit 2.
    quiet(() =>
      err.write(`${msg().common.errorPrefix}: ${errorText('stdoutFailed', { detail: error.message })}\n`),
    );
    process.exitCode = 2;
  }
  if (r.stderr) quiet(() => err.write(r.stderr!));
}

/** stderr itself failing (closed, a full disk) leaves nothing to tell it to. */
function quiet(f: () => void): void {
  try {
    f();
  } catch {}
}
