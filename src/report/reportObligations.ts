import { endWith } from '../document/blocks.js';
import { cleanText } from '../document/cleanText.js';
import { reportDoc } from '../i18n/vi/report.js';
import { daysBetween, vnDate } from '../model/dates.js';
import { overlaps, parsePeriod } from '../model/period.js';
import type { Obligation, Plan } from '../model/plan.js';
import { refId } from '../model/units.js';
import { type ObligationStatus, obligationStatuses } from '../query/index.js';
import { type ReportBlockList, rb } from './reportBlocks.js';
import type { Missing, ReportObligation } from './reportModel.js';
import type { ReportScope } from './reportScope.js';

const d = reportDoc;

/**
 * Whether a unit lies outside the issuing body: a higher or outside authority (kind external, or an
 * authority other than the issuer itself).
 */
function isOutside(plan: Plan, id: string): boolean {
  const u = plan.units.get(id);
  return u !== undefined && id !== plan.file.issuer.unit && (u.kind === 'external' || u.kind === 'authority');
}

/**
 * The duties this very report answers: the issuer's own report, or that of the unit compiling for it
 * (the `via` of the other duties), sent to a body outside. Their recipients go in "Kính gửi:"; they are
 * not units' reports to chase.
 */
export function upwardDuties(plan: Plan): Obligation[] {
  const compilers = new Set([
    plan.file.issuer.unit,
    ...plan.obligations.flatMap((o) => (o.via ? [o.via] : [])),
  ]);
  return plan.obligations.filter(
    (o) => o.to !== undefined && isOutside(plan, o.to) && o.duty.from.some((r) => compilers.has(refId(r))),
  );
}

/** A duty falls in the period when it is due in it; an undated one when the period it covers overlaps. */
function dueInPeriod(o: Obligation, scope: ReportScope): boolean {
  if (o.due !== undefined) return scope.period.start <= o.due && o.due <= scope.period.end;
  const covers = o.duty.covers ? parsePeriod(o.duty.covers) : undefined;
  return covers ? overlaps(covers, scope.period) : true;
}

/**
 * The units' reports due in the period, with who reported (on time or late, and with which document),
 * and who did not: internal follow-up, for the stderr checklist and the --annex theo-doi annex, never
 * the signed body.
 */
export function reportObligations(scope: ReportScope): {
  obligations: ReportObligation[];
  blocks: ReportBlockList;
  missing: Missing['units'];
} {
  const { plan } = scope;
  const upward = new Set(upwardDuties(plan));
  // Reports received after the period's end that cover it count (scope.counted keeps only those), up
  // to the report's date; days overdue are still counted to the period's end.
  const rows = obligationStatuses(plan, scope.counted, scope.date).map((r) =>
    r.code === 'overdue' && r.due !== undefined && r.due < scope.asOf
      ? { ...r, daysLate: daysBetween(r.due, scope.asOf) }
      : r,
  );
  const obligations: ReportObligation[] = [];
  const blocks: ReportBlockList = [];
  const missing: Missing['units'] = [];
  plan.obligations.forEach((o, index) => {
    if (upward.has(o) || o.units.length === 0 || !dueInPeriod(o, scope)) return;
    const mine = o.units
      .map((u) => rows.find((r) => r.index === index && r.unit === u))
      .filter((r): r is ObligationStatus => r !== undefined);
    const name = (id: string) => cleanText(plan.units.name(id));
    obligations.push({
      subject: o.duty.subject ? cleanText(o.duty.subject) : null,
      due: o.due ?? null,
      covers: o.duty.covers ?? null,
      to: o.to ?? null,
      via: o.via ?? null,
      units: mine.map((r) => ({
        unit: r.unit,
        name: name(r.unit),
        status: r.code,
        received: r.report?.received ?? null,
        reference: r.report?.reference ? cleanText(r.report.reference) : null,
        daysLate: r.daysLate ?? null,
      })),
    });
    blocks.push(
      rb(
        'para',
        d.duty({
          ...(o.duty.subject ? { subject: o.duty.subject } : {}),
          ...(o.to ? { to: plan.units.name(o.to) } : {}),
          ...(o.via ? { via: plan.units.name(o.via) } : {}),
          ...(o.due ? { due: vnDate(o.due) } : {}),
        }),
      ),
    );
    const total = mine.length;
    const received = (r: ObligationStatus) =>
      `${name(r.unit)} (${d.receivedOn({
        ...(r.report?.reference ? { reference: cleanText(r.report.reference) } : {}),
        date: vnDate(r.report!.received),
        ...(r.code === 'received-late' && r.daysLate ? { daysLate: r.daysLate } : {}),
      })})`;
    const line = (label: string, list: ObligationStatus[], item: (r: ObligationStatus) => string) => {
      if (list.length > 0) blocks.push(rb('para', `- ${label}: ${endWith(list.map(item).join('; '), '.')}`));
    };
    const by = (code: ObligationStatus['code']) => mine.filter((r) => r.code === code);
    line(d.reported(by('received').length, total), by('received'), received);
    line(d.reportedLate(by('received-late').length, total), by('received-late'), received);
    line(d.overdue(by('overdue').length, total), by('overdue'), (r) => name(r.unit));
    const pending = by('pending');
    line(o.due ? d.pending(pending.length, total) : d.undated(pending.length, total), pending, (r) =>
      name(r.unit),
    );
    for (const r of [...by('overdue'), ...pending]) {
      if (missing.some((m) => m.unit === r.unit)) continue;
      missing.push({ unit: r.unit, name: name(r.unit), due: r.due ?? null, daysLate: r.daysLate ?? null });
    }
  });
  if (obligations.length === 0) blocks.push(rb('para', d.noObligations));
  return { obligations, blocks, missing };
}
