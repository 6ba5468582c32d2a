/**
 * Diagnostics are data: a code, typed arguments and a position. Wording lives in the message catalogue
 * (src/i18n), so tests assert codes and the same diagnostic can be shown in Vietnamese or English.
 */
export type Severity = 'error' | 'warning';

/** Arguments of each diagnostic code. Adding a code here forces a message in every language. */
export interface DiagnosticArgs {
  FILE_TOO_LARGE: { size: number; limit: number };
  FILE_NOT_TEXT: { reason: 'nul' | 'utf8' | 'utf16' | 'zip' };
  /** Nothing at all, only comments, or a document that is just an empty value (`~`, `null`). */
  FILE_EMPTY: { content: 'nothing' | 'comments' | 'null'; progress?: boolean };
  TEXT_INVISIBLE_CHAR: { char: string };
  /** Half an emoji: a `\uD83D` escape without its pair (empty when not written as an escape). */
  TEXT_LONE_SURROGATE: { escape: string };
  YAML_TOO_DEEP: { limit: number };
  YAML_TAB: Record<string, never>;
  YAML_INDENT: Record<string, never>;
  YAML_UNCLOSED_QUOTE: { quote: string };
  YAML_UNCLOSED_BRACKET: { bracket: '[' | '{' };
  YAML_UNEXPECTED_CHAR: { char: string };
  YAML_TEXT_AFTER_QUOTE: { quote: string };
  YAML_MISSING_COLON: { text: string };
  YAML_COLON_NO_SPACE: { text: string };
  YAML_COLON_IN_VALUE: Record<string, never>;
  YAML_MISPLACED_ITEM: Record<string, never>;
  YAML_NBSP: Record<string, never>;
  YAML_RESERVED_START: { char: string };
  YAML_BAD_ESCAPE: { escape: string };
  YAML_COMPLEX_KEY: Record<string, never>;
  YAML_TAG: { tag: string };
  YAML_AFTER_DOCUMENT_START: Record<string, never>;
  YAML_BLOCK_BLANK_INDENT: Record<string, never>;
  /** A second `%YAML` (or `%TAG` for the same handle) before one document. */
  YAML_DIRECTIVE_REPEATED: { directive: string; firstLine: number };
  YAML_DUPLICATE_KEY: { key: string; firstLine?: number };
  YAML_ALIAS_LIMIT: { limit: number };
  YAML_ALIAS_UNRESOLVED: { name: string };
  YAML_ALIAS_CYCLE: { name: string };
  YAML_MULTIPLE_DOCUMENTS: Record<string, never>;
  YAML_RESERVED_KEY: { key: string };
  YAML_SYNTAX: { detail: string };
  SCHEMA_REQUIRED: { property: string };
  SCHEMA_UNKNOWN_PROPERTY: {
    property: string;
    suggestion?: string;
    /** The fields allowed here, when few enough to list. */
    allowed?: string[];
    /** `{ as: a, b }`: the comma cut a name; the field before it and the name rejoined. */
    flowComma?: { key: string; joined: string };
  };
  SCHEMA_TYPE: { expected: string; found: string; what?: ShapeKind; value?: string };
  SCHEMA_ENUM: { allowed: string[]; found: string; suggestion?: string };
  SCHEMA_CONST: { expected: string; found: string };
  SCHEMA_PATTERN: { what: PatternKind; found: string; suggestion?: string };
  SCHEMA_MIN_ITEMS: { min: number };
  SCHEMA_EMPTY_TEXT: Record<string, never>;
  SCHEMA_RANGE: { limit: number; comparison: string; found: string };
  SCHEMA_INVALID: { detail: string };
  SECTION_TASKS_KIND: Record<string, never>;
  DATE_INVALID: { value: string };
  PERIOD_REVERSED: { start: string; end: string };
  UNIT_UNKNOWN: { id: string; suggestion?: string };
  UNIT_DUPLICATE: { id: string; firstLine: number };
  UNIT_FORM_UNKNOWN: { unit: string; form: string; forms: string[] };
  UNIT_GROUP_CYCLE: { cycle: string[] };
  UNIT_MEMBER_NOT_GROUP: { id: string };
  TASK_DUPLICATE: { id: string; firstLine: number };
  TASK_NO_LEAD: { number: string };
  TASK_NO_TIMEFRAME: { number: string };
  INDICATOR_DUPLICATE: { id: string; firstLine: number };
  TIMEFRAME_OUTSIDE_PERIOD: {
    number: string;
    start: string;
    end: string;
    periodStart: string;
    periodEnd: string;
  };
  TIMEFRAME_PARTLY_OUTSIDE: {
    number: string;
    start: string;
    end: string;
    periodStart: string;
    periodEnd: string;
  };
  TIMEFRAME_REVERSED: { start: string; end: string };
  TIMEFRAME_EXTRA_FIELD: { kind: string; field: string };
  PERIOD_EXPR_INVALID: { value: string };
  REPORT_DUE_OUTSIDE_PERIOD: { due: string; periodStart: string; periodEnd: string };
  DOC_SYMBOL_TYPE: { symbol: string; type: string };
  DOC_NUMBER_ZERO_PAD: { number: string; expected: string };
  DOC_DATE_OUTSIDE: { date: string };
  CITATION_TEXT_MISMATCH: { field: 'number' | 'date'; value: string };
  PLAN_NO_TASKS: Record<string, never>;
  PLAN_PART_MISSING: { part: 'recipients' | 'signature' | 'subject' };
  ISSUER_NOT_DECLARED: { id: string; suggestion?: string };
  PROGRESS_TASK_UNKNOWN: { id: string; suggestion?: string };
  PROGRESS_INDICATOR_UNKNOWN: { id: string; suggestion?: string };
  PROGRESS_BEFORE_PLAN: { date: string; start: string };
  PROGRESS_AFTER_PLAN: { date: string; end: string };
  PLAN_FILE_CASE: { name: string };
}

