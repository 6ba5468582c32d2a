import { UsageError } from '../../errors.js';
import { msg } from '../../i18n/index.js';
import { PERIOD_FORMS, parsePeriod } from '../../model/period.js';
import { dateFlag } from '../flags.js';
import type { CommandSpec } from './types.js';

export const receive: CommandSpec = {
  name: 'receive',
  define(cmd, h) {
    const m = msg().receive;
    cmd
      .description(m.command)
      .argument('<source>', m.sourceArg)
      .argument('[plan]', h.args.plan)
      .option('--received <date>', h.options.received)
      .option('--unit <id>', m.unitOption)
      .option('--covers <period>', m.coversOption)
      .option('--dry-run', h.options.dryRun)
      .option('--json', h.options.json);
  },
  async run([file, plan], opts, ctx) {
    const covers = opts.covers === undefined ? undefined : String(opts.covers).trim();
    if (covers !== undefined && !parsePeriod(covers))
      throw new UsageError('badPeriod', { value: covers, forms: PERIOD_FORMS });
    const received = dateFlag(opts.received as string | undefined, '--received');
    const { receiveCommand } = await import('../commands/receive.js');
    return receiveCommand(
      String(file),
      plan as string | undefined,
      {
        received,
        unit: opts.unit === undefined ? undefined : String(opts.unit).trim(),
        covers,
        dryRun: Boolean(opts.dryRun),
        json: Boolean(opts.json),
      },
      ctx,
    );
  },
};
