import { documentFlags, documentOptions, saveTemplateIfAsked } from './documentFlags.js';
import type { CommandSpec } from './types.js';

export { RENDER_FORMATS, type RenderFormat } from './documentFlags.js';

export const render: CommandSpec = {
  name: 'render',
  hot: true,
  define(cmd, h) {
    documentOptions(cmd.description(h.commands.render).argument('[plan]', h.args.plan), h);
  },
  async run([plan], opts, ctx) {
    const saved = await saveTemplateIfAsked(
      opts,
      async () => (await import('../../document/plan/planTemplates.js')).planTemplates,
      'render',
      ctx,
    );
    if (saved) return saved;
    const { renderCommand } = await import('../commands/render.js');
    return renderCommand(plan as string | undefined, documentFlags(opts), ctx);
  },
};
