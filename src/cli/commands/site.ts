import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CACHED_UP_TO } from '../../cache/planCache.js';
import { IoError, UsageError } from '../../errors.js';
import { msg } from '../../i18n/index.js';
import { defaultPlans, displayPath, PLAN_FILE, planAt, resolvePlan, walkPlans } from '../../load/discover.js';
import type { IsoDate } from '../../model/dates.js';
import { warningsText } from '../../render/diagnostics.js';
import { inWorkers } from '../../rollup/collect.js';
import { rollup } from '../../rollup/rollup.js';
import type { PlanRollup } from '../../rollup/types.js';
import { pageName, sitePage } from '../../site/buildSite.js';
import { indexPage } from '../../site/siteIndex.js';
import { type SitePart, type SitePartOptions, sitePart } from '../../site/sitePart.js';
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
  let refused = 0;
  const write = (name: string, content: string) => {
    if (written.length === 0) makeFolder(out, shown);
    writeIfChanged(join(out, name), content, `${shown}/${name}`);
    written.push(name);
  };
  // A page written under a provisional name takes its final one (the list of written files follows).
  const rename = (from: string, to: string) => {
    try {
      renameSync(join(out, from), join(out, to));
    } catch (e) {
      throw IoError.from(e, `${shown}/${to}`);
    }
    written[written.indexOf(from)] = to;
  };
  if (!folder) {
    const loaded = await loadPlanForCommand(planArg, ctx, 'site');
    notes.push(warningsText(loaded.diagnostics));
    write('index.html', sitePage(loaded.plan, loaded.records, { asOf: opts.asOf }).html);
  } else {
    const built = await folderSite(folder, opts.asOf, ctx.cwd, { write, rename });
    refused = built.refused;
    notes.push(...built.notes);
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

/**
 * A folder of plans: every plan checked and its page made on the roll-up's worker pool, each page
 * written as it arrives (only its roll-up part is kept), then the index from the roll-up of the parts.
 * Page names follow path order whatever order the pages arrive in: a page is written under the name it
 * would get in path order so far, and renamed once every id is known if an earlier plan shares its id.
 */
async function folderSite(
  files: readonly string[],
  asOf: IsoDate,
  cwd: string,
  site: { write: (name: string, content: string) => void; rename: (from: string, to: string) => void },
): Promise<{ refused: number; notes: string[] }> {
  const parts = new Array<PlanRollup | undefined>(files.length);
  const ids = new Array<string | undefined>(files.length);
  const provisional = new Map<number, string>();
  const claimed = new Set<string>();
  const notes: string[] = [];
  await inWorkers<SitePartOptions, SitePart>(
    files.map((f) => planAt(f, cwd)),
    {
      worker: 'site-worker.cjs',
      options: { asOf, cache: files.length <= CACHED_UP_TO },
      local: sitePart,
      ack: true,
      result: (index, r) => {
        parts[index] = r.part;
        if (!r.page) return;
        ids[index] = r.page.id;
        // The name it would get if the pages came in path order (they mostly do); fixed below if not.
        const name = pageName(r.page.id, claimed);
        provisional.set(index, name);
        site.write(name, r.page.html);
      },
    },
  );
  // The final names, in path order (as one thread would give them); moved through temporary names so
  // no page overwrites another on the way.
  const taken = new Set<string>();
  const href = new Map<string, string>();
  const moves: { from: string; to: string }[] = [];
  for (let i = 0; i < files.length; i++) {
    const id = ids[i];
    if (id === undefined) continue;
    const to = pageName(id, taken);
    href.set(parts[i]!.file, to);
    const from = provisional.get(i)!;
    if (from !== to) moves.push({ from, to });
  }
  for (const [k, m] of moves.entries()) site.rename(m.from, `~move-${k}.html`);
  for (const [k, m] of moves.entries()) site.rename(`~move-${k}.html`, m.to);
  let refused = 0;
  for (const p of parts) {
    if (p!.figures !== null) continue;
    refused += 1;
    notes.push(`${msg().site.skipped({ plan: dirname(p!.file), errors: Math.max(1, p!.errors) })}\n`);
  }
  const r = rollup(parts as PlanRollup[], { asOf });
  site.write(
    'index.html',
    indexPage(r, (p) => href.get(p.file)),
  );
  return { refused, notes };
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
