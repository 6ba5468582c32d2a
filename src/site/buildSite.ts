import type { IsoDate } from '../model/dates.js';
import type { Plan } from '../model/plan.js';
import { deadlines } from '../query/deadlines.js';
import type { ProgressInput } from '../query/progressEvents.js';
import { status } from '../query/status.js';
import { planPage } from './planPage.js';
import { indexPage, siteIndexRows } from './siteIndex.js';

export interface SitePlanInput {
  display: string;
  /** Undefined when the plan has errors: it gets a row in the index and no page. */
  plan: Plan | undefined;
  records: readonly ProgressInput[];
  errors: number;
}

export interface SiteFile {
  /** Relative to the site folder, with forward slashes. */
  path: string;
  content: string;
}

/**
 * The files of the site: for one plan, its page as index.html; for a folder, an index of every plan and
 * one page per valid plan, named after the plan's id. Pure: no file is read or written here.
 */
export function buildSite(
  plans: readonly SitePlanInput[],
  opts: { asOf: IsoDate; folder: boolean },
): SiteFile[] {
  if (!opts.folder) {
    const p = plans[0]!;
    const plan = p.plan!;
    return [{ path: 'index.html', content: planPage(pageInput(plan, p.records, opts.asOf)) }];
  }
  const files: SiteFile[] = [];
  const taken = new Set(['index']);
  const inputs = plans.map((p) => {
    if (!p.plan)
      return { display: p.display, plan: undefined, report: undefined, errors: p.errors, href: undefined };
    const name = uniqueName(p.plan.id, taken);
    const input = pageInput(p.plan, p.records, opts.asOf);
    files.push({ path: `${name}.html`, content: planPage({ ...input, back: 'index.html' }) });
    return { display: p.display, plan: p.plan, report: input.report, errors: 0, href: `${name}.html` };
  });
  files.unshift({ path: 'index.html', content: indexPage(siteIndexRows(inputs), opts.asOf) });
  return files;
}

function pageInput(plan: Plan, records: readonly ProgressInput[], asOf: IsoDate) {
  return {
    plan,
    report: status(plan, records, { asOf }),
    deadlines: deadlines(plan),
  };
}

/** A file name from the plan id (already an ASCII slug), made safe and unique within the site. */
function uniqueName(id: string, taken: Set<string>): string {
  const base =
    id
      .toLowerCase()
      .replace(/[^a-z0-9._-]+/gu, '-')
      .replace(/^[.-]+/u, '') || 'plan';
  let name = base;
  for (let i = 2; taken.has(name); i++) name = `${base}-${i}`;
  taken.add(name);
  return name;
}
