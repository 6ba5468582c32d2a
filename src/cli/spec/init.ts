import { msg } from '../../i18n/index.js';
import type { CommandSpec } from './types.js';

export const init: CommandSpec = {
  name: 'init',
  define(cmd, h) {
    const m = msg().import.help;
    cmd
      .description(h.commands.init)
      .option('--from <plan>', h.options.initFrom)
      .option('--id <id>', h.options.id)
      .option('--period <period>', m.initPeriod)
      .option('-o, --output <dir>', m.initOutput);
  },
  async run(_args, opts, ctx) {
    const { initCommand } = await import('../commands/init.js');
    const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
    return initCommand(
      {
        ...(str(opts.from) !== undefined ? { from: str(opts.from)! } : {}),
        ...(str(opts.id) !== undefined ? { id: str(opts.id)! } : {}),
        ...(str(opts.period) !== undefined ? { period: str(opts.period)! } : {}),
        ...(str(opts.output) !== undefined ? { output: str(opts.output)! } : {}),
      },
      ctx,
    );
  },
};
