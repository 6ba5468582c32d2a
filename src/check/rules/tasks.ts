import type { Path } from '../../load/path.js';
import { arr, eachPart, eachTask, obj, str } from '../access.js';
import type { RuleContext } from './index.js';

export function taskIdsAreUnique(ctx: RuleContext): void {
  const first = new Map<string, Path>();
  for (const { task, path } of eachTask(ctx.root)) {
    const id = str(task.id);
    if (!id) continue;
    const prev = first.get(id);
    if (!prev) first.set(id, [...path, 'id']);
    else ctx.report('TASK_DUPLICATE', [...path, 'id'], { id, firstLine: ctx.lineOf(prev) });
  }
}

export function indicatorIdsAreUnique(ctx: RuleContext): void {
  const first = new Map<string, Path>();
  const holders = [
    ...eachTask(ctx.root).map((t) => ({ o: t.task, path: t.path })),
    ...eachPart(ctx.root).map((p) => ({ o: p.part, path: p.path })),
  ];
  for (const { o, path } of holders) {
    arr(o.indicators).forEach((ind, i) => {
      const id = str(obj(ind)?.id);
      if (!id) return;
      const at: Path = [...path, 'indicators', i, 'id'];
      const prev = first.get(id);
      if (!prev) first.set(id, at);
      else ctx.report('INDICATOR_DUPLICATE', at, { id, firstLine: ctx.lineOf(prev) });
    });
  }
}

/** A task that is not split into sub-tasks should say who leads it and when. */
export function tasksHaveLeadAndTime(ctx: RuleContext): void {
  for (const { task, path, number, hasChildren } of eachTask(ctx.root)) {
    if (hasChildren) continue;
    if (task.lead === undefined) ctx.report('TASK_NO_LEAD', [...path], { number });
    if (task.timeframe === undefined) ctx.report('TASK_NO_TIMEFRAME', [...path], { number });
  }
}
