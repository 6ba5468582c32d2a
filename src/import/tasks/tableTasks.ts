/**
 * Tasks given as a table ("Danh mục nhiệm vụ": TT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp |
 * Thời gian | Sản phẩm). A row numbered "I", "II" (or "A") is a group: its rows become its sub-tasks.
 */
import type { Path } from '../../load/path.js';
import { type BuildContext, noteTime, refsOf, taskId } from '../draft/buildContext.js';
import type { DraftTask } from '../draft/draft.js';
import type { Table, TableRow } from '../source/blocks.js';
import { parseAssignment, splitUnits } from '../units/unitList.js';
import { keptLabel, TIME_LABELS } from './attributes.js';
import { groupDepth, isGroupLabel } from './tableRows.js';
import { parseTimeframe } from './timeframe.js';

export function tableTasks(table: Table, ctx: BuildContext, path: Path): DraftTask[] {
  const col = table.columns;
  const cell = (r: TableRow, c: number | undefined) =>
    c === undefined ? '' : (r.cells[c]?.text ?? '').trim();
  const tasks: DraftTask[] = [];
  let group: DraftTask | undefined;
  // Nested group rows ("A" > "I" > "III.1" > "III.1.1"): the open groups, outermost first.
  const stack: { task: DraftTask; depth: number; at: Path }[] = [];
  let groupLabel = '';
  let expected = 1;
  let gap: { numbers: string[]; line: number; at: Path } | undefined;
  const closeGap = () => {
    if (gap)
      ctx.remarks.add('tableGap', gap.line, gap.at, { numbers: gap.numbers.join(', '), group: groupLabel });
    gap = undefined;
  };
  const strays = [...table.strays];

  const rows = table.rows;
  let last: DraftTask | undefined;
  for (const [ri, row] of rows.entries()) {
    // Text that sat before this row in the source (a broken page) is kept on the group above it.
    while (strays.length && strays[0]!.line < row.line) {
      const s = strays.shift()!;
      const at = stack.at(-1)?.at ?? path;
      if (group) group.text = [...asList(group.text), s.text];
      ctx.remarks.add('tableStray', s.line, at, { text: s.text });
    }
    const label = cell(row, col.number ?? 0).replace(/\.$/u, '');
    const nonEmpty = row.cells.filter((c) => c.text.trim()).length;
    // A row with no number, no lead and no time continues the task above it (a cell broken over a page).
    if (
      !label &&
      col.number !== undefined &&
      last &&
      !cell(row, col.lead) &&
      !cell(row, col.time) &&
      row.cells.length === col.count
    ) {
      const more = row.cells.filter((c) => c.text.trim()).map((c) => c.text.trim());
      last.text = [...asList(last.text), ...more];
      continue;
    }
    // "5.1 | Nhóm …" alone on its row, with "5.1.1", "5.1.2" below it: a group numbered like a task.
    const next = cell(rows[ri + 1] ?? { cells: [], line: 0 }, col.number ?? 0).replace(/\.$/u, '');
    const heads = nonEmpty <= 2 && /^\d/u.test(label) && next.startsWith(`${label}.`);
    if (
      isGroupLabel(label) ||
      heads ||
      (nonEmpty <= 2 && row.cells.length < col.count && !/^\d/u.test(label))
    ) {
      closeGap();
      // The group's title is the first paragraph of its cell; what follows is its text.
      const cell = row.cells.slice(1).find((c) => c.text.trim());
      const [title = label, ...more] = (cell?.paras ?? []).filter((t) => t.trim());
      const depth = isGroupLabel(label) ? groupDepth(label) : (stack.at(-1)?.depth ?? 0) + 1;
      while (stack.length && stack.at(-1)!.depth >= depth) stack.pop();
      const parent = stack.at(-1);
      const g: DraftTask = {
        id: taskId(ctx, title, parent?.task.id),
        title,
        subtasks: [],
        ...(more.length ? { text: more } : {}),
      };
      const gAt: Path = parent
        ? [...parent.at, 'subtasks', parent.task.subtasks!.length]
        : [...path, tasks.length];
      if (parent) parent.task.subtasks!.push(g);
      else tasks.push(g);
      stack.push({ task: g, depth, at: gAt });
      group = g;
      groupLabel = label;
      expected = 1;
      continue;
    }
    const i = group ? group.subtasks!.length : tasks.length;
    const at: Path = group ? [...stack.at(-1)!.at, 'subtasks', i] : [...path, i];
    const number = `${groupLabel ? `${groupLabel}.` : ''}${label || i + 1}`;
    const task = rowTask(row, ctx, at, number, group?.id);
    if (/^\d+$/u.test(label)) {
      // Once the numbering breaks (rows of a group the source lost), the rest of the group is suspect.
      if (gap || Number(label) !== expected) {
        gap ??= { numbers: [], line: row.line, at };
        gap.numbers.push(label);
      }
      expected = Number(label) + 1;
    }
    if (group) group.subtasks!.push(task);
    else tasks.push(task);
    last = task;
  }
  closeGap();
  if (table.stopped)
    ctx.remarks.add('tableStopped', table.stopped.line, path, {
      row: table.stopped.row,
      text: table.stopped.text,
    });
  for (const s of strays) ctx.remarks.add('tableStray', s.line, path, { text: s.text });
  return tasks;

  function rowTask(row: TableRow, c: BuildContext, at: Path, number: string, parent?: string): DraftTask {
    const paras = col.title !== undefined ? (row.cells[col.title]?.paras ?? []) : [];
    const title = paras[0]?.trim() || cell(row, col.title) || number;
    const task: DraftTask = { id: taskId(c, title, parent), title };
    const more = paras.slice(1).filter((p) => p.trim());
    const note = cell(row, col.note);
    if (note) more.push(note);
    // Columns the format has no field for ("Kinh phí", …) are kept as "Header: text".
    const known = new Set(Object.entries(col).flatMap(([k, v]) => (k === 'count' ? [] : [v])));
    row.cells.forEach((c, i) => {
      if (!known.has(i) && c.text.trim())
        more.push(`${table.headers[i] ?? ''}: ${c.text.trim()}`.replace(/^: /u, ''));
    });
    if (more.length) task.text = more.length === 1 ? more[0]! : more;
    const lead = cell(row, col.lead);
    if (lead) {
      const r = parseAssignment(lead);
      if (r.lead.length) task.lead = refsOf(c, r.lead);
      if (r.support.length) task.support = refsOf(c, r.support);
      if (!r.clean) {
        if (r.lead.length) task.leadText = lead;
        else task.text = [...asList(task.text), lead];
        if (r.lead.length)
          c.remarks.add('unitSentence', row.line, at, {
            label: 'Cơ quan chủ trì',
            units: r.lead.map((m) => m.text).join('; '),
          });
        else c.remarks.add('noUnits', row.line, at, { label: 'Cơ quan chủ trì', text: lead });
      }
    }
    const support = cell(row, col.support);
    if (support && !task.support) {
      const r = splitUnits(support);
      if (r.mentions.length) task.support = refsOf(c, r.mentions);
      if (!r.clean) task.text = [...asList(task.text), support];
    }
    const time = cell(row, col.time);
    if (time) {
      const parsed = parseTimeframe(time, c.year);
      if (parsed) {
        const label = keptLabel(table.headers[col.time!] ?? '', TIME_LABELS, 'Thời gian thực hiện');
        if (label) task.timeLabel = label;
        task.timeframe = parsed.timeframe;
        noteTime(c, parsed.timeframe);
        if (parsed.unknown) c.remarks.add('timeUnknown', row.line, at, { text: time });
      }
    }
    const output = cell(row, col.output);
    if (output) task.output = output;
    if (!task.lead) c.remarks.add('noLead', row.line, at, { number });
    if (!task.timeframe) c.remarks.add('noTime', row.line, at, { number });
    return task;
  }
}

const asList = (v: string | string[] | undefined): string[] =>
  v === undefined ? [] : Array.isArray(v) ? v : [v];
