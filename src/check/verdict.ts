import type { PlanLocation } from '../load/discover.js';
import type { OnRead } from '../load/source.js';
import { checkPlanFolder } from './checkFolder.js';
import type { Diagnostic } from './diagnostic.js';

/** What `plan validate` keeps of a checked plan: small, so thousands of plans fit in flat memory. */
export interface Verdict {
  diagnostics: Diagnostic[];
  files: { file: string; kind: 'plan' | 'progress' }[];
  /** Set when the plan and its progress files have no errors. */
  ok?: { file: string; tasks: number; units: number; progress: number };
}

/** `cache: false` in bulk: the checked-plan cache keeps a plan's bytes, which thousands of plans must not. */
export async function verdict(
  location: PlanLocation,
  opts: { cache?: boolean; onRead?: OnRead } = {},
): Promise<Verdict> {
  const c = await checkPlanFolder(location, opts);
  const ok =
    c.plan && !c.diagnostics.some((d) => d.severity === 'error')
      ? {
          file: location.plan.display,
          tasks: c.plan.tasks.length,
          units: c.plan.units.byId.size,
          progress: c.records.length,
        }
      : undefined;
  return { diagnostics: c.diagnostics, files: c.files, ...(ok ? { ok } : {}) };
}
