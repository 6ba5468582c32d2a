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

/** The recipients of the duties this report answers (see upwardDuties), each once, in plan order. */
export function recipientIds(plan: Plan): string[] {
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

/** "Thực hiện Kế hoạch số 45/KH-UBND ngày 10/02/2025 của UBND xã Minh Long về …, UBND xã … báo cáo …:" */
export function openingSentence(plan: Plan): string {
  const f = plan.file.document;
  const symbol = cleanText(f.symbol ?? f.type);
  // The blank for a number not yet issued is as wide as the header's ("Số:      /KH-UBND"), counting
  // the space after "số".
  const number =
    f.number === null || f.number === undefined || String(f.number).trim() === ''
      ? `${doc.blank.slice(1)}/${symbol}`
      : `${documentNumber(f.number)}/${symbol}`;
  return d.opening({
    type: doc.typeWords[f.type] ?? f.type,
    number,
    date: f.date ? vnDate(f.date) : d.blankDate(planYear(plan)),
    issuer: reporterName(plan),
    about: titlePhrase(plan),
    reporter: reporterName(plan),
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

/** Nơi nhận: "- Như trên;" when there is a Kính gửi, the plan's own list (less those recipients), "- Lưu: …". */
export function reportFooter(plan: Plan): DocFooter {
  const f = plan.file;
  const to = new Set(recipientIds(plan));
  const items = (f.recipients?.items ?? []).filter((i) => {
    const u = plan.units.findByName(
      cleanText(i)
        .replace(/^[-–+]\s*/u, '')
        .replace(/[.;,\s]+$/u, ''),
    );
    return !u || !to.has(u.id);
  });
  return buildFooter({
    recipients: {
      items: [...(to.size > 0 ? [d.asAbove] : []), ...items],
      archive: f.recipients?.archive ?? d.archive,
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
