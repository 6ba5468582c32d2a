import { choiceFlag } from '../flags.js';
import type { CommandSpec } from './types.js';

export const RENDER_FORMATS = ['md', 'docx', 'json'] as const;
export type RenderFormat = (typeof RENDER_FORMATS)[number];

/** Without --format: the output's or the template's extension decides, else markdown. */
function inferFormat(output: string | undefined, template: string | undefined): RenderFormat {
  for (const f of [output, template]) {
    if (f && /\.docx$/iu.test(f)) return 'docx';
    if (f && /\.json$/iu.test(f)) return 'json';
    if (f && /\.(md|markdown|hbs)$/iu.test(f)) return 'md';
  }
  return 'md';
}

export const render: CommandSpec = {
  name: 'render',
  define(cmd, h) {
    cmd
      .description(h.commands.render)
      .argument('[plan]', h.args.plan)
      .option('-f, --format <format>', `${h.options.format}: md, docx, json ${h.default('md')}`)
      .option('-o, --output <file>', h.options.output)
      .option('--template <file>', h.options.template)
      .option('--save-template <file>', h.options.saveTemplate)
      .option('--force', h.options.force);
  },
  async run([plan], opts, ctx) {
    if (opts.saveTemplate !== undefined) {
      const [{ saveShippedTemplate }, { planTemplates }] = await Promise.all([
        import('../commands/render.js'),
        import('../../document/plan/planTemplates.js'),
      ]);
      return saveShippedTemplate(
        planTemplates,
        String(opts.saveTemplate),
        { force: Boolean(opts.force), command: 'render' },
        ctx,
      );
    }
    const output = opts.output as string | undefined;
    const template = opts.template as string | undefined;
    const format =
      opts.format === undefined
        ? inferFormat(output, template)
        : choiceFlag(String(opts.format), '--format', RENDER_FORMATS);
    const { renderCommand } = await import('../commands/render.js');
    return renderCommand(
      plan as string | undefined,
      { format, output, template, force: Boolean(opts.force) },
      ctx,
    );
  },
};
