import { resolve } from 'node:path';
import { UsageError } from '../../errors.js';
import { msg } from '../../i18n/index.js';
import { displayPath } from '../../load/discover.js';
import type { IsoDate } from '../../model/dates.js';
import { deadlines } from '../../query/deadlines.js';
import { deadlinesJson } from '../../query/json.js';
import { warningsText } from '../../render/diagnostics.js';
import { renderDeadlines } from '../../render/terminal/deadlinesView.js';
import { measured } from '../../render/terminal/text.js';
import { writeFileAtomic } from '../../util/atomicWrite.js';
import { isStdout } from '../../util/output.js';
import type { CommandResult, Context } from '../context.js';
import { loadPlanForCommand } from '../loadPlan.js';
import { type ExportFlags, unitFlag } from './status.js';

export interface DeadlinesOptions {
  from: IsoDate | undefined;
  to: IsoDate | undefined;
  unit: string | undefined;
  ics: string | undefined;
  force: boolean;
  json: boolean;
  /** `--format csv`: the dated tasks and reports as CSV. */
  export?: ExportFlags;
}

export async function deadlinesCommand(
  planArg: string | undefined,
  opts: DeadlinesOptions,
  ctx: Context,
): Promise<CommandResult> {
  if (opts.from && opts.to && opts.from > opts.to)
    throw new UsageError('usage', { detail: msg().status.deadlines.reversed(opts.from, opts.to) });
  const loaded = await loadPlanForCommand(planArg, ctx, 'deadlines');
  const { plan } = loaded;
  const unit = unitFlag(plan, opts.unit);
  const d = deadlines(plan, { from: opts.from, to: opts.to, unit });
  let stderr = warningsText(loaded.diagnostics);
  if (opts.ics) {
    const { deadlinesIcs } = await import('../../render/ics.js');
    if (isStdout(opts.ics)) return { stdout: deadlinesIcs(plan, d), stderr, code: 0 };
    const abs = resolve(ctx.cwd, opts.ics);
    const path = displayPath(abs, ctx.cwd);
    writeFileAtomic(abs, deadlinesIcs(plan, d), { force: opts.force, display: path });
    stderr += `${msg().status.deadlines.icsWritten({ path, events: d.items.length })}\n`;
  }
  if (opts.export) {
    const { deadlinesSheet } = await import('../../export/planSheets.js');
    const { writeExport } = await import('../../export/writeExport.js');
    const done = await writeExport([deadlinesSheet(plan, d)], { ...opts.export, cwd: ctx.cwd });
    return { stdout: done.stdout, stderr: stderr + (done.note ?? ''), code: 0 };
  }
  if (opts.json) return { stdout: `${JSON.stringify(deadlinesJson(plan, d), null, 2)}\n`, stderr, code: 0 };
  return {
    stdout: await measured(() => renderDeadlines(plan, d, { color: ctx.color, columns: ctx.columns })),
    stderr,
    code: 0,
  };
}
