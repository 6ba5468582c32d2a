import { UsageError } from '../../errors.js';
import { msg } from '../../i18n/index.js';
import { PERIOD_FORMS, parsePeriod } from '../../model/period.js';
import type { ProgressStatus } from '../../model/types.js';
import { slugify } from '../../util/text.js';
import { optionalDateFlag } from '../flags.js';
import type { CommandSpec } from './types.js';

const STATUSES: readonly ProgressStatus[] = ['chua-thuc-hien', 'dang-thuc-hien', 'hoan-thanh', 'tam-dung'];

export const record: CommandSpec = {
  name: 'record',
  define(cmd, h) {
    cmd
      .description(h.commands.record)
      .argument('[plan]', h.args.plan)
      .option('--task <task>', h.options.task)
      .option('--status <status>', h.options.status)
      .option('--date <date>', h.options.date)
      .option('--note <text>', h.options.note)
      .option('--unit <id>', msg().status.record.unitOption)
      .option('--received <date>', h.options.received)
      .option('--reference <text>', h.options.reference)
      .option('--covers <period>', h.options.covers)
      .option('--dry-run', h.options.dryRun);
  },
  async run([plan], opts, ctx) {
    const str = (k: string) => (opts[k] === undefined ? undefined : String(opts[k]));
    const covers = str('covers');
    if (covers !== undefined && !parsePeriod(covers))
      throw new UsageError('badPeriod', { value: covers, forms: PERIOD_FORMS });
    const { recordCommand } = await import('../commands/record.js');
    return recordCommand(
      plan as string | undefined,
      {
        task: str('task'),
        status: statusFlag(str('status')),
        date: optionalDateFlag(str('date'), '--date'),
        note: str('note'),
        unit: str('unit'),
        received: optionalDateFlag(str('received'), '--received'),
        reference: str('reference'),
        covers: covers?.trim(),
        dryRun: Boolean(opts.dryRun),
      },
      ctx,
    );
  },
};

/** The file's status words; "hoàn thành" or "Hoan thanh" are taken for hoan-thanh. */
function statusFlag(value: string | undefined): ProgressStatus | undefined {
  if (value === undefined) return undefined;
  const v = slugify(value);
  if ((STATUSES as readonly string[]).includes(v)) return v as ProgressStatus;
  throw new UsageError('badChoice', { flag: '--status', value, choices: [...STATUSES] });
}
