import { endWith } from '../document/blocks.js';
import { cleanText, paragraphs, stripControlDeep } from '../document/cleanText.js';
import { type AssessmentKey, reportDoc } from '../i18n/vi/report.js';
import { type IsoDate, vnDate } from '../model/dates.js';
import { type Period, periodLabel } from '../model/period.js';
import { type Plan, roman } from '../model/plan.js';
import type { ProgressInput } from '../query/index.js';
import { proposalAddressee } from './addressee.js';
import { endReport, type ReportBlockList, rawBlock, rb, tableBlock } from './reportBlocks.js';
import {
  closingSentence,
  nextPeriodLabel,
  openingSentence,
  planIsNumbered,
  recipientIds,
  reporterName,
  reportFooter,
  reportHeader,
  reportRecipient,
  reportTitle,
  subjectLine,
} from './reportFrame.js';
import { reportIndicators } from './reportIndicators.js';
import type { Missing, ReportAnnex, ReportModel, ReportTask } from './reportModel.js';
import { reportObligations } from './reportObligations.js';
import { attributed } from './reportProse.js';
import { type ReportScope, reportScope } from './reportScope.js';
import { hasResults, reportTasks } from './reportTasks.js';

const d = reportDoc;

/** The annexes `plan report --annex` can add. */
export const ANNEXES = ['theo-doi'] as const;
export type AnnexName = (typeof ANNEXES)[number];

export interface ReportOptions {
  /** The report's date (its header date); statuses are derived as of min(period end, date). */
  date: IsoDate;
  /** The data's cut-off (Nghị định 09/2019/NĐ-CP), printed under the opening; the period's own dates by default. */
  dataWindow?: { start: IsoDate; end: IsoDate } | undefined;
  annexes?: readonly AnnexName[] | undefined;
}

/**
 * The period's result report, built from the plan and its progress records, in the order real
 * reports follow (see report-structure.md): the opening citing what the plan implements and the plan
 * itself; I. the results of each task as prose from the units' reports, then the indicators and the
 * funding; II. the assessment, the units' difficulties among the shortcomings; III. directions, with
 * the plan's unfinished work carried forward; IV. proposals, the units' among them. Where a part has
 * nothing yet, a visible placeholder and a line in `missing` (the stderr checklist); never invented
 * text. Who has not reported is follow-up: `missing.units`, and the optional annex. Pure.
 */
