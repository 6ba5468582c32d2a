import type { importErrors as viErrors, importText as viText } from '../vi/import.js';

const q = (s: string) => `"${s.length > 80 ? `${s.slice(0, 77)}…` : s}"`;

export const importErrors: ReturnType<typeof viErrors> = {
  importEmpty: () => 'The file has nothing in it to make a plan from.',
  importNoTasks: () =>
    'No tasks found: the document needs Roman-numbered sections (I., II., …) with numbered tasks (1., 2., …), or a "Danh mục nhiệm vụ" table. Nothing was written.',
  importNotDocx: (a) =>
    `"${a.path}" is not a readable Word .docx file (perhaps a picture or another file renamed). Open it in Word or LibreOffice and save it as .docx.`,
  importLegacyDoc: (a) =>
    `"${a.path}" is an old Word file (.doc). Open it in Word or LibreOffice, save it as .docx and run again.`,
  importPdf: (a) =>
    `"${a.path}" is a PDF, which cannot be read yet. Use the .docx of the document, or copy its text into a .txt file.`,
  importNotText: (a) =>
    `"${a.path}" is neither text (.txt, .md) nor a readable Word file (.docx). If it is text, save it again as UTF-8.`,
  importTooLarge: (a) => `"${a.path}" is too large (limit ${a.limit}).`,
  importInvalid: (a) =>
    `Could not make a valid plan from this document (a bug in plan, please report it); nothing was written:\n${a.detail}`,
  badPlanId: (a) =>
    `--id: "${a.id}" is not valid. A plan id is lower-case ASCII letters, digits and dashes, e.g. "minh-long-2026-h1".`,
  initNotFolder: (a) => `-o: "${a.path}" is a file; plan init needs a folder to create plan.yaml in.`,
  initExists: (a) =>
    `"${a.path}" already holds a plan; plan init never overwrites. Choose another folder with -o or another id with --id.`,
};

