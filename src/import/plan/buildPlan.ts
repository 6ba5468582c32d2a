/**
 * A read document into a plan: head, trích yếu, legal basis and opening, the Roman sections, the closing
 * paragraph, "Nơi nhận" and the signature, and an appendix task table. Pure: the same blocks and `asOf`
 * always give the same plan and remarks.
 */
import { UsageError } from '../../errors.js';
import type { IsoDate } from '../../model/dates.js';
import type { PlanFile } from '../../model/types.js';
import type { BuildContext } from '../draft/buildContext.js';
import { type DraftPlan, resolvePlan } from '../draft/draft.js';
import { type Remark, Remarks } from '../draft/review.js';
import { readAppendix } from '../outline/appendix.js';
import { basisOf } from '../outline/basis.js';
import { buildSections, takeClosing } from '../outline/body.js';
import { parseFooter } from '../outline/footer.js';
import { isFooterStart, readFront } from '../outline/front.js';
import { type IssuerName, issuerFromText, issuerName } from '../outline/header.js';
import { isAllCaps } from '../outline/markers.js';
import { type OutlineSection, outline } from '../outline/outline.js';
import { type Block, isPara, type SourceDoc } from '../source/blocks.js';
import { plausibleYear } from '../tasks/timeframe.js';
import { planId, subjectOf, yearIn } from '../units/naming.js';
import { UnitBook } from '../units/unitBook.js';
import { lostLines, stringsOf } from './lostLines.js';
import { inferPeriod } from './planPeriod.js';

export interface ImportOptions {
  /** Today, for a document that gives no year at all. */
  asOf: IsoDate;
  /** The plan id; derived from the place and period when absent. */
  id?: string;
}

export interface ImportResult {
  plan: PlanFile;
  remarks: Remark[];
}

