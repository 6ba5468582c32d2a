import type { status as viStatus, statusErrors as viStatusErrors } from '../vi/status.js';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const s = (n: number) => (n === 1 ? '' : 's');

export const status: ReturnType<typeof viStatus> = {
  taskLabel: {
    'done-on-time': 'done on time',
    'done-late': 'done late',
    'in-progress': 'in progress, on time',
    overdue: 'overdue, not done',
    'not-due': 'not yet due / not started',
    continuous: 'continuous',
  },
  obligationLabel: {
    received: 'reported on time',
    'received-late': 'reported late',
    pending: 'not yet due',
    overdue: 'overdue, not reported',
  },
  cell: {
    doneOnTime: 'Done on time',
    doneLate: (days) => `Done ${days} day${s(days)} late`,
    inProgress: 'In progress',
    overdue: (days) => `Overdue ${days} day${s(days)}`,
    notDue: 'Not yet due',
    continuous: 'Continuous',
    continuousUnreported: 'Continuous *',
    none: '—',
    received: 'Reported',
    receivedLate: (days) => `Reported ${days} day${s(days)} late`,
    dueToday: 'Due today',
    dueIn: (days) => `Due in ${days} day${s(days)}`,
    undated: 'No due date',
  },
  head: {
    number: 'No.',
    task: 'Task',
    lead: 'Lead',
    time: 'Time frame',
    status: 'Status',
    lastReport: 'Last report',
    unit: 'Unit',
    subject: 'Report on',
    due: 'Due',
    received: 'Received',
  },
  title: (plan) => `Plan: ${plan}`,
  asOf: (date) => `Status as of ${date}`,
  forUnit: (name) => `Unit: ${name}`,
  taskSummary: (a) =>
    `${a.total} task${s(a.total)}: done ${a.done} (on time ${a.doneOnTime}, late ${a.doneLate}); ` +
    `not done ${a.notDone} (on time ${a.inTime}, overdue ${a.overdue})` +
    (a.continuous ? `; continuous ${a.continuous}` : ''),
  obligationSummary: (a) =>
    `Unit reports: received ${a.received}/${a.total}` +
    (a.receivedLate ? ` (late ${a.receivedLate})` : '') +
    (a.overdue ? `; ${a.overdue} unit${s(a.overdue)} overdue` : ''),
  legend: {
    'done-on-time': 'done on time',
    'done-late': 'done late',
    'in-progress': 'in progress',
    overdue: 'overdue',
    'not-due': 'not yet due',
    continuous: 'continuous',
  },
  duty: (a) =>
    `Report${a.subject ? ` on ${a.subject}` : ''}` +
    (a.to ? ` to ${a.to}` : '') +
    (a.via ? ` (through ${a.via})` : '') +
    (a.due ? ` — due ${a.due}` : ' — no due date'),
  tasksHeading: 'TASKS',
  obligationsHeading: 'UNIT REPORTS',
  noTasks: 'No tasks.',
  noObligations: 'No reports are owed.',
  unreportedNote: (period) => `* Continuous, nothing reported in ${period}.`,
  periodRange: (start, end) => `the period ${start} to ${end}`,
  half: (h, year) => `the ${h === 1 ? 'first' : 'second'} half of ${year}`,

  units: {
    heading: (plan) => `ASSIGNMENT SHEETS — Plan: ${plan}`,
    leads: (n) => `Leads (${n} task${s(n)}):`,
    supports: (n) => `Supports (${n} task${s(n)}):`,
    duties: 'Duties under "Organisation of implementation":',
    reports: 'Reports owed:',
    nothing: 'The plan gives this unit no task and no report.',
    time: (label) => `Time frame: ${label}`,
    leadBy: (names) => `Lead: ${names}`,
    coLead: (names) => `Co-lead: ${names}`,
    supportBy: (names) => `Support: ${names}`,
    via: (group) => `(as a member of ${group})`,
    report: (a) =>
      `Report${a.subject ? ` on ${a.subject}` : ''}` +
      (a.to ? ` to ${a.to}` : '') +
      (a.via ? ` (through ${a.via})` : '') +
      (a.due ? `, due ${a.due}` : ', no due date'),
    noUnits: 'The plan assigns nothing to any unit.',
  },

  deadlines: {
    heading: (plan) => `DEADLINES — Plan: ${plan}`,
    range: (from, to) =>
      from && to ? `From ${from} to ${to}` : from ? `From ${from}` : to ? `Until ${to}` : '',
    weekday: (day) => WEEKDAYS[day] ?? '',
    task: (number, title) => `Task ${number}. ${title}`,
    report: (subject) => `Report due${subject ? `: ${subject}` : ''}`,
    reportTo: (to, via) => [to ? `to ${to}` : '', via ? `through ${via}` : ''].filter(Boolean).join(', '),
    units: (n, names) => `${n} unit${s(n)}: ${names}`,
    lead: (names) => `Lead: ${names}`,
    none: 'No deadlines in this range.',
    reversed: (from, to) => `--from ${from} is after --to ${to}; swap the two dates.`,
    undated: (a) =>
      `No due date: ${[
        a.tasks ? `${a.tasks} task${s(a.tasks)} (continuous or unscheduled)` : '',
        a.reports ? `${a.reports} report${s(a.reports)} without a due date` : '',
      ]
        .filter(Boolean)
        .join('; ')}.`,
    icsWritten: (a) => `Wrote ${a.events} event${s(a.events)} to ${a.path}.`,
    icsCalendar: (plan) => `Plan: ${plan}`,
    icsTask: (number, title) => `Task ${number} due: ${title}`,
    icsReport: (unit, subject) => `Report due: ${unit}${subject ? ` — ${subject}` : ''}`,
    icsLead: (names) => `Lead: ${names}`,
    icsSupport: (names) => `Support: ${names}`,
    icsTime: (label) => `Time frame: ${label}`,
    icsReportTo: (to) => `To: ${to}`,
    icsVia: (via) => `Through: ${via}`,
  },

  record: {
    unitOption: 'the unit that sent the report or the news (unit id or name)',
    wrote: (a) => `Wrote ${a.path} (${a.what}).`,
    appended: (a) => `Added to ${a.path} (${a.what}).`,
    nameTaken: (a) =>
      `Note: ${a.taken} already exists (perhaps written by a command at the same moment), so this record is in ${a.path}.`,
    dryRun: (path) => `# Dry run, nothing written. Would write to ${path}:`,
    note: (a) => `progress note on task ${a.number}: ${a.status}`,
    report: (a) => `report of ${a.unit} received ${a.date}`,
    result: (a) => `result for task ${a.number} in the report of ${a.unit}`,
    statusWord: {
      'chua-thuc-hien': 'not started',
      'dang-thuc-hien': 'in progress',
      'hoan-thanh': 'done',
      'tam-dung': 'paused',
    },
    notLead: (a) =>
      `Note: ${a.unit} does not lead task ${a.number}; the task counts as done only when its lead (${a.leads}) reports it done.`,
    invalid: 'The record built from these options is not valid; nothing was written:',
  },
};

export const statusErrors: ReturnType<typeof viStatusErrors> = {
  recordNeedsKind: () =>
    'Say what to record: a progress note (--task, --status, --date) or a unit\'s report (--unit, --received).\nExample: plan record --task 3 --status hoan-thanh --date 2025-11-10 --note "…"\n         plan record --unit cong-an-xa --received 2025-11-10',
  recordNeeds: (a) => `Missing ${a.flag} (needed with ${a.because}).`,
  recordOnlyReport: (a) => `${a.flag} is only for a unit's report (with --received).`,
  recordEmpty: (a) => `${a.flag} must not be empty.`,
  recordNothingNew: (a) =>
    `This report is already recorded in ${a.path}. To add a task's result, add --task and --note (or --status).`,
  recordConflict: (a) =>
    `${a.path} already has ${a.field}: "${a.old}", not "${a.value}". Edit the file directly to change it.`,
  recordFileUnreadable: (a) =>
    `Cannot edit ${a.path} by command (unusual structure). Add the result to the file directly.`,
};
