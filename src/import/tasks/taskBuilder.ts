/**
 * Tasks written as a list: "3. <task>" with its "- Cơ quan chủ trì / phối hợp / Thời gian" lines,
 * "- " and "+ " bullets, and sub-tasks "3.1." or "a)".
 */
import type { Path } from '../../load/path.js';
import type { Timeframe } from '../../model/types.js';
import { type BuildContext, noteTime, refsOf, taskId } from '../draft/buildContext.js';
import type { DraftBullet, DraftTask } from '../draft/draft.js';
import type { Content, Node } from '../outline/outline.js';
import { parseAssignment, splitUnits, type UnitMention } from '../units/unitList.js';
import { agencyOfHeading, leadInSentence, type StatedLead } from './agencyDuties.js';
import {
  type Attribute,
  keptLabel,
  LEAD_LABELS,
  parseAttribute,
  SUPPORT_LABELS,
  TIME_LABELS,
} from './attributes.js';
import { parseTimeframe } from './timeframe.js';

export function buildTask(
  node: Node,
  ctx: BuildContext,
  path: Path,
  number: string,
  parent?: string,
  inherited?: StatedLead,
): DraftTask {
  let content = [...node.content];
  let title = node.marker.rest;
  if (!title) {
    const i = content.findIndex((c) => c.t === 'para');
    if (i !== -1) title = (content.splice(i, 1)[0] as { para: { text: string } }).para.text;
  }
  title ||= node.para.text;
  const agency = DUTIES.has(node) ? undefined : agencyOfHeading(title, hasDuties(content));
  if (agency || ownTimes(content) >= 2) content = dutiesAsSubtasks(content);
  const stated = agency ?? leadInSentence(title) ?? inherited;
  const task: DraftTask = { id: taskId(ctx, title, parent), title };
  const text: string[] = [];
  const bullets: DraftBullet[] = [];
  const subs: Node[] = [];

  const apply = (a: Attribute, line: number, kids: string[]) => {
    const keep = (): void => {
      bullets.push(
        a.value
          ? { label: a.label, text: a.value, ...(kids.length ? { bullets: kids } : {}) }
          : kids.length
            ? { text: `${a.label}:`, bullets: kids }
            : `${a.label}:`,
      );
    };
    if (a.kind === 'time') {
      // "Thời gian: 01 ngày/hội nghị" is how long a meeting lasts, not when the task is done.
      if (isDuration(a.value)) return keep();
      const parsed = a.value ? parseTimeframe(a.value, ctx.year) : undefined;
      if (!parsed || task.timeframe) return keep();
      task.timeframe = parsed.timeframe;
      noteTime(ctx, parsed.timeframe);
      const label = keptLabel(a.label, TIME_LABELS, 'Thời gian thực hiện');
      if (label) task.timeLabel = label;
      if (parsed.unknown) ctx.remarks.add('timeUnknown', line, path, { text: a.value });
      return;
    }
    if (a.kind === 'output') {
      if (task.output || !a.value) return keep();
      task.output = a.value;
      return;
    }
    if (a.kind === 'lead') {
      let lead: UnitMention[] = [];
      let support: UnitMention[] = [];
      let clean = false;
      for (const part of a.value ? [a.value] : kids) {
        const r = parseAssignment(part);
        lead.push(...r.lead.map((m, i) => (i === 0 && lead.length ? { ...m, sep: ';' as const } : m)));
        support.push(...r.support);
        clean = r.clean && kids.length === 0;
      }
      if (task.lead) {
        lead = [];
        support = [];
      }
      if (lead.length) {
        task.lead = refsOf(ctx, lead);
        const label = keptLabel(a.label, LEAD_LABELS, 'Cơ quan chủ trì');
        if (label) task.leadLabel = label;
      }
      if (support.length && !task.support) task.support = refsOf(ctx, support);
      if (clean) return;
      // A sentence rather than a list: kept word for word (leadText), the units found in it tracked.
      if (lead.length && a.value && !task.leadText) task.leadText = a.value;
      else keep();
      if (lead.length)
        ctx.remarks.add('unitSentence', line, path, {
          label: a.label,
          units: lead.map((m) => m.text).join('; '),
        });
      else ctx.remarks.add('noUnits', line, path, { label: a.label, text: a.value || kids.join(' ') });
      return;
    }
    // Coordinating units.
    supportLine = { a, line };
    const r = splitUnits(a.value || kids.join('; '));
    if (r.mentions.length && !task.support) {
      task.support = refsOf(ctx, r.mentions);
      const label = keptLabel(a.label, SUPPORT_LABELS, 'Cơ quan, đơn vị phối hợp thực hiện');
      if (label) task.supportLabel = label;
      if (r.clean && kids.length === 0) return;
      keep();
      ctx.remarks.add('unitSentence', line, path, {
        label: a.label,
        units: r.mentions.map((m) => m.text).join('; '),
      });
      return;
    }
    keep();
    ctx.remarks.add('noUnits', line, path, { label: a.label, text: a.value });
  };

  let supportLine: { a: Attribute; line: number } | undefined;
  for (let ci = 0; ci < content.length; ci++) {
    const c = content[ci]!;
    if (c.t === 'table') {
      for (const row of c.table.rows) text.push(row.cells.map((x) => x.text).join(' | '));
      ctx.remarks.add('unplaced', c.table.line, path, { text: c.table.rows[0]?.cells[0]?.text ?? '' });
      continue;
    }
    if (c.t === 'para') {
      const a = parseAttribute(c.para.text);
      if (a) apply(a, c.para.line, []);
      else {
        if (subs.length) ctx.remarks.add('afterSubtasks', c.para.line, path, { text: c.para.text });
        text.push(c.para.text);
      }
      continue;
    }
    const n = c.node;
    if (n.marker.kind === 'dash' || n.marker.kind === 'plus') {
      const kids = bulletKids(n);
      const a = parseAttribute(n.marker.rest);
      // "- Sở Y tế chủ trì kiểm tra …": the bullet stays as written and its units lead the task.
      const said = a || task.lead ? undefined : leadInSentence(n.marker.rest);
      if (said) {
        // The bullet names them; render gives it back as written, without a generated line.
        task.lead = refsOf(ctx, said.lead);
        task.leadLine = false;
        if (said.support.length && !task.support) {
          task.support = refsOf(ctx, said.support);
          task.supportLine = false;
        }
      }
      if (a) apply(a, n.para.line, kids);
      else if (kids.length) bullets.push({ text: n.marker.rest || '…', bullets: kids });
      else if (n.marker.rest) bullets.push(n.marker.rest);
      continue;
    }
    // "a. Thời gian thực hiện: …", "b. Địa điểm: …": a detail of this task, not a sub-task.
    // What was written under the detail belongs to the task.
    const detail = detailOf(n.marker.rest);
    if (detail) {
      if (detail === 'time') apply(parseAttribute(n.marker.rest)!, n.para.line, []);
      else text.push(n.para.text);
      content.splice(ci + 1, 0, ...n.content);
      continue;
    }
    subs.push(n);
  }
  // A lead sentence stands for both generated lines; a separate coordinating line is kept as written.
  if (task.leadText && supportLine?.a.value) {
    bullets.push({ label: supportLine.a.label, text: supportLine.a.value });
    ctx.remarks.add('unplaced', supportLine.line, path, {
      text: `${supportLine.a.label}: ${supportLine.a.value}`,
    });
  }
  if (!task.timeframe) {
    // "… Thời gian hoàn thành: Trước ngày 31/5/2026." or "… (2025 - 2026)." at the end of the task.
    const parsed = trailingTime(title, ctx.year);
    if (parsed) {
      task.timeframe = parsed;
      task.timeLine = false;
      noteTime(ctx, parsed);
    }
  }
  if (!task.lead && stated) {
    // A heading ("1. Sở Y tế", a role, a group of agencies) or the title's sentence names the lead:
    // the document has no "Cơ quan chủ trì" line here, and render must not add one.
    task.lead = refsOf(ctx, stated.lead);
    task.leadLine = false;
    if (stated.support.length && !task.support) {
      task.support = refsOf(ctx, stated.support);
      task.supportLine = false;
    }
  }
  if (text.length) task.text = text.length === 1 ? text[0]! : text;
  if (bullets.length) task.bullets = bullets;
  if (subs.length) {
    if (subs[0]!.marker.kind === 'letter') task.numbering = 'letter';
    // Duties the document wrote as "-" lines are printed back so (their numbers only track them).
    else if (subs.every((n) => DUTIES.has(n))) task.numbering = 'dash';
    task.subtasks = subs.map((s, i) =>
      buildTask(
        s,
        ctx,
        [...path, 'subtasks', i],
        `${number}.${s.marker.label.split('.').at(-1)}`,
        task.id,
        agency ?? inherited,
      ),
    );
  } else {
    if (!task.lead) ctx.remarks.add('noLead', node.para.line, path, { number });
    if (!task.timeframe) ctx.remarks.add('noTime', node.para.line, path, { number });
  }
  return task;
}

