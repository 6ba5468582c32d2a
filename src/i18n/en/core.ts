import type {
  common as viCommon,
  errors as viErrors,
  help as viHelp,
  validate as viValidate,
  ZipProblem,
} from '../vi/core.js';

export const errors: typeof viErrors = {
  notFound: (a) => `File or folder "${a.path}" not found.`,
  permission: (a) => `No permission to read or write "${a.path}".`,
  isDirectory: (a) => `"${a.path}" is a folder; a file is needed.`,
  io: (a) => `Cannot read/write "${a.path}": ${a.detail}`,
  noPlans: (a) =>
    `No plan (plans/<id>/plan.yaml) found in "${a.dir}".\nStart one with: plan init, or name the file: plan validate path/to/plan.yaml`,
  manyPlans: (a) =>
    `There are ${a.plans.length} plans; choose one:\n${a.plans.map((p) => `  plan ${a.command} ${p}`).join('\n')}`,
  notAPlan: (a) => `"${a.path}" is neither a plan file nor a folder holding plan.yaml.`,
  badPeriod: (a) => `Period "${a.value}" is not valid. Accepted forms: ${a.forms.join(', ')}.`,
  badDate: (a) => `${a.flag}: "${a.value}" is not a valid date. Write it as YEAR-MONTH-DAY, e.g. 2025-11-20.`,
  badChoice: (a) => `${a.flag}: "${a.value}" is not valid. Choose one of: ${a.choices.join(', ')}.`,
  outputExists: (a) => `"${a.path}" already exists. Add --force to overwrite it.`,
  planInvalid: (a) => `The plan has ${a.count} error(s); fix them and run again (check with: plan validate).`,
  unknownUnit: (a) =>
    `The plan has no unit "${a.id}".${a.suggestion ? ` Did you mean "${a.suggestion}"?` : ''}`,
  unknownTask: (a) =>
    `The plan has no task "${a.id}".${a.suggestion ? ` Did you mean "${a.suggestion}"?` : ''}`,
  outputNotRegular: (a) =>
    `"${a.path}" is not a regular file (a device, FIFO or socket); it is not written to, even with --force. Choose another file name, or -o - to print.`,
  notAFolder: (a) => `"${a.path}" is a file, not a folder; no folder can be made inside it.`,
  fileInUse: (a) =>
    `Cannot write "${a.path}": the file is open in another program (Word?). Close the file in Word and run again.`,
  fileLocked: (a) =>
    `"${a.path}" is being written by another plan command. Wait for it to finish and run again (if none is running, delete the lock file ${a.lock}).`,
  stdoutFailed: (a) => `Cannot write the output to standard output: ${a.detail}`,
  tooLarge: (a) =>
    `"${a.path}" is larger than ${a.limit}; a file this large is not read (it may be a device or an endless stream).`,
  zipRefused: (a) =>
    `${a.what === 'template' ? 'Template' : 'Word file'} "${a.path}" refused: ${zipTextEn(a.problem)}.`,
  templateBadXml: (a) =>
    a.produced
      ? `The document made from template "${a.path}" has broken XML (${a.part}, line ${a.line}: ${a.detail}); nothing written. Check the {…} tags in the template.`
      : `Template "${a.path}" has broken XML (${a.part}, line ${a.line}: ${a.detail}). Open and save it again in Word, then run again.`,
  templateTooManyTags: (a) =>
    `Template "${a.path}" has ${a.count} {{…}} tags, more than the limit of ${a.limit}; this is not a document template.`,
  progressFileAlone: (a) =>
    `"${a.path}" is a progress file, not a plan. A progress file is checked with its plan: put it in the progress/ folder beside plan.yaml and run: plan validate ${a.plan ?? 'path/to/plan.yaml'}`,
  dateOutOfRange: (a) => `${a.flag}: "${a.value}" is outside the accepted range of dates (years 1900–2999).`,
  usage: (a) => a.detail,
  bug: (a) =>
    `Internal error in plan (not your fault): ${a.detail}\nPlease report it with the command you ran and the text below.`,
};

export const common: typeof viCommon = {
  severity: { error: 'error', warning: 'warning' },
  labels: { path: 'at', expected: 'expected', found: 'found', fix: 'fix' },
  errorPrefix: 'error',
  taskCount: (n) => `${n} task${n === 1 ? '' : 's'}`,
  unitCount: (n) => `${n} unit${n === 1 ? '' : 's'}`,
};

