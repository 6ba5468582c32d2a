import { choiceFlag } from '../flags.js';
import type { CommandSpec } from './types.js';

export const validate: CommandSpec = {
  name: 'validate',
  hot: true,
  define(cmd, h) {
    cmd
      .description(h.commands.validate)
      .argument('[paths...]', h.args.paths)
      .option('-f, --format <format>', `${h.options.format}: text, json, github`);
  },
  async run([paths], opts, ctx) {
    const explicit = opts.format as string | undefined;
    const format = explicit
      ? choiceFlag(explicit, '--format', ['text', 'json', 'github'] as const)
      : ctx.env.GITHUB_ACTIONS === 'true'
        ? 'github'
        : 'text';
    const { validateCommand } = await import('../commands/validate.js');
    return validateCommand((paths as string[]) ?? [], { format }, ctx);
  },
};
