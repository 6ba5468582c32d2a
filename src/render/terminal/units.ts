import type { Plan } from '../../model/plan.js';
import { joinMentions, type Mention } from '../../model/units.js';

/** The name a table shows for a unit: its short form when it has one. */
export function unitLabel(plan: Plan, id: string): string {
  const u = plan.units.get(id);
  return u ? (u.short ?? u.name) : id;
}

/** Distinct units of a mention list, by their table names, comma-joined. */
export function unitLabels(plan: Plan, list: readonly Mention[]): string {
  return [...new Set(list.map((m) => m.id))].map((id) => unitLabel(plan, id)).join(', ');
}

/** The units as the document names them ("Các cơ quan, ban, ngành; các thôn"). */
export const asWritten = (list: readonly Mention[]): string => joinMentions(list);