/** A time frame written at the end of a task's own sentence; only a date or period, never a guess. */
export function trailingTime(text: string, year?: number): Timeframe | undefined {
  const t = text.trim();
  const labelled = /(?:thời gian|thời hạn)(?: thực hiện| hoàn thành)?\s*:\s*([^:;]+?)\.?\s*$/iu.exec(t);
  const bracket = /\(([^()]{4,40})\)\.?\s*$/u.exec(t);
  for (const m of [labelled, bracket]) {
    if (!m) continue;
    const parsed = parseTimeframe(m[1]!, year);
    if (parsed && !parsed.unknown && parsed.timeframe.kind !== 'unscheduled' && /\d{4}/u.test(m[1]!))
      return parsed.timeframe;
  }
  return undefined;
}

/** "01 ngày/hội nghị", "02 buổi", "3 ngày mỗi lớp": a length, not a date. */
export const isDuration = (v: string): boolean =>
  /^\d{1,3}\s*(ngày|buổi|giờ|tiếng|tuần|tháng)(\s*\/|\s+(mỗi|một|cho|\/)|\s*\.?$)/iu.test(v.trim()) &&
  !/\d{4}/u.test(v);

/** A numbered line that is a detail of its task: its time, place, participants, form or funding. */
export function detailOf(text: string): 'time' | 'other' | undefined {
  const a = parseAttribute(text);
  if (a?.kind === 'time') return 'time';
  return /^(địa điểm|thành phần|hình thức|đối tượng|kinh phí|quy mô|số lượng)(\s[^:]{0,30})?:/iu.test(
    text.trim(),
  )
    ? 'other'
    : undefined;
}

