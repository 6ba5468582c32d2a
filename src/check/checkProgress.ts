import { validateProgress } from '../generated/validators.js';
import { fastValue } from '../load/fastValue.js';
import { type OnRead, readSource } from '../load/source.js';
import { addDays, isRealDate } from '../model/dates.js';
import type { Plan } from '../model/plan.js';
import type { ProgressRecord } from '../model/types.js';
import { UnitRegistry } from '../model/units.js';
import { closest } from '../util/text.js';
import { arr, isObj, obj, str } from './access.js';
import type { CheckResult } from './checkPlan.js';
import { rulesFindNothing } from './checkPlan.js';
import { datesAreReal } from './rules/dates.js';
import type { Rule } from './rules/index.js';

export async function checkProgressFile(
  path: string,
  file: string,
  plan: Plan | undefined,
  onRead?: OnRead,
): Promise<CheckResult<ProgressRecord>> {
  const source = readSource(path, file, onRead);
  if (!source.ok) return { value: undefined, diagnostics: [source.diagnostic], src: undefined };
  return checkProgressText(source.text, file, plan);
}

/** A progress file is checked against its plan: its units, tasks and indicators must exist there. */
export async function checkProgressText(
  text: string,
  file: string,
  plan: Plan | undefined,
): Promise<CheckResult<ProgressRecord>> {
  const rules: Rule[] = [datesAreReal, ...(plan ? [refersToPlan(plan)] : [])];
  const fast = fastValue(text);
  if (
    isObj(fast) &&
    validateProgress(fast) &&
    rulesFindNothing(rules, fast, plan?.units ?? new UnitRegistry([]))
  ) {
    return { value: fast as unknown as ProgressRecord, diagnostics: [], src: undefined };
  }
  const { explainProgress } = await import('./explain.js');
  return explainProgress(text, file, rules, plan?.units ?? new UnitRegistry([]));
}

const refersToPlan =
  (plan: Plan): Rule =>
  (ctx) => {
    const r = ctx.root;
    const unit = (id: unknown, path: (string | number)[]) => {
      if (typeof id !== 'string' || plan.units.get(id)) return;
      const suggestion = plan.units.suggest(id);
      ctx.report('UNIT_UNKNOWN', path, suggestion ? { id, suggestion } : { id });
    };
    const task = (id: unknown, path: (string | number)[]) => {
      if (typeof id !== 'string' || plan.task(id)) return;
      const suggestion = closest(id, plan.taskById.keys());
      ctx.report('PROGRESS_TASK_UNKNOWN', path, suggestion ? { id, suggestion } : { id });
    };
    const indicatorIds = plan.indicators.map((i) => i.indicator.id);
    const indicator = (id: unknown, path: (string | number)[]) => {
      if (typeof id !== 'string' || indicatorIds.includes(id)) return;
      const suggestion = closest(id, indicatorIds);
      ctx.report('PROGRESS_INDICATOR_UNKNOWN', path, suggestion ? { id, suggestion } : { id });
    };
    unit(r.unit, ['unit']);
    arr(r.units).forEach((u, i) => unit(u, ['units', i]));
    task(r.task, ['task']);
    arr(r.results).forEach((x, i) => task(obj(x)?.task, ['results', i, 'task']));
    arr(r.indicators).forEach((x, i) => indicator(obj(x)?.id, ['indicators', i, 'id']));
    for (const key of ['received', 'date'] as const) {
      const d = str(r[key]);
      if (isRealDate(d) && d < plan.period.start)
        ctx.report('PROGRESS_BEFORE_PLAN', [key], { date: d, start: plan.period.start });
      // A late report is normal; a year after the plan ended is a typo (2205 for 2025).
      else if (isRealDate(d) && d > addDays(plan.period.end, 366))
        ctx.report('PROGRESS_AFTER_PLAN', [key], { date: d, end: plan.period.end });
    }
  };
