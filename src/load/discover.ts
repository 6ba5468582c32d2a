import { closeSync, existsSync, openSync, readdirSync, readSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { IoError, UsageError } from '../errors.js';

export interface FileRef {
  /** Absolute path, for reading. */
  abs: string;
  /** The path as shown to the user: relative to the working directory when inside it. */
  display: string;
}

export interface PlanLocation {
  plan: FileRef;
  dir: string;
  progress: FileRef[];
}

export const PLAN_FILE = 'plan.yaml';
export const PROGRESS_DIR = 'progress';

export function displayPath(abs: string, cwd: string): string {
  // Inside the working folder (both paths are absolute and normalized): the rest of the path, which is
  // what path.relative would work out after resolving both.
  const inside =
    cwd.length > 1 && abs.length > cwd.length + 1 && abs.startsWith(cwd) && abs[cwd.length] === sep;
  const rel = inside ? abs.slice(cwd.length + 1) : relative(cwd, abs);
  const shown = rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : abs;
  return shown.split(sep).join('/');
}

const ref = (abs: string, cwd: string): FileRef => ({ abs, display: displayPath(abs, cwd) });

/**
 * The plan file of a folder: plan.yaml, or the same name in other letter case ("Plan.yaml", renamed in
 * Explorer), which is accepted; the plan's check then warns about the name (PLAN_FILE_CASE).
 */
export function planFileIn(dir: string): string | undefined {
  const exact = join(dir, PLAN_FILE);
  if (existsSync(exact)) return exact;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return undefined;
  }
  const other = names.find((n) => n.toLowerCase() === PLAN_FILE);
  return other && !isDir(join(dir, other)) ? join(dir, other) : undefined;
}

/**
 * The plan in `dir` with its progress files, sorted by name so every run reads them in the same order.
 * `hasProgress: false` (the folder walk saw no progress folder) spares looking for one.
 */
export function planAt(planFile: string, cwd: string, hasProgress?: boolean): PlanLocation {
  const dir = dirname(planFile);
  const progressDir = join(dir, PROGRESS_DIR);
  let progress: FileRef[] = [];
  if (hasProgress !== false && basename(planFile).toLowerCase() === PLAN_FILE && isDir(progressDir)) {
    let names: string[];
    try {
      names = readdirSync(progressDir);
    } catch (e) {
      throw IoError.from(e, displayPath(progressDir, cwd));
    }
    progress = names
      .filter((n) => /\.ya?ml$/iu.test(n))
      .sort()
      .map((n) => ref(join(progressDir, n), cwd));
  }
  return { plan: ref(planFile, cwd), dir, progress };
}

function isDir(p: string): boolean {
  try {
    // A missing path is the common answer (most plan folders have no progress folder): no error made.
    return statSync(p, { throwIfNoEntry: false })?.isDirectory() ?? false;
  } catch {
    return false;
  }
}

/** Every plan.yaml below `root`, skipping hidden folders and node_modules, in path order. */
export function* walkPlans(root: string, seen = new Set<string>()): Generator<string> {
  for (const found of walkPlanFolders(root, seen)) yield found.file;
}

/** A plan file the walk found, and whether its folder has a progress folder. */
interface FoundPlan {
  file: string;
  /** Unset: not known (look). */
  hasProgress?: boolean;
}

/**
 * walkPlans, saying for each plan whether a progress folder is beside it (the walk has read the folder).
 * Symbolic links are followed (a province may link communes' folders in), each real folder once. The
 * real path is asked of the system only for the starting folder and for a folder reached through a link:
 * a real sub-folder's is its parent's and its name (realpath(3) reads every component of the path again,
 * four system calls a commune).
 */
function* walkPlanFolders(root: string, seen: Set<string>, known?: string): Generator<FoundPlan> {
  let real: string;
  let entries: import('node:fs').Dirent[];
  try {
    real = known ?? realpathSync.native(root);
    entries = readdirSync(root, { withFileTypes: true });
  } catch {
    return;
  }
  if (seen.has(real)) return;
  seen.add(real);
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const isFolder = (e: import('node:fs').Dirent) =>
    e.isDirectory() || (e.isSymbolicLink() && isDir(join(root, e.name)));
  const plan = entries.find((e) => e.name.toLowerCase() === PLAN_FILE && !isFolder(e));
  if (plan) {
    const hasProgress = entries.some((e) => e.name === PROGRESS_DIR && isFolder(e));
    yield { file: join(root, plan.name), hasProgress };
  }
  for (const e of entries) {
    if (!e.name.startsWith('.') && e.name !== 'node_modules' && e.name !== PROGRESS_DIR && isFolder(e)) {
      const sub = join(root, e.name);
      yield* walkPlanFolders(sub, seen, e.isDirectory() ? join(real, e.name) : undefined);
    }
  }
}

/** The plans under ./plans (or the working directory itself when it is a plan folder). */
export function defaultPlans(cwd: string): string[] {
  return defaultPlanFolders(cwd).map((f) => f.file);
}

