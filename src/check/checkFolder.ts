import { basename } from 'node:path';
import { NeedsFullBundle } from '../cache/hot.js';
import { lookup, type Snapshot, snapshot, store } from '../cache/planCache.js';
import type { PlanLocation } from '../load/discover.js';
import type { OnRead } from '../load/source.js';
import { Plan } from '../model/plan.js';
import type { ProgressRecord } from '../model/types.js';
import type { Diagnostic } from './diagnostic.js';

export interface CheckedPlan {
  location: PlanLocation;
  plan: Plan | undefined;
  records: { file: string; record: ProgressRecord }[];
  diagnostics: Diagnostic[];
  files: { file: string; kind: 'plan' | 'progress' }[];
}

/**
 * A plan and every progress file beside it, checked together. An unchanged plan folder that was clean
 * last time comes from the checked-plan cache (src/cache/planCache.ts) without loading the checker.
 */
export async function checkPlanFolder(
  location: PlanLocation,
  opts: { cache?: boolean; onRead?: OnRead } = {},
): Promise<CheckedPlan> {
  const snap = opts.cache === false ? undefined : snapshot(location);
  const hit = snap && lookup(location, snap);
  if (hit) {
    return {
      location,
      plan: new Plan(hit.file, hit.display),
      records: hit.records,
      diagnostics: hit.diagnostics,
      files: hit.files,
    };
  }
  const out = await checkNow(location, opts.onRead);
  if (snap && out.plan && !out.diagnostics.some((d) => d.severity === 'error')) keep(location, snap, out);
  return out;
}

declare const __KEHOACH_HOT__: boolean | undefined;

/**
 * The readers, the schema and the rules, imported only at a cache miss. A hot start-up bundle has none
 * of them (src/cache/hot.ts): the literal test lets the build drop the imports there.
 */
const checker = () =>
  typeof __KEHOACH_HOT__ === 'boolean' && __KEHOACH_HOT__
    ? Promise.reject(new NeedsFullBundle())
    : Promise.all([import('./checkPlan.js'), import('./checkProgress.js')]);

async function checkNow(location: PlanLocation, onRead?: OnRead): Promise<CheckedPlan> {
  const [{ checkPlanFile }, { checkProgressFile }] = await checker();
  const res = await checkPlanFile(location.plan.abs, location.plan.display, onRead);
  const out: CheckedPlan = {
    location,
    plan: res.value,
    records: [],
    diagnostics: [...res.diagnostics, ...nameWarning(location)],
    files: [{ file: location.plan.display, kind: 'plan' }],
  };
  for (const p of location.progress) {
    const r = await checkProgressFile(p.abs, p.display, res.value, onRead);
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

function keep(location: PlanLocation, snap: Snapshot, c: CheckedPlan): void {
  store(location, snap, {
    file: c.plan!.file,
    display: c.plan!.source,
    records: c.records,
    diagnostics: c.diagnostics,
    files: c.files,
  });
}
