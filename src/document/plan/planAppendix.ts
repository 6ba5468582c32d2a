import { doc } from '../../i18n/vi/render.js';
import { vnLongDate } from '../../model/dates.js';
import { letter, type Plan, roman, type Task } from '../../model/plan.js';
import { joinMentions } from '../../model/units.js';
import { cleanText, paragraphs } from '../cleanText.js';
import { documentNumber } from '../nd30.js';
import { bulletLines } from './planBody.js';
import type { Appendix, TaskRow } from './planDoc.js';

/**
 * Sections laid out as a table (`layout: table`) become appendices: "Phụ lục" (numbered I, II… when
 * there are several), the title, "(Kèm theo Kế hoạch số … ngày … của …)" and the task table.
 */
export function planAppendices(plan: Plan): Appendix[] {
  const f = plan.file;
  const tables = f.sections
    .map((s, si) => ({ s, si }))
    .filter(({ s }) => s.layout === 'table' && s.tasks && s.tasks.length > 0);
  const tasks = new Map(plan.tasks.map((t) => [t.path.join('/'), t]));
  const note = attachedNote(plan);
  return tables.map(({ s, si }, i) => {
    const tops = (s.tasks ?? []).map((_, ti) => tasks.get(`sections/${si}/tasks/${ti}`)).filter((t) => !!t);
    const grouped = tops.some((t) => t.children.length > 0);
    const rows: TaskRow[] = [];
    tops.forEach((t, ti) => {
      rows.push(row(t, grouped ? roman(ti + 1) : String(ti + 1), grouped));
      if (grouped) addChildren(t, tasks, rows, (n) => String(n), 1);
    });
    const title = paragraphs(s.appendix);
    return {
      label: tables.length > 1 ? doc.appendixNumbered(roman(i + 1)) : doc.appendix,
      title: title.length > 0 ? title : [cleanText(s.title).toLocaleUpperCase('vi')],
      note,
      table: {
        headers: { ...doc.table, time: taskTimeHeader(tops) },
        hasOutput: rows.some((r) => r.output !== ''),
        rows,
      },
    };
  });
}

function addChildren(
  parent: Task,
  tasks: Map<string, Task>,
  rows: TaskRow[],
  label: (n: number) => string,
  depth: number,
) {
  parent.file.subtasks?.forEach((_, i) => {
    const child = tasks.get(`${parent.path.join('/')}/subtasks/${i}`);
    if (!child) return;
    rows.push(row(child, label(i + 1), false));
    addChildren(child, tasks, rows, (n) => (depth === 1 ? `${label(i + 1)}.${n}` : letter(n)), depth + 1);
  });
}

function row(t: Task, no: string, group: boolean): TaskRow {
  const f = t.file;
  return {
    group,
    no,
    content: [cleanText(f.title), ...paragraphs(f.text), ...bulletLines(f.bullets)],
    lead: joinMentions(t.lead),
    support: joinMentions(t.support),
    time: t.time?.label ?? '',
    output: f.output ? cleanText(f.output) : '',
  };
}

/** The column takes the tasks' own label when they agree on one ("Thời gian hoàn thành"). */
function taskTimeHeader(tops: Task[]): string {
  const labels = new Set(tops.map((t) => t.file.timeLabel).filter((l) => !!l));
  return labels.size === 1 ? [...labels][0]! : doc.table.time;
}

function attachedNote(plan: Plan): string {
  const d = plan.file.document;
  const symbol = d.symbol ?? d.type;
  const number =
    d.number === null || d.number === undefined
      ? `${doc.blank}/${symbol}`
      : `${documentNumber(d.number)}/${symbol}`;
  const year = Number(plan.period.start.slice(0, 4));
  const date = d.date
    ? vnLongDate(d.date)
    : `${doc.day}${doc.blank}${doc.month}${doc.blank}${doc.year} ${year}`;
  const issuer = plan.units.get(plan.file.issuer.unit);
  return doc.attachedTo({
    type: doc.typeWords[d.type] ?? d.type,
    number,
    date,
    issuer: issuer?.short ?? issuer?.name ?? plan.file.issuer.unit,
  });
}