export function buildReportModel(
  plan: Plan,
  records: readonly ProgressInput[],
  period: Period,
  options: ReportOptions,
): ReportModel {
  // ISO dates sort as text: the earlier of the report date and the period's end.
  const asOf = [options.date, period.end].sort()[0]!;
  const window = options.dataWindow ?? null;
  const data = window
    ? { start: window.start, end: [window.end, options.date].sort()[0]! }
    : { start: period.start, end: asOf };
  const scope = reportScope(plan, records, period, asOf, options.date, data);
  const a = scope.assessment;
  const tasks = reportTasks(scope);
  const obligations = reportObligations(scope);
  const indicators = reportIndicators(scope);
  const hasFunding = plan.file.sections.some((s) => s.kind === 'funding');
  const written = (k: AssessmentKey | 'situation') => paragraphs(a?.[k]);
  const fromUnits = (k: 'difficulties' | 'proposals' | 'general' | 'directions') =>
    scope.reports.flatMap((r) =>
      paragraphs(r[k]).map((p) => attributed(plan, r.unit, p, k === 'directions' ? 'will' : 'did', r.sender)),
    );
  const difficulties = fromUnits('difficulties');
  // IV carries up only what the units ask of a level above the commune; what they ask of the commune
  // itself is the officer's to act on (stderr checklist), not the commune's own proposal.
  const proposed = scope.reports.flatMap((r) =>
    paragraphs(r.proposals).map((text) => ({ unit: r.unit, sender: r.sender, text })),
  );
  const proposals = proposed
    .filter((p) => proposalAddressee(p.text) === 'higher')
    .map((p) => attributed(plan, p.unit, p.text, 'did', p.sender));
  const toCommune = proposed
    .filter((p) => proposalAddressee(p.text) === 'commune')
    .map((p) => ({
      unit: p.unit,
      name: cleanText(p.sender ?? plan.units.name(p.unit)),
      text: cleanText(p.text),
      to: reporterName(plan),
    }));
  const carried = carriedForward(plan, period, tasks.tasks, scope);
  // The units' own directions belong in III whether or not the plan runs past the period: III speaks
  // of the next period, and what each unit says it will do then is what the commune can report of it.
  const unitDirections = fromUnits('directions');
  const filled: Record<AssessmentKey, number> = {
    strengths: written('strengths').length,
    weaknesses: written('weaknesses').length + difficulties.length,
    causes: written('causes').length,
    directions: written('directions').length + carried.length + unitDirections.length,
    proposals: written('proposals').length + proposals.length,
    funding: hasFunding ? written('funding').length : 1,
  };
  const emptySections = (Object.keys(filled) as AssessmentKey[]).filter((k) => filled[k] === 0);
  const paras = (list: readonly string[]): ReportBlockList => list.map((p) => rb('para', p));
  const officer = (k: AssessmentKey, more: readonly string[] = []): ReportBlockList =>
    filled[k] > 0 ? paras([...written(k), ...more]) : [rb('para', d.placeholder)];

  const body: ReportBlockList = [rawBlock('para', openingSentence(plan, period))];
  if (window) body.push(rb('para', d.dataWindow(vnDate(window.start), vnDate(window.end))));
  body.push(...paras(written('situation')));
  const section = (n: number, title: string) => body.push(rb('section', `${roman(n)}. ${title}`));
  let k = 0;
  const khoan = (title: string) => body.push(rb('heading', `${++k}. ${title}`));

  section(1, d.sections.results);
  body.push(...paras(fromUnits('general')));
  khoan(d.parts.tasks);
  body.push(...tasks.blocks);
  if (indicators) {
    khoan(d.parts.indicators);
    body.push(tableBlock(indicators));
  }
  if (hasFunding) {
    khoan(d.parts.funding);
    body.push(...officer('funding'));
  }
  section(2, d.sections.assessment);
  k = 0;
  khoan(d.parts.strengths);
  body.push(...officer('strengths'));
  khoan(d.parts.weaknesses);
  body.push(...officer('weaknesses', difficulties));
  khoan(d.parts.causes);
  body.push(...officer('causes'));
  section(3, d.sections.directions(nextPeriodLabel(period).toLocaleUpperCase('vi')));
  body.push(
    ...(filled.directions > 0
      ? [...carried, ...paras(written('directions')), ...paras(unitDirections)]
      : officer('directions')),
  );
  section(4, d.sections.proposals);
  body.push(...officer('proposals', proposals));
  body.push(rb('para', closingSentence(plan, period)));

  const annexes: ReportAnnex[] = [];
  if (options.annexes?.includes('theo-doi')) {
    annexes.push({
      label: d.annexLabel,
      title: [d.annexTitle],
      note: d.annexNote(
        subjectLine(plan, period)
          .replace(/^Kết quả /u, '')
          .replace(/^thực hiện /u, ''),
      ),
      body: obligations.blocks,
    });
  }

  const missing: Missing = {
    planNumber: !planIsNumbered(plan),
    recipient: recipientIds(plan).length === 0,
    units: obligations.missing,
    tasks: scope.tasks
      .filter((t) => !hasResults(t, scope))
      .map((t) => ({ id: t.id, number: t.number, title: tasks.tasks.find((x) => x.id === t.id)!.title })),
    indicators: (indicators?.rows ?? [])
      .filter((r) => r.resultValue === null)
      .map((r) => ({ id: r.id, name: r.name })),
    assessment: emptySections,
    toCommune,
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
    annexes,
    dataWindow: window,
    tasks: tasks.tasks,
    obligations: obligations.obligations,
    indicators,
    assessment: a?.period ?? null,
    missing,
  });
}

/**
 * Section III opens with the plan's work still to do: its dated tasks not finished (due after the
 * period, or due in it with nothing reported on them), then, while the plan still runs after the period,
 * its continuous tasks. A plan that ends with the period carries no continuous work forward.
 */
function carriedForward(
  plan: Plan,
  period: Period,
  tasks: readonly ReportTask[],
  scope: ReportScope,
): ReportBlockList {
  const top = tasks.filter((t) => t.depth === 0);
  const open = top.filter((t) => {
    if (t.status !== 'in-progress' && t.status !== 'not-due' && t.status !== 'overdue') return false;
    const task = plan.taskById.get(t.id);
    // Work due after the period goes on; work due in it goes on only if nothing was reported on it.
    return (t.due !== null && t.due > period.end) || (task !== undefined && !hasResults(task, scope));
  });
  const out: ReportBlockList = [];
  if (open.length > 0) {
    out.push(rb('para', d.carryIntro));
    open.forEach((t, i) => out.push(rb('para', `- ${endWith(t.title, i === open.length - 1 ? '.' : ';')}`)));
  }
  if (plan.period.end > period.end && top.some((t) => t.status === 'continuous'))
    out.push(rb('para', d.carryContinuous));
  return out;
}
