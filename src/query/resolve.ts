import type { Plan, Task } from '../model/plan.js';
import type { Unit } from '../model/units.js';
import { closest } from '../util/text.js';

export type Found<T> = { found: T } | { found: undefined; suggestion: string | undefined };

/** A unit named on the command line: by id, or by any of its names; else the closest id as a hint. */
export function findUnit(plan: Plan, value: string): Found<Unit> {
  const v = value.trim().normalize('NFC');
  const unit = plan.units.get(v) ?? plan.units.findByName(v);
  return unit ? { found: unit } : { found: undefined, suggestion: plan.units.suggest(v) };
}

/** A task named on the command line: by id or by number ("3", "3.1", "III.2"); else a hint. */
export function findTask(plan: Plan, value: string): Found<Task> {
  const v = value.trim().replace(/\.$/u, '');
  const task = plan.task(v) ?? plan.tasks.find((t) => t.number.toLowerCase() === v.toLowerCase());
  if (task) return { found: task };
  const suggestion = closest(v, [...plan.taskById.keys()]);
  return { found: undefined, suggestion };
}