function defaultPlanFolders(cwd: string, onFound?: (count: number) => void): FoundPlan[] {
  const here = planFileIn(cwd);
  if (here) return [{ file: here }];
  return found(walkPlanFolders(join(cwd, 'plans'), new Set()), onFound);
}

/** The walk's plans, telling `onFound` the count as each is found. */
function found(walk: Iterable<FoundPlan>, onFound?: (count: number) => void): FoundPlan[] {
  const out: FoundPlan[] = [];
  for (const f of walk) {
    out.push(f);
    onFound?.(out.length);
  }
  return out;
}

/**
 * The one plan a command works on: the argument (a plan file or its folder), or the only plan under
 * plans/. Several plans without an argument is a usage error that lists them.
 */
export function resolvePlan(arg: string | undefined, cwd: string, command: string): PlanLocation {
  if (arg) {
    const abs = resolve(cwd, arg);
    if (!existsSync(abs)) throw new IoError('notFound', { path: arg });
    if (isDir(abs)) {
      const inFolder = planFileIn(abs);
      if (inFolder) return planAt(inFolder, cwd);
      const inside = [...walkPlans(abs)];
      if (inside.length === 1) return planAt(inside[0]!, cwd);
      if (inside.length > 1)
        throw new UsageError('manyPlans', {
          plans: inside.map((p) => displayPath(dirname(p), cwd)),
          command,
        });
      throw new UsageError('notAPlan', { path: arg });
    }
    return planAt(abs, cwd);
  }
  const found = defaultPlans(cwd);
  if (found.length === 0) throw new UsageError('noPlans', { dir: displayPath(cwd, cwd) || '.' });
  if (found.length > 1)
    throw new UsageError('manyPlans', { plans: found.map((p) => displayPath(dirname(p), cwd)), command });
  return planAt(found[0]!, cwd);
}

/**
 * What `plan validate [paths...]` checks: plans (with their progress) and loose progress files.
 * `onFound` hears how many plan folders the walk has found so far (src/check/verdicts.ts plansFound).
 */
export function validateTargets(
  paths: readonly string[],
  cwd: string,
  onFound?: (count: number) => void,
): PlanLocation[] {
  if (paths.length === 0) {
    const found = defaultPlanFolders(cwd, onFound);
    if (found.length === 0) throw new UsageError('noPlans', { dir: '.' });
    return found.map((p) => planAt(p.file, cwd, p.hasProgress));
  }
  const out = new Map<string, PlanLocation>();
  for (const p of paths) {
    const abs = resolve(cwd, p);
    if (!existsSync(abs)) throw new IoError('notFound', { path: p });
    if (isDir(abs)) {
      const plans = found(walkPlanFolders(abs, new Set()), onFound && ((n) => onFound(out.size + n)));
      if (plans.length === 0) throw new UsageError('noPlans', { dir: p });
      for (const f of plans) if (!out.has(f.file)) out.set(f.file, planAt(f.file, cwd, f.hasProgress));
    } else if (
      basename(dirname(abs)) === PROGRESS_DIR &&
      existsSync(join(dirname(dirname(abs)), PLAN_FILE))
    ) {
      // A single progress file is checked against its plan.
      const planFile = join(dirname(dirname(abs)), PLAN_FILE);
      const loc = out.get(planFile) ?? { ...planAt(planFile, cwd), progress: [] };
      if (!loc.progress.some((r) => r.abs === abs)) loc.progress.push(ref(abs, cwd));
      out.set(planFile, loc);
    } else if (!out.has(abs)) {
      if (looksLikeProgress(abs))
        throw new UsageError('progressFileAlone', { path: p, ...planNear(abs, cwd) });
      out.set(abs, planAt(abs, cwd));
    }
  }
  return [...out.values()];
}

/** A progress record (`kind: note` / `kind: report`, no tasks) rather than a plan, by its first 16 KB. */
function looksLikeProgress(abs: string): boolean {
  if (basename(abs).toLowerCase() === PLAN_FILE) return false;
  let head: string;
  try {
    const fd = openSync(abs, 'r');
    try {
      const buf = Buffer.alloc(16 * 1024);
      head = buf.toString('utf8', 0, readSync(fd, buf, 0, buf.length, 0));
    } finally {
      closeSync(fd);
    }
  } catch {
    return false;
  }
  return /^kind:[ \t]*["']?(note|report)["']?[ \t]*(#.*)?$/mu.test(head) && !/^tasks:/mu.test(head);
}

/** The plan a loose progress file probably belongs to: a plan.yaml beside it or one folder up. */
function planNear(abs: string, cwd: string): { plan?: string } {
  for (const d of [dirname(abs), dirname(dirname(abs))]) {
    if (existsSync(join(d, PLAN_FILE))) return { plan: displayPath(join(d, PLAN_FILE), cwd) };
  }
  return {};
}
