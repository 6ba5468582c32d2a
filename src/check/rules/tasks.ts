import type { Path } from '../../load/path.js';
import { arr, eachPart, eachTask, type Obj, obj, str } from '../access.js';
import type { RuleContext } from './index.js';

export function taskIdsAreUnique(ctx: RuleContext): void {
  // The first task of each id, by its path (made into the id's path only when the id is used again).
  const first = new Map<string, Path>();
  const tasks = eachTask(ctx.root);
  for (let i = 0; i < tasks.length; i++) {
    const { task, path } = tasks[i]!;
    const id = str(task.id);
    if (!id) continue;
    const prev = first.get(id);
    if (!prev) first.set(id, path);
    else ctx.report('TASK_DUPLICATE', [...path, 'id'], { id, firstLine: ctx.lineOf([...prev, 'id']) });
  }
}

export function indicatorIdsAreUnique(ctx: RuleContext): void {
  const first = new Map<string, Path>();
  const check = (o: Obj, path: Path) => {
    const list = arr(o.indicators);
    for (let i = 0; i < list.length; i++) {
      const id = str(obj(list[i])?.id);
      if (!id) continue;
      const at: Path = [...path, 'indicators', i, 'id'];
      const prev = first.get(id);
      if (!prev) first.set(id, at);
      else ctx.report('INDICATOR_DUPLICATE', at, { id, firstLine: ctx.lineOf(prev) });
    }
  };
  // Tasks first, then parts, each in document order (plain loops: this runs once a plan, and spreading
  // mapped copies made it one of the costliest functions for V8 to optimise in a bulk run).
  for (const t of eachTask(ctx.root)) check(t.task, t.path);
  for (const p of eachPart(ctx.root)) check(p.part, p.path);
}

/** A task that is not split into sub-tasks should say who leads it and when. */
export function tasksHaveLeadAndTime(ctx: RuleContext): void {
  for (const { task, path, number, hasChildren } of eachTask(ctx.root)) {
    if (hasChildren) continue;
    if (task.lead === undefined) ctx.report('TASK_NO_LEAD', [...path], { number });
    if (task.timeframe === undefined) ctx.report('TASK_NO_TIMEFRAME', [...path], { number });
  }
}