/** Sub-tasks made from "-" duties: their text is work, never an agency heading. */
const DUTIES = new WeakSet<Node>();

/** "-" lines under the heading that are duties, not "- Cơ quan chủ trì: …" attributes. */
const hasDuties = (content: readonly Content[]): boolean =>
  content.some((c) => c.t === 'node' && c.node.marker.kind === 'dash' && !parseAttribute(c.node.marker.rest));

/** How many "-" duties are followed by a time line of their own ("Thời gian thực hiện: …"). */
function ownTimes(content: readonly Content[]): number {
  let n = 0;
  for (let i = 0; i + 1 < content.length; i++) {
    const c = content[i]!;
    const next = content[i + 1]!;
    if (c.t === 'node' && c.node.marker.kind === 'dash' && !parseAttribute(c.node.marker.rest))
      if (next.t === 'para' && parseAttribute(next.para.text)?.kind === 'time') n++;
  }
  return n;
}

/**
 * The "-" duties under an agency (or duties that each carry their own time) become numbered
 * sub-tasks; the attribute lines after a duty ("Thời gian hoàn thành: …") go with it.
 */
function dutiesAsSubtasks(content: readonly Content[]): Content[] {
  const duties = content.filter(
    (c) => c.t === 'node' && c.node.marker.kind === 'dash' && !parseAttribute(c.node.marker.rest),
  );
  if (duties.length === 0) return [...content];
  const out: Content[] = [];
  let current: Node | undefined;
  let n = 0;
  for (const c of content) {
    if (c.t === 'node' && duties.includes(c)) {
      n++;
      current = {
        marker: { kind: 'decimal', label: String(n), rest: c.node.marker.rest },
        para: c.node.para,
        content: [...c.node.content],
      };
      DUTIES.add(current);
      out.push({ t: 'node', node: current });
      continue;
    }
    if (current && c.t === 'para' && parseAttribute(c.para.text)) {
      current.content.push(c);
      continue;
    }
    if (c.t !== 'node' || c.node.marker.kind !== 'dash') current = undefined;
    out.push(c);
  }
  return out;
}

/** The "+" lines under a "-" bullet, with anything nested under them folded in. */
function bulletKids(n: Node): string[] {
  const out: string[] = [];
  for (const c of n.content) {
    if (c.t === 'node') out.push([c.node.marker.rest, ...bulletKids(c.node)].filter(Boolean).join(' '));
    else if (c.t === 'para') out.push(c.para.text);
  }
  return out.filter(Boolean);
}