export function buildPlan(doc: SourceDoc, opts: ImportOptions): ImportResult {
  const remarks = new Remarks();
  if (doc.skipped) remarks.add('skipped', doc.skipped.from, undefined, doc.skipped);
  const blocks = doc.blocks;
  const paras = blocks.filter(isPara);
  if (paras.length === 0 && !blocks.some((b) => b.kind === 'table')) throw new UsageError('importEmpty', {});

  const front = readFront(blocks);
  const { header } = front;
  for (const p of header.other) remarks.add('headerSkipped', p.line, ['document'], { text: p.text });
  let footerAt = blocks.findIndex((b, k) => k >= front.bodyStart && isPara(b) && isFooterStart(b.text));
  if (footerAt === -1) footerAt = blocks.length;
  const body = blocks.slice(front.bodyStart, footerAt);
  const { footer: footerParas, appendix } = readAppendix(blocks.slice(footerAt));

  // Text in normal case, where a capitalised name can be found as the document writes it.
  const bodyText = paras
    .filter((p) => !isAllCaps(p.text))
    .map((p) => p.text)
    .join('\n');
  const introText = [...front.basisParas, ...front.introParas].map((p) => p.text).join(' ');

  // The issuer, from the head or, when the document has none, from "UBND xã … ban hành …".
  let issuer: IssuerName | undefined;
  if (header.issuerLines.length) issuer = issuerName(header.issuerLines, header.place, bodyText);
  else {
    issuer = issuerFromText(introText) ?? issuerFromText(bodyText);
    if (issuer) remarks.add('issuerGuessed', 0, ['issuer'], { name: issuer.name });
    else remarks.add('issuerMissing', 0, ['issuer'], {});
  }
  const place = header.place ?? issuer?.place;
  // Unit names drop the issuer's own place ("Trung tâm Y tế Minh Long" is this commune's).
  const home = issuer?.place ?? header.place;
  const book = new UnitBook({
    ...(issuer?.level ? { level: issuer.level } : {}),
    ...(home ? { place: home } : {}),
  });
  const issuerRef = issuer
    ? book.declare(
        issuer.short ?? issuer.name,
        issuer.name,
        issuer.short,
        issuer.authority ? 'authority' : 'agency',
      )
    : book.declare('Cơ quan ban hành', 'Cơ quan ban hành', undefined, 'authority');
  if (issuer?.level && issuer.authority) {
    // "UBND xã", "Ủy ban nhân dân tỉnh": how the body names the issuer.
    book.mention(`UBND ${issuer.level}`, { cited: true });
    book.mention(`Ủy ban nhân dân ${issuer.level}`, { cited: true });
  }

  // Trích yếu: its own lines when the source has them, one line when they were only wrapping.
  const titleParas = front.titleParas;
  const titleText = titleParas.map((p) => p.text).join(' ');
  let title: string | string[] = titleParas.length === 1 ? titleText : titleParas.map((p) => p.text);
  if (titleParas.length === 0) {
    title = 'Kế hoạch';
    remarks.add('titleMissing', front.typePara?.line ?? 0, ['document', 'title'], {});
  } else if (!doc.wrapped && titleParas.length === 1 && titleParas[0]!.lines.length > 1) {
    title = titleParas[0]!.lines;
  }

  const year = [header.year, yearIn(titleText), yearIn(introText), yearIn(bodyText)].find(
    (y): y is number => y !== undefined && plausibleYear(y),
  );
  const ctx: BuildContext = {
    book,
    remarks,
    year: year ?? Number(opts.asOf.slice(0, 4)),
    dates: [],
    taskIds: new Set(),
  };

  const { basis, intro } = basisOf(front.basisParas, book, remarks);
  intro.push(...front.introParas.map((p) => p.text));
  const closing = takeClosing(body);
  const sections = buildSections(body, ctx, appendix, intro);

  const footer = parseFooter(footerParas);
  for (const p of footer.other)
    remarks.add('unplaced', p.line, closing ? ['closing'] : ['recipients'], { text: p.text });
  if (!footer.recipients) remarks.add('recipientsMissing', 0, ['recipients'], {});
  else if (footer.noArchive) remarks.add('archiveMissing', 0, ['recipients', 'archive'], {});
  if (!footer.signature) remarks.add('signatureMissing', 0, ['signature'], {});
  const closingParas = [...(closing ? [closing] : []), ...footer.other.map((p) => p.text)];

  const period = inferPeriod(
    {
      title: titleText,
      ...(header.date !== undefined ? { date: header.date } : {}),
      ...(header.year ? { year: header.year } : {}),
      dates: ctx.dates,
      asOf: opts.asOf,
    },
    remarks,
  );

  // The symbol says the type when the heading could not ("KH-UBND" under a heading that was lost).
  const symbolType = header.symbol?.split('-')[0];
  const type = (['KH', 'CTr', 'PA', 'ĐA'] as const).find((t) => t === symbolType) ?? front.type;
  const symbol = header.symbol ?? (issuer?.authority ? `${type}-UBND` : undefined);
  if (header.number === undefined || header.number === null)
    remarks.add('numberBlank', 0, ['document', 'number'], {});
  if (!header.date) remarks.add('dateBlank', 0, ['document', 'date'], {});

  const draft: DraftPlan = {
    version: 1,
    id: opts.id ?? planId(place, period),
    document: {
      type,
      number: header.number ?? null,
      ...(symbol?.startsWith(`${type}-`) ? { symbol } : {}),
      date: header.date ?? null,
      ...(place ? { place } : {}),
      title,
      subject: subjectOf(titleText, bodyText),
    },
    issuer: {
      unit: issuerRef,
      ...(header.parent ? { parent: header.parent } : {}),
      ...(issuer ? { lines: issuer.lines } : {}),
    },
    period,
    ...(basis ? { basis } : {}),
    ...(intro.length ? { intro: intro.length === 1 ? intro[0]! : intro } : {}),
    sections,
    ...(closingParas.length ? { closing: closingParas.length === 1 ? closingParas[0]! : closingParas } : {}),
    recipients: footer.recipients ?? { items: [], archive: 'VT' },
    signature: footer.signature ?? {
      ...(issuer?.authority ? { authority: 'TM. ỦY BAN NHÂN DÂN', delegation: 'KT. CHỦ TỊCH' } : {}),
      title: issuer?.authority ? 'PHÓ CHỦ TỊCH' : 'THỦ TRƯỞNG CƠ QUAN',
      name: null,
    },
  };
  keepLost(draft, blocks, front.bodyStart, footerAt, outline(body).sections, remarks);
  return { plan: resolvePlan(draft, book), remarks: remarks.items };
}

/**
 * Lines the builders did not turn into the plan go back in as text where they stood: before the body
 * into the opening, in the body into the section they were under, after "Nơi nhận" into the closing.
 */
function keepLost(
  draft: DraftPlan,
  blocks: readonly Block[],
  bodyStart: number,
  footerAt: number,
  outlined: readonly OutlineSection[],
  remarks: Remarks,
): void {
  const lost = lostLines(blocks, stringsOf(draft));
  if (!lost.length) return;
  const lineAt = (k: number) => {
    const b = blocks[k];
    return b ? b.line : Number.POSITIVE_INFINITY;
  };
  const bodyLine = lineAt(bodyStart);
  const footerLine = lineAt(footerAt);
  const starts = outlined.map((s) => s.para.line);
  const add = (list: string | string[] | undefined, text: string): string[] => [
    ...(list === undefined ? [] : Array.isArray(list) ? list : [list]),
    text,
  ];
  for (const l of lost) {
    if (l.line < bodyLine) {
      draft.intro = add(draft.intro, l.text);
      remarks.add('lost', l.line, ['intro'], { text: l.text, end: l.end });
    } else if (l.line >= footerLine) {
      draft.closing = add(draft.closing, l.text);
      remarks.add('lost', l.line, ['closing'], { text: l.text, end: l.end });
    } else {
      let si = 0;
      starts.forEach((st, i) => {
        if (st <= l.line) si = i;
      });
      si = Math.min(si, draft.sections.length - 1);
      const section = draft.sections[si]!;
      section.after = add(section.after, l.text);
      remarks.add('lost', l.line, ['sections', si, 'after'], { text: l.text, end: l.end });
    }
  }
}