export const validate: typeof viValidate = {
  fileOk: (a) =>
    `✓ ${a.file}: valid (${a.tasks} tasks, ${a.units} units${a.progress ? `, ${a.progress} progress files` : ''})`,
  summaryOk: (a) => `All ${a.files} file(s) valid${a.warnings ? `, ${a.warnings} warning(s)` : ''}.`,
  summaryBad: (a) =>
    `${a.errors} error(s)${a.warnings ? ` and ${a.warnings} warning(s)` : ''} in ${a.files} file(s).`,
};

export const help: typeof viHelp = {
  description:
    'plan — administrative plans as YAML: check them, track progress, produce Decree 30/2020 documents.',
  titles: {},
  usageOptions: '[options]',
  placeholders: {},
  usageCommand: '[command]',
  helpOption: 'display help',
  helpCommand: 'display help for a command',
  versionOption: 'display the version',
  langOption: 'display language: vi (default) or en',
  noColorOption: 'no colours',
  default: (v) => `(default: ${v})`,
  commands: {
    validate: 'check plan and progress files (default: every plan under plans/)',
    status: 'where things stand: what is due, overdue, and who has not reported',
    units: "each unit's assignment sheet",
    deadlines: 'deadlines in date order; --ics for phone calendars',
    record: "record progress or a unit's report (adds a file under progress/)",
    render: 'write the plan itself as a .docx or markdown document',
    report: "write a period's result report (.docx, markdown or JSON)",
    import: 'bring a plan in from Word (.docx), .txt or .md',
    init: 'start a new plan (a skeleton, or --from an earlier plan)',
  },
  args: {
    paths: 'plan files or folders',
    plan: 'a plan file or its folder (optional when plans/ holds one plan)',
    source: 'the document to import (.docx, .txt, .md)',
  },
  options: {
    format: 'output format',
    asOf: 'as of this date (YEAR-MONTH-DAY), default today',
    unit: 'only this unit (unit id)',
    json: 'print JSON',
    failOn: 'exit 1 when something is overdue (for CI)',
    from: 'from date (YEAR-MONTH-DAY)',
    to: 'to date (YEAR-MONTH-DAY)',
    ics: 'write an iCalendar (.ics) file',
    output: 'output file',
    template: 'your own template (.hbs or .docx)',
    saveTemplate:
      'write the default .docx template to a file, to restyle it in Word and use it with --template',
    force: 'overwrite an existing file',
    period: 'report period: 2025, 2025-H2, 2025-Q4, 2025-10, 2025-07-01..2025-09-30',
    date: 'document date (YEAR-MONTH-DAY), default today',
    strict: 'exit 1 when the report lacks inputs',
    task: 'task id or number',
    status: 'status: chua-thuc-hien, dang-thuc-hien, hoan-thanh, tam-dung',
    note: 'note / result text',
    received: "date the unit's report was received (YEAR-MONTH-DAY)",
    reference: 'the report\'s number and symbol, e.g. "Báo cáo số 12/BC-CA ngày 10/11/2025"',
    covers: 'the period the report covers',
    dryRun: 'print what would be written, write nothing',
    initFrom: 'an earlier plan to take the issuer, units, recipients and tasks from',
    id: 'id of the new plan',
  },
  commander: {
    unknownOption: (o) => `unknown option: ${o}`,
    unknownCommand: (c) => `unknown command: ${c}`,
    missingArgument: (a) => `missing required argument: ${a}`,
    optionMissingArgument: (o) => `option ${o} needs a value`,
    excessArguments: (n) => `too many arguments (the command takes ${n})`,
    invalidArgument: (d) => `invalid value: ${d}`,
    missingMandatory: (o) => `missing required option: ${o}`,
    didYouMean: (s) => `Did you mean ${s}?`,
    seeHelp: (cmd) => `See: plan ${cmd}--help`,
  },
};

function zipTextEn(p: ZipProblem): string {
  switch (p.kind) {
    case 'entries':
      return `it holds ${p.count} files, more than the limit of ${p.limit}`;
    case 'size':
      return `it unpacks to ${p.size}, more than the limit of ${p.limit} (it may be a "zip bomb")`;
    case 'ratio':
      return `part "${p.entry}" is compressed far beyond normal (it may be a "zip bomb")`;
    case 'mismatch':
      return `part "${p.entry}" unpacks to more than the size the file declares (damaged or forged)`;
    case 'paragraphs':
      return `it has ${p.count} paragraphs, more than the limit of ${p.limit} for a plan`;
    case 'corrupt':
      return 'its table of contents cannot be read (damaged file)';
  }
}
