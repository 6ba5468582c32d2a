/**
 * The công văn đôn đốc as a view model: who is late with which report on `asOf`, worded as the letter
 * UBND xã sends them and as one short message per unit. Pure: the plan, its progress and the date in,
 * the model out.
 */
import { cleanText, stripControlDeep } from '../document/cleanText.js';
import { buildFooter, buildHeader, documentNumber } from '../document/nd30.js';
import { remindDoc as d } from '../i18n/vi/remind.js';
import { doc } from '../i18n/vi/render.js';
import { daysBetween, type IsoDate, vnDate } from '../model/dates.js';
import type { Plan } from '../model/plan.js';
import { type ObligationStatus, obligationStatuses } from '../query/obligationStatus.js';
import type { ProgressInput } from '../query/progressEvents.js';
import { reporterName } from '../report/reportFrame.js';
import type { Recipient } from '../report/reportModel.js';
import { titlePhrase } from '../report/titlePhrase.js';
import { capitalizeFirst, nameKey } from '../util/text.js';
import type { RemindDuty, RemindModel, RemindUnit } from './remindModel.js';
import { letterSymbol, unitAbbreviation } from './remindSymbol.js';
import { addWorkingDays, DEFAULT_WORKING_DAYS } from './workingDays.js';

export interface RemindOptions {
  asOf: IsoDate;
  /** The new deadline; default: the plan's remind.workingDays (or 5) working days after asOf. */
  newDue?: IsoDate | undefined;
  /** Only these units (leaf ids). */
  units?: ReadonlySet<string> | undefined;
  /** The letter's number, once issued. */
  number?: string | undefined;
}

export interface RemindResult {
  /** The letter, or undefined when nobody is to be reminded. */
  model: RemindModel | undefined;
  /** Units overdue but already reminded with a new deadline not yet passed: left alone. */
  waiting: { unit: string; newDue: IsoDate }[];
}

/** The overdue reports to chase on `asOf`: past due, and past the deadline of the last reminder. */
export function overdueToRemind(plan: Plan, records: readonly ProgressInput[], opts: RemindOptions) {
  const statuses = obligationStatuses(plan, records, opts.asOf).filter(
    (x) => x.code === 'overdue' && x.due !== undefined && (!opts.units || opts.units.has(x.unit)),
  );
  const chase = statuses.filter((x) => x.newDue === undefined || opts.asOf > x.newDue);
  const waiting = statuses
    .filter((x) => x.newDue !== undefined && opts.asOf <= x.newDue)
    .map((x) => ({ unit: x.unit, newDue: x.newDue! }));
  return { chase, waiting };
}

