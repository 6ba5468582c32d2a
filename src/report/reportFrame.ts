/**
 * The parts of the report around its body: the ND30 header, the title and trích yếu, "Kính gửi:",
 * the opening sentence that cites the plan, the closing sentence, and Nơi nhận with the signature.
 */
import { cleanText } from '../document/cleanText.js';
import {
  buildFooter,
  buildHeader,
  buildTitle,
  type DocFooter,
  type DocHeader,
  type DocTitle,
  documentNumber,
} from '../document/nd30.js';
import { doc } from '../i18n/vi/render.js';
import { reportDoc } from '../i18n/vi/report.js';
import { type IsoDate, vnDate } from '../model/dates.js';
import { type Period, parsePeriod, periodLabel } from '../model/period.js';
import type { Plan } from '../model/plan.js';
import { refId } from '../model/units.js';
import { capitalizeFirst, nameKey } from '../util/text.js';
import type { Recipient } from './reportModel.js';
import { upwardDuties } from './reportObligations.js';
import { lowerFirst, titlePhrase } from './titlePhrase.js';

const d = reportDoc;

const planYear = (plan: Plan) => Number(plan.period.start.slice(0, 4));

/** The issuer as the body names it: "UBND xã Minh Long". */
export function reporterName(plan: Plan): string {
  const u = plan.units.get(plan.file.issuer.unit);
  return cleanText(u?.short ?? u?.name ?? plan.file.issuer.unit);
}

/** The report's ký hiệu from the plan's: KH-UBND → BC-UBND. */
export function reportSymbol(plan: Plan): string {
  const s = plan.file.document.symbol;
  return s?.includes('-') ? `BC${s.slice(s.indexOf('-'))}` : 'BC';
}

/**
 * The trích yếu: "Kết quả thực hiện công tác trẻ em 6 tháng cuối năm 2025". A plan without a subject
 * is reported by its title ("Kết quả thực hiện Kế hoạch triển khai …"), with the period's label unless
 * the title already ends in it.
 */
export function subjectLine(plan: Plan, period: Period): string {
  const label = periodLabel(period);
  const subject = plan.file.document.subject;
  if (subject) return d.subject(cleanText(subject), label);
  const type = doc.typeWords[plan.file.document.type] ?? plan.file.document.type;
  const what = d.planAsSubject(type, titlePhrase(plan));
  return nameKey(what).endsWith(nameKey(label)) ? d.subject(what, '').trimEnd() : d.subject(what, label);
}

export function reportHeader(plan: Plan, date: IsoDate): DocHeader {
  const f = plan.file;
  const issuer = plan.units.get(f.issuer.unit);
  return buildHeader({
    parent: f.issuer.parent,
    issuerLines: f.issuer.lines ?? [(issuer?.name ?? f.issuer.unit).toLocaleUpperCase('vi')],
    number: null,
    symbol: reportSymbol(plan),
    place: f.document.place,
    date,
    year: planYear(plan),
  });
}

export const reportTitle = (plan: Plan, period: Period): DocTitle =>
  buildTitle('BC', [subjectLine(plan, period)]);

/**
 * Who the report is addressed to: the plan's own upward duty (`reporting.to`, e.g. Sở Y tế for the
 * seed, from its section IV.1) when it names one; otherwise the recipients of the duties this report
 * answers (see upwardDuties), each once, in plan order.
 */
export function recipientIds(plan: Plan): string[] {
  const own = plan.file.reporting?.to;
  if (own && own.length > 0) return [...new Set(own.map(refId))];
  return [...new Set(upwardDuties(plan).map((o) => o.to!))];
}

export function reportRecipient(plan: Plan): Recipient {
  const names = recipientIds(plan).map((id) => capitalizeFirst(cleanText(plan.units.name(id))));
  const lines =
    names.length === 1
      ? [`${names[0]!.replace(/[.;,\s]+$/u, '')}.`]
      : names.map((n, i) => `- ${n.replace(/[.;,\s]+$/u, '')}${i === names.length - 1 ? '.' : ';'}`);
  return {
    label: names.length > 0 ? d.recipientLabel : '',
    one: names.length === 1,
    many: names.length > 1,
    first: lines[0] ?? '',
    rest: lines.slice(1),
  };
}

/** Whether the plan has its number and date yet (else the opening leaves the blanks to fill in). */
export const planIsNumbered = (plan: Plan): boolean => {
  const f = plan.file.document;
  return f.number !== null && f.number !== undefined && String(f.number).trim() !== '' && !!f.date;
};

