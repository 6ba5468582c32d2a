import { UsageError } from '../../errors.js';
import { msg } from '../../i18n/index.js';
import { PERIOD_FORMS } from '../../model/period.js';
import { dateFlag, periodFlag } from '../flags.js';
import { documentFlags, documentOptions, saveTemplateIfAsked } from './documentFlags.js';
import type { CommandSpec } from './types.js';

export const report: CommandSpec = {
  name: 'report',
  hot: true,
  define(cmd, h) {
    cmd
      .description(h.commands.report)
      .argument('[plan]', h.args.plan)
      .option('-p, --period <period>', h.options.period);
    const r = msg().report;
    documentOptions(cmd, h)
      .option('--date <date>', h.options.date)
      .option('--strict', h.options.strict)
      .option('--cut-off <window>', r.cutOffOption)
      .option('--annex <name>', r.annexOption);
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
    const annex = opts.annex === undefined ? undefined : String(opts.annex).trim();
    if (annex !== undefined && annex !== 'theo-doi') throw new UsageError('reportBadAnnex', { value: annex });
    let dataWindow: { start: string; end: string } | undefined;
    if (opts.cutOff !== undefined) {
      const { parseCutOff } = await import('../../report/cutOff.js');
      dataWindow = parseCutOff(String(opts.cutOff), period);
      if (!dataWindow) throw new UsageError('reportBadCutOff', { value: String(opts.cutOff) });
    }
    const { reportCommand } = await import('../commands/report.js');
    return reportCommand(
      plan as string | undefined,
      {
        ...documentFlags(opts),
        period,
        date,
        strict: Boolean(opts.strict),
        ...(dataWindow ? { dataWindow } : {}),
        annexes: annex ? ['theo-doi'] : [],
      },
      ctx,
    );
  },
};
