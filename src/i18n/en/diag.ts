import type { PatternKind } from '../../check/diagnostic.js';
import type { DiagCatalog } from '../types.js';

const q = (s: string) => `"${s}"`;
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

const typeNames: Record<string, string> = {
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping of fields',
  null: 'an empty value (null)',
};
const typeName = (t: string) =>
  t
    .split('|')
    .map((x) => typeNames[x] ?? x)
    .join(' or ');

export const patternEn: Record<PatternKind, string> = {
  id: 'an id of lower-case ASCII letters, digits and hyphens, e.g. "cong-an-xa"',
  taskId: 'a task id of lower-case ASCII letters, digits, hyphens or dots, e.g. "trung-thu"',
  date: 'a date as YEAR-MONTH-DAY, e.g. 2025-11-15',
  period: 'a period such as 2025, 2025-H2, 2025-Q4, 2025-07 or 2025-07-01..2025-09-30',
  number: 'a document number of digits only, e.g. "05" or "120"',
  symbol: 'an upper-case symbol joined by hyphens, e.g. "KH-UBND"',
  citation: 'a number and symbol such as "65/KH-UBND" or "80/2025/NĐ-CP", without spaces',
  signature: 'a line starting with TM., KT., Q., TL. or TUQ. and a space',
  other: 'a value matching the pattern in the schema',
};

