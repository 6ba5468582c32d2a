/** One Roman section of the body into the plan format: its role, text, parts or tasks. */
import type { Section } from '../../model/types.js';
import type { BuildContext } from '../draft/buildContext.js';
import type { DraftPart, DraftSection } from '../draft/draft.js';
import type { Para, Table } from '../source/blocks.js';
import { lower } from '../source/fold.js';
import { tableTasks } from '../tasks/tableTasks.js';
import { buildTask, detailOf } from '../tasks/taskBuilder.js';
import type { Node, OutlineSection } from './outline.js';
import { buildPart, reportOf } from './partBuilder.js';

type Kind = NonNullable<Section['kind']>;

export function sectionKind(title: string): Kind {
  const k = lower(title);
  // "NHIỆM VỤ, GIẢI PHÁP, PHÂN CÔNG TRÁCH NHIỆM": the work, whatever follows.
  if (/^(các )?nhiệm vụ(?=$|[\s,;.:])/u.test(k)) return 'tasks';
  if (/chế độ (thông tin,? )?báo cáo|^báo cáo|thông tin,? báo cáo/u.test(k)) return 'reporting';
  if (/tổ chức thực hiện|trách nhiệm thực hiện|phân công (nhiệm vụ|trách nhiệm)/u.test(k))
    return 'implementation';
  if (/kinh phí|nguồn lực tài chính|nguồn vốn/u.test(k)) return 'funding';
  if (/mục đích|yêu cầu/u.test(k)) return 'purposes';
  if (/mục tiêu|chỉ tiêu/u.test(k)) return 'objectives';
  if (/nhiệm vụ|nội dung|hoạt động|công việc/u.test(k)) return 'tasks';
  return 'other';
}

export interface AppendixTasks {
  table: Table;
  /** "PHỤ LỤC", "DANH MỤC NHIỆM VỤ …", "(Kèm theo Kế hoạch số …)". */
  title: string[];
}

export function buildSection(
  s: OutlineSection,
  si: number,
  ctx: BuildContext,
  appendix?: AppendixTasks,
  force?: Kind,
): DraftSection {
  const title = s.marker.rest || s.para.text;
  let kind = force ?? sectionKind(title);
  const numbered = s.content.filter(
    (c) => c.t === 'node' && c.node.marker.kind !== 'dash' && c.node.marker.kind !== 'plus',
  );
  const tables = s.content.filter((c) => c.t === 'table').map((c) => (c as { table: Table }).table);
  if (kind === 'tasks' && numbered.length === 0 && tables.length === 0 && !appendix) kind = 'other';
  const section: DraftSection = { kind, title };
  const path = ['sections', si];
  const text: string[] = [];
  const after: string[] = [];
  const lineOf = (p: Para) => p.text;

  if (kind === 'tasks') {
    const table = tables[0] ?? appendix?.table;
    if (table) {
      // The tasks are in the table; numbered lines in the body stay as the section's text.
      section.layout = 'table';
      if (appendix && !tables.length && appendix.title.length)
        section.appendix = appendix.title.length === 1 ? appendix.title[0]! : appendix.title;
      for (const c of s.content) {
        if (c.t === 'para') text.push(lineOf(c.para));
        else if (c.t === 'node') text.push(...flatten(c.node));
      }
      section.tasks = tableTasks(table, ctx, [...path, 'tasks']);
      for (const extra of tables.slice(1)) section.tasks.push(...tableTasks(extra, ctx, [...path, 'tasks']));
    } else {
      const tasks: DraftSection['tasks'] = [];
      for (const c of s.content) {
        if (c.t === 'para') (tasks.length ? after : text).push(lineOf(c.para));
        else if (c.t === 'node') {
          if (c.node.marker.kind === 'dash' || c.node.marker.kind === 'plus') {
            (tasks.length ? after : text).push(...flatten(c.node));
            continue;
          }
          // "3. Thời gian thực hiện: …", "4. Đối tượng thi đua: …": about the whole plan, not a task.
          if (
            c.node.content.length === 0 &&
            (detailOf(c.node.marker.rest) || /^đối tượng/iu.test(c.node.marker.rest))
          ) {
            (tasks.length ? after : text).push(c.node.para.text);
            continue;
          }
          tasks.push(buildTask(c.node, ctx, [...path, 'tasks', tasks.length], c.node.marker.label));
        }
      }
      section.tasks = tasks;
    }
  } else {
    const parts: DraftPart[] = [];
    for (const c of s.content) {
      if (c.t === 'para') (parts.length ? after : text).push(lineOf(c.para));
      else if (c.t === 'table') {
        for (const row of c.table.rows)
          (parts.length ? after : text).push(row.cells.map((x) => x.text).join(' | '));
        ctx.remarks.add('unplaced', c.table.line, path, { text: c.table.rows[0]?.cells[0]?.text ?? '' });
      } else if (c.node.marker.kind === 'dash' || c.node.marker.kind === 'plus') {
        (parts.length ? after : text).push(...flatten(c.node));
      } else parts.push(buildPart(c.node, kind, ctx, [...path, 'parts', parts.length]));
    }
    // A reporting duty written as a plain paragraph: it becomes a part, so that its deadline is tracked.
    if (kind === 'reporting' && parts.length === 0 && text.length > 0) {
      const part: DraftPart = { text: text.length === 1 ? text[0]! : [...text] };
      const report = reportOf(text.join(' '), part, ctx);
      if (report) {
        part.report = report;
        parts.push(part);
        text.length = 0;
        const first = s.content.find((c) => c.t === 'para');
        ctx.remarks.add(
          'reportAsPart',
          first?.t === 'para' ? first.para.line : s.para.line,
          [...path, 'parts', 0],
          {},
        );
      }
    }
    if (parts.length) section.parts = parts;
  }
  if (text.length) section.text = text.length === 1 ? text[0]! : text;
  if (after.length) section.after = after.length === 1 ? after[0]! : after;
  return section;
}

/** A node written back as its lines, for a section that keeps them as text. */
function flatten(node: Node): string[] {
  const out = [node.para.text];
  for (const c of node.content) {
    if (c.t === 'para') out.push(c.para.text);
    else if (c.t === 'node') out.push(...flatten(c.node));
  }
  return out;
}
