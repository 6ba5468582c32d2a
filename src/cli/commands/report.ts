import { UsageError } from '../../errors.js';
import { msg } from '../../i18n/index.js';
import { type IsoDate, vnDate } from '../../model/dates.js';
import { overlaps, type Period, periodLabel } from '../../model/period.js';
import { warningsText } from '../../render/diagnostics.js';
import { type AnnexName, buildReportModel } from '../../report/buildReportModel.js';
import { checklistText, hasMissing } from '../../report/checklistText.js';
import { reportTemplates } from '../../report/reportTemplates.js';
import type { CommandResult, Context } from '../context.js';
import { loadPlanForCommand } from '../loadPlan.js';
import { checkDocumentOutput, type DocumentOutput, emitDocument } from './render.js';

export interface ReportOptions extends DocumentOutput {
  period: Period;
  /** The report's date: its header date, and the day statuses are counted to (at most the period's end). */
  date: IsoDate;
  /** Exit 1 when the report still misses inputs. */
  strict: boolean;
  dataWindow?: { start: IsoDate; end: IsoDate };
  annexes?: AnnexName[];
}

/** "2025-H2" → "2025-H2"; a date range becomes "2025-07-01_2025-09-30" (no ".." in file names). */
const fileSafe = (expr: string) => expr.replace(/\.\./gu, '_');

/**
 * `plan report --period P`: the period's result report (markdown, .docx or its view model), and on
 * stderr the checklist of what a complete report still needs. Exit 0, or 1 with --strict when
 * something is missing.
 */
export async function reportCommand(
  planArg: string | undefined,
  opts: ReportOptions,
  ctx: Context,
): Promise<CommandResult> {
  checkDocumentOutput(opts);
  const { period, date } = opts;
  if (date < period.start) {
    throw new UsageError('reportDateBeforePeriod', { date: vnDate(date), start: vnDate(period.start) });
  }
  const { plan, records, diagnostics } = await loadPlanForCommand(planArg, ctx, 'report');
  if (!overlaps(plan.period, period)) {
    throw new UsageError('reportPeriodOutsidePlan', {
      period: period.expr,
      label: periodLabel(period),
      start: vnDate(plan.period.start),
      end: vnDate(plan.period.end),
    });
  }
  const model = buildReportModel(plan, records, period, {
    date,
    dataWindow: opts.dataWindow,
    annexes: opts.annexes,
  });
  const docxName = `${plan.id}-bao-cao-${fileSafe(period.expr)}.docx`;
  let result: CommandResult;
  try {
    result = await emitDocument(model, reportTemplates, docxName, opts, ctx);
  } catch (e) {
    throw asReportError(e);
  }
  const stderr = warningsText(diagnostics) + checklistText(model, msg().report);
  const code = opts.strict && hasMissing(model.missing) ? 1 : result.code;
  return { ...result, ...(stderr ? { stderr } : {}), code };
}

/** The template errors that point the user to the fields: here, those of the report. */
function asReportError(e: unknown): unknown {
  if (!(e instanceof UsageError)) return e;
  if (e.key === 'templateUnknown') return new UsageError('reportTemplateUnknown', e.args as never);
  if (e.key === 'templateField') return new UsageError('reportTemplateField', e.args as never);
  return e;
}
