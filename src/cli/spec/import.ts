import { msg } from '../../i18n/index.js';
import type { CommandSpec } from './types.js';

export const importSpec: CommandSpec = {
  name: 'import',
  define(cmd, h) {
    const m = msg().import.help;
    cmd
      .description(h.commands.import)
      .argument('<source>', h.args.source)
      .option('-o, --output <file>', m.output)
      .option('--force', h.options.force)
      .option('--id <id>', m.id);
  },
  async run([source], opts, ctx) {
    const { importCommand } = await import('../commands/import.js');
    return importCommand(
      source as string,
      {
        ...(typeof opts.output === 'string' ? { output: opts.output } : {}),
        force: opts.force === true,
        ...(typeof opts.id === 'string' ? { id: opts.id } : {}),
      },
      ctx,
    );
  },
};
