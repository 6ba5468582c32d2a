import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkPlanText } from '../../check/checkPlan.js';
import { UsageError } from '../../errors.js';
import { msg } from '../../i18n/index.js';
import { schemaPathFrom } from '../../import/importPlan.js';
import { nextId, nextPeriod, nextPlanYaml, periodOfPlan } from '../../import/plan/nextPlan.js';
import { skeletonYaml } from '../../import/plan/skeleton.js';
import { displayPath } from '../../load/discover.js';
import { today } from '../../model/dates.js';
import type { Period } from '../../model/period.js';
import { parsePeriod } from '../../model/period.js';
import { ensureDir, writeFileAtomic } from '../../util/atomicWrite.js';
import { isStdout } from '../../util/output.js';
import type { CommandResult, Context } from '../context.js';
import { periodFlag } from '../flags.js';
import { loadPlanForCommand } from '../loadPlan.js';

export interface InitOptions {
  from?: string;
  id?: string;
  period?: string;
  output?: string;
}

const PLAN_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/u;

/**
 * `plan init [--from PLAN] [--id ID] [--period P] [-o DIR]`: a new plan folder. Never overwrites: an
 * existing plan.yaml in the target folder is an error (exit 2) and nothing is written.
 */
export async function initCommand(opts: InitOptions, ctx: Context): Promise<CommandResult> {
  if (opts.id !== undefined && !PLAN_ID.test(opts.id)) throw new UsageError('badPlanId', { id: opts.id });
  const period = opts.period !== undefined ? periodFlag(opts.period) : undefined;
  let yaml: string;
  let id: string;
  let reviews = 0;
  let dir: string;
  if (opts.from !== undefined) {
    const loaded = await loadPlanForCommand(opts.from, ctx, 'init');
    const f = loaded.plan.file;
    const p = period ?? nextPeriod(f.period.start, f.period.end);
    id = opts.id ?? nextId(f.id, periodOfPlan(f.period.start, f.period.end), p);
    dir = target(opts.output, id, ctx);
    const text = readFileSync(loaded.location.plan.abs, 'utf8');
    const next = nextPlanYaml(text, f, {
      id,
      period: p,
      from: loaded.location.plan.display,
      schemaPath: schemaPathFrom(dir),
    });
    yaml = next.yaml;
    reviews = next.reviews;
  } else {
    const p: Period = period ?? parsePeriod(today().slice(0, 4))!;
    id = opts.id ?? 'ke-hoach-moi';
    dir = target(opts.output, id, ctx);
    yaml = skeletonYaml({ id, period: p, schemaPath: schemaPathFrom(dir) });
  }
  const file = join(dir, 'plan.yaml');
  const display = displayPath(file, ctx.cwd);
  const checked = await checkPlanText(yaml, display);
  if (!checked.value) {
    const { Chalk } = await import('chalk');
    const { formatDiagnosticsText } = await import('../../render/diagnostics.js');
    const errors = checked.diagnostics.filter((d) => d.severity === 'error');
    throw new UsageError('importInvalid', { detail: formatDiagnosticsText(errors, new Chalk({ level: 0 })) });
  }
  if (isStdout(opts.output)) return { stdout: yaml, code: 0 };
  ensureDir(dir, (p) => displayPath(p, ctx.cwd));
  writeFileAtomic(file, yaml, { display });
  const plan = checked.value;
  return {
    stdout: `${msg().import.created({ path: display, tasks: plan.tasks.length, units: plan.units.byId.size, reviews })}\n`,
    code: 0,
  };
}

function target(output: string | undefined, id: string, ctx: Context): string {
  if (isStdout(output)) return ctx.cwd;
  const dir = resolve(ctx.cwd, output ?? join('plans', id));
  const file = join(dir, 'plan.yaml');
  if (existsSync(file)) throw new UsageError('initExists', { path: displayPath(file, ctx.cwd) });
  if (existsSync(dir) && !isDir(dir))
    throw new UsageError('initNotFolder', { path: displayPath(dir, ctx.cwd) });
  return dir;
}

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}
