import { choiceFlag, dateFlag } from '../flags.js';
import type { CommandSpec } from './types.js';

export const status: CommandSpec = {
  name: 'status',
  define(cmd, h) {
    cmd
      .description(h.commands.status)
      .argument('[plan]', h.args.plan)
      .option('--as-of <date>', h.options.asOf)
      .option('--unit <id>', h.options.unit)
      .option('--json', h.options.json)
      .option('--fail-on <what>', `${h.options.failOn}: overdue`);
  },
  async run([plan], opts, ctx) {
    const asOf = dateFlag(opts.asOf as string | undefined, '--as-of');
    const failOn =
      opts.failOn === undefined ? undefined : choiceFlag(String(opts.failOn), '--fail-on', ['overdue']);
    const { statusCommand } = await import('../commands/status.js');
    return statusCommand(
      plan as string | undefined,
      { asOf, unit: opts.unit as string | undefined, json: Boolean(opts.json), failOn },
      ctx,
    );
  },
};
