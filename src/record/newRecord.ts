import { stringify } from 'yaml';
import type { Note, Result, UnitReport } from '../model/types.js';

/** Where the schema lies, seen from plans/<plan>/progress/, when the plan does not say. */
export const DEFAULT_SCHEMA = '../../../schema/progress.schema.json';

/**
 * The editor modeline for a new progress file. A plan that names its own schema
 * (`$schema=../../schema/plan.schema.json`) tells where the progress schema is: beside it, one folder
 * further up from progress/.
 */
export function progressModeline(planSource: string): string {
  const m = /^#\s*yaml-language-server:\s*\$schema=(\S+)plan\.schema\.json\s*$/mu.exec(
    planSource.slice(0, 2000),
  );
  const dir = m?.[1];
  const schema =
    dir === undefined
      ? DEFAULT_SCHEMA
      : /^[a-z]+:\/\//iu.test(dir) || dir.startsWith('/')
        ? `${dir}progress.schema.json`
        : `../${dir}progress.schema.json`;
  return `# yaml-language-server: $schema=${schema}`;
}

/** The text of a new progress file: modeline, then the record in the schema's key order. */
export function recordText(modeline: string, record: Note | UnitReport): string {
  return `${modeline}\n${stringify(record, { lineWidth: 100, minContentWidth: 40 })}`;
}

export function noteRecord(a: {
  task: string;
  unit?: string;
  date: string;
  status: Note['status'];
  text?: string;
}): Note {
  return {
    version: 1,
    kind: 'note',
    task: a.task,
    ...(a.unit ? { unit: a.unit } : {}),
    date: a.date,
    status: a.status,
    ...(a.text ? { text: a.text } : {}),
  };
}

export function reportRecord(a: {
  unit: string;
  received: string;
  date?: string;
  covers?: string;
  reference?: string;
  summary?: string;
  result?: Result;
}): UnitReport {
  return {
    version: 1,
    kind: 'report',
    unit: a.unit,
    received: a.received,
    ...(a.date ? { date: a.date } : {}),
    ...(a.covers ? { covers: a.covers } : {}),
    ...(a.reference ? { reference: a.reference } : {}),
    ...(a.summary ? { summary: a.summary } : {}),
    ...(a.result ? { results: [a.result] } : {}),
  };
}

export function resultItem(a: { task: string; status?: Result['status']; text?: string }): Result {
  return {
    task: a.task,
    ...(a.status ? { status: a.status } : {}),
    ...(a.text ? { text: a.text } : {}),
  };
}
