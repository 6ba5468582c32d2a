import { validateProgress } from '../generated/validators.js';
import { readSource } from '../load/source.js';
import { parseYamlFile } from '../load/yamlFile.js';
import { isRealDate } from '../model/dates.js';
import type { Plan } from '../model/plan.js';
import type { ProgressRecord } from '../model/types.js';
import { UnitRegistry } from '../model/units.js';
import { closest } from '../util/text.js';
import { arr, isObj, obj, str } from './access.js';
import type { CheckResult } from './checkPlan.js';
import { runRules } from './checkPlan.js';
import { hasErrors } from './diagnostic.js';
import { datesAreReal } from './rules/dates.js';
import type { Rule } from './rules/index.js';

export async function checkProgressFile(
  path: string,
  file: string,
  plan: Plan | undefined,
): Promise<CheckResult<ProgressRecord>> {
  const source = readSource(path, file);
  if (!source.ok) return { value: undefined, diagnostics: [source.diagnostic], src: undefined };
  return checkProgressText(source.text, file, plan);
}

/** A progress file is checked against its plan: its units, tasks and indicators must exist there. */
export async function checkProgressText(
  text: string,
  file: string,
  plan: Plan | undefined,
): Promise<CheckResult<ProgressRecord>> {
  const src = parseYamlFile(text, file);
  if (src.value === undefined) return { value: undefined, diagnostics: src.diagnostics, src };
  const diagnostics = [...src.diagnostics];
  const ok = validateProgress(src.value);
  if (!ok) {
    const schema = (await import('../../schema/progress.schema.json', { with: { type: 'json' } })).default;
    const { schemaErrorsToDiagnostics } = await import('./schemaErrors.js');
    diagnostics.push(...schemaErrorsToDiagnostics(validateProgress.errors ?? [], src, schema));
  }
  if (isObj(src.value)) {
    const rules: Rule[] = [datesAreReal, ...(plan ? [refersToPlan(plan)] : [])];
    runRules(rules, src, src.value, plan?.units ?? new UnitRegistry([]), diagnostics, !ok);
  }
  const value = ok && !hasErrors(diagnostics) ? (src.value as ProgressRecord) : undefined;
  return { value, diagnostics, src };
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
    task(r.task, ['task']);
    arr(r.results).forEach((x, i) => task(obj(x)?.task, ['results', i, 'task']));
    arr(r.indicators).forEach((x, i) => indicator(obj(x)?.id, ['indicators', i, 'id']));
    for (const key of ['received', 'date'] as const) {
      const d = str(r[key]);
      if (isRealDate(d) && d < plan.period.start)
        ctx.report('PROGRESS_BEFORE_PLAN', [key], { date: d, start: plan.period.start });
    }
  };
