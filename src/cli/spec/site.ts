import { msg } from '../../i18n/index.js';
import { dateFlag } from '../flags.js';
import type { CommandSpec } from './types.js';

export const site: CommandSpec = {
  name: 'site',
  define(cmd, h) {
    const s = msg().site.help;
    cmd
      .description(s.command)
      .argument('[plan]', s.plan)
      .option('--as-of <date>', h.options.asOf)
      .option('-o, --output <dir>', s.output, 'site')
      .option('--force', s.force);
  },
  async run([plan], opts, ctx) {
    const asOf = dateFlag(opts.asOf as string | undefined, '--as-of');
    const { siteCommand } = await import('../commands/site.js');
    return siteCommand(
      plan as string | undefined,
      { asOf, output: String(opts.output ?? 'site'), force: Boolean(opts.force) },
      ctx,
    );
  },
};
