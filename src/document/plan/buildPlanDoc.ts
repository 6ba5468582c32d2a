import type { Plan } from '../../model/plan.js';
import { stripControlDeep } from '../cleanText.js';
import { buildFooter, buildHeader, buildTitle } from '../nd30.js';
import { planAppendices } from './planAppendix.js';
import { planBody } from './planBody.js';
import type { PlanDoc } from './planDoc.js';

/** The plan's view model: the whole Kế hoạch, worded and numbered, ready for any template. */
export function buildPlanDoc(plan: Plan): PlanDoc {
  const f = plan.file;
  const d = f.document;
  const issuer = plan.units.get(f.issuer.unit);
  const title = d.title;
  return stripControlDeep({
    version: 1,
    kind: 'plan',
    id: f.id,
    header: buildHeader({
      parent: f.issuer.parent,
      issuerLines: f.issuer.lines ?? [(issuer?.name ?? f.issuer.unit).toLocaleUpperCase('vi')],
      number: d.number,
      symbol: d.symbol ?? d.type,
      place: d.place,
      date: d.date,
      year: Number(plan.period.start.slice(0, 4)),
    }),
    title: buildTitle(d.type, typeof title === 'string' ? [title] : title),
    body: planBody(plan),
    footer: buildFooter({ recipients: f.recipients, signature: f.signature }),
    appendices: planAppendices(plan),
  });
}
