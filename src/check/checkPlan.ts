import { validatePlan } from '../generated/validators.js';
import { fastValue } from '../load/fastValue.js';
import { type OnRead, readSource } from '../load/source.js';
import type { YamlFile } from '../load/yamlFile.js';
import { Plan } from '../model/plan.js';
import type { PlanFile } from '../model/types.js';
import { UnitRegistry } from '../model/units.js';
import { isObj, type Obj, safeUnits } from './access.js';
import type { Diagnostic } from './diagnostic.js';
import { planRules, type Rule, type RuleContext } from './rules/index.js';

export interface CheckResult<T> {
  value: T | undefined;
  diagnostics: Diagnostic[];
  src: YamlFile | undefined;
}

/** Read, parse and check a plan file. `file` is the path as shown to the user. */
export async function checkPlanFile(path: string, file: string, onRead?: OnRead): Promise<CheckResult<Plan>> {
  const source = readSource(path, file, onRead);
  if (!source.ok) return { value: undefined, diagnostics: [source.diagnostic], src: undefined };
  return checkPlanText(source.text, file);
}

/** syntax → JSON Schema → semantic rules; every problem of every stage that can run is reported. */
export async function checkPlanText(text: string, file: string): Promise<CheckResult<Plan>> {
  // Most plans are fine: read them the fast way and, if nothing at all is found, stop there.
  const fast = fastValue(text);
  if (
    isObj(fast) &&
    validatePlan(fast) &&
    rulesFindNothing(planRules, fast, new UnitRegistry(safeUnits(fast)))
  ) {
    return { value: new Plan(fast as unknown as PlanFile, file), diagnostics: [], src: undefined };
  }
  const { explainPlan } = await import('./explain.js');
  return explainPlan(text, file);
}

/** Whether the rules have nothing to say about data the schema accepted (no positions needed). */
export function rulesFindNothing(rules: readonly Rule[], root: Obj, registry: UnitRegistry): boolean {
  let found = false;
  const ctx: RuleContext = {
    root,
    registry,
    report() {
      found = true;
    },
    lineOf: () => 0,
  };
  for (const rule of rules) {
    rule(ctx);
    if (found) return false;
  }
  return true;
}
