import ical from 'ical-generator';
import { msg } from '../i18n/index.js';
import { addDays, type IsoDate } from '../model/dates.js';
import type { Plan } from '../model/plan.js';
import { joinMentions } from '../model/units.js';
import type { Deadlines } from '../query/deadlines.js';

/** A calendar date as the UTC midnight ical-generator formats for an all-day value, whatever the TZ. */
const utc = (d: IsoDate) => {
  const [y, m, day] = d.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, day));
};

/**
 * The deadlines as an RFC 5545 calendar: one all-day VEVENT per task end and per unit's report (Google
 * Calendar ignores VTODO), with UIDs that stay the same from run to run so a re-import updates events
 * instead of duplicating them. `stamp` (DTSTAMP) defaults to now.
 */
export function deadlinesIcs(plan: Plan, d: Deadlines, opts: { stamp?: Date } = {}): string {
  const m = msg().status.deadlines;
  const cal = ical({
    name: m.icsCalendar(plan.title),
    prodId: { company: 'kehoach', product: 'plan', language: 'VI' },
  });
  const stamp = opts.stamp ?? new Date();
  for (const x of d.items) {
    const common = { id: x.uid, start: utc(x.date), end: utc(addDays(x.date, 1)), allDay: true, stamp };
    if (x.kind === 'task') {
      const lines = [
        x.task.title,
        m.icsTime(x.time.label),
        x.task.lead.length ? m.icsLead(joinMentions(x.task.lead)) : '',
        x.task.support.length ? m.icsSupport(joinMentions(x.task.support)) : '',
      ];
      cal.createEvent({
        ...common,
        summary: m.icsTask(x.task.number, x.task.short),
        description: lines.filter(Boolean).join('\n'),
      });
    } else {
      const ob = x.obligation;
      const lines = [
        ob.to ? m.icsReportTo(plan.units.name(ob.to)) : '',
        ob.via ? m.icsVia(plan.units.name(ob.via)) : '',
      ];
      cal.createEvent({
        ...common,
        summary: m.icsReport(plan.units.name(x.unit), ob.duty.subject),
        description: lines.filter(Boolean).join('\n') || undefined,
      });
    }
  }
  return cal.toString();
}
