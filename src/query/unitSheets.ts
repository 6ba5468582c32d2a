import type { Path } from '../model/path.js';
import { letter, type Obligation, type Plan, roman, type Task } from '../model/plan.js';
import type { Bullet, Part } from '../model/types.js';
import { refId, type Unit } from '../model/units.js';
import { paragraphs } from './progressEvents.js';
import { role } from './status.js';

export interface SheetTask {
  task: Task;
  /** The group through which the unit is named, when it is not named itself. */
  via: string | undefined;
}

/** A part of the plan (usually under "Tổ chức thực hiện") that gives the unit work in prose. */
export interface SheetDuty {
  /** "IV.4", "IV.2.a": where it stands in the document. */
  ref: string;
  path: Path;
  title: string | undefined;
  /** Paragraphs, then "- bullet" and "+ sub-bullet" lines, as written. */
  lines: string[];
  via: string | undefined;
}

export interface SheetReport {
  obligation: Obligation;
  via: string | undefined;
}

/** What one unit is asked to do: the assignment sheet a commune hands to each unit. */
export interface UnitSheet {
  unit: Unit;
  leads: SheetTask[];
  supports: SheetTask[];
  duties: SheetDuty[];
  reports: SheetReport[];
}

/**
 * Assignment sheets in registry order. Without `unit`: every unit that is given something, except groups
 * with members (their work reaches each member's sheet). With `unit`: that unit's sheet, even if empty.
 */
export function unitSheets(plan: Plan, opts: { unit?: string } = {}): UnitSheet[] {
  const ids = opts.unit ? [opts.unit] : [...plan.units.byId.keys()];
  const sheets: UnitSheet[] = [];
  for (const id of ids) {
    const unit = plan.units.get(id);
    if (!unit) continue;
    if (!opts.unit && unit.members.length > 0) continue;
    const sheet = unitSheet(plan, unit);
    if (opts.unit || sheet.leads.length + sheet.supports.length + sheet.duties.length + sheet.reports.length)
      sheets.push(sheet);
  }
  return sheets;
}

export function unitSheet(plan: Plan, unit: Unit): UnitSheet {
  const sheet: UnitSheet = { unit, leads: [], supports: [], duties: [], reports: [] };
  for (const task of plan.tasks) {
    const r = role(plan, task, unit.id);
    if (r) (r.role === 'lead' ? sheet.leads : sheet.supports).push({ task, via: r.via });
  }
  const groups = plan.units.groupsOf(unit.id);
  const viaOf = (refs: readonly string[]): string | undefined | false =>
    refs.includes(unit.id) ? undefined : (refs.find((r) => groups.includes(r)) ?? false);
  plan.file.sections.forEach((section, si) => {
    const walk = (part: Part, path: Path, ref: string) => {
      const via = viaOf((part.units ?? []).map(refId));
      // A part that sets a reporting duty shows up among the reports the unit owes.
      if (via !== false) {
        if (!part.report) sheet.duties.push({ ref, path, title: part.title, lines: partLines(part), via });
        return;
      }
      part.items?.forEach((p, i) => walk(p, [...path, 'items', i], `${ref}.${letter(i + 1)}`));
    };
    section.parts?.forEach((p, pi) => walk(p, ['sections', si, 'parts', pi], `${roman(si + 1)}.${pi + 1}`));
  });
  for (const ob of plan.obligations) {
    if (!ob.units.includes(unit.id)) continue;
    const from = ob.duty.from.map(refId);
    const via = from.includes(unit.id)
      ? undefined
      : from.find((g) => plan.units.expand(g).includes(unit.id) && g !== unit.id);
    sheet.reports.push({ obligation: ob, via });
  }
  return sheet;
}

/** The prose of a part as printable lines; lettered points keep their letter. */
function partLines(part: Part): string[] {
  const out = [...paragraphs(part.text)];
  for (const b of part.bullets ?? []) out.push(...bulletLines(b));
  part.items?.forEach((item, i) => {
    const body = partLines(item);
    const head = [item.title, body[0]].filter(Boolean).join(': ');
    out.push(`${letter(i + 1)}) ${head}`, ...body.slice(1));
  });
  out.push(...paragraphs(part.after));
  return out;
}

function bulletLines(b: Bullet): string[] {
  if (typeof b === 'string') return [`- ${b}`];
  return [`- ${b.label ? `${b.label}: ` : ''}${b.text}`, ...(b.bullets ?? []).map((s) => `+ ${s}`)];
}
