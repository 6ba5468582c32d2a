/**
 * `plan receive` without the files: from a unit's report (its paragraphs) and the plan with its
 * progress, the record to write, where each passage went, and what it supersedes; or a UsageError
 * (exit 2) that says why the file is not taken, before anything is written.
 */
import { UsageError } from '../errors.js';
import type { IsoDate } from '../model/dates.js';
import { parsePeriod } from '../model/period.js';
import type { Plan } from '../model/plan.js';
import type { UnitReport } from '../model/types.js';
import { type ProgressInput, type RecordEntry, recordEntries } from '../query/progressEvents.js';
import { slugify } from '../util/text.js';
import { assignPassages, findIndicators, type IndicatorFound, type Passage } from './assign.js';
import { closestUnits, findUnit } from './findUnit.js';
import { type ParsedReport, parseReport, referenceOf } from './parseReport.js';
import type { ReportSource } from './readReportSource.js';
import { type RecordText, receiveRecord } from './receiveRecord.js';

export interface ReceiveRequest {
  /** How the file is shown in messages. */
  display: string;
  /** The source file's extension (".docx"), for the copy kept beside the record. */
  ext: string;
  sha256: string;
  received: IsoDate;
  unit?: string | undefined;
  covers?: string | undefined;
}

export interface Received {
  unit: string;
  parsed: ParsedReport;
  reference: string | undefined;
  covers: string | undefined;
  passages: Passage[];
  indicators: IndicatorFound[];
  /** File names inside progress/: the record and the copy of the source. */
  recordName: string;
  sourceName: string;
  record: RecordText;
  /** The progress file of the report this one supersedes. */
  supersedes: string | undefined;
}

/**
 * How a report names its sender in its own words: "…, Trường THCS Minh Long báo cáo như sau:", else
 * "Trên đây là báo cáo … của Ban nhân dân thôn Làng Ren." Undefined when it does not.
 */
export function selfName(parsed: ParsedReport): string | undefined {
  const opening = parsed.body[0]?.text ?? '';
  const closing = parsed.body.at(-1)?.text ?? '';
  const a = /,\s*([^,]{3,80}?)\s+báo cáo/u.exec(opening)?.[1];
  const b = /^Trên đây là báo cáo.*?\bcủa\s+([^,.]{3,80}?)\s*\.?\/?\.?$/u.exec(closing)?.[1];
  const name = (a ?? b)?.trim();
  return name && /^\p{Lu}/u.test(name) ? name : undefined;
}

const base = (f: string | undefined) => (f ?? '').split(/[\\/]/u).at(-1) ?? '';

/** The period a report says it covers, from its trích yếu: "năm 2025", "6 tháng cuối năm 2025", "quý III năm 2025". */
export function coversFromSubject(subject: string): string | undefined {
  const s = subject.toLocaleLowerCase('vi');
  const roman: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
  let m = /6 tháng (đầu|cuối) năm (\d{4})/u.exec(s);
  if (m) return `${m[2]}-H${m[1] === 'đầu' ? 1 : 2}`;
  m = /quý (iv|iii|ii|i|[1-4]) năm (\d{4})/u.exec(s);
  if (m) return `${m[2]}-Q${roman[m[1]!] ?? Number(m[1])}`;
  m = /tháng (\d{1,2}) năm (\d{4})/u.exec(s);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12) return `${m[2]}-${m[1]!.padStart(2, '0')}`;
  m = /năm (\d{4})/u.exec(s);
  return m ? m[1] : undefined;
}

const samePeriod = (a: string | undefined, b: string | undefined) => {
  if (!a || !b) return false;
  const x = parsePeriod(a);
  const y = parsePeriod(b);
  return x && y ? x.start === y.start && x.end === y.end : a === b;
};