export const diag: DiagCatalog = {
  FILE_TOO_LARGE: (a) => ({
    message: `File too large (${mb(a.size)}); the limit is ${mb(a.limit)}`,
    fix: 'Check that this is the right file; a plan is usually a few tens of KB.',
  }),
  FILE_NOT_TEXT: (a) => ({
    message:
      a.reason === 'nul'
        ? 'Not a text file (contains a zero byte): perhaps a binary, an image or a .docx'
        : 'Not a UTF-8 text file',
    fix:
      a.reason === 'nul'
        ? 'Choose the .yaml file; to bring a Word document in, use: plan import <file.docx>'
        : 'Save the file as UTF-8.',
  }),
  FILE_EMPTY: (a) => ({
    message: a.onlyComments ? 'The file has only comments, no data' : 'The file is empty',
    fix: 'Start a plan with: plan init',
  }),
  YAML_TAB: () => ({
    message: 'A tab is used for indentation',
    expected: 'indentation with spaces',
    found: 'a tab character',
    fix: 'Replace the tab with spaces (usually 2 per level).',
  }),
  YAML_INDENT: () => ({
    message: 'Indentation does not match the lines at the same level',
    expected: 'fields at the same level to start in the same column',
    fix: 'Align this line with the line of the same level above it.',
  }),
  YAML_UNCLOSED_QUOTE: (a) => ({
    message: `The ${a.quote} quote opened here is never closed`,
    expected: `a closing ${a.quote} at the end of the value`,
    fix: `Add a ${a.quote} at the end of the value, or remove the opening quote.`,
  }),
  YAML_DUPLICATE_KEY: (a) => ({
    message: `Field ${q(a.key)} appears twice in the same item`,
    fix: 'Delete one of the two lines or merge them.',
  }),
  YAML_ALIAS_LIMIT: (a) => ({
    message: `Too many YAML aliases (*name); the limit is ${a.limit}`,
    fix: 'Write the values out instead of using &/* references.',
  }),
  YAML_ALIAS_UNRESOLVED: (a) => ({
    message: `Alias *${a.name} refers to no anchor &${a.name} above it`,
    fix: `Declare &${a.name} before it is used, or write the value out.`,
  }),
  YAML_MULTIPLE_DOCUMENTS: () => ({
    message: 'The file holds several YAML documents (a --- line)',
    fix: 'One plan per file: remove the --- line or split the file.',
  }),
  YAML_RESERVED_KEY: (a) => ({ message: `Field name ${q(a.key)} is not allowed`, fix: 'Remove this field.' }),
  YAML_SYNTAX: (a) => ({
    message: `YAML syntax error: ${a.detail}`,
    fix: 'Check colons, quotes and indentation on this line and the one above.',
  }),
  SCHEMA_REQUIRED: (a) => ({
    message: `Missing required field ${q(a.property)}`,
    fix: `Add a line "${a.property}: …" to this item.`,
  }),
  SCHEMA_UNKNOWN_PROPERTY: (a) => ({
    message: `Field ${q(a.property)} is not part of the format`,
    fix: a.suggestion ? `Did you mean ${q(a.suggestion)}?` : 'Remove the field or correct its name.',
  }),
  SCHEMA_TYPE: (a) => ({
    message: `Wrong type: expected ${typeName(a.expected)}, found ${typeName(a.found)}`,
    expected: typeName(a.expected),
    found: typeName(a.found),
  }),
  SCHEMA_ENUM: (a) => ({
    message: `Value ${q(a.found)} is not allowed`,
    expected: `one of: ${a.allowed.join(', ')}`,
    found: a.found,
    ...(a.suggestion ? { fix: `Did you mean ${q(a.suggestion)}?` } : {}),
  }),
  SCHEMA_CONST: (a) => ({ message: `The value must be ${a.expected}`, expected: a.expected, found: a.found }),
  SCHEMA_PATTERN: (a) => ({
    message: `Value ${q(a.found)} does not match the expected form`,
    expected: patternEn[a.what],
    found: a.found,
  }),
  SCHEMA_MIN_ITEMS: (a) => ({
    message: `The list needs at least ${a.min} item(s)`,
    fix: 'Add items, or remove the field if it is not used.',
  }),
  SCHEMA_EMPTY_TEXT: () => ({
    message: 'The text must not be empty',
    fix: 'Fill it in, or remove the field.',
  }),
  SCHEMA_RANGE: (a) => ({
    message: `Value ${a.found} is out of range (${a.comparison} ${a.limit})`,
    found: a.found,
  }),
  SCHEMA_INVALID: (a) => ({ message: `Invalid value: ${a.detail}` }),
  SECTION_TASKS_KIND: () => ({
    message: 'Only a section with kind: tasks may hold a tasks list',
    fix: 'Add "kind: tasks" to this section, or move the tasks to the tasks section.',
  }),
  DATE_INVALID: (a) => ({
    message: `${a.value} is not a real calendar date`,
    expected: 'a real date as YEAR-MONTH-DAY',
    found: a.value,
    fix: 'Check the day and month (February has 28 or 29 days; April, June, September, November have 30).',
  }),
  PERIOD_REVERSED: (a) => ({
    message: `End ${a.end} is before start ${a.start}`,
    fix: 'Swap the dates or fix the end.',
  }),
  UNIT_UNKNOWN: (a) => ({
    message: `Unit ${q(a.id)} is not declared in the unit registry (units)`,
    expected: 'the id of a unit in units',
    found: a.id,
    fix: a.suggestion ? `Did you mean ${q(a.suggestion)}?` : `Add unit "${a.id}" to units, or fix the id.`,
  }),
  UNIT_DUPLICATE: (a) => ({
    message: `Unit id ${q(a.id)} is already used on line ${a.firstLine}`,
    fix: 'Give each unit its own id, or merge the two entries.',
  }),
  UNIT_FORM_UNKNOWN: (a) => ({
    message: `${q(a.form)} is not a declared name of unit ${q(a.unit)}`,
    expected: a.forms.map(q).join(', '),
    found: a.form,
    fix: `Add ${q(a.form)} to the aliases of ${q(a.unit)}, or use a declared name.`,
  }),
  UNIT_GROUP_CYCLE: (a) => ({
    message: `A unit group contains itself: ${a.cycle.join(' → ')}`,
    fix: 'Remove a member to break the cycle.',
  }),
  UNIT_MEMBER_NOT_GROUP: (a) => ({
    message: `Unit ${q(a.id)} has members but is not a group`,
    fix: 'Set kind: group, or remove members.',
  }),
  TASK_DUPLICATE: (a) => ({
    message: `Task id ${q(a.id)} is already used on line ${a.firstLine}`,
    fix: 'Give each task its own id.',
  }),
  TASK_NO_LEAD: (a) => ({ message: `Task ${a.number} has no lead unit`, fix: 'Add "lead: [unit id]".' }),
  TASK_NO_TIMEFRAME: (a) => ({
    message: `Task ${a.number} has no time frame`,
    fix: 'Add "timeframe: { kind: continuous }" or a due date.',
  }),
  INDICATOR_DUPLICATE: (a) => ({
    message: `Indicator id ${q(a.id)} is already used on line ${a.firstLine}`,
    fix: 'Give each indicator its own id.',
  }),
  TIMEFRAME_OUTSIDE_PERIOD: (a) => ({
    message: `The time frame of task ${a.number} (${a.start} – ${a.end}) is outside the plan period`,
    expected: `within ${a.periodStart} – ${a.periodEnd}`,
    found: `${a.start} – ${a.end}`,
    fix: "Fix the time frame, or widen the plan's period.",
  }),
  TIMEFRAME_PARTLY_OUTSIDE: (a) => ({
    message: `The time frame of task ${a.number} (${a.start} – ${a.end}) reaches outside the plan period`,
    expected: `within ${a.periodStart} – ${a.periodEnd}`,
    found: `${a.start} – ${a.end}`,
  }),
  TIMEFRAME_REVERSED: (a) => ({
    message: `End ${a.end} is before start ${a.start}`,
    fix: 'Swap the dates or fix the end.',
  }),
  TIMEFRAME_EXTRA_FIELD: (a) => ({
    message: `Field ${q(a.field)} is not used with kind: ${a.kind} and is ignored`,
    fix: `Remove ${q(a.field)}, or change the kind.`,
  }),
  PERIOD_EXPR_INVALID: (a) => ({
    message: `Period ${q(a.value)} is not valid`,
    expected: patternEn.period,
    found: a.value,
  }),
  REPORT_DUE_OUTSIDE_PERIOD: (a) => ({
    message: `Report deadline ${a.due} is outside the plan period`,
    expected: `within ${a.periodStart} – ${a.periodEnd}`,
    found: a.due,
    fix: "Fix the deadline, or widen the plan's period.",
  }),
  DOC_SYMBOL_TYPE: (a) => ({
    message: `Symbol ${q(a.symbol)} does not start with the document type ${q(a.type)}`,
    expected: `${a.type}-<issuer>, e.g. ${a.type}-UBND`,
    found: a.symbol,
  }),
  DOC_NUMBER_ZERO_PAD: (a) => ({
    message: 'Document numbers below 10 take a leading zero (Decree 30/2020/NĐ-CP)',
    expected: a.expected,
    found: a.number,
    fix: `Write number: "${a.expected}".`,
  }),
  DOC_DATE_OUTSIDE: (a) => ({ message: `Issue date ${a.date} is after the plan has ended` }),
  CITATION_TEXT_MISMATCH: (a) => ({
    message: `The citation text does not contain its ${a.field} ${q(a.value)}`,
    fix: 'Make the structured fields agree with the text.',
  }),
  PLAN_NO_TASKS: () => ({
    message: 'The plan has no tasks',
    expected: 'at least one section with "kind: tasks" and a tasks list',
    fix: 'Add a tasks section.',
  }),
  PLAN_PART_MISSING: (a) => ({
    message: {
      recipients: 'The plan has no recipients (Nơi nhận)',
      signature: 'The plan has no signature block',
      subject: 'document.subject is missing; report titles need it',
    }[a.part],
  }),
  ISSUER_NOT_DECLARED: (a) => ({
    message: `Issuing unit ${q(a.id)} is not declared in units`,
    fix: a.suggestion ? `Did you mean ${q(a.suggestion)}?` : 'Add the issuing body to units.',
  }),
  PROGRESS_TASK_UNKNOWN: (a) => ({
    message: `The plan has no task ${q(a.id)}`,
    found: a.id,
    fix: a.suggestion ? `Did you mean ${q(a.suggestion)}?` : 'List task ids with: plan status',
  }),
  PROGRESS_INDICATOR_UNKNOWN: (a) => ({
    message: `The plan has no indicator ${q(a.id)}`,
    found: a.id,
    ...(a.suggestion ? { fix: `Did you mean ${q(a.suggestion)}?` } : {}),
  }),
  PROGRESS_BEFORE_PLAN: (a) => ({
    message: `Date ${a.date} is before the plan starts (${a.start})`,
    fix: 'Check the date; reports normally arrive after the plan starts.',
  }),
};
