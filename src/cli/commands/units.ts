import { unitsJson } from '../../query/json.js';
import { unitSheets } from '../../query/unitSheets.js';
import { warningsText } from '../../render/diagnostics.js';
import { measured } from '../../render/terminal/text.js';
import { renderUnits } from '../../render/terminal/unitsView.js';
import type { CommandResult, Context } from '../context.js';
import { loadPlanForCommand } from '../loadPlan.js';
import { unitFlag } from './status.js';

export interface UnitsOptions {
  unit: string | undefined;
  json: boolean;
}

export async function unitsCommand(
  planArg: string | undefined,
  opts: UnitsOptions,
  ctx: Context,
): Promise<CommandResult> {
  const loaded = await loadPlanForCommand(planArg, ctx, 'units');
  const { plan } = loaded;
  const unit = unitFlag(plan, opts.unit);
  const sheets = unitSheets(plan, { unit });
  const stderr = warningsText(loaded.diagnostics);
  if (opts.json) return { stdout: `${JSON.stringify(unitsJson(plan, sheets), null, 2)}\n`, stderr, code: 0 };
  return {
    stdout: await measured(() => renderUnits(plan, sheets, { color: ctx.color, columns: ctx.columns })),
    stderr,
    code: 0,
  };
}
