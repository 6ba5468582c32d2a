import { PERIOD_FORMS } from '../../model/period.js';
import { UsageError } from '../errors.js';
import { choiceFlag, dateFlag, periodFlag } from '../flags.js';
import { RENDER_FORMATS, type RenderFormat } from './render.js';
import type { CommandSpec } from './types.js';

/** Without --format: the output's or the template's extension decides, else markdown (as `plan render`). */
function inferFormat(output: string | undefined, template: string | undefined): RenderFormat {
  for (const f of [output, template]) {
    if (f && /\.docx$/iu.test(f)) return 'docx';
    if (f && /\.json$/iu.test(f)) return 'json';
    if (f && /\.(md|markdown|hbs)$/iu.test(f)) return 'md';
  }
  return 'md';
}

export const report: CommandSpec = {
  name: 'report',
  define(cmd, h) {
    cmd
      .description(h.commands.report)
      .argument('[plan]', h.args.plan)
      .option('-p, --period <period>', h.options.period)
      .option('-f, --format <format>', `${h.options.format}: md, docx, json ${h.default('md')}`)
      .option('-o, --output <file>', h.options.output)
      .option('--template <file>', h.options.template)
      .option('--save-template <file>', h.options.saveTemplate)
      .option('--date <date>', h.options.date)
      .option('--strict', h.options.strict)
      .option('--force', h.options.force);
  },
  async run([plan], opts, ctx) {
    if (opts.saveTemplate !== undefined) {
      const [{ saveShippedTemplate }, { reportTemplates }] = await Promise.all([
        import('../commands/render.js'),
        import('../../report/reportTemplates.js'),
      ]);
      return saveShippedTemplate(
        reportTemplates,
        String(opts.saveTemplate),
        { force: Boolean(opts.force), command: 'report --period …' },
        ctx,
      );
    }
    if (opts.period === undefined) throw new UsageError('reportNeedsPeriod', { forms: PERIOD_FORMS });
    const period = periodFlag(String(opts.period));
    const date = dateFlag(opts.date as string | undefined, '--date');
    const output = opts.output as string | undefined;
    const template = opts.template as string | undefined;
    const format =
      opts.format === undefined
        ? inferFormat(output, template)
        : choiceFlag(String(opts.format), '--format', RENDER_FORMATS);
    const { reportCommand } = await import('../commands/report.js');
    return reportCommand(
      plan as string | undefined,
      { format, output, template, force: Boolean(opts.force), period, date, strict: Boolean(opts.strict) },
      ctx,
    );
  },
};
