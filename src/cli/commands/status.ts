import { UsageError } from '../../errors.js';
import { msg } from '../../i18n/index.js';
import type { IsoDate } from '../../model/dates.js';
import type { Plan } from '../../model/plan.js';
import { statusJson } from '../../query/json.js';
import { findUnit } from '../../query/resolve.js';
import { hasOverdue, status } from '../../query/status.js';
import { warningsText } from '../../render/diagnostics.js';
import { renderStatus } from '../../render/terminal/statusView.js';
import { measured } from '../../render/terminal/text.js';
import type { CommandResult, Context } from '../context.js';
import { loadPlanForCommand } from '../loadPlan.js';

export interface StatusOptions {
  asOf: IsoDate;
  unit: string | undefined;
  json: boolean;
  failOn: 'overdue' | undefined;
  /** `--format xlsx|csv`: the tasks (and reports owed) as a spreadsheet. */
  export?: ExportFlags;
}

export interface ExportFlags {
  format: 'xlsx' | 'csv';
  output: string | undefined;
  force: boolean;
}

export async function statusCommand(
  planArg: string | undefined,
  opts: StatusOptions,
  ctx: Context,
): Promise<CommandResult> {
  const loaded = await loadPlanForCommand(planArg, ctx, 'status');
  const { plan } = loaded;
  const unit = unitFlag(plan, opts.unit);
  const report = status(plan, loaded.records, { asOf: opts.asOf, unit });
  const code = opts.failOn === 'overdue' && hasOverdue(report) ? 1 : 0;
  const stderr = warningsText(loaded.diagnostics);
  if (opts.export) {
    const { statusSheets } = await import('../../export/planSheets.js');
    const { writeExport } = await import('../../export/writeExport.js');
    const done = await writeExport(statusSheets(plan, report), { ...opts.export, cwd: ctx.cwd });
    return { stdout: done.stdout, stderr: stderr + (done.note ?? ''), code };
  }
  if (opts.json) {
    const m = msg().status;
    const json = statusJson(plan, report, { task: m.taskLabel, obligation: m.obligationLabel });
    return { stdout: `${JSON.stringify(json, null, 2)}\n`, stderr, code };
  }
  return {
    stdout: await measured(() => renderStatus(plan, report, { color: ctx.color, columns: ctx.columns })),
    stderr,
    code,
  };
}

/** `--unit ID` (or a unit's name): a unit of the plan, or a usage error with a "did you mean". */
export function unitFlag(plan: Plan, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const r = findUnit(plan, value);
  if (r.found) return r.found.id;
  throw new UsageError('unknownUnit', r.suggestion ? { id: value, suggestion: r.suggestion } : { id: value });
}
