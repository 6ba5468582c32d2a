import { msg } from '../../i18n/index.js';
import { choiceFlag, dateFlag, optionalDateFlag } from '../flags.js';
import { saveTemplateIfAsked } from './documentFlags.js';
import type { CommandSpec } from './types.js';

export const REMIND_FORMATS = ['md', 'docx', 'json', 'text'] as const;
export type RemindFormat = (typeof REMIND_FORMATS)[number];

/** Without --format: the output's or the template's extension decides, else markdown. */
function inferFormat(output: string | undefined, template: string | undefined): RemindFormat {
  for (const f of [output, template]) {
    if (f && /\.docx$/iu.test(f)) return 'docx';
    if (f && /\.json$/iu.test(f)) return 'json';
    if (f && /\.txt$/iu.test(f)) return 'text';
    if (f && /\.(md|markdown|hbs)$/iu.test(f)) return 'md';
  }
  return 'md';
}

export const remind: CommandSpec = {
  name: 'remind',
  hot: true,
  define(cmd, h) {
    const r = msg().remind.help;
    cmd
      .description(r.command)
      .argument('[plan]', h.args.plan)
      .option('--as-of <date>', r.asOf)
      .option('--new-due <date>', r.newDue)
      .option('--unit <id>', r.unit)
      .option('--per-unit', r.perUnit)
      .option('-f, --format <format>', `${r.format} ${h.default('md')}`)
      .option('-o, --output <file>', h.options.output)
      .option('--number <text>', r.number)
      .option('--record', r.record)
      .option('--template <file>', h.options.template)
      .option('--save-template <file>', h.options.saveTemplate)
      .option('--force', h.options.force);
  },
  async run([plan], opts, ctx) {
    const saved = await saveTemplateIfAsked(
      opts,
      async () => (await import('../../remind/remindTemplates.js')).remindTemplates,
      'remind',
      ctx,
    );
    if (saved) return saved;
    const output = opts.output as string | undefined;
    const template = opts.template as string | undefined;
    const format =
      opts.format === undefined
        ? inferFormat(output, template)
        : choiceFlag(String(opts.format), '--format', REMIND_FORMATS);
    const asOf = dateFlag(opts.asOf as string | undefined, '--as-of');
    const newDue = optionalDateFlag(opts.newDue as string | undefined, '--new-due');
    const { remindCommand } = await import('../commands/remind.js');
    return remindCommand(
      plan as string | undefined,
      {
        format,
        output,
        template,
        force: Boolean(opts.force),
        asOf,
        newDue,
        unit: opts.unit as string | undefined,
        perUnit: Boolean(opts.perUnit),
        number: opts.number as string | undefined,
        record: Boolean(opts.record),
      },
      ctx,
    );
  },
};
