import type { report as viReport, reportErrors as viReportErrors } from '../vi/report.js';

// The report document itself stays Vietnamese (it is an ND30 document): only the checklist and errors.

const s = (n: number) => (n === 1 ? '' : 's');

export const report: ReturnType<typeof viReport> = {
  cutOffOption:
    'data cut-off: nd09 (Nghị định 09/2019/NĐ-CP, e.g. 15/6–14/12 for the second half) or YYYY-MM-DD..YYYY-MM-DD',
  annexOption: 'add an internal annex: theo-doi (which units have reported)',
  checklistTitle: (period) => `The report for ${period} still lacks:`,
  missingUnits: (n) => `- Unit${s(n)} that have not reported (${n}):`,
  missingUnit: (a) =>
    `    + ${a.name}${a.daysLate ? ` (${a.daysLate} day${s(a.daysLate)} overdue)` : a.due ? ` (due ${a.due})` : ''}`,
  missingTasks: (n) => `- Task${s(n)} with no result recorded in the period (${n}):`,
  missingTask: (number, title) => `    + Task ${number}: ${title}`,
  missingIndicators: (n) => `- Indicator${s(n)} without a figure (${n}):`,
  missingIndicator: (name) => `    + ${name}`,
  toCommune: (n, commune) =>
    `- Unit proposal${s(n)} addressed to ${commune}, to act on (${n}; not carried up in section IV):`,
  toCommuneItem: (unit, text) => `    + ${unit}: ${text}`,
  missingAssessment: (sections) => `- Empty assessment sections: ${sections.join('; ')}.`,
  assessmentHint: (period) =>
    `    Write them in a file under progress/ with "kind: assessment" and "period: ${period}".`,
  assessmentNames: {
    strengths: 'strengths (ưu điểm)',
    weaknesses: 'shortcomings (tồn tại, hạn chế)',
    causes: 'causes (nguyên nhân)',
    directions: 'directions (phương hướng, nhiệm vụ)',
    proposals: 'proposals (đề xuất, kiến nghị)',
    funding: 'funding (kinh phí thực hiện)',
  },
  planUnnumbered: (symbol) =>
    `- The plan has no number or date yet: the opening leaves "Kế hoạch số …/${symbol} ngày …" blank; fill it in once the plan is issued.`,
  noRecipient:
    '- The plan names no recipient for its report: add "reporting: { to: [...] }" to the plan to get a "Kính gửi" line.',
};

export const reportErrors: ReturnType<typeof viReportErrors> = {
  reportNeedsPeriod: (a) =>
    `Say which period to report on: --period PERIOD. Accepted forms: ${a.forms.join(', ')}.\nExample: plan report --period 2025-H2 --format docx`,
  reportPeriodOutsidePlan: (a) =>
    `The period ${a.period} (${a.label}) lies outside the plan's period (${a.start} – ${a.end}); choose a period within it.`,
  reportDateBeforePeriod: (a) =>
    `--date ${a.date} is before the report period starts (${a.start}); the report's date must be on or after it.`,
  reportTemplateUnknown: (a) =>
    `Template "${a.path}" uses tags that are not in the report's data: ${a.tags
      .map((t) => `{${t.tag}}${t.suggestion ? ` (did you mean {${t.suggestion}}?)` : ''}`)
      .join(', ')}.\nSee the fields you can use: plan report --period … --format json`,
  reportBadCutOff: (a) =>
    `--cut-off "${a.value}" is not valid: use nd09 (the data cut-off of Nghị định 09/2019/NĐ-CP) or a range YYYY-MM-DD..YYYY-MM-DD.`,
  reportBadAnnex: (a) => `--annex "${a.value}" does not exist; the annex that can be added: theo-doi.`,
  reportTemplateField: (a) =>
    `Template "${a.path}"${a.line ? `, line ${a.line}` : ''}: the field "${a.field}" is not in the report's data.\nSee the fields you can use: plan report --period … --format json`,
};
