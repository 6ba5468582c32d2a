import type { site as viSite, siteErrors as viSiteErrors } from '../vi/site.js';

const s = (n: number) => (n === 1 ? '' : 's');

export const site: ReturnType<typeof viSite> = {
  htmlLang: 'en',
  help: {
    command: 'write a static HTML status page (with a timeline) that opens straight from disk',
    plan: 'a plan, its folder, or a folder holding several plans (default: plans/)',
    output: 'folder to write the site to',
    force: 'write into a folder that holds other files (not a site written by plan)',
  },
  pageTitle: (plan) => `Status of the plan: ${plan}`,
  indexTitle: 'Status of the plans',
  asOf: (date) => `Figures as of ${date}`,
  documentRef: (a) =>
    a.ref || a.date
      ? `Plan${a.ref ? ` No. ${a.ref}` : ''}${a.date ? ` of ${a.date}` : ''}`
      : 'Plan not yet issued (no number or date)',
  period: (label, start, end) => `Period: ${label} (${start} to ${end})`,
  backToIndex: 'Back to the list of plans',
  skipToContent: 'Skip to the main content',
  footer: (id) => `Page written by the plan tool (kehoach) from the plan "${id}".`,
  headings: {
    summary: 'Summary',
    timeline: 'Timeline',
    tasks: 'Tasks',
    reports: 'Unit reports',
    deadlines: 'Deadlines',
  },
  summary: {
    caption: 'Tasks and reports by status',
    what: 'Item',
    count: 'Count',
    tasksTotal: 'Tasks (total)',
    doneOnTime: 'Done on time',
    doneLate: 'Done late',
    inProgress: 'In progress, on time',
    notDue: 'Not yet due / not started',
    overdue: 'Overdue, not done',
    continuous: 'Continuous',
    continuousUnreported: 'Continuous, nothing reported this period',
    reportsTotal: 'Unit reports with a due date',
    received: 'Received',
    receivedLate: 'Received late',
    reportsPending: 'Not yet due',
    reportsOverdue: 'Overdue, not reported',
  },
  timeline: {
    title: (plan) => `Timeline of the tasks of the plan: ${plan}`,
    desc: (a) =>
      `One row per task (${a.tasks} rows): ${a.dated} task${s(a.dated)} with a time frame drawn as a bar over it, ` +
      `${a.continuous} continuous task${s(a.continuous)} as a light band; a diamond marks a due date; the vertical line is ${a.date}. ` +
      "Each task's status is written at the end of its row and in the task table below.",
    month: (m, y) => {
      const name = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][
        m - 1
      ]!;
      return y === undefined ? name : `${name} ${y}`;
    },
    quarter: (q, y) => `Q${q} ${y}`,
    year: (y) => String(y),
    asOf: (date) => date,
    reportsRow: 'Unit report due dates',
    reportMark: (n, date) => `${n} unit${s(n)} to report by ${date}`,
    undated: 'no dates',
    legendTitle: 'Legend:',
    legendDue: 'due date',
    legendReportOverdue: 'report due date with units overdue',
    legendAsOf: 'as-of date',
  },
  table: {
    tasksCaption: 'Tasks and their status',
    support: 'Support',
    due: 'Due',
    date: 'Date',
    item: 'What',
    who: 'Units',
    state: 'Status',
    reportsCaption: (duty) => duty,
    deadlinesCaption: "The plan's deadlines in date order",
    passed: 'Past',
    upcoming: 'Upcoming',
    today: 'Today',
    noDeadlines: 'The plan has no deadlines.',
  },
  index: {
    heading: 'Status of the plans',
    caption: 'One row per plan; follow its name for the details',
    plan: 'Plan',
    issuer: 'Issued by',
    period: 'Period',
    tasks: 'Tasks',
    doneOnTime: 'Done on time',
    doneLate: 'Done late',
    inTime: 'Not done, on time',
    overdue: 'Not done, overdue',
    continuous: 'Continuous',
    reports: 'Dated unit reports',
    received: 'Received / due',
    reportsOverdue: 'Overdue, not received',
    lastRecord: 'Latest record',
    total: (n) => `Total (${n} plan${s(n)})`,
    legend:
      'Continuous tasks have no deadline, so they are neither on time nor overdue. Only reports with a due date are counted. Plans with errors are left out of the totals. Same figures as plan rollup.',
    invalid: (n) => `${n} error${s(n)}, not counted — run plan validate`,
    none: 'No plans.',
    plans: (n) => `${n} plan${s(n)}`,
  },
  written: (a) => `Wrote ${a.pages} page${s(a.pages)} to ${a.dir}/`,
  skipped: (a) =>
    `Skipped ${a.plan}: ${a.errors} error${s(a.errors)} (run plan validate ${a.plan} to see them).`,
};

export const siteErrors: ReturnType<typeof viSiteErrors> = {
  siteFolderNotEmpty: (a) =>
    `The folder "${a.path}" holds files and is not a site written by plan. Choose another folder, or add --force to write into it (only files of the same name are replaced).`,
  siteNotAFolder: (a) => `"${a.path}" is a file, not a folder.`,
};
