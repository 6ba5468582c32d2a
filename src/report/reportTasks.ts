import { endWith } from '../document/blocks.js';
import { cleanText } from '../document/cleanText.js';
import { reportDoc } from '../i18n/vi/report.js';
import { vnDate } from '../model/dates.js';
import { letter, type Task } from '../model/plan.js';
import { joinMentions } from '../model/units.js';
import type { TaskEvent, TaskStatus } from '../query/index.js';
import { capitalizeFirst } from '../util/text.js';
import { type ReportBlockList, rb } from './reportBlocks.js';
import type { ReportResult, ReportTask } from './reportModel.js';
import { attributed, figuresSentence } from './reportProse.js';
import type { ReportScope } from './reportScope.js';
import { vnNumber } from './vnNumber.js';

const d = reportDoc;

/** The task's name in the report: the plan's short title when it has one, else its full title. */
export const taskName = (t: Task): string => cleanText(t.file.short ?? t.title).replace(/[.;:,\s]+$/u, '');

/**
 * One entry per task in the period, numbered under khoản 1 of section I: "1.1.", "1.2." for the
 * plan's tasks, "a)" for their sub-tasks, "-" below that. Each entry is prose: what the units reported
 * on the task, one paragraph per unit (the lead units first, then those supporting, then any other),
 * attributed ("Công an xã đã phối hợp …"). A task nobody reported on keeps a visible placeholder for the
 * officer. The plan's lead, support and time lines and the derived status stay in the data (`tasks`),
 * not in the signed text.
 */
export function reportTasks(scope: ReportScope): { tasks: ReportTask[]; blocks: ReportBlockList } {
  const tasks: ReportTask[] = [];
  const blocks: ReportBlockList = [];
  const childCount = new Map<string | undefined, number>();
  for (const task of scope.tasks) {
    const status = scope.statuses.get(task.id)!;
    const n = (childCount.get(task.parent) ?? 0) + 1;
    childCount.set(task.parent, n);
    const marker = task.depth === 0 ? `1.${n}.` : task.depth === 1 ? `${letter(n)})` : '-';
    const events = scope.events.get(task.id) ?? [];
    const results = events.map((e) => result(e, scope)).filter((r) => r !== undefined);
    const statusText = statusPhrase(status, scope);
    tasks.push({
      id: task.id,
      number: task.number,
      marker,
      depth: task.depth,
      title: taskName(task),
      lead: joinMentions(task.lead),
      support: joinMentions(task.support),
      time: status.time?.label ?? task.time?.label ?? '',
      status: status.code,
      statusText,
      completedOn: status.completedOn ?? null,
      due: status.due ?? null,
      results,
    });
    blocks.push(rb('subheading', `${marker} ${taskName(task)}`));
    const prose = taskProse(task, events, scope);
    // A task whose results were all given for its sub-tasks leaves them to the entries that follow.
    if (prose.length === 0 && !hasResults(task, scope)) blocks.push(rb('para', d.taskPlaceholder));
    for (const p of prose) blocks.push(rb('para', p));
  }
  if (tasks.length === 0) blocks.push(rb('para', d.noTasks));
  return { tasks, blocks };
}

/** The units in the order a task's results are told: its lead units, its supporting units, then others. */
function unitOrder(task: Task, scope: ReportScope): (u: string | undefined) => number {
  const order: string[] = [];
  for (const m of [...task.lead, ...task.support]) {
    for (const u of [m.id, ...scope.plan.units.expand(m.id)]) if (!order.includes(u)) order.push(u);
  }
  return (u) => {
    const i = u === undefined ? -1 : order.indexOf(u);
    return i < 0 ? order.length : i;
  };
}

/**
 * The paragraphs told for one task: per unit, its passages in date order, the first attributed to
 * the unit, each followed by the figures its words do not give.
 */
