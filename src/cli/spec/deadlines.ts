import { msg } from '../../i18n/index.js';
import { optionalDateFlag } from '../flags.js';
import { exportFlags } from './status.js';
import type { CommandSpec } from './types.js';

export const deadlines: CommandSpec = {
  name: 'deadlines',
  hot: true,
  define(cmd, h) {
    cmd
      .description(h.commands.deadlines)
      .argument('[plan]', h.args.plan)
      .option('--from <date>', h.options.from)
      .option('--to <date>', h.options.to)
      .option('--unit <id>', h.options.unit)
      .option('--ics <file>', h.options.ics)
      .option('--force', h.options.force)
      .option('--json', h.options.json)
      .option('-f, --format <format>', `${msg().rollup.help.exportFormat}: csv`)
      .option('-o, --output <file>', h.options.output);
  },
  async run([plan], opts, ctx) {
    const from = optionalDateFlag(opts.from as string | undefined, '--from');
    const to = optionalDateFlag(opts.to as string | undefined, '--to');
    const { deadlinesCommand } = await import('../commands/deadlines.js');
    return deadlinesCommand(
      plan as string | undefined,
      {
        from,
        to,
        unit: opts.unit as string | undefined,
        ics: opts.ics as string | undefined,
        force: Boolean(opts.force),
        json: Boolean(opts.json),
        ...exportFlags(opts, ['csv']),
      },
      ctx,
    );
  },
};