function senderOf(plan: Plan, parsed: ParsedReport, forced: string | undefined): string {
  if (forced !== undefined) {
    if (plan.units.get(forced)) return forced;
    const suggestion = plan.units.suggest(forced);
    throw new UsageError('receiveBadUnit', { id: forced, ...(suggestion ? { suggestion } : {}) });
  }
  const opening = parsed.body[0]?.text ?? '';
  const subjectOfOpening = /,\s*([^,]{3,80}?)\s+báo cáo/u.exec(opening)?.[1];
  const candidates = [
    ...[...parsed.issuer].reverse(),
    ...(subjectOfOpening ? [subjectOfOpening] : []),
    ...parsed.signature,
  ];
  const hit = findUnit(plan, candidates);
  if (hit) return hit.id;
  const label = (id: string) => `${plan.units.name(id)} (${id})`;
  const found = parsed.issuer.at(-1) ?? subjectOfOpening;
  if (!found) throw new UsageError('receiveNoSender', { closest: closestUnits(plan, '', 5).map(label) });
  throw new UsageError('receiveUnknownUnit', { found, closest: closestUnits(plan, found).map(label) });
}

export function receiveReport(
  plan: Plan,
  source: ReportSource,
  existing: readonly ProgressInput[],
  req: ReceiveRequest,
): Received {
  const entries = recordEntries(existing);
  const reports = entries.filter(
    (e): e is RecordEntry & { record: UnitReport } => e.record.kind === 'report',
  );
  const dup = reports.find((e) => e.record.sha256 === req.sha256);
  if (dup) throw new UsageError('receiveDuplicate', { path: req.display, record: dup.file ?? '' });

  const parsed = parseReport(source.paras);
  const type = parsed.type;
  const planLike = type === 'KẾ HOẠCH' || /^KH\b|^KH[-/]|[-/]KH$/u.test(parsed.symbol ?? '');
  if (planLike || (source.hasTaskTable && type !== 'BÁO CÁO'))
    throw new UsageError('receiveIsPlan', { path: req.display });
  const isReport = type === 'BÁO CÁO' || /(^|[-/])BC([-/]|$)/u.test(parsed.symbol ?? '');
  if (!isReport) throw new UsageError('receiveNotReport', { path: req.display, ...(type ? { type } : {}) });

  const unit = senderOf(plan, parsed, req.unit);
  const year = Number((parsed.date ?? req.received).slice(0, 4));
  const passages = assignPassages(plan, unit, parsed.body, { year });
  if (!passages.some((p) => p.place.kind !== 'skipped'))
    throw new UsageError('receiveNoBody', { path: req.display });
  const indicators = findIndicators(plan, passages);
  const covers =
    req.covers ??
    coversFromSubject(parsed.subject) ??
    plan.obligations.find((o) => o.units.includes(unit) && o.duty.covers)?.duty.covers;
  const reference = referenceOf(parsed);

  // A newer report of the same unit for the same period supersedes the older one.
  const same = reports
    .filter((e) => e.record.unit === unit && samePeriod(e.record.covers, covers))
    .filter((e) => !reports.some((x) => base(x.record.supersedes) === base(e.file)));
  const previous = same.at(-1);
  if (previous) {
    const when = (r: UnitReport) => r.date ?? r.received;
    const mine = parsed.date ?? req.received;
    if (mine < when(previous.record))
      throw new UsageError('receiveOlder', { path: req.display, record: previous.file ?? '' });
  }

  const taken = new Set(entries.map((e) => base(e.file)));
  const stem0 = `${req.received}-bao-cao-${slugify(unit)}`;
  let stem = stem0;
  for (let n = 2; taken.has(`${stem}.yaml`) || taken.has(`${stem}.yml`); n++) stem = `${stem0}-${n}`;
  const recordName = `${stem}.yaml`;
  const sourceName = `${stem}${req.ext.toLowerCase() || '.txt'}`;
  const supersedes = previous ? base(previous.file) : undefined;
  const unitName = plan.units.name(unit);
  const sender = plan.units.get(unit)?.kind === 'group' ? selfName(parsed) : undefined;
  const record = receiveRecord(plan, {
    unit,
    received: req.received,
    covers,
    reference,
    parsed,
    passages,
    indicators,
    source: sourceName,
    sender,
    sha256: req.sha256,
    supersedes,
    comment: [
      `Báo cáo của ${unitName}, nhận bằng plan receive từ ${base(req.display)}; tệp gốc: ${sourceName}.`,
      'Mỗi đoạn được xếp vào một nhiệm vụ (task); chuyển đoạn sang nhiệm vụ khác bằng cách sửa "task:".',
    ],
  });
  return {
    unit,
    parsed,
    reference,
    covers,
    passages,
    indicators,
    recordName,
    sourceName,
    record,
    supersedes,
  };
}