function taskProse(task: Task, events: readonly TaskEvent[], scope: ReportScope): string[] {
  const rank = unitOrder(task, scope);
  // A group's members report under the group's id; each keeps its own name ("Trường THCS Minh Long").
  const senderOf = new Map(
    scope.reports.filter((r) => r.sender && r.reference).map((r) => [r.reference!, r.sender!]),
  );
  const sender = (e: TaskEvent) => (e.reference ? senderOf.get(e.reference) : undefined);
  const byUnit = new Map<string, TaskEvent[]>();
  for (const e of events) {
    const k = `${e.unit ?? ''}\u0000${sender(e) ?? ''}`;
    const list = byUnit.get(k);
    if (list) list.push(e);
    else byUnit.set(k, [e]);
  }
  const unitOf = (k: string) => k.split('\u0000')[0] || undefined;
  const units = [...byUnit.keys()].sort(
    (a, b) => rank(unitOf(a)) - rank(unitOf(b)) || byUnit.get(a)![0]!.order - byUnit.get(b)![0]!.order,
  );
  const out: string[] = [];
  for (const key of units) {
    const u = unitOf(key) ?? '';
    const as = key.split('\u0000')[1] || undefined;
    const sentences: string[] = [];
    // Whether a sentence so far has the unit as its subject: after "Theo báo cáo của Công an xã, …" the
    // next passage on what was done still names it ("Công an xã đã phối hợp …"), later ones need not.
    let named = false;
    const name = u ? cleanText(as ?? scope.plan.units.name(u)) : '';
    for (const e of byUnit.get(key)!) {
      const text = e.text.map(cleanText).filter(Boolean);
      const figures = e.figures.map((f) => ({ label: f.label, value: f.value, unit: f.unit ?? null }));
      if (text.length === 0 && figures.length === 0) continue;
      const first = sentences.length === 0;
      text.forEach((t, i) => {
        const own = u ? attributed(scope.plan, u, t, 'did', as) : '';
        const byName = own.toLocaleLowerCase('vi').startsWith(name.toLocaleLowerCase('vi'));
        if ((first && i === 0) || (u && !named && byName)) {
          sentences.push(attributed(scope.plan, u || undefined, t, 'did', as));
          named ||= byName;
        } else sentences.push(attributed(scope.plan, undefined, t));
      });
      const fig = figuresSentence(text.join(' '), figures);
      if (fig && text.length === 0) sentences.push(attributed(scope.plan, u || undefined, fig, 'did', as));
      else if (fig) sentences.push(fig);
    }
    if (sentences.length > 0) out.push(sentences.join(' '));
  }
  return out;
}

/** Where the task stands on asOf, in the report's words. */
export function statusPhrase(s: TaskStatus, scope: ReportScope): string {
  const due = s.due ? vnDate(s.due) : undefined;
  const st = d.status;
  let text: string;
  switch (s.code) {
    case 'done-on-time':
      text = st.doneOnTime(vnDate(s.completedOn!));
      break;
    case 'done-late':
      text = st.doneLate(vnDate(s.completedOn!), s.daysLate);
      break;
    case 'in-progress':
      text = st.inProgress(due);
      break;
    case 'overdue':
      text = st.overdue(s.daysLate, due);
      break;
    case 'not-due':
      text = st.notStarted(due);
      break;
    case 'continuous':
      text = hasResults(s.task, scope) ? st.continuous : st.continuousSilent;
      break;
  }
  const partial = s.code !== 'done-on-time' && s.code !== 'done-late' && s.leadsDone.length > 0;
  return partial ? text + st.leadsDone(s.leadsDone.map((id) => scope.plan.units.name(id)).join(', ')) : text;
}

/** Whether anything was recorded in the period for the task or one of its sub-tasks. */
export function hasResults(task: Task, scope: ReportScope): boolean {
  if ((scope.events.get(task.id) ?? []).length > 0) return true;
  return task.children.some((c) => {
    const child = scope.plan.taskById.get(c);
    return child !== undefined && hasResults(child, scope);
  });
}

/** "95,5%", "6 buổi": a figure's value with its unit. */
function figureText(f: { label: string; value: number; unit?: string | undefined }): string {
  const unit = f.unit ? cleanText(f.unit) : '';
  const value = vnNumber(f.value);
  return `${cleanText(f.label)}: ${unit === '' ? value : unit === '%' ? `${value}%` : `${value} ${unit}`}`;
}

/** One result, attributed: "Công an xã (Báo cáo số 12/BC-CA ngày 10/11/2025): … Buổi tuyên truyền: 6 buổi." */
function result(e: TaskEvent, scope: ReportScope): ReportResult | undefined {
  const text = e.text.map(cleanText).filter(Boolean);
  const figures = e.figures.map((f) => ({
    label: cleanText(f.label),
    value: f.value,
    unit: f.unit ? cleanText(f.unit) : null,
    text: figureText(f),
  }));
  const parts = [
    ...(text.length > 0 ? [endWith(text.join(' '), '.')] : []),
    ...(figures.length > 0 ? [endWith(figures.map((f) => f.text).join('; '), '.')] : []),
  ];
  if (parts.length === 0 && e.status) parts.push(d.statusOnly(d.progressWord[e.status]));
  if (parts.length === 0) return undefined;
  const unitName = e.unit ? cleanText(scope.plan.units.name(e.unit)) : null;
  const source = d.attribution({
    ...(unitName ? { unit: unitName } : {}),
    ...(e.reference ? { reference: cleanText(e.reference) } : {}),
    date: vnDate(e.date),
    kind: e.kind,
  });
  return {
    unit: e.unit ?? null,
    unitName,
    kind: e.kind,
    date: e.date,
    reference: e.reference ? cleanText(e.reference) : null,
    text,
    figures,
    line: `${capitalizeFirst(source)}: ${parts.join(' ')}`,
  };
}