export function buildRemindModel(
  plan: Plan,
  records: readonly ProgressInput[],
  opts: RemindOptions,
): RemindResult {
  const { chase, waiting } = overdueToRemind(plan, records, opts);
  if (chase.length === 0) return { model: undefined, waiting };
  const order = new Map([...plan.units.byId.keys()].map((id, i) => [id, i]));
  const byPlanOrder = (a: string, b: string) => (order.get(a) ?? 1e9) - (order.get(b) ?? 1e9);
  const name = (id: string) => cleanText(plan.units.name(id));
  const asOf = opts.asOf;
  const workingDays = opts.newDue ? null : (plan.file.remind?.workingDays ?? DEFAULT_WORKING_DAYS);
  const newDue = opts.newDue ?? addWorkingDays(asOf, workingDays!);
  const issuer = reporterName(plan);

  // One entry per duty (in plan order), its units in the plan's unit order.
  const groups = new Map<number, ObligationStatus[]>();
  for (const x of [...chase].sort((a, b) => a.index - b.index)) {
    groups.set(x.index, [...(groups.get(x.index) ?? []), x]);
  }
  const duties: (RemindDuty & { rows: ObligationStatus[] })[] = [...groups.values()].map((rows) => {
    const ob = rows[0]!.obligation;
    const to = ob.to ? name(ob.to) : undefined;
    const via = ob.via ? name(ob.via) : undefined;
    return {
      subject: cleanText(ob.duty.subject ?? d.defaultWhat(titlePhrase(plan))),
      due: ob.due!,
      to: ob.to ?? null,
      via: ob.via ?? null,
      dest: d.dest(to, via),
      units: [...new Set(rows.map((r) => r.unit))].sort(byPlanOrder),
      rows,
    };
  });

  const unitIds = [...new Set(chase.map((x) => x.unit))].sort(byPlanOrder);
  const units: RemindUnit[] = unitIds.map((unit) => {
    const rows = chase.filter((x) => x.unit === unit);
    const earlier = uniqueReminders(rows);
    return {
      unit,
      name: name(unit),
      due: rows.map((r) => r.due!).sort()[0]!,
      daysLate: Math.max(...rows.map((r) => r.daysLate ?? 0)),
      round: Math.max(...rows.map((r) => r.reminders.length)) + 1,
      earlier,
    };
  });
  const round = Math.max(...units.map((u) => u.round));
  const one = unitIds.length === 1;
  const whomAll = one ? units[0]!.name : d.many;
  const whomAbove = one ? units[0]!.name : d.manyAbove;
  const what = joinUnique(duties.map((x) => x.subject));

  const f = plan.file;
  const drafter = duties[0]!.via ?? duties[0]!.to ?? undefined;
  const symbol = letterSymbol(plan, drafter ?? undefined);
  const number = opts.number?.trim() ? opts.number.trim() : undefined;
  const header = buildHeader({
    parent: f.issuer.parent,
    issuerLines: f.issuer.lines ?? [name(f.issuer.unit).toLocaleUpperCase('vi')],
    number: number ?? null,
    symbol,
    place: f.document.place,
    date: asOf,
    year: Number(asOf.slice(0, 4)),
  });

  const body: string[] = [
    basisSentence(plan, duties, one ? units[0]!.name : undefined),
    ...duties.map((x) => {
      const whom =
        one || x.units.length === unitIds.length ? whomAbove : joinNames(x.units.map((u) => name(u)));
      const days = daysBetween(x.due, asOf);
      const about = duties.length > 1 ? x.subject : undefined;
      const before = uniqueReminders(x.rows);
      return before.length === 0
        ? d.missing({ asOf: vnDate(asOf), issuer, ...(about ? { what: about } : {}), whom, days })
        : d.missingAgain({
            asOf: vnDate(asOf),
            issuer,
            ...(about ? { what: about } : {}),
            whom,
            days,
            earlier: before.map((r) => r.reference ?? d.earlierUnnamed(vnDate(r.date))).join('; '),
          });
    }),
    d.request({
      issuer,
      whom: whomAll,
      what,
      dest: joinUnique(duties.map((x) => x.dest)),
      newDue: vnDate(newDue),
    }),
    d.closing(whomAll),
  ];

  const messages = units.map((u) => {
    const duty = duties.find((x) => x.units.includes(u.unit))!;
    const viaOrTo = duty.via ?? duty.to;
    return {
      unit: u.unit,
      name: u.name,
      text: d.message({
        unit: u.name,
        issuer,
        what: duty.subject,
        due: vnDate(duty.due),
        days: u.daysLate,
        dest: viaOrTo ? name(viaOrTo) : issuer,
        newDue: vnDate(newDue),
        round: u.round,
      }),
    };
  });

  return {
    model: stripControlDeep<RemindModel>({
      version: 1,
      kind: 'reminder',
      id: plan.id,
      asOf,
      newDue,
      workingDays,
      round,
      reference: number
        ? d.reference({ number: `${documentNumber(number)}/${symbol}`, date: vnDate(asOf) })
        : null,
      header,
      subject: [d.subject(what, round)],
      recipient: recipient(units.map((u) => u.name)),
      body: body.map((text, i) => ({ text, last: i === body.length - 1 })),
      footer: buildFooter({
        recipients: {
          items: [d.asAbove, ...copies(plan, new Set(unitIds))],
          archive: drafter ? `${d.archive}, ${unitAbbreviation(plan, drafter)}` : d.archive,
        },
        signature: f.signature,
      }),
      duties: duties.map(({ rows: _rows, ...x }) => x),
      units,
      messages,
    }),
    waiting,
  };
}

