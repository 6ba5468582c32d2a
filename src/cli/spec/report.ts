import { UsageError } from '../../errors.js';
import { PERIOD_FORMS } from '../../model/period.js';
import { dateFlag, periodFlag } from '../flags.js';
import { documentFlags, documentOptions, saveTemplateIfAsked } from './documentFlags.js';
import type { CommandSpec } from './types.js';

export const report: CommandSpec = {
  name: 'report',
  define(cmd, h) {
    cmd
      .description(h.commands.report)
      .argument('[plan]', h.args.plan)
      .option('-p, --period <period>', h.options.period);
    documentOptions(cmd, h).option('--date <date>', h.options.date).option('--strict', h.options.strict);
  },
  async run([plan], opts, ctx) {
    const saved = await saveTemplateIfAsked(
      opts,
      async () => (await import('../../report/reportTemplates.js')).reportTemplates,
      'report --period …',
      ctx,
    );
    if (saved) return saved;
    if (opts.period === undefined) throw new UsageError('reportNeedsPeriod', { forms: PERIOD_FORMS });
    const period = periodFlag(String(opts.period));
    const date = dateFlag(opts.date as string | undefined, '--date');
    const { reportCommand } = await import('../commands/report.js');
    return reportCommand(
      plan as string | undefined,
      { ...documentFlags(opts), period, date, strict: Boolean(opts.strict) },
      ctx,
    );
  },
};
