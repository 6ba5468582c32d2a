import { join } from 'node:path';
import { UsageError } from '../errors.js';
import type { IsoDate } from '../model/dates.js';
import type { Plan, Task } from '../model/plan.js';
import type { ProgressRecord, ProgressStatus, UnitReport } from '../model/types.js';
import { findTask, findUnit } from '../query/resolve.js';
import { addTopLevelKey, appendToSequence, CannotEdit } from './editYaml.js';
import { noteRecord, progressModeline, recordText, reportRecord, resultItem } from './newRecord.js';

/** What the user asked to record, from the flags (dates and the status already checked). */
export interface RecordRequest {
  task?: string;
  status?: ProgressStatus;
  /** A note's date (defaults to `today`); for a report, the date of the report document. */
  date?: IsoDate;
  note?: string;
  unit?: string;
  received?: IsoDate;
  reference?: string;
  covers?: string;
  today: IsoDate;
}

/** The files `plan record` may look at; reading and existence are passed in so the core stays testable. */
export interface RecordFiles {
  progressDir: string;
  /** Progress files already loaded with the plan. */
  existing: readonly { abs: string; display: string; record: ProgressRecord }[];
  exists(abs: string): boolean;
  read(abs: string): string;
  display(abs: string): string;
}

export interface RecordChange {
  mode: 'create' | 'append';
  abs: string;
  /** For a new file: the name without ".yaml" and suffix, and the suffix number (1: none). */
  base?: string;
  n?: number;
  display: string;
  /** The whole file as it will be written. */
  text: string;
  kind: 'note' | 'report' | 'result';
  task: Task | undefined;
  unit: string | undefined;
  status: ProgressStatus | undefined;
  date: IsoDate;
}

/**
 * Decide what `plan record` writes: a new note file (progress/<date>-<task id>.yaml), a new report file
 * (progress/<received>-bao-cao-<unit>.yaml), or an addition to the report already recorded for that
 * unit and date (a result for --task, and --reference/--covers/--date/--note when the file lacks them).
 * Never writes; a file name already taken gets a "-2", "-3"… suffix, so no other file is touched.
 */
export function planRecord(plan: Plan, req: RecordRequest, files: RecordFiles): RecordChange {
  for (const [flag, v] of [
    ['--note', req.note],
    ['--reference', req.reference],
    ['--task', req.task],
    ['--unit', req.unit],
  ] as const) {
    if (v !== undefined && v.trim() === '') throw new UsageError('recordEmpty', { flag });
  }
  const task = req.task === undefined ? undefined : taskArg(plan, req.task);
  const unit = req.unit === undefined ? undefined : unitArg(plan, req.unit);
  const note = req.note?.trim();
  const modeline = progressModeline(plan.source);

  if (req.received === undefined) {
    if (req.reference !== undefined) throw new UsageError('recordOnlyReport', { flag: '--reference' });
    if (req.covers !== undefined) throw new UsageError('recordOnlyReport', { flag: '--covers' });
    if (!task) {
      if (unit) throw new UsageError('recordNeeds', { flag: '--received', because: '--unit' });
      throw new UsageError('recordNeedsKind', {});
    }
    if (!req.status) throw new UsageError('recordNeeds', { flag: '--status', because: '--task' });
    const date = req.date ?? req.today;
    const record = noteRecord({ task: task.id, unit, date, status: req.status, text: note });
    const base = join(files.progressDir, `${date}-${task.id}`);
    const { abs, n } = freeName(files, base);
    return {
      mode: 'create',
      abs,
      base,
      n,
      display: files.display(abs),
      text: recordText(modeline, record),
      kind: 'note',
      task,
      unit,
      status: req.status,
      date,
    };
  }

  if (!unit) throw new UsageError('recordNeeds', { flag: '--unit', because: '--received' });
  if (task && !req.status && !note)
    throw new UsageError('recordNeeds', { flag: '--note', because: '--task' });
  if (!task && req.status) throw new UsageError('recordNeeds', { flag: '--task', because: '--status' });
  const result = task ? resultItem({ task: task.id, status: req.status, text: note }) : undefined;
  const fields = {
    date: req.date,
    covers: req.covers,
    reference: req.reference?.trim(),
    summary: task ? undefined : note,
  };
  const base = { task, unit, status: req.status, date: req.received } as const;
  const same = files.existing.find(
    (e) => e.record.kind === 'report' && e.record.unit === unit && e.record.received === req.received,
  );
  if (!same) {
    const record = reportRecord({ unit, received: req.received, ...fields, result });
    const name = join(files.progressDir, `${req.received}-bao-cao-${unit}`);
    const { abs, n } = freeName(files, name);
    return {
      ...base,
      mode: 'create',
      abs,
      base: name,
      n,
      display: files.display(abs),
      text: recordText(modeline, record),
      kind: 'report',
    };
  }

  const existing = same.record as UnitReport;
  let text = files.read(same.abs);
  let changed = false;
  try {
    for (const [field, value] of Object.entries(fields) as [keyof typeof fields, string | undefined][]) {
      if (value === undefined) continue;
      const old = existing[field];
      if (old === undefined) {
        text = addTopLevelKey(text, field, value).text;
        changed = true;
      } else if (String(old) !== value) {
        throw new UsageError('recordConflict', { path: same.display, field, old: String(old), value });
      }
    }
    if (result) {
      text = appendToSequence(text, 'results', result).text;
      changed = true;
    }
  } catch (e) {
    if (e instanceof CannotEdit) throw new UsageError('recordFileUnreadable', { path: same.display });
    throw e;
  }
  if (!changed) throw new UsageError('recordNothingNew', { path: same.display });
  return {
    ...base,
    mode: 'append',
    abs: same.abs,
    display: same.display,
    text,
    kind: result ? 'result' : 'report',
  };
}

function taskArg(plan: Plan, value: string): Task {
  const r = findTask(plan, value);
  if (r.found) return r.found;
  throw new UsageError('unknownTask', r.suggestion ? { id: value, suggestion: r.suggestion } : { id: value });
}

function unitArg(plan: Plan, value: string): string {
  const r = findUnit(plan, value);
  if (r.found) return r.found.id;
  throw new UsageError('unknownUnit', r.suggestion ? { id: value, suggestion: r.suggestion } : { id: value });
}

/** `<base>.yaml` for n = 1, else `<base>-<n>.yaml`. */
export const numberedName = (base: string, n: number): string => `${base}${n === 1 ? '' : `-${n}`}.yaml`;

/** `<base>.yaml`, or the first `<base>-N.yaml` not taken. */
function freeName(files: RecordFiles, base: string): { abs: string; n: number } {
  for (let n = 1; ; n++) {
    const abs = numberedName(base, n);
    if (!files.exists(abs)) return { abs, n };
  }
}
