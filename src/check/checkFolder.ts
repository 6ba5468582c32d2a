import { basename } from 'node:path';
import type { PlanLocation } from '../load/discover.js';
import type { Plan } from '../model/plan.js';
import type { ProgressRecord } from '../model/types.js';
import { checkPlanFile } from './checkPlan.js';
import { checkProgressFile } from './checkProgress.js';
import type { Diagnostic } from './diagnostic.js';

export interface CheckedPlan {
  location: PlanLocation;
  plan: Plan | undefined;
  records: { file: string; record: ProgressRecord }[];
  diagnostics: Diagnostic[];
  files: { file: string; kind: 'plan' | 'progress' }[];
}

/** A plan and every progress file beside it, checked together. */
export async function checkPlanFolder(location: PlanLocation): Promise<CheckedPlan> {
  const res = await checkPlanFile(location.plan.abs, location.plan.display);
  const out: CheckedPlan = {
    location,
    plan: res.value,
    records: [],
    diagnostics: [...res.diagnostics, ...nameWarning(location)],
    files: [{ file: location.plan.display, kind: 'plan' }],
  };
  for (const p of location.progress) {
    const r = await checkProgressFile(p.abs, p.display, res.value);
    out.files.push({ file: p.display, kind: 'progress' });
    out.diagnostics.push(...r.diagnostics);
    if (r.value) out.records.push({ file: p.display, record: r.value });
  }
  return out;
}

/** "Plan.yaml" is read, but other tools (and other systems) look for "plan.yaml": say so. */
function nameWarning(location: PlanLocation): Diagnostic[] {
  const name = basename(location.plan.abs);
  if (name === 'plan.yaml' || name.toLowerCase() !== 'plan.yaml') return [];
  return [
    {
      file: location.plan.display,
      line: 1,
      column: 1,
      path: '',
      severity: 'warning',
      code: 'PLAN_FILE_CASE',
      args: { name },
    },
  ];
}
