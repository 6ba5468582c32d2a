import type { IsoDate } from '../model/dates.js';
import type { Plan } from '../model/plan.js';
import type { Figure, ProgressRecord, ProgressStatus, UnitReport } from '../model/types.js';

/** Progress as the loader hands it over (`{file, record}`), or bare records. */
export type ProgressInput = ProgressRecord | { file?: string; record: ProgressRecord };

export interface RecordEntry {
  record: ProgressRecord;
  /** The file it came from, when known (for attribution in reports). */
  file: string | undefined;
  /** Position in the input, to keep file order among records of the same date. */
  order: number;
}

/** One thing said about one task: a progress note, or one result line of a unit's report. */
export interface TaskEvent {
  /** Task id in the plan (a record may name the task by its number). */
  task: string;
  /** When the news arrived: the note's date, or the report's received date. */
  date: IsoDate;
  kind: 'note' | 'report';
  unit: string | undefined;
  status: ProgressStatus | undefined;
  /** When the work was finished, for an event that says it is finished. */
  completed: IsoDate | undefined;
  text: string[];
  figures: Figure[];
  /** The report's document reference ("Báo cáo số 12/BC-CA ngày 10/11/2025"), for report results. */
  reference: string | undefined;
  file: string | undefined;
  order: number;
}

/** A unit's result report, as the obligations see it. */
export interface ReceivedReport {
  unit: string;
  received: IsoDate;
  covers: string | undefined;
  reference: string | undefined;
  file: string | undefined;
  order: number;
}

export function recordEntries(input: readonly ProgressInput[]): RecordEntry[] {
  return input.map((x, order) =>
    'record' in x ? { record: x.record, file: x.file, order } : { record: x, file: undefined, order },
  );
}

export const paragraphs = (p: string | string[] | undefined): string[] =>
  p === undefined ? [] : Array.isArray(p) ? p : [p];

/**
 * Every task event known on `asOf` (all of them without it), in date order, file order within a date.
 * A result that gives `completed` without a status is taken as finished; a status other than
 * hoan-thanh wins over a stray `completed`.
 */
export function taskEvents(plan: Plan, input: readonly ProgressInput[], asOf?: IsoDate): TaskEvent[] {
  const out: TaskEvent[] = [];
  for (const { record: r, file, order } of recordEntries(input)) {
    if (r.kind === 'note') {
      const task = plan.task(r.task)?.id;
      if (!task || (asOf && r.date > asOf)) continue;
      out.push({
        task,
        date: r.date,
        kind: 'note',
        unit: r.unit,
        status: r.status,
        completed: r.status === 'hoan-thanh' ? r.date : undefined,
        text: paragraphs(r.text),
        figures: r.figures ?? [],
        reference: undefined,
        file,
        order,
      });
    } else if (r.kind === 'report') {
      if (asOf && r.received > asOf) continue;
      for (const res of r.results ?? []) {
        const task = plan.task(res.task)?.id;
        if (!task) continue;
        const status = res.status ?? (res.completed ? 'hoan-thanh' : undefined);
        out.push({
          task,
          date: r.received,
          kind: 'report',
          unit: r.unit,
          status,
          completed: status === 'hoan-thanh' ? (res.completed ?? r.received) : undefined,
          text: paragraphs(res.text),
          figures: res.figures ?? [],
          reference: r.reference,
          file,
          order,
        });
      }
    }
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.order - b.order));
}

/** The unit reports received on or before `asOf`, in date order. */
export function receivedReports(input: readonly ProgressInput[], asOf?: IsoDate): ReceivedReport[] {
  return recordEntries(input)
    .filter((e): e is RecordEntry & { record: UnitReport } => e.record.kind === 'report')
    .filter((e) => !asOf || e.record.received <= asOf)
    .map((e) => ({
      unit: e.record.unit,
      received: e.record.received,
      covers: e.record.covers,
      reference: e.record.reference,
      file: e.file,
      order: e.order,
    }))
    .sort((a, b) => (a.received < b.received ? -1 : a.received > b.received ? 1 : a.order - b.order));
}
