import type { remind as viRemind, remindErrors as viRemindErrors } from '../vi/remind.js';

// The letter and the messages stay Vietnamese (they go to Vietnamese units): only the command's lines.

export const remind: ReturnType<typeof viRemind> = {
  help: {
    command:
      'write the reminder letter (công văn đôn đốc) and short messages to units whose report is overdue',
    asOf: 'the day of the reminder, also the letter date (YYYY-MM-DD, default: today)',
    newDue:
      "the new deadline (YYYY-MM-DD); default: some working days later (the plan's remind.workingDays, default 5)",
    unit: 'remind only this unit (id or name; a group means its members)',
    perUnit: 'one letter per unit, written into the -o folder (file names from unit ids)',
    format: 'format: md, docx, json, text (messages for Zalo/SMS)',
    number: "the letter's number once issued (e.g. 125); without it a blank is left for the clerk",
    record: 'record the reminder in progress/ (kind: reminder); plan status then shows it',
  },
  nothing: (date) => `No unit's report is overdue on ${date}; nothing to remind.`,
  nothingFor: (unit, date) => `${unit} has no overdue report on ${date}; nothing to remind.`,
  waiting: (n, date) =>
    ` (${n} unit${n === 1 ? '' : 's'} already reminded, new deadline not passed: ${date})`,
  wroteFolder: (a) => `Wrote ${a.count} letter${a.count === 1 ? '' : 's'} (${a.format}) into ${a.folder}.`,
  recorded: (a) =>
    `Recorded the reminder (round ${a.round}, ${a.count} unit${a.count === 1 ? '' : 's'}) in ${a.path}.`,
  statusReminded: (date, round) => `reminded on ${date} (round ${round})`,
  statusNewDue: (date) => `new deadline ${date}`,
};

export const remindErrors: ReturnType<typeof viRemindErrors> = {
  remindTemplateUnknown: (a) =>
    `Template "${a.path}" uses tags that are not in the letter's data: ${a.tags
      .map((t) => `{${t.tag}}${t.suggestion ? ` (did you mean {${t.suggestion}}?)` : ''}`)
      .join(', ')}.\nSee the fields you can use: plan remind --as-of … --format json`,
  remindTemplateField: (a) =>
    `Template "${a.path}"${a.line ? `, line ${a.line}` : ''}: the field "${a.field}" is not in the letter's data.\nSee the fields you can use: plan remind --as-of … --format json`,
  remindNewDueNotAfter: (a) =>
    `--new-due ${a.newDue} is not after the reminder date ${a.asOf} (--as-of); the new deadline must be later.`,
  remindBeforePlan: (a) =>
    `--as-of ${a.asOf} is before the plan starts (${a.start}): no report can be due yet.`,
  remindNoDuty: () =>
    'The plan sets no dated report (report.due in its reporting section); there is nothing to remind.',
  remindUnitOwesNothing: (a) => `${a.unit} owes no report under this plan; there is nothing to remind.`,
  remindNumberPerUnit: () =>
    '--number is the number of one letter; with --per-unit each letter needs its own: leave --number out and let the clerk fill them in.',
  remindTextNoTemplate: () => '--format text prints short messages and takes no template (--template).',
  remindFolderIsFile: (a) =>
    `--per-unit writes into a folder, but "${a.path}" is a file; choose another folder with -o.`,
};
