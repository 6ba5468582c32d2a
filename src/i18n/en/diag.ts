import type { PatternKind, ShapeKind } from '../../check/diagnostic.js';
import type { DiagCatalog } from '../types.js';

const q = (s: string) => `"${s}"`;
/** A time span, or one date when it starts and ends the same day (a deadline). */
const span = (a: { start: string; end: string }) => (a.start === a.end ? a.end : `${a.start} – ${a.end}`);
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

const shapeEn: Record<ShapeKind, string> = {
  unitRef: 'a unit id (e.g. cong-an-xa), or { unit: id, as: the name used here }',
  paragraphs: 'a paragraph, or a list of paragraphs (one "- " line each)',
  bullet: 'a sentence, or { text: sentence, bullets: ["+" points] }',
  dateOrNull: 'a date as YEAR-MONTH-DAY (e.g. 2025-11-15), or empty (null)',
  plan: 'the fields of a plan (version: 1, id: …, document: …), one "name: value" per line',
  progress: 'the fields of a progress record (version: 1, kind: …), one "name: value" per line',
};

const comparisonEn: Record<string, string> = {
  '<=': 'at most',
  '>=': 'at least',
  '<': 'less than',
  '>': 'greater than',
};

export const patternEn: Record<PatternKind, string> = {
  id: 'an id of lower-case ASCII letters, digits and hyphens, e.g. "cong-an-xa"',
  taskId: 'a task id of lower-case ASCII letters, digits, hyphens or dots, e.g. "trung-thu"',
  date: 'a date as YEAR-MONTH-DAY, e.g. 2025-11-15',
  period: 'a period such as 2025, 2025-H2, 2025-Q4, 2025-07 or 2025-07-01..2025-09-30',
  number: 'a document number of digits only, e.g. "05" or "120"',
  symbol: 'an upper-case symbol joined by hyphens, e.g. "KH-UBND"',
  citation: 'a number and symbol such as "65/KH-UBND" or "80/2025/NĐ-CP", without spaces',
  authority: 'a line starting with "TM. " (on behalf of the body), e.g. "TM. ỦY BAN NHÂN DÂN"',
  delegation: 'a line starting with "KT. ", "Q. ", "TL. " or "TUQ. ", e.g. "KT. CHỦ TỊCH"',
  other: 'a value matching the pattern in the schema',
};

