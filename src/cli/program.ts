import { Command, type CommanderError, Help, type Option } from 'commander';
import { msg } from '../i18n/index.js';
import { closest } from '../util/text.js';
import { commandIndex } from './argv.js';
import type { CommandResult, Context } from './context.js';
import { specs } from './spec/index.js';

const VERSION = '0.1.0';

/** The command line, with every heading and built-in message in the user's language. */
export function buildProgram(
  ctx: Context,
  done: (r: CommandResult) => void,
  io: { out: (s: string) => void },
): Command {
  const h = msg().help;
  const program = new Command('plan');
  const configure = (cmd: Command) => {
    cmd
      .exitOverride()
      .configureOutput({ writeOut: io.out, writeErr: io.out, outputError: () => {} })
      .helpOption('-h, --help', h.helpOption)
      .configureHelp({
        styleTitle: (s) => h.titles[s] ?? s,
        optionDescription: (o: Option) => describeOption(o),
        optionTerm: (o: Option) => localiseUsage(new Help().optionTerm(o)),
        argumentTerm: (a) => localiseUsage(new Help().argumentTerm(a)),
        subcommandTerm: (c) => localiseUsage(new Help().subcommandTerm(c)),
        commandUsage: (c) => localiseUsage(new Help().commandUsage(c)),
      });
    return cmd;
  };
  configure(program)
    .description(h.description)
    .version(VERSION, '-V, --version', h.versionOption)
    .helpCommand(`help ${h.usageCommand}`, h.helpCommand)
    .option('--lang <lang>', h.langOption)
    .option('--no-color', h.noColorOption)
    .showSuggestionAfterError(true);
  for (const spec of specs) {
    const cmd = configure(program.command(spec.name));
    spec.define(cmd, h);
    cmd.option('--lang <lang>', h.langOption).option('--no-color', h.noColorOption);
    cmd.action(async (...args: unknown[]) => {
      const command = args.at(-1) as Command;
      const opts = command.opts();
      const positional = args.slice(0, -2);
      done(await spec.run(positional, opts, ctx));
    });
  }
  return program;
}

/** Commander's words in usage lines, and the names of values and arguments, in the user's language. */
const localiseUsage = (s: string) => {
  const h = msg().help;
  return s
    .replace('[options]', h.usageOptions)
    .replace('[command]', h.usageCommand)
    .replace(/([<[])([a-z]+)(\.\.\.)?([>\]])/gu, (m, open, name, dots, close) =>
      h.placeholders[name] ? `${open}${h.placeholders[name]}${dots ?? ''}${close}` : m,
    )
    .replace(/^(paths|plan|source)$/u, (n) => h.placeholders[n] ?? n);
};

function describeOption(o: Option): string {
  const h = msg().help;
  const extra: string[] = [];
  if (o.defaultValue !== undefined && o.defaultValue !== false && !o.negate)
    extra.push(h.default(String(o.defaultValue)));
  return [o.description, ...extra].filter(Boolean).join(' ');
}

/** Commander's own errors, translated. The English text is only mined for the token it names. */
export function commanderMessage(e: CommanderError, argv: readonly string[]): string {
  const c = msg().help.commander;
  const quoted = /'([^']+)'/u.exec(e.message)?.[1] ?? '';
  const suggestion = /Did you mean (.+?)\?/u.exec(e.message)?.[1];
  const hint = suggestion ? ` ${c.didYouMean(suggestion)}` : '';
  const cmd = argv.find((a) => !a.startsWith('-'));
  const see = `\n${c.seeHelp(cmd && specs.some((s) => s.name === cmd) ? `${cmd} ` : '')}`;
  switch (e.code) {
    case 'commander.unknownOption':
      return c.unknownOption(quoted) + hint + see;
    case 'commander.unknownCommand':
      return c.unknownCommand(quoted) + hint + see;
    case 'commander.missingArgument':
      return c.missingArgument(msg().help.placeholders[quoted] ?? quoted) + see;
    case 'commander.optionMissingArgument':
      return c.optionMissingArgument(quoted) + see;
    case 'commander.excessArguments':
      return c.excessArguments(/expected (\d+)/u.exec(e.message)?.[1] ?? '') + see;
    case 'commander.missingMandatoryOptionValue':
      return c.missingMandatory(quoted) + see;
    case 'commander.invalidArgument':
      return c.invalidArgument(e.message.replace(/^error: /u, '')) + see;
    default:
      return e.message.replace(/^error: /u, '') + see;
  }
}

/** `plan help bogus`: commander would print the general help and exit 0; it is a usage error. */
export function helpTopicError(argv: readonly string[]): string | undefined {
  const i = commandIndex(argv);
  if (i === -1 || argv[i] !== 'help') return undefined;
  const j = commandIndex(argv, i + 1);
  if (j === -1 || specs.some((s) => s.name === argv[j])) return undefined;
  const c = msg().help.commander;
  const near = closest(
    argv[j]!,
    specs.map((s) => s.name),
  );
  return `${c.unknownCommand(argv[j]!)}${near ? ` ${c.didYouMean(near)}` : ''}\n${c.seeHelp('')}`;
}
