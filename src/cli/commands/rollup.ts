import { plansFound } from '../../check/verdicts.js';
import { UsageError } from '../../errors.js';
import { msg } from '../../i18n/index.js';
import { validateTargets } from '../../load/discover.js';
import type { IsoDate } from '../../model/dates.js';
import { type Period, periodLabel } from '../../model/period.js';
import { measured } from '../../render/terminal/text.js';
import { collectParts } from '../../rollup/collect.js';
import { rollup } from '../../rollup/rollup.js';
import { rollupJson } from '../../rollup/rollupJson.js';
import type { CommandResult, Context } from '../context.js';

export interface RollupCommandOptions {
  asOf: IsoDate;
  period: Period | undefined;
  groupBy: string | undefined;
  format: 'text' | 'json' | 'xlsx' | 'csv';
  output: string | undefined;
  force: boolean;
  failOn: 'overdue' | undefined;
}

/** Group names: `level`, or a label name as the schema allows it. */
const GROUP_BY = /^[a-z0-9][a-z0-9-]*$/u;

export async function rollupCommand(
  paths: string[],
  opts: RollupCommandOptions,
  ctx: Context,
): Promise<CommandResult> {
  const m = msg().rollup;
  if (opts.groupBy !== undefined && !GROUP_BY.test(opts.groupBy))
    throw new UsageError('badChoice', {
      flag: '--group-by',
      value: opts.groupBy,
      choices: ['level', m.labelChoice],
    });
  if (opts.format === 'xlsx' && !opts.output) throw new UsageError('usage', { detail: m.xlsxNeedsOutput });
  // Worker processes start while the plans are being found, as for `plan validate`.
  const targets = validateTargets(paths, ctx.cwd, plansFound);
  const progress = progressBar(ctx, m.progress);
  const parts = await collectParts(
    targets,
    {
      asOf: opts.asOf,
      period: opts.period,
      // Each plan's part stays in memory until the end: keep only what the output shows.
      withTasks: opts.format === 'xlsx' || opts.format === 'csv',
      withReports: opts.format !== 'text',
    },
    progress.tick,
  );
  progress.end();
  const r = rollup(parts, { asOf: opts.asOf, period: opts.period, groupBy: opts.groupBy });
  const overdue = r.totals.tasks.overdue + r.totals.reports.overdue > 0;
  const code = opts.failOn === 'overdue' && overdue ? 1 : 0;
  if (opts.format === 'json') return { stdout: `${JSON.stringify(rollupJson(r), null, 2)}\n`, code };
  if (opts.format === 'xlsx' || opts.format === 'csv') {
    const { rollupSheets } = await import('../../export/rollupSheets.js');
    const { writeExport } = await import('../../export/writeExport.js');
    const done = await writeExport(rollupSheets(r), {
      format: opts.format,
      output: opts.output,
      force: opts.force,
      cwd: ctx.cwd,
    });
    return { stdout: done.stdout, stderr: done.note, code };
  }
  const { renderRollup } = await import('../../rollup/view.js');
  const label = opts.period ? periodLabel(opts.period) : undefined;
  return {
    stdout: await measured(() =>
      renderRollup(r, { color: ctx.color, columns: ctx.columns, periodLabel: label }),
    ),
    code,
  };
}

/**
 * A progress line on stderr, only on a terminal and only while more than about a second of work
 * remains (estimated from the rate so far); cleared when done.
 */
function progressBar(ctx: Context, text: (done: number, total: number) => string) {
  const write = ctx.progress;
  const start = Date.now();
  let shown = false;
  let last = 0;
  return {
    tick(done: number, total: number) {
      if (!write) return;
      const now = Date.now();
      const elapsed = now - start;
      if (elapsed < 300 || now - last < 100) return;
      const remaining = (elapsed / done) * (total - done);
      if (!shown && remaining < 1000) return;
      shown = true;
      last = now;
      const width = 24;
      const full = Math.round((done / total) * width);
      write(`${'█'.repeat(full)}${'░'.repeat(width - full)} ${text(done, total)}`);
    },
    end() {
      if (shown) write?.('');
    },
  };
}
