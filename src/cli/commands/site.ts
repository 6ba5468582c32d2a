import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { checkPlanFolder } from '../../check/checkFolder.js';
import { hasErrors, sortDiagnostics } from '../../check/diagnostic.js';
import { IoError, UsageError } from '../../errors.js';
import { msg } from '../../i18n/index.js';
import { defaultPlans, displayPath, PLAN_FILE, planAt, resolvePlan, walkPlans } from '../../load/discover.js';
import type { IsoDate } from '../../model/dates.js';
import { warningsText } from '../../render/diagnostics.js';
import { buildSite, type SitePlanInput } from '../../site/buildSite.js';
import { writeFileAtomic } from '../../util/atomicWrite.js';
import type { CommandResult, Context } from '../context.js';
import { loadPlanForCommand } from '../loadPlan.js';

export interface SiteOptions {
  asOf: IsoDate;
  output: string;
  force: boolean;
}

/** The file that marks a folder as a site this command wrote, with the files it wrote there. */
export const SITE_MANIFEST = '.kehoach-site.json';

/**
 * `plan site`: one plan gives one page (index.html); a folder of plans gives an index and a page per
 * plan. A plan with errors is refused when it is the only one (exit 1, as `plan status` does); in a
 * folder it is listed in the index without a page, and the run ends with exit 1 after writing the rest.
 */
export async function siteCommand(
  planArg: string | undefined,
  opts: SiteOptions,
  ctx: Context,
): Promise<CommandResult> {
  const folder = folderPlans(planArg, ctx.cwd);
  // The output folder is checked before any plan is read, so a refusal is immediate.
  const out = resolve(ctx.cwd, opts.output);
  const shown = displayPath(out, ctx.cwd) || '.';
  const previous = siteFolder(out, shown, opts.force);
  const inputs: SitePlanInput[] = [];
  const notes: string[] = [];
  let refused = 0;
  if (!folder) {
    const loaded = await loadPlanForCommand(planArg, ctx, 'site');
    inputs.push({
      display: loaded.location.plan.display,
      plan: loaded.plan,
      records: loaded.records,
      errors: 0,
    });
    notes.push(warningsText(loaded.diagnostics));
  } else {
    for (const file of folder) {
      const checked = await checkPlanFolder(planAt(file, ctx.cwd));
      sortDiagnostics(checked.diagnostics);
      const display = displayPath(dirname(file), ctx.cwd);
      const errors = checked.diagnostics.filter((d) => d.severity === 'error').length;
      if (!checked.plan || hasErrors(checked.diagnostics)) {
        refused += 1;
        notes.push(`${msg().site.skipped({ plan: display, errors: Math.max(1, errors) })}\n`);
        inputs.push({ display, plan: undefined, records: [], errors: Math.max(1, errors) });
      } else {
        inputs.push({ display, plan: checked.plan, records: checked.records, errors: 0 });
      }
    }
  }
  const files = buildSite(inputs, { asOf: opts.asOf, folder: folder !== undefined });
  try {
    mkdirSync(out, { recursive: true });
  } catch (e) {
    throw IoError.from(e, shown);
  }
  for (const f of files)
    writeFileAtomic(join(out, f.path), f.content, { force: true, display: `${shown}/${f.path}` });
  // Pages this command wrote last time for plans that are gone are removed; nothing else is touched.
  const now = new Set(files.map((f) => f.path));
  for (const old of previous) if (!now.has(old) && safeName(old)) rmSync(join(out, old), { force: true });
  writeFileAtomic(join(out, SITE_MANIFEST), `${JSON.stringify({ version: 1, files: [...now] }, null, 2)}\n`, {
    force: true,
    display: `${shown}/${SITE_MANIFEST}`,
  });
  return {
    stdout: `${msg().site.written({ pages: files.length, dir: shown.replace(/\/$/u, '') })}\n`,
    stderr: notes.join(''),
    code: refused ? 1 : 0,
  };
}

/**
 * The plans of a folder, or undefined when the argument names one plan (a plan file, a folder with a
 * plan.yaml, or no argument with a single plan under plans/).
 */
function folderPlans(arg: string | undefined, cwd: string): string[] | undefined {
  if (arg === undefined) {
    const found = defaultPlans(cwd);
    if (found.length <= 1) return undefined; // one plan, or none: resolvePlan says what is wrong
    return found;
  }
  const abs = resolve(cwd, arg);
  if (!existsSync(abs)) throw new IoError('notFound', { path: arg });
  if (!statSync(abs).isDirectory() || existsSync(join(abs, PLAN_FILE))) return undefined;
  const found = [...walkPlans(abs)];
  if (found.length === 0) throw new UsageError('noPlans', { dir: arg });
  if (found.length === 1) {
    resolvePlan(arg, cwd, 'site');
    return undefined;
  }
  return found;
}

/**
 * Whether the output folder can take the site: it does not exist yet, is empty, or is a site this
 * command wrote (it has the manifest). Any other non-empty folder needs --force, so a mistyped `-o .`
 * never scatters pages among someone's files. Returns the files the last run wrote.
 */
function siteFolder(out: string, shown: string, force: boolean): string[] {
  if (!existsSync(out)) return [];
  if (!statSync(out).isDirectory()) throw new IoError('siteNotAFolder', { path: shown });
  const manifest = join(out, SITE_MANIFEST);
  if (existsSync(manifest)) {
    try {
      const files = (JSON.parse(readFileSync(manifest, 'utf8')) as { files?: unknown }).files;
      return Array.isArray(files) ? files.filter((f): f is string => typeof f === 'string') : [];
    } catch {
      return [];
    }
  }
  if (readdirSync(out).length > 0 && !force) throw new UsageError('siteFolderNotEmpty', { path: shown });
  return [];
}

/** Only a plain page name from the manifest is ever removed (never a path that climbs out). */
const safeName = (f: string) => /^[a-z0-9][a-z0-9._-]*\.html$/u.test(f);
