import type { Command } from 'commander';
import type { Catalog } from '../../i18n/index.js';
import type { ShippedTemplates } from '../commands/render.js';
import type { CommandResult, Context } from '../context.js';
import { choiceFlag } from '../flags.js';

/** The options every document-writing command shares (`plan render`, `plan report`). */
export const RENDER_FORMATS = ['md', 'docx', 'json'] as const;
export type RenderFormat = (typeof RENDER_FORMATS)[number];

export interface DocumentFlags {
  format: RenderFormat;
  output: string | undefined;
  template: string | undefined;
  force: boolean;
}

export function documentOptions(cmd: Command, h: Catalog['help']): Command {
  return cmd
    .option('-f, --format <format>', `${h.options.format}: md, docx, json ${h.default('md')}`)
    .option('-o, --output <file>', h.options.output)
    .option('--template <file>', h.options.template)
    .option('--save-template <file>', h.options.saveTemplate)
    .option('--force', h.options.force);
}

/** Without --format: the output's or the template's extension decides, else markdown. */
function inferFormat(output: string | undefined, template: string | undefined): RenderFormat {
  for (const f of [output, template]) {
    if (f && /\.docx$/iu.test(f)) return 'docx';
    if (f && /\.json$/iu.test(f)) return 'json';
    if (f && /\.(md|markdown|hbs)$/iu.test(f)) return 'md';
  }
  return 'md';
}

export function documentFlags(opts: Record<string, unknown>): DocumentFlags {
  const output = opts.output as string | undefined;
  const template = opts.template as string | undefined;
  const format =
    opts.format === undefined
      ? inferFormat(output, template)
      : choiceFlag(String(opts.format), '--format', RENDER_FORMATS);
  return { format, output, template, force: Boolean(opts.force) };
}

/** `--save-template FILE`: write the shipped .docx template instead of a document; needs no plan. */
export async function saveTemplateIfAsked(
  opts: Record<string, unknown>,
  templates: () => Promise<ShippedTemplates>,
  command: string,
  ctx: Context,
): Promise<CommandResult | undefined> {
  if (opts.saveTemplate === undefined) return undefined;
  const { saveShippedTemplate } = await import('../commands/render.js');
  return saveShippedTemplate(
    await templates(),
    String(opts.saveTemplate),
    { force: Boolean(opts.force), command },
    ctx,
  );
}