export const importText: ReturnType<typeof viText> = {
  review: 'REVIEW',
  at: (unit, n) => (unit === 'line' ? `line ${n}` : `paragraph ${n}`),
  remark: {
    skipped: (a) => `skipped lines ${a.from}–${a.to}: a header that is not part of the document`,
    unplaced: (a) => `could not be placed; kept here as written: ${q(a.text)}`,
    lost: (a) => `not turned into structure; kept here word for word: ${q(a.text)}`,
    headerSkipped: (a) =>
      `a line of the head that is not used (neither issuer, number nor date): ${q(a.text)}`,
    noSections: () =>
      'the document has no Roman sections (I., II., …); its numbered items are taken as the tasks, under a provisional "NỘI DUNG" heading',
    unitSentence: (a) =>
      `the "${a.label}" line is a sentence; it is kept word for word, and the units found in it are tracked: ${a.units} — check them`,
    noUnits: (a) => `no unit recognised on the "${a.label}" line (${q(a.text)}); kept as a bullet`,
    timeUnknown: (a) => `time ${q(a.text)} not understood; recorded as having no date (unscheduled)`,
    noLead: (a) => `task ${a.number}: the document names no lead unit`,
    noTime: (a) => `task ${a.number}: the document gives no time frame`,
    sectionNoLead: (a) =>
      `none of the ${a.count} tasks in this section names a lead unit${a.where ? `; the assignments are in section ${a.where} (Tổ chức thực hiện) — set lead/support on each task` : ''}`,
    sectionNoTime: (a) => `none of the ${a.count} tasks in this section gives a time frame`,
    issuerGuessed: (a) => `the document has no header; issuing body taken from the text: ${a.name}`,
    issuerMissing: () => 'no issuing body found; "Cơ quan ban hành" written as a placeholder',
    titleMissing: () => 'no subject line (trích yếu) after the document type',
    signatureMissing: () =>
      'the document has no signature block; the usual one was filled in, correct the signer',
    recipientsMissing: () => 'the document has no "Nơi nhận"',
    archiveMissing: () => '"Nơi nhận" has no "Lưu:" line; "VT" was written',
    tableStray: (a) => `stray line in the task table (the source table may be incomplete): ${q(a.text)}`,
    tableStopped: (a) =>
      `the task table could not be read on from row ${a.row} (${q(a.text)}); the lines after it are kept as written — check them`,
    tableGap: (a) =>
      `numbers ${a.numbers} do not follow on in group ${a.group || 'above'}: the source table may have lost a group; check where these tasks belong`,
    reportAsPart: () =>
      'the reporting paragraph is not numbered in the document; it was made a part so that its deadline is tracked',
    basisSplit: () => 'the basis sentence was split into the citation and the opening; check the wording',
    afterSubtasks: (a) => `paragraph after the sub-tasks moved up into the task's text: ${q(a.text)}`,
    separatorAnd: (a) => `units joined by "và": ${q(a.text)}`,
    periodFromTitle: (a) => `plan period taken from the subject line: "${a.label}"`,
    periodFromDates: (a) =>
      `the document names no plan period; worked out from the issue date and the tasks' dates: ${a.start} – ${a.end}`,
    periodFallback: (a) => `the document has no dates at all; the plan period is the year ${a.year} for now`,
    periodWidened: (a) =>
      `the plan period was widened to ${a.start} – ${a.end} to hold every deadline in the document`,
    subjectGuessed: () => 'subject worked out from the subject line (used in report titles)',
    numberBlank: () => 'no number yet: the records office fills it in on issue',
    dateBlank: () => 'not signed yet',
  },
  header: (a) =>
    `Plan imported from "${a.source}" by plan import.\n${a.title}\nCheck the file with: npx plan validate. Places marked "REVIEW" need a human look.`,
  unitsComment: 'Unit registry: every body the document names. Everything else refers to units by id.',
  summary: (a) =>
    `Read ${a.file}: ${a.tasks} task(s)${a.subtasks ? ` (${a.subtasks} of them sub-tasks)` : ''}, ${a.units} unit(s), plan period ${a.period}.`,
  reviewHeading: (n) =>
    n === 0 ? 'Nothing needs reviewing.' : `${n} place(s) to review (marked "# REVIEW" in the file):`,
  notesHeading: 'Notes:',
  lostSummary: (a) => `${a.count} line(s) not placed: line(s) ${a.lines}`,
  written: (path) => `Wrote ${path}.`,
  skeletonComment: (a) =>
    `New plan "${a.id}" made by plan init. Fill in the <…> places, add tasks, then check: npx plan validate`,
  skeletonNotes: {
    issuer:
      'Issuing body: the id of a unit in the "units" registry at the end; lines are its name as printed in the header.',
    period: 'The plan period (both days included). Every deadline in the plan must fall inside it.',
    sections:
      'Roman sections I., II., … in document order; kind: purposes, objectives, tasks, funding, implementation, reporting.',
    task: 'Each task: a stable id, its text, lead units (lead), coordinating units (support) and a time frame (timeframe).',
    timeframe:
      'timeframe: {kind: continuous} ongoing; {kind: period, period: 2026-Q1}; {kind: deadline, due: 2026-03-15}; {kind: range, start: …, end: …}; {kind: yearly, month: 12}; {kind: unscheduled, label: "Theo kế hoạch riêng"}',
    report:
      'A reporting duty: who reports (from), to whom (to), through whom (via); add due: YEAR-MONTH-DAY for its deadline.',
    units:
      'Unit registry: every body or group of bodies the plan names; everything else refers to them by id.',
  },
  fromComment: (a) =>
    `New plan made by plan init from "${a.from}" for ${a.period}: issuing body, units, recipients, signature and tasks kept; document number, date and deadlines cleared.`,
  clearedTime: (a) => `REVIEW: old time frame "${a.was}" — set it for the new period`,
  clearedDue: (a) => `REVIEW: old reporting deadline ${a.was} — set it for the new period`,
  titleReview: 'REVIEW: subject line and opening of the old plan; adapt them to the new period',
  basisReview: 'REVIEW: legal basis of the old plan — does it still apply?',
  created: (a) =>
    `Created ${a.path} (${a.tasks} task(s), ${a.units} unit(s)${a.reviews ? `, ${a.reviews} place(s) to review` : ''}).\nCheck it: npx plan validate ${a.path}`,
  help: {
    output: 'plan file to write (default: print it)',
    id: 'plan id (default: from the place and period, or the folder name of -o)',
    initOutput: "the new plan's folder (default: plans/<id>)",
    initPeriod:
      "the new plan's period: 2026, 2026-H1, 2026-Q1, … (default: this year, or the period after --from's)",
  },
};
