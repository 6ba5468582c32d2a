import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { checkPlanFolder } from '../../check/checkFolder.js';
import { hasErrors } from '../../check/diagnostic.js';
import { IoError, UsageError } from '../../errors.js';
import { msg } from '../../i18n/index.js';
import { defaultPlans, displayPath, PLAN_FILE, planAt, resolvePlan, walkPlans } from '../../load/discover.js';
import type { IsoDate } from '../../model/dates.js';
import { warningsText } from '../../render/diagnostics.js';
import { pageName, sitePage } from '../../site/buildSite.js';
import { indexPage, type SiteIndexRow, siteIndexRow, sortIndexRows } from '../../site/siteIndex.js';
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
  const notes: string[] = [];
  const written: string[] = [];
  const rows: SiteIndexRow[] = [];
  let refused = 0;
  const write = (name: string, content: string) => {
    if (written.length === 0) makeFolder(out, shown);
    writeIfChanged(join(out, name), content, `${shown}/${name}`);
    written.push(name);
  };
  if (!folder) {
    const loaded = await loadPlanForCommand(planArg, ctx, 'site');
    notes.push(warningsText(loaded.diagnostics));
    write('index.html', sitePage(loaded.plan, loaded.records, { asOf: opts.asOf }).html);
  } else {
    const taken = new Set<string>();
    for (const file of folder) {
      // Each page is written as soon as it is made; only its index row is kept.
      const checked = await checkPlanFolder(planAt(file, ctx.cwd));
      const display = displayPath(dirname(file), ctx.cwd);
      if (!checked.plan || hasErrors(checked.diagnostics)) {
        const errors = Math.max(1, checked.diagnostics.filter((d) => d.severity === 'error').length);
        refused += 1;
        notes.push(`${msg().site.skipped({ plan: display, errors })}\n`);
        rows.push(siteIndexRow({ display, plan: undefined, report: undefined, errors, href: undefined }));
        continue;
      }
      const href = pageName(checked.plan.id, taken);
      const page = sitePage(checked.plan, checked.records, { asOf: opts.asOf, back: 'index.html' });
      write(href, page.html);
      rows.push(siteIndexRow({ display, plan: checked.plan, report: page.report, errors: 0, href }));
    }
    write('index.html', indexPage(sortIndexRows(rows), opts.asOf));
  }
  // Pages this command wrote last time for plans that are gone are removed; nothing else is touched.
  const now = new Set(written);
  for (const old of previous) if (!now.has(old) && safeName(old)) rmSync(join(out, old), { force: true });
  writeIfChanged(
    join(out, SITE_MANIFEST),
    `${JSON.stringify({ version: 1, files: [...now].sort() }, null, 2)}\n`,
    `${shown}/${SITE_MANIFEST}`,
  );
  return {
    stdout: `${msg().site.written({ pages: written.length, dir: shown.replace(/\/$/u, '') })}\n`,
    stderr: notes.join(''),
    code: refused ? 1 : 0,
  };
}

function makeFolder(out: string, shown: string): void {
  try {
    mkdirSync(out, { recursive: true });
  } catch (e) {
    throw IoError.from(e, shown);
  }
}

/**
 * Each file is written atomically (temporary file, then rename); a page whose bytes are already there is
 * left alone, so rebuilding a large site rewrites only the pages that changed.
 */
function writeIfChanged(path: string, content: string, display: string): void {
  try {
    if (readFileSync(path, 'utf8') === content) return;
  } catch {
    // not there yet (or unreadable): write it
  }
  writeFileAtomic(path, content, { force: true, display });
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