export const diag: DiagCatalog = {
  FILE_TOO_LARGE: (a) => ({
    message:
      a.size > a.limit + 1
        ? `File too large (${mb(a.size)}); the limit is ${mb(a.limit)}`
        : `File larger than the limit of ${mb(a.limit)} (reading stopped there)`,
    fix: 'Check that this is the right file; a plan is usually a few tens of KB.',
  }),
  FILE_NOT_TEXT: (a) => ({
    message: {
      nul: 'Not a text file (contains a zero byte): perhaps a binary or an image',
      zip: 'The file is a zip archive (such as .docx or .xlsx), not YAML',
      utf16: 'The file is saved as UTF-16 (Notepad\'s "Unicode"), not UTF-8',
      utf8: 'Not a UTF-8 text file (perhaps saved in a legacy encoding such as TCVN3, VNI or Windows-1258)',
    }[a.reason],
    expected: 'a YAML text file in UTF-8',
    fix:
      a.reason === 'nul' || a.reason === 'zip'
        ? 'Choose the .yaml file; to bring a Word document in, use: plan import <file.docx>'
        : 'Save the file as UTF-8.',
  }),
  FILE_EMPTY: (a) => ({
    message: {
      nothing: 'The file is empty',
      comments: 'The file has only comments, no data',
      null: 'The file holds no data (only an empty value)',
    }[a.content],
    fix: a.progress
      ? 'Delete this empty progress file, or record progress with: plan record (see plan record --help)'
      : 'Start a plan with: plan init',
  }),
  TEXT_INVISIBLE_CHAR: (a) => ({
    message: `Invisible character ${a.char} (usually pasted from Excel or Word); it is ignored`,
    found: `control character ${a.char}, which cannot be seen`,
    fix: 'Delete the invisible character here (delete and retype the letter after it), or retype the text.',
  }),
  TEXT_LONE_SURROGATE: (a) => ({
    message: a.escape
      ? `${a.escape} is only half of a character (usually half an emoji); a Word document cannot hold it`
      : 'Half of a character (usually half an emoji); a Word document cannot hold it',
    fix: 'Paste the whole character instead of the escape, write both halves (e.g. \\uD83D\\uDE00), or delete it.',
  }),
  YAML_TOO_DEEP: (a) => ({
    message: `The file nests deeper than ${a.limit} levels`,
    expected: `at most ${a.limit} levels of indentation or brackets; a plan uses about 10`,
    fix: 'Check for pasted content or stray [ { brackets.',
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
  YAML_UNCLOSED_BRACKET: (a) => ({
    message: `The ${a.bracket} opened here has no closing ${a.bracket === '[' ? ']' : '}'}`,
    expected: `a ${a.bracket === '[' ? ']' : '}'} at the end, on the same line: ${a.bracket === '[' ? '[a, b]' : '{ unit: a, as: b }'}`,
    fix: `Add ${a.bracket === '[' ? ']' : '}'} at the end of the list.`,
  }),
  YAML_UNEXPECTED_CHAR: (a) => ({
    message: `Stray or misplaced ${q(a.char)}`,
    fix:
      a.char === ','
        ? 'Remove the extra comma; if the comma belongs to the text, put the whole value in double quotes.'
        : `Remove the extra ${a.char}, or add the matching opening bracket.`,
  }),
  YAML_TEXT_AFTER_QUOTE: (a) => ({
    message: `Text follows the closing ${a.quote} quote`,
    expected: 'a quoted value to end at its closing quote',
    fix:
      a.quote === '"'
        ? 'For double quotes inside the text use curly quotes “ ” or \\", or drop the outer quotes.'
        : "For a single quote inside the text write it twice (''), or drop the outer quotes.",
  }),
  YAML_MISSING_COLON: (a) => ({
    message: 'This line lacks the colon after the field name',
    expected: 'name: value (with a space after the colon)',
    found: a.text,
    fix: 'Add the colon after the field name. If this line continues a paragraph above, indent it deeper than that field name.',
  }),
  YAML_COLON_NO_SPACE: (a) => ({
    message: 'No space after the colon',
    expected: 'name: value (with a space after the colon)',
    found: a.text,
    fix: 'Add a space right after the colon.',
  }),
  YAML_COLON_IN_VALUE: () => ({
    message: 'The value contains a colon and a space (": "), so it reads as a new field',
    fix: 'Put the whole value in double quotes "…", or write ">-" after the field name and the text indented on the next lines.',
  }),
  YAML_MISPLACED_ITEM: () => ({
    message: 'A list item "-" stands where a "name: value" field is expected',
    expected: 'the "-" items of a list aligned with each other, under the list name',
    fix: 'Check the indentation of this line and those above: one level cannot mix "name: value" fields and "-" items.',
  }),
  YAML_NBSP: () => ({
    message:
      'This line has a non-breaking space (NBSP, usually pasted from Word), which YAML does not treat as a space',
    fix: 'Delete the spaces on this line and type them again with the space bar.',
  }),
  YAML_RESERVED_START: (a) => ({
    message: `A value cannot start with ${q(a.char)} unless quoted`,
    fix: 'Put the whole value in double quotes "…".',
  }),
  YAML_BAD_ESCAPE: (a) => ({
    message: `Inside double quotes, ${q(a.escape)} is not a valid escape`,
    fix: "Use single quotes '…' instead, or write \\\\ for one \\.",
  }),
  YAML_COMPLEX_KEY: () => ({
    message: 'A field name must be text, not a list or a mapping',
    fix: 'Write the field name as text, e.g. "title:".',
  }),
  YAML_TAG: (a) => ({
    message: `YAML tag ${q(a.tag)} cannot be used in a plan file`,
    found: `${a.tag}: asks for a type of data (a set, a timestamp, binary data…) that a plan does not have`,
    fix: 'Remove the tag (the part starting with !) and keep the value: a date as 2025-07-01, a list with -, text that must stay as written in quotes "…".',
  }),
  YAML_AFTER_DOCUMENT_START: () => ({
    message: 'A field or list item cannot start on the --- line',
    fix: 'Start a new line after --- (or delete the --- line) and write the field at the start of it.',
  }),
  YAML_BLOCK_BLANK_INDENT: () => ({
    message: 'Blank lines at the start of a text block (after > or |) have more spaces than its first line',
    fix: 'Delete the spaces on those blank lines.',
  }),
  YAML_DIRECTIVE_REPEATED: (a) => ({
    message: `Directive ${a.directive} appears twice (first on line ${a.firstLine})`,
    fix: 'Delete this line; a plan file needs no directive starting with %.',
  }),
  YAML_DUPLICATE_KEY: (a) => ({
    message: a.firstLine
      ? `Field ${q(a.key)} appears twice in the same item (first on line ${a.firstLine})`
      : `Field ${q(a.key)} appears twice in the same item`,
    fix: 'Delete one of the two lines or merge them.',
  }),
  YAML_ALIAS_LIMIT: (a) => ({
    message: `Too many YAML aliases (*name); the limit is ${a.limit}`,
    fix: 'Write the values out instead of using &/* references.',
  }),
  YAML_ALIAS_CYCLE: (a) => ({
    message: `Alias *${a.name} sits inside the node &${a.name} names: the data would contain itself`,
    fix: `Move *${a.name} out of &${a.name}, or write the value out.`,
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
    message: 'YAML syntax error',
    found: `${a.detail} (the YAML reader's own message)`,
    fix: 'Check colons, quotes and indentation on this line and the one above.',
  }),
  SCHEMA_REQUIRED: (a) => ({
    message: `Missing required field ${q(a.property)}`,
    fix: `Add a line "${a.property}: …" to this item.`,
  }),
  SCHEMA_UNKNOWN_PROPERTY: (a) => ({
    message: `Field ${q(a.property)} is not part of the format`,
    ...(a.allowed ? { expected: `one of the fields: ${a.allowed.join(', ')}` } : {}),
    fix: a.flowComma
      ? `Inside { … } commas separate fields. If this is a name containing a comma, quote the whole name: ${a.flowComma.key}: "${a.flowComma.joined}"`
      : a.suggestion
        ? `Did you mean ${q(a.suggestion)}?`
        : 'Remove the field or correct its name.',
  }),
  SCHEMA_TYPE: (a) => ({
    message: `Wrong type: expected ${a.what ? shapeEn[a.what] : typeName(a.expected)}, found ${typeName(a.found)}`,
    expected: a.what ? shapeEn[a.what] : typeName(a.expected),
    found:
      a.value !== undefined
        ? `${typeName(a.found)} ${a.found === 'string' ? q(a.value) : a.value}`
        : typeName(a.found),
    ...(a.value !== undefined && !a.what && a.expected.split('|').includes('array')
      ? { fix: `Write it as a list: [${a.value}]` }
      : a.expected === 'boolean'
        ? { fix: 'Write true or false, without quotes.' }
        : {}),
  }),
  SCHEMA_ENUM: (a) => ({
    message: `Value ${q(a.found)} is not allowed`,
    expected: `one of: ${a.allowed.join(', ')}`,
    found: a.found,
    ...(a.suggestion ? { fix: `Did you mean ${q(a.suggestion)}?` } : {}),
  }),
  SCHEMA_CONST: (a) => ({
    message: `The value must be ${a.expected}`,
    expected: a.expected,
    found: a.found,
    ...(a.found.startsWith('"') && !a.expected.startsWith('"')
      ? { fix: `Remove the quotes: write ${a.expected}` }
      : {}),
  }),
  SCHEMA_PATTERN: (a) => ({
    message: `Value ${q(a.found)} does not match the expected form`,
    expected: patternEn[a.what],
    found: a.found,
    ...(a.suggestion ? { fix: `Write: ${a.suggestion}` } : {}),
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
    message: `Value ${a.found} is out of range`,
    expected: `a number ${comparisonEn[a.comparison] ?? a.comparison} ${a.limit}`,
    found: a.found,
  }),
  SCHEMA_INVALID: (a) => ({
    message: 'The value does not fit the plan format',
    found: `${a.detail} (the schema checker's own message)`,
    fix: 'See the description of this field in schema/plan.schema.json (an editor with the modeline shows it).',
  }),
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
    message: `The time frame of task ${a.number} (${span(a)}) is outside the plan period`,
    expected: `within ${a.periodStart} – ${a.periodEnd}`,
    found: span(a),
    fix: "Fix the time frame, or widen the plan's period.",
  }),
  TIMEFRAME_PARTLY_OUTSIDE: (a) => ({
    message: `The time frame of task ${a.number} (${span(a)}) reaches outside the plan period`,
    expected: `within ${a.periodStart} – ${a.periodEnd}`,
    found: span(a),
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
  DOC_DATE_OUTSIDE: (a) => ({
    message: `Issue date ${a.date} is after the plan has ended`,
    fix: 'Check the issue date (document.date) or the plan period (period).',
  }),
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
    fix: {
      recipients: 'Add recipients: { items: [the recipients], archive: VT }.',
      signature: 'Add signature: { authority: TM. …, title: … } as in the signature block.',
      subject: 'Add document.subject, e.g. subject: công tác trẻ em.',
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
    fix: a.suggestion
      ? `Did you mean ${q(a.suggestion)}?`
      : "Use the id of an indicator declared under the plan's indicators.",
  }),
  PROGRESS_BEFORE_PLAN: (a) => ({
    message: `Date ${a.date} is before the plan starts (${a.start})`,
    fix: 'Check the date; reports normally arrive after the plan starts.',
  }),
  PROGRESS_AFTER_PLAN: (a) => ({
    message: `Date ${a.date} is more than a year after the plan ends (${a.end})`,
    fix: 'Check the year (a typo, such as 2205 for 2025?).',
  }),
  PLAN_FILE_CASE: (a) => ({
    message: `The plan file is named "${a.name}"; the name is "plan.yaml" (lower case)`,
    fix: 'Rename the file to plan.yaml so every system (and git) finds it.',
  }),
};
