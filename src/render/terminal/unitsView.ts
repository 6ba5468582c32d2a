import { msg } from '../../i18n/index.js';
import { vnDate } from '../../model/dates.js';
import type { Plan } from '../../model/plan.js';
import type { SheetTask, UnitSheet } from '../../query/unitSheets.js';
import type { ViewOptions } from './statusView.js';
import { hanging, width, wrap } from './text.js';
import { asWritten, unitLabels } from './units.js';

/**
 * Assignment sheets as plain text that prints well: one block per unit, the full wording of each task it
 * leads and the short title of each it supports, with time frames and partners, then the duties written
 * as prose and the reports owed.
 * Only the unit's name is styled, so the text is the same with or without colour.
 */
export function renderUnits(plan: Plan, sheets: readonly UnitSheet[], o: ViewOptions): string {
  const m = msg().status.units;
  const c = o.color;
  const cols = Math.min(o.columns, 100);
  const out: string[] = [...wrap(c.bold(m.heading(plan.title)), cols)];
  if (sheets.length === 0) out.push('', m.noUnits);
  for (const sheet of sheets) {
    const name = sheet.unit.name;
    out.push('', '═'.repeat(Math.min(cols, Math.max(width(name), 40))), c.bold(name));
    const empty =
      !sheet.leads.length && !sheet.supports.length && !sheet.duties.length && !sheet.reports.length;
    if (empty) out.push(...wrap(m.nothing, cols));
    if (sheet.leads.length) {
      out.push('', c.bold(m.leads(sheet.leads.length)));
      for (const t of sheet.leads) out.push(...taskBlock(plan, sheet, t, 'lead', cols));
    }
    if (sheet.supports.length) {
      out.push('', c.bold(m.supports(sheet.supports.length)));
      for (const t of sheet.supports) out.push(...taskBlock(plan, sheet, t, 'support', cols));
    }
    if (sheet.duties.length) {
      out.push('', c.bold(m.duties));
      for (const d of sheet.duties) {
        const [first = '', ...rest] = d.lines;
        const head = d.title ? `${d.title}${first ? `: ${first}` : ''}` : first;
        const marker = `  ${d.ref}. `;
        const indent = ' '.repeat(width(marker));
        out.push(...hanging(head, cols, marker, indent));
        for (const l of rest) {
          // "- bullet" and "+ sub-bullet" lines hang under their own text.
          const mark = /^[-+] /u.exec(l)?.[0];
          out.push(...(mark ? hanging(l.slice(2), cols, indent + mark) : hanging(l, cols, indent)));
        }
        if (d.via) out.push(...hanging(m.via(plan.units.name(d.via)), cols, indent));
      }
    }
    if (sheet.reports.length) {
      out.push('', c.bold(m.reports));
      for (const r of sheet.reports) {
        const ob = r.obligation;
        const text = m.report({
          subject: ob.duty.subject,
          to: ob.to ? plan.units.name(ob.to) : undefined,
          via: ob.via ? plan.units.name(ob.via) : undefined,
          due: ob.due ? vnDate(ob.due) : undefined,
        });
        out.push(
          ...hanging(`${text}${r.via ? ` ${m.via(plan.units.name(r.via))}` : ''}.`, cols, '  - ', '    '),
        );
      }
    }
  }
  return `${out.join('\n')}\n`;
}

function taskBlock(plan: Plan, sheet: UnitSheet, t: SheetTask, role: 'lead' | 'support', cols: number) {
  const m = msg().status.units;
  const task = t.task;
  const marker = `  ${task.number}. `;
  const indent = ' '.repeat(Math.max(width(marker), 6));
  // A lead gets the full wording (it is what the unit answers for); a supporting unit the short title.
  const lines = hanging(role === 'lead' ? task.title : task.short, cols, marker, indent);
  if (task.time) lines.push(...hanging(m.time(task.time.label), cols, indent));
  if (role === 'lead') {
    const others = task.lead.filter((l) => l.id !== sheet.unit.id && !(t.via && l.id === t.via));
    if (others.length) lines.push(...hanging(m.coLead(unitLabels(plan, others)), cols, indent));
    if (task.support.length) lines.push(...hanging(m.supportBy(asWritten(task.support)), cols, indent));
  } else {
    if (task.lead.length) lines.push(...hanging(m.leadBy(unitLabels(plan, task.lead)), cols, indent));
  }
  if (t.via) lines.push(...hanging(m.via(plan.units.name(t.via)), cols, indent));
  return lines;
}
