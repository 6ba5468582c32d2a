import type { Catalog } from '../i18n/index.js';
import { vnDate } from '../model/dates.js';
import type { Missing, ReportModel } from './reportModel.js';

export const hasMissing = (m: Missing): boolean =>
  m.planNumber ||
  m.recipient ||
  m.units.length + m.tasks.length + m.indicators.length + m.assessment.length + m.toCommune.length > 0;

/**
 * The checklist printed on stderr: what a complete report still needs (units that have not reported,
 * tasks with nothing recorded in the period, indicators without a figure, empty assessment sections).
 * Empty when nothing is missing.
 */
export function checklistText(model: ReportModel, m: Catalog['report']): string {
  const miss = model.missing;
  if (!hasMissing(miss)) return '';
  const out = [m.checklistTitle(model.period.label)];
  if (miss.planNumber)
    out.push(m.planUnnumbered(model.header.number.replace(/^.*\//u, '').replace(/^BC/u, 'KH')));
  if (miss.recipient) out.push(m.noRecipient);
  if (miss.units.length > 0) {
    out.push(m.missingUnits(miss.units.length));
    for (const u of miss.units)
      out.push(
        m.missingUnit({
          name: u.name,
          ...(u.due ? { due: vnDate(u.due) } : {}),
          ...(u.daysLate ? { daysLate: u.daysLate } : {}),
        }),
      );
  }
  if (miss.tasks.length > 0) {
    out.push(m.missingTasks(miss.tasks.length));
    for (const t of miss.tasks) out.push(m.missingTask(t.number, t.title));
  }
  if (miss.indicators.length > 0) {
    out.push(m.missingIndicators(miss.indicators.length));
    for (const i of miss.indicators) out.push(m.missingIndicator(i.name));
  }
  if (miss.assessment.length > 0) {
    out.push(m.missingAssessment(miss.assessment.map((k) => m.assessmentNames[k])));
    out.push(m.assessmentHint(model.period.expr));
  }
  if (miss.toCommune.length > 0) {
    out.push(m.toCommune(miss.toCommune.length, miss.toCommune[0]!.to));
    for (const p of miss.toCommune) out.push(m.toCommuneItem(p.name, p.text));
  }
  return `${out.join('\n')}\n`;
}