export type Code = keyof DiagnosticArgs;

/** What a pattern stands for, so the message can say what was expected in words. */
export type PatternKind =
  | 'id'
  | 'taskId'
  | 'date'
  | 'period'
  | 'number'
  | 'symbol'
  | 'citation'
  | 'authority'
  | 'delegation'
  | 'other';

/** Values the schema lets take more than one shape (a `oneOf`), named so a message can say which. */
export type ShapeKind = 'unitRef' | 'paragraphs' | 'bullet' | 'dateOrNull' | 'plan' | 'progress';

interface DiagnosticBase {
  severity: Severity;
  /** Path of the file as given by the user (relative to the working directory when inside it). */
  file: string;
  /** 1-based line and column. */
  line: number;
  column: number;
  /** Where in the plan, e.g. `sections[1].tasks[3].lead[0]`; empty for the whole file. */
  path: string;
}

export type Diagnostic = {
  [C in Code]: DiagnosticBase & { code: C; args: DiagnosticArgs[C] };
}[Code];

export type DiagnosticOf<C extends Code> = DiagnosticBase & { code: C; args: DiagnosticArgs[C] };

/** Default severities; a rule may not change them, so the same code always means the same weight. */
export const severityOf: Record<Code, Severity> = {
  FILE_TOO_LARGE: 'error',
  FILE_NOT_TEXT: 'error',
  FILE_EMPTY: 'error',
  TEXT_INVISIBLE_CHAR: 'warning',
  TEXT_LONE_SURROGATE: 'error',
  YAML_TOO_DEEP: 'error',
  YAML_TAB: 'error',
  YAML_INDENT: 'error',
  YAML_UNCLOSED_QUOTE: 'error',
  YAML_UNCLOSED_BRACKET: 'error',
  YAML_UNEXPECTED_CHAR: 'error',
  YAML_TEXT_AFTER_QUOTE: 'error',
  YAML_MISSING_COLON: 'error',
  YAML_COLON_NO_SPACE: 'error',
  YAML_COLON_IN_VALUE: 'error',
  YAML_MISPLACED_ITEM: 'error',
  YAML_NBSP: 'error',
  YAML_RESERVED_START: 'error',
  YAML_BAD_ESCAPE: 'error',
  YAML_COMPLEX_KEY: 'error',
  YAML_TAG: 'error',
  YAML_AFTER_DOCUMENT_START: 'error',
  YAML_BLOCK_BLANK_INDENT: 'error',
  YAML_DIRECTIVE_REPEATED: 'error',
  YAML_DUPLICATE_KEY: 'error',
  YAML_ALIAS_LIMIT: 'error',
  YAML_ALIAS_UNRESOLVED: 'error',
  YAML_ALIAS_CYCLE: 'error',
  YAML_MULTIPLE_DOCUMENTS: 'error',
  YAML_RESERVED_KEY: 'error',
  YAML_SYNTAX: 'error',
  SCHEMA_REQUIRED: 'error',
  SCHEMA_UNKNOWN_PROPERTY: 'error',
  SCHEMA_TYPE: 'error',
  SCHEMA_ENUM: 'error',
  SCHEMA_CONST: 'error',
  SCHEMA_PATTERN: 'error',
  SCHEMA_MIN_ITEMS: 'error',
  SCHEMA_EMPTY_TEXT: 'error',
  SCHEMA_RANGE: 'error',
  SCHEMA_INVALID: 'error',
  SECTION_TASKS_KIND: 'error',
  DATE_INVALID: 'error',
  PERIOD_REVERSED: 'error',
  UNIT_UNKNOWN: 'error',
  UNIT_DUPLICATE: 'error',
  UNIT_FORM_UNKNOWN: 'error',
  UNIT_GROUP_CYCLE: 'error',
  UNIT_MEMBER_NOT_GROUP: 'warning',
  TASK_DUPLICATE: 'error',
  TASK_NO_LEAD: 'warning',
  TASK_NO_TIMEFRAME: 'warning',
  INDICATOR_DUPLICATE: 'error',
  TIMEFRAME_OUTSIDE_PERIOD: 'error',
  TIMEFRAME_PARTLY_OUTSIDE: 'warning',
  TIMEFRAME_REVERSED: 'error',
  TIMEFRAME_EXTRA_FIELD: 'warning',
  PERIOD_EXPR_INVALID: 'error',
  REPORT_DUE_OUTSIDE_PERIOD: 'error',
  DOC_SYMBOL_TYPE: 'error',
  DOC_NUMBER_ZERO_PAD: 'warning',
  DOC_DATE_OUTSIDE: 'warning',
  CITATION_TEXT_MISMATCH: 'warning',
  PLAN_NO_TASKS: 'error',
  PLAN_PART_MISSING: 'warning',
  ISSUER_NOT_DECLARED: 'error',
  PROGRESS_TASK_UNKNOWN: 'error',
  PROGRESS_INDICATOR_UNKNOWN: 'error',
  PROGRESS_BEFORE_PLAN: 'warning',
  PROGRESS_AFTER_PLAN: 'warning',
  PLAN_FILE_CASE: 'warning',
};

export const hasErrors = (diagnostics: readonly Diagnostic[]): boolean =>
  diagnostics.some((d) => d.severity === 'error');

/** Stable order: by file, then position, then code. */
export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line ||
      a.column - b.column ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
}
