import { checkPlanFolder } from '../check/checkFolder.js';
import type { PlanLocation } from '../load/discover.js';
import type { IsoDate } from '../model/dates.js';
import { planRollup } from '../rollup/planRollup.js';
import type { PlanRollup } from '../rollup/types.js';
import { sitePage } from './buildSite.js';

export interface SitePartOptions {
  asOf: IsoDate;
  /** False over many plans: the checked-plan cache keeps each plan's bytes (src/cache/planCache.ts). */
  cache?: boolean;
}

/** One plan of a folder site: its part of the roll-up (the index's figures) and, when valid, its page. */
export interface SitePart {
  part: PlanRollup;
  page: { id: string; html: string } | undefined;
}

/**
 * Check one plan folder, reduce it to its roll-up part and make its page (what each worker of
 * `plan site` does; the main thread writes the page and keeps only the part).
 */
export async function sitePart(location: PlanLocation, o: SitePartOptions): Promise<SitePart> {
  const c = await checkPlanFolder(location, { cache: o.cache });
  const part = planRollup(
    { file: location.plan.display, plan: c.plan, records: c.records, diagnostics: c.diagnostics },
    { asOf: o.asOf, withTasks: false, withReports: false },
  );
  if (!c.plan || part.figures === null) return { part, page: undefined };
  const { html } = sitePage(c.plan, c.records, { asOf: o.asOf, back: 'index.html' });
  return { part, page: { id: c.plan.id, html } };
}
