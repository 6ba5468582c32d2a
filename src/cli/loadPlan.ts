import { type CheckedPlan, checkPlanFolder } from '../check/checkFolder.js';
import { hasErrors, sortDiagnostics } from '../check/diagnostic.js';
import { PlanLoadError } from '../errors.js';
import { resolvePlan } from '../load/discover.js';
import type { Plan } from '../model/plan.js';
import type { Context } from './context.js';

export interface LoadedPlan extends CheckedPlan {
  plan: Plan;
}

/**
 * The plan a command works on, checked with its progress files. A plan with errors is refused
 * (exit 1, the diagnostics are shown); warnings are returned for the command to pass to stderr.
 */
export async function loadPlanForCommand(
  arg: string | undefined,
  ctx: Context,
  command: string,
): Promise<LoadedPlan> {
  const checked = await checkPlanFolder(resolvePlan(arg, ctx.cwd, command));
  sortDiagnostics(checked.diagnostics);
  if (!checked.plan || hasErrors(checked.diagnostics)) throw new PlanLoadError(checked.diagnostics);
  return checked as LoadedPlan;
}