/** "Theo Kế hoạch số …/KH-UBND ngày …/…/2025 của UBND xã Minh Long về …, các cơ quan, đơn vị báo cáo … trước ngày 15/11/2025." */
function basisSentence(plan: Plan, duties: readonly RemindDuty[], single: string | undefined): string {
  const f = plan.file.document;
  const symbol = cleanText(f.symbol ?? f.type);
  const year = Number(plan.period.start.slice(0, 4));
  const number =
    f.number === null || f.number === undefined || String(f.number).trim() === ''
      ? `${doc.blank.slice(1)}/${symbol}`
      : `${documentNumber(f.number)}/${symbol}`;
  const name = (id: string | null) => (id ? cleanText(plan.units.name(id)) : undefined);
  return d.basis({
    type: doc.typeWords[f.type] ?? f.type,
    number,
    date: f.date ? vnDate(f.date) : `…/…/${year}`,
    issuer: reporterName(plan),
    about: titlePhrase(plan),
    duties: duties
      .map((x) => {
        const to = name(x.to);
        const via = name(x.via);
        return d.duty({
          whom: single ?? d.many,
          what: x.subject,
          ...(to ? { to } : {}),
          ...(via ? { via } : {}),
          due: vnDate(x.due),
        });
      })
      .join('; '),
  });
}

/** The earlier reminders of these rows, each once, oldest first. */
function uniqueReminders(rows: readonly ObligationStatus[]): RemindUnit['earlier'] {
  const seen = new Map<string, RemindUnit['earlier'][number]>();
  for (const r of rows.flatMap((x) => x.reminders)) {
    const key = `${r.date}|${r.reference ?? ''}`;
    if (!seen.has(key)) seen.set(key, { date: r.date, due: r.due, reference: r.reference ?? null });
  }
  return [...seen.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

const joinUnique = (xs: readonly string[]) => [...new Set(xs)].join(' và ');
const joinNames = (xs: readonly string[]) =>
  xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} và ${xs.at(-1)}`;

/** "Kính gửi:" one unit on the label's line, several as a dash list ending ";" and the last ".". */
function recipient(names: readonly string[]): Recipient {
  const clean = names.map((n) => capitalizeFirst(n).replace(/[.;,\s]+$/u, ''));
  const lines =
    clean.length === 1
      ? [`${clean[0]}.`]
      : clean.map((n, i) => `- ${n}${i === clean.length - 1 ? '.' : ';'}`);
  return {
    label: d.recipientLabel,
    one: clean.length === 1,
    many: clean.length > 1,
    first: lines[0]!,
    rest: lines.slice(1),
  };
}

/**
 * Nơi nhận after "- Như trên;": the plan's remind.copies, else those of the plan's own recipients that
 * belong to the issuing body ("CT, PCT UBND xã"): the letter is copied to the leadership, not again
 * to the units it is addressed to.
 */
function copies(plan: Plan, addressed: ReadonlySet<string>): string[] {
  const own = plan.file.remind?.copies;
  if (own) return own.map(cleanText);
  const issuerForms = plan.units.forms(plan.file.issuer.unit).map(nameKey);
  return (plan.file.recipients?.items ?? [])
    .map((i) =>
      cleanText(i)
        .replace(/^[-–+]\s*/u, '')
        .replace(/[.;,\s]+$/u, ''),
    )
    .filter((i) => {
      const u = plan.units.findByName(i);
      if (u && (addressed.has(u.id) || plan.units.expand(u.id).some((m) => addressed.has(m)))) return false;
      const k = nameKey(i);
      return issuerForms.some((form) => k.endsWith(form) || k.includes(`${form} `));
    });
}