/**
 * The documents the plan implements, as the report cites them: the basis items led by "Thực hiện"
 * (a superior plan, a directive), not the laws it is "Căn cứ" on.
 */
export function implementedCitations(plan: Plan): string[] {
  const b = plan.file.basis;
  if (!b) return [];
  return b.items
    .filter((i) => (i.verb ?? b.verb ?? 'Thực hiện') === 'Thực hiện')
    .map((i) => {
      if (i.type && i.number) {
        const parts = [`${cleanText(i.type)} số ${cleanText(i.number)}`];
        if (i.date) parts.push(`ngày ${vnDate(i.date)}`);
        if (i.issuer) parts.push(`của ${cleanText(i.issuer)}`);
        if (i.subject) parts.push(cleanText(i.subject));
        return parts.join(' ');
      }
      return cleanText(i.text).replace(/^(Thực hiện|Căn cứ)\s+/u, '');
    })
    .map((t) => t.replace(/[.;,\s]+$/u, ''));
}

/**
 * "Thực hiện Kế hoạch số 65/KH-UBND ngày 31/3/2025 của UBND tỉnh Quảng Ngãi về …; Kế hoạch số …/KH-UBND
 * ngày … của UBND xã Minh Long về …, UBND xã Minh Long báo cáo kết quả thực hiện … như sau:" — the
 * documents the plan implements, then the plan itself (blanks while it has no number or date).
 */
export function openingSentence(plan: Plan, period: Period): string {
  const f = plan.file.document;
  const symbol = cleanText(f.symbol ?? f.type);
  // The blank for a number not yet issued is as wide as the header's ("Số:      /KH-UBND"), counting
  // the space after "số".
  const number =
    f.number === null || f.number === undefined || String(f.number).trim() === ''
      ? `${doc.blank.slice(1)}/${symbol}`
      : `${documentNumber(f.number)}/${symbol}`;
  return d.opening({
    cites: implementedCitations(plan),
    type: doc.typeWords[f.type] ?? f.type,
    number,
    date: f.date ? vnDate(f.date) : d.blankDate(planYear(plan)),
    issuer: reporterName(plan),
    about: titlePhrase(plan),
    reporter: reporterName(plan),
    subject: lowerFirst(subjectLine(plan, period)),
  });
}

export function closingSentence(plan: Plan, period: Period): string {
  const recipients = recipientIds(plan).map((id) => cleanText(plan.units.name(id)));
  return d.closing({
    subject: lowerFirst(subjectLine(plan, period)),
    reporter: reporterName(plan),
    ...(recipients.length > 0 ? { recipient: recipients.join(', ') } : {}),
  });
}

/** The drafting unit's short form for "Lưu: VT, …": its short name, else its name. */
function drafterArchive(plan: Plan): string {
  const id = plan.file.reporting?.drafter;
  if (!id) return d.archive;
  const u = plan.units.get(refId(id));
  return `${d.archive}, ${cleanText(u?.short ?? u?.name ?? refId(id))}`;
}

/**
 * Nơi nhận of the report (not of the plan): "- Như trên;" when there is a Kính gửi, the further
 * recipients the plan's upward duty names, and "- Lưu: VT, <drafting unit>.".
 */
export function reportFooter(plan: Plan): DocFooter {
  const f = plan.file;
  const r = f.reporting;
  const to = recipientIds(plan);
  return buildFooter({
    recipients: {
      items: [...(to.length > 0 ? [d.asAbove] : []), ...(r?.recipients ?? [])],
      // Without an upward duty of its own, the plan's archive line (its drafting unit) is the best guess.
      archive: r?.archive ?? (r?.drafter ? drafterArchive(plan) : (f.recipients?.archive ?? d.archive)),
    },
    signature: f.signature,
  });
}

/** The period after this one, for "Phương hướng, nhiệm vụ 6 tháng đầu năm 2026"; a date range has none. */
export function nextPeriodLabel(p: Period): string {
  const y = p.year;
  const pad = (n: number) => String(n).padStart(2, '0');
  const expr =
    p.kind === 'year'
      ? `${y + 1}`
      : p.kind === 'half'
        ? p.index === 1
          ? `${y}-H2`
          : `${y + 1}-H1`
        : p.kind === 'quarter'
          ? p.index === 4
            ? `${y + 1}-Q1`
            : `${y}-Q${p.index + 1}`
          : p.kind === 'month'
            ? p.index === 12
              ? `${y + 1}-01`
              : `${y}-${pad(p.index + 1)}`
            : undefined;
  const next = expr ? parsePeriod(expr) : undefined;
  return next ? periodLabel(next) : d.nextPeriodFallback;
}
