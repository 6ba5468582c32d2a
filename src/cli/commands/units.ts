import type { IsoDate } from '../../model/dates.js';
import { today } from '../../model/dates.js';
import { unitsJson } from '../../query/json.js';
import { unitSheets } from '../../query/unitSheets.js';
import { warningsText } from '../../render/diagnostics.js';
import { measured } from '../../render/terminal/text.js';
import { renderUnits } from '../../render/terminal/unitsView.js';
import type { CommandResult, Context } from '../context.js';
import { loadPlanForCommand } from '../loadPlan.js';
import { type ExportFlags, unitFlag } from './status.js';

export interface UnitsOptions {
  unit: string | undefined;
  json: boolean;
  /** `--format xlsx|csv`: "Phụ lục phân công nhiệm vụ" as a spreadsheet, status as of `asOf`. */
  export?: ExportFlags;
  asOf?: IsoDate;
}

export async function unitsCommand(
  planArg: string | undefined,
  opts: UnitsOptions,
  ctx: Context,
): Promise<CommandResult> {
  const loaded = await loadPlanForCommand(planArg, ctx, 'units');
  const { plan } = loaded;
  const unit = unitFlag(plan, opts.unit);
  const stderr = warningsText(loaded.diagnostics);
  if (opts.export) {
    const { status } = await import('../../query/status.js');
    const { assignmentSheet } = await import('../../export/planSheets.js');
    const { writeExport } = await import('../../export/writeExport.js');
    const report = status(plan, loaded.records, { asOf: opts.asOf ?? today(), unit });
    const done = await writeExport([assignmentSheet(plan, report)], { ...opts.export, cwd: ctx.cwd });
    return { stdout: done.stdout, stderr: stderr + (done.note ?? ''), code: 0 };
  }
  const sheets = unitSheets(plan, { unit });
  if (opts.json) return { stdout: `${JSON.stringify(unitsJson(plan, sheets), null, 2)}\n`, stderr, code: 0 };
  return {
    stdout: await measured(() => renderUnits(plan, sheets, { color: ctx.color, columns: ctx.columns })),
    stderr,
    code: 0,
  };
}
