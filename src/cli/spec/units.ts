import type { CommandSpec } from './types.js';

export const units: CommandSpec = {
  name: 'units',
  define(cmd, h) {
    cmd
      .description(h.commands.units)
      .argument('[plan]', h.args.plan)
      .option('--unit <id>', h.options.unit)
      .option('--json', h.options.json);
  },
  async run([plan], opts, ctx) {
    const { unitsCommand } = await import('../commands/units.js');
    return unitsCommand(
      plan as string | undefined,
      { unit: opts.unit as string | undefined, json: Boolean(opts.json) },
      ctx,
    );
  },
};
