import { msg } from '../../i18n/index.js';
import { choiceFlag, dateFlag, periodFlag } from '../flags.js';
import type { CommandSpec } from './types.js';

export const ROLLUP_FORMATS = ['text', 'json', 'xlsx', 'csv'] as const;

export const rollup: CommandSpec = {
  name: 'rollup',
  define(cmd, h) {
    const m = msg().rollup.help;
    cmd
      .description(m.command)
      .argument('[paths...]', m.args)
      .option('--as-of <date>', h.options.asOf)
      .option('--period <period>', h.options.period)
      .option('--group-by <what>', m.groupBy)
      .option('-f, --format <format>', `${m.format}: text, json, xlsx, csv`)
      .option('--json', h.options.json)
      .option('-o, --output <file>', h.options.output)
      .option('--force', h.options.force)
      .option('--fail-on <what>', `${h.options.failOn}: overdue`);
  },
  async run([paths], opts, ctx) {
    const asOf = dateFlag(opts.asOf as string | undefined, '--as-of');
    const period = opts.period === undefined ? undefined : periodFlag(String(opts.period));
    const format = opts.json
      ? 'json'
      : opts.format === undefined
        ? opts.output && /\.xlsx$/iu.test(String(opts.output))
          ? 'xlsx'
          : opts.output && /\.csv$/iu.test(String(opts.output))
            ? 'csv'
            : 'text'
        : choiceFlag(String(opts.format), '--format', ROLLUP_FORMATS);
    const failOn =
      opts.failOn === undefined ? undefined : choiceFlag(String(opts.failOn), '--fail-on', ['overdue']);
    const groupBy = opts.groupBy === undefined ? undefined : String(opts.groupBy);
    const { rollupCommand } = await import('../commands/rollup.js');
    return rollupCommand(
      (paths as string[]) ?? [],
      {
        asOf,
        period,
        groupBy,
        format,
        output: opts.output as string | undefined,
        force: Boolean(opts.force),
        failOn,
      },
      ctx,
    );
  },
};
