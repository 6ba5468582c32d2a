/**
 * A unit's report as units write them, read from its paragraphs: the header (issuing body lines,
 * "Số: 15/BC-CAX" or party-style "Số: 08-BC/ĐTN", "Minh Long, ngày 10 tháng 11 năm 2025"), the title
 * "BÁO CÁO" and its trích yếu, "Kính gửi:", the body up to "./." or "Nơi nhận:", and the signature.
 * Pure: no file access.
 */
import { type IsoDate, vnDate } from '../model/dates.js';
import { foldSpace } from '../util/text.js';
import { fold } from './fold.js';

export interface SourcePara {
  text: string;
  /** Line (.txt, .md) or paragraph number (.docx) in the source. */
  line: number;
}

export interface ParsedReport {
  /** The issuing body, line by line ("CÔNG AN TỈNH QUẢNG NGÃI", "CÔNG AN XÃ MINH LONG"). */
  issuer: string[];
  /** "15/BC-CAX", "08-BC/ĐTN", or null. */
  number: string | null;
  /** "BC-CAX", "BC/ĐTN". */
  symbol: string | null;
  place: string | null;
  date: IsoDate | null;
  /** The title word found ("BÁO CÁO", "KẾ HOẠCH", …), or null. */
  type: string | null;
  /** The trích yếu: "Kết quả thực hiện công tác trẻ em năm 2025". */
  subject: string;
  to: string | null;
  body: SourcePara[];
  /** The signature block: the signer's title lines and name. */
  signature: string[];
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Quốc hiệu, Tiêu ngữ, party headers and rules: not the issuer. */
function isNational(t: string): boolean {
  const f = fold(t);
  return (
    /^cong hoa xa hoi chu nghia viet nam/u.test(f) ||
    /^doc lap tu do hanh phuc/u.test(f) ||
    f === 'dang cong san viet nam' ||
    /^[-_*=~.\s]*$/u.test(t)
  );
}

const isCaps = (t: string) => /\p{Lu}/u.test(t) && !/\p{Ll}/u.test(t);

const NUMBER = /^Số\s*[:.]?\s*([0-9]*\s*[-/]\s*[A-ZĐ0-9][A-Za-zĐđ0-9/-]*|[0-9]+)/u;
const PLACE_DATE =
  /(?:^|\s)([\p{L} .'-]{2,40}?)\s*,\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/iu;
const TYPES = ['BÁO CÁO', 'KẾ HOẠCH', 'QUYẾT ĐỊNH', 'CÔNG VĂN', 'THÔNG BÁO', 'TỜ TRÌNH', 'CHƯƠNG TRÌNH'];

/** Split a line written as two columns in plain text ("CÔNG AN XÃ      CỘNG HÒA …"). */
function columns(p: SourcePara): SourcePara[] {
  return p.text
    .split(/\t+|\s{3,}|\s\|\s/u)
    .map((t) => t.replace(/^\|+|\|+$/gu, '').trim())
    .filter(Boolean)
    .map((text) => ({ text, line: p.line }));
}

export function parseReport(paras: readonly SourcePara[]): ParsedReport {
  const out: ParsedReport = {
    issuer: [],
    number: null,
    symbol: null,
    place: null,
    date: null,
    type: null,
    subject: '',
    to: null,
    body: [],
    signature: [],
  };
  // The title: the first paragraph that is a document type word alone, in the first 25 paragraphs.
  const typeAt = paras.findIndex(
    (p, i) =>
      i < 25 && TYPES.includes(p.text.replace(/\*+/gu, '').trim().toLocaleUpperCase('vi')) && isCaps(p.text),
  );
  const headEnd = typeAt >= 0 ? typeAt : Math.min(paras.length, 12);
  for (const p of paras.slice(0, headEnd).flatMap(columns)) {
    const t = p.text.replace(/\*+/gu, '').trim();
    const n = NUMBER.exec(t);
    if (n) {
      out.number = n[1]!.replace(/\s+/gu, '');
      const sym = out.number.replace(/^[0-9]+\s*/u, '').replace(/^[-/]/u, '');
      out.symbol = sym || null;
      continue;
    }
    const d = PLACE_DATE.exec(t);
    if (d) {
      out.place = d[1]!.trim();
      out.date = `${d[4]}-${pad(Number(d[3]))}-${pad(Number(d[2]))}` as IsoDate;
      continue;
    }
    if (isNational(t)) continue;
    if (isCaps(t) && out.number === null) out.issuer.push(t);
  }
  let i = headEnd;
  if (typeAt >= 0) {
    out.type = paras[typeAt]!.text.replace(/\*+/gu, '').trim().toLocaleUpperCase('vi');
    i = typeAt + 1;
    const subject: string[] = [];
    while (i < paras.length && subject.length < 4) {
      const t = paras[i]!.text.trim();
      if (/^kính gửi/iu.test(t) || /^[-_*=~.\s]+$/u.test(t)) break;
      // A body paragraph ends the trích yếu: long, or it starts as body text does.
      if (/^(thực hiện|căn cứ|theo|nhằm)\s/iu.test(t) || t.length > 200) break;
      subject.push(t.replace(/^\(|\)$/gu, ''));
      i++;
    }
    out.subject = foldSpace(subject.join(' '));
  }
  while (i < paras.length && /^[-_*=~.\s]+$/u.test(paras[i]!.text)) i++;
  const kg = paras.findIndex((p, k) => k >= i && k < i + 4 && /^kính gửi/iu.test(p.text.trim()));
  if (kg >= 0) {
    const to = [paras[kg]!.text.replace(/^kính gửi\s*[:.]?\s*/iu, '').trim()];
    i = kg + 1;
    while (
      i < paras.length &&
      /^[-–+]\s/u.test(paras[i]!.text.trim()) &&
      to.length < 8 &&
      /[;.]$/u.test(to.at(-1)!)
    ) {
      to.push(paras[i]!.text.trim());
      i++;
    }
    out.to =
      to
        .filter(Boolean)
        .join(' ')
        .replace(/^[-–]\s*/u, '')
        .replace(/[.;]\s*$/u, '') || null;
  }
  // The body: up to "./." (that paragraph included) or "Nơi nhận:", whichever comes first.
  for (; i < paras.length; i++) {
    const t = paras[i]!.text.trim();
    if (/^(\*|_)*nơi nhận/iu.test(t)) break;
    const end = /\.\/\.\s*$/u.test(t);
    const text = t.replace(/\s*\.\/\.\s*$/u, '.');
    if (text) out.body.push({ text, line: paras[i]!.line });
    if (end) {
      i++;
      break;
    }
  }
  // The signature: what follows, less the Nơi nhận list and "(Đã ký)".
  for (; i < paras.length; i++) {
    const t = paras[i]!.text.replace(/\*+/gu, '').trim();
    if (
      !t ||
      /^nơi nhận/iu.test(t) ||
      /^[-–+]\s/u.test(t) ||
      /^\(?(đã ký|ký|ký tên|ký, ghi rõ họ tên)[^)]*\)?$/iu.test(t)
    )
      continue;
    out.signature.push(t);
  }
  return out;
}

/** The reference as the progress record keeps it: "Báo cáo số 15/BC-CAX ngày 10/11/2025". */
export function referenceOf(p: ParsedReport): string | undefined {
  if (!p.number || /^[-/]/u.test(p.number) || !/^\d/u.test(p.number)) return undefined;
  const date = p.date ? ` ngày ${vnDate(p.date)}` : '';
  return `Báo cáo số ${p.number}${date}`;
}
