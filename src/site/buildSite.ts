import type { IsoDate } from '../model/dates.js';
import type { Plan } from '../model/plan.js';
import { deadlines } from '../query/deadlines.js';
import type { ProgressInput } from '../query/progressEvents.js';
import { type StatusReport, status } from '../query/status.js';
import { planPage } from './planPage.js';

/**
 * One plan's page and the status it shows. Pure: the caller writes the page and keeps only what the
 * index needs, so a folder of thousands of plans never holds more than one page in memory.
 */
export function sitePage(
  plan: Plan,
  records: readonly ProgressInput[],
  opts: { asOf: IsoDate; back?: string },
): { html: string; report: StatusReport } {
  const report = status(plan, records, { asOf: opts.asOf });
  const html = planPage({ plan, report, deadlines: deadlines(plan), back: opts.back });
  return { html, report };
}

/**
 * The file name of a plan's page in a folder site: its id (already an ASCII slug), made safe and
 * unique within the site ("index" is the index's).
 */
export function pageName(id: string, taken: Set<string>): string {
  const base =
    id
      .toLowerCase()
      .replace(/[^a-z0-9._-]+/gu, '-')
      .replace(/^[.-]+/u, '') || 'plan';
  let name = base;
  for (let i = 2; taken.has(name) || name === 'index'; i++) name = `${base}-${i}`;
  taken.add(name);
  return `${name}.html`;
}
