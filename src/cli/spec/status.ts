import { msg } from '../../i18n/index.js';
import { choiceFlag, dateFlag } from '../flags.js';
import type { CommandSpec } from './types.js';

export const status: CommandSpec = {
  name: 'status',
  hot: true,
  define(cmd, h) {
    cmd
      .description(h.commands.status)
      .argument('[plan]', h.args.plan)
      .option('--as-of <date>', h.options.asOf)
      .option('--unit <id>', h.options.unit)
      .option('--json', h.options.json)
      .option('--fail-on <what>', `${h.options.failOn}: overdue`)
      .option('-f, --format <format>', `${msg().rollup.help.exportFormat}: xlsx, csv`)
      .option('-o, --output <file>', h.options.output)
      .option('--force', h.options.force);
  },
  async run([plan], opts, ctx) {
    const asOf = dateFlag(opts.asOf as string | undefined, '--as-of');
    const failOn =
      opts.failOn === undefined ? undefined : choiceFlag(String(opts.failOn), '--fail-on', ['overdue']);
    const { statusCommand } = await import('../commands/status.js');
    return statusCommand(
      plan as string | undefined,
      {
        asOf,
        unit: opts.unit as string | undefined,
        json: Boolean(opts.json),
        failOn,
        ...exportFlags(opts, ['xlsx', 'csv']),
      },
      ctx,
    );
  },
};

/** `--format xlsx|csv [-o FILE] [--force]`: a spreadsheet instead of the table; absent, nothing changes. */
export function exportFlags(opts: Record<string, unknown>, formats: readonly ('xlsx' | 'csv')[]) {
  if (opts.format === undefined) return {};
  return {
    export: {
      format: choiceFlag(String(opts.format), '--format', formats),
      output: opts.output as string | undefined,
      force: Boolean(opts.force),
    },
  };
}
