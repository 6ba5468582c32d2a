import { msg } from '../../i18n/index.js';
import { dateFlag } from '../flags.js';
import { exportFlags } from './status.js';
import type { CommandSpec } from './types.js';

export const units: CommandSpec = {
  name: 'units',
  hot: true,
  define(cmd, h) {
    cmd
      .description(h.commands.units)
      .argument('[plan]', h.args.plan)
      .option('--unit <id>', h.options.unit)
      .option('--json', h.options.json)
      .option('-f, --format <format>', `${msg().rollup.help.exportFormat}: xlsx, csv`)
      .option('--as-of <date>', h.options.asOf)
      .option('-o, --output <file>', h.options.output)
      .option('--force', h.options.force);
  },
  async run([plan], opts, ctx) {
    const { unitsCommand } = await import('../commands/units.js');
    return unitsCommand(
      plan as string | undefined,
      {
        unit: opts.unit as string | undefined,
        json: Boolean(opts.json),
        ...exportFlags(opts, ['xlsx', 'csv']),
        ...(opts.asOf === undefined ? {} : { asOf: dateFlag(String(opts.asOf), '--as-of') }),
      },
      ctx,
    );
  },
};
