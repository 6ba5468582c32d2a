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
    diagnostics: [...res.diagnostics],
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
