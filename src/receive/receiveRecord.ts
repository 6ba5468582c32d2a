/**
 * The progress record of a received report, as YAML text, with the line where each passage landed
 * (so the summary can say "progress/….yaml:18" and the officer can move a passage). Pure.
 */
import { stringify } from 'yaml';
import type { IsoDate } from '../model/dates.js';
import type { Plan } from '../model/plan.js';
import type { IndicatorFound, Passage } from './assign.js';
import type { ParsedReport } from './parseReport.js';

export interface ReceiveRecordInput {
  unit: string;
  received: IsoDate;
  covers: string | undefined;
  reference: string | undefined;
  parsed: ParsedReport;
  passages: readonly Passage[];
  indicators: readonly IndicatorFound[];
  source: string;
  /** The sender as the report names itself, when the unit is a group. */
  sender?: string | undefined;
  sha256: string;
  supersedes: string | undefined;
  /** The first comment line ("Báo cáo của … nhận ngày …"). */
  comment: string[];
}

export interface RecordText {
  text: string;
  /** A passage (one of `passages`; a paragraph split at its sentences gives several) → its line in the record. */
  lineOf: Map<Passage, number>;
  /** Indicator id → line in the record. */
  indicatorLine: Map<string, number>;
}

const scalar = (v: string | number) => stringify(v, { lineWidth: 0 }).trimEnd();

export function receiveRecord(plan: Plan, r: ReceiveRecordInput): RecordText {
  const lines: string[] = [...r.comment.map((c) => `# ${c}`.trimEnd())];
  const lineOf = new Map<Passage, number>();
  const indicatorLine = new Map<string, number>();
  const put = (s: string) => lines.push(s);
  put('version: 1');
  put('kind: report');
  put(`unit: ${r.unit}`);
  put(`received: ${r.received}`);
  if (r.parsed.date) put(`date: ${r.parsed.date}`);
  if (r.covers) put(`covers: ${scalar(r.covers)}`);
  if (r.reference) put(`reference: ${scalar(r.reference)}`);
  if (r.parsed.subject) put(`title: ${scalar(r.parsed.subject)}`);
  if (r.parsed.issuer.length > 0) {
    put('issuer:');
    for (const l of r.parsed.issuer) put(`  - ${scalar(l)}`);
  }
  if (r.parsed.to) put(`to: ${scalar(r.parsed.to)}`);
  if (r.sender) put(`sender: ${scalar(r.sender)}`);
  if (r.parsed.signature.length > 0) put(`signer: ${scalar(r.parsed.signature.join(', '))}`);
  put(`source: ${scalar(r.source)}`);
  put(`sha256: ${r.sha256}`);
  if (r.supersedes) put(`supersedes: ${scalar(r.supersedes)}`);
  const byTask = new Map<string, Passage[]>();
  for (const p of r.passages) {
    if (p.place.kind !== 'task') continue;
    const list = byTask.get(p.place.task);
    if (list) list.push(p);
    else byTask.set(p.place.task, [p]);
  }
  if (byTask.size > 0) {
    put('results:');
    // In the plan's task order, so the record reads like the plan.
    for (const t of plan.tasks) {
      const list = byTask.get(t.id);
      if (!list) continue;
      put(`  - task: ${t.id}`);
      put('    text:');
      for (const p of list) {
        put(`      - ${scalar(p.text)}`);
        lineOf.set(p, lines.length);
      }
    }
  }
  const group = (key: string, kind: Passage['place']['kind']) => {
    const list = r.passages.filter((p) => p.place.kind === kind);
    if (list.length === 0) return;
    put(`${key}:`);
    for (const p of list) {
      put(`  - ${scalar(p.text)}`);
      lineOf.set(p, lines.length);
    }
  };
  group('general', 'general');
  group('difficulties', 'difficulty');
  group('proposals', 'proposal');
  group('directions', 'direction');
  if (r.indicators.length > 0) {
    put('indicators:');
    for (const i of r.indicators) {
      put(`  - id: ${i.id}`);
      indicatorLine.set(i.id, lines.length);
      put(`    value: ${i.value}`);
    }
  }
  return { text: `${lines.join('\n')}\n`, lineOf, indicatorLine };
}
