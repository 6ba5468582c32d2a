import { paragraphs, stripControlDeep } from '../document/cleanText.js';
import { type AssessmentKey, reportDoc } from '../i18n/vi/report.js';
import type { IsoDate } from '../model/dates.js';
import { type Period, periodLabel } from '../model/period.js';
import { type Plan, roman } from '../model/plan.js';
import type { ProgressInput } from '../query/index.js';
import { endReport, type ReportBlockList, rawBlock, rb, tableBlock } from './reportBlocks.js';
import {
  closingSentence,
  nextPeriodLabel,
  openingSentence,
  reportFooter,
  reportHeader,
  reportRecipient,
  reportTitle,
} from './reportFrame.js';
import { reportIndicators } from './reportIndicators.js';
import type { Missing, ReportModel, ReportTask } from './reportModel.js';
import { reportObligations } from './reportObligations.js';
import { reportScope } from './reportScope.js';
import { hasResults, reportTasks } from './reportTasks.js';

const d = reportDoc;

export interface ReportOptions {
  /** The report's date (its header date); statuses are derived as of min(period end, date). */
  date: IsoDate;
}

/**
 * The period's result report, built from the plan and its progress records: sections I (results of
 * each task, the units' reports, the indicators), II (assessment), III (directions, with the
 * unfinished tasks carried forward) and IV (proposals), the officer's own text where there is one and
 * a placeholder line where there is not. Pure: the same inputs give the same model.
 */
export function buildReportModel(
  plan: Plan,
  records: readonly ProgressInput[],
  period: Period,
  options: ReportOptions,
): ReportModel {
  // ISO dates sort as text: the earlier of the report date and the period's end.
  const asOf = [options.date, period.end].sort()[0]!;
  const scope = reportScope(plan, records, period, asOf);
  const a = scope.assessment;
  const tasks = reportTasks(scope);
  const obligations = reportObligations(scope, records);
  const indicators = reportIndicators(scope);
  const written = (k: AssessmentKey | 'situation') => paragraphs(a?.[k]);
  const emptySections = (['strengths', 'weaknesses', 'causes', 'directions', 'proposals'] as const).filter(
    (k) => written(k).length === 0,
  );
  const officer = (k: AssessmentKey): ReportBlockList =>
    (written(k).length > 0 ? written(k) : [d.placeholder]).map((p) => rb('para', p));

  const body: ReportBlockList = [rawBlock('para', openingSentence(plan))];
  for (const p of written('situation')) body.push(rb('para', p));
  const section = (n: number, title: string) => body.push(rb('section', `${roman(n)}. ${title}`));
  const khoan = (n: number, title: string) => body.push(rb('heading', `${n}. ${title}`));

  section(1, d.sections.results);
  khoan(1, d.parts.tasks);
  body.push(...tasks.blocks);
  khoan(2, d.parts.obligations);
  body.push(...obligations.blocks);
  if (indicators) {
    khoan(3, d.parts.indicators);
    body.push(tableBlock(indicators));
  }
  section(2, d.sections.assessment);
  khoan(1, d.parts.strengths);
  body.push(...officer('strengths'));
  khoan(2, d.parts.weaknesses);
  body.push(...officer('weaknesses'));
  khoan(3, d.parts.causes);
  body.push(...officer('causes'));
  section(3, d.sections.directions(nextPeriodLabel(period).toLocaleUpperCase('vi')));
  body.push(...carriedForward(tasks.tasks));
  body.push(...officer('directions'));
  section(4, d.sections.proposals);
  body.push(...officer('proposals'));
  body.push(rb('para', closingSentence(plan, period)));

  const missing: Missing = {
    units: obligations.missing,
    tasks: scope.tasks
      .filter((t) => !hasResults(t, scope))
      .map((t) => ({ id: t.id, number: t.number, title: tasks.tasks.find((x) => x.id === t.id)!.title })),
    indicators: (indicators?.rows ?? [])
      .filter((r) => r.resultValue === null)
      .map((r) => ({ id: r.id, name: r.name })),
    assessment: emptySections,
  };

  return stripControlDeep({
    version: 1,
    kind: 'report',
    id: plan.id,
    period: {
      expr: period.expr,
      kind: period.kind,
      label: periodLabel(period),
      start: period.start,
      end: period.end,
    },
    date: options.date,
    asOf,
    header: reportHeader(plan, options.date),
    title: reportTitle(plan, period),
    recipient: reportRecipient(plan),
    body: endReport(body),
    footer: reportFooter(plan),
    tasks: tasks.tasks,
    obligations: obligations.obligations,
    indicators,
    assessment: a?.period ?? null,
    missing,
  });
}

/**
 * Section III opens with the plan's work still to do: each unfinished scheduled task with where it
 * stands, then one line for the continuous tasks.
 */
function carriedForward(tasks: readonly ReportTask[]): ReportBlockList {
  const top = tasks.filter((t) => t.depth === 0);
  const open = top.filter(
    (t) => t.status === 'in-progress' || t.status === 'overdue' || t.status === 'not-due',
  );
  const out: ReportBlockList = [];
  if (open.length > 0) {
    out.push(rb('para', d.carryIntro));
    for (const t of open)
      out.push(rb('para', `- ${d.carryTask({ title: t.title, lead: t.lead, status: t.statusText })}`));
  }
  if (top.some((t) => t.status === 'continuous')) out.push(rb('para', d.carryContinuous));
  return out;
}
