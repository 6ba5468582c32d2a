/**
 * The parts every ND30 document shares (Mẫu 1.4 "Văn bản có tên loại"): the header table, the title,
 * the Nơi nhận list and the signature block. The plan (Kế hoạch) and the report (Báo cáo) both build
 * these with the functions below and hand them to the same template partials.
 */
import { doc } from '../i18n/vi/render.js';
import { type IsoDate, vnLongDate, yearOf } from '../model/dates.js';
import { endWith } from './blocks.js';
import { cleanText } from './cleanText.js';

export interface DocHeader {
  /** Cơ quan chủ quản, upright, above the issuer; null when there is none. */
  parent: string | null;
  /** Tên cơ quan ban hành, one entry per printed line (bold, with the short rule under it). */
  issuer: string[];
  /** "Số:      /KH-UBND" while the number is not issued, "Số: 05/KH-UBND" once it is. */
  number: string;
  /** "Minh Long, ngày      tháng      năm 2025" or "Minh Long, ngày 05 tháng 7 năm 2025". */
  placeDate: string;
  nationalTitle: string;
  motto: string;
}

export interface DocTitle {
  /** Tên loại in capitals: "KẾ HOẠCH", "BÁO CÁO". */
  type: string;
  /** Trích yếu, one entry per printed line. */
  lines: string[];
}

export interface DocFooter {
  /** "Nơi nhận:", or "" when the document has no recipients. */
  recipientsLabel: string;
  /** "- CT, PCT UBND xã;" … "- Lưu: VT." — dashes and final punctuation included. */
  recipients: string[];
  /** Quyền hạn and chức vụ lines: "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH". */
  signature: string[];
  /** Họ và tên người ký, or "" to leave it for the signer. */
  signer: string;
}

export interface HeaderInput {
  parent?: string | null | undefined;
  issuerLines: readonly string[];
  /** Document number; empty/null while not issued. */
  number?: string | number | null | undefined;
  /** Ký hiệu, e.g. KH-UBND. */
  symbol: string;
  place?: string | null | undefined;
  /** The signing date; null leaves blanks for the văn thư. */
  date?: IsoDate | null | undefined;
  /** Year printed after the blanks when there is no date. */
  year: number;
}

/** ND30: numbers below 10 take a leading zero ("Số: 05/KH-UBND"). */
export function documentNumber(number: string | number): string {
  const n = String(number).trim();
  return /^[1-9]$/u.test(n) ? `0${n}` : n;
}

export function numberLine(number: string | number | null | undefined, symbol: string): string {
  const n = number === null || number === undefined || String(number).trim() === '' ? null : number;
  return n === null
    ? `${doc.numberLabel}${doc.blank}/${symbol}`
    : `${doc.numberLabel} ${documentNumber(n)}/${symbol}`;
}

/** "Minh Long, ngày 05 tháng 7 năm 2025", or its blank form "Minh Long, ngày      tháng      năm 2025". */
export function placeDateLine(
  place: string | null | undefined,
  date: IsoDate | null | undefined,
  year: number,
) {
  const when = date ? vnLongDate(date) : `${doc.day}${doc.blank}${doc.month}${doc.blank}${doc.year} ${year}`;
  const p = place ? cleanText(place) : '';
  return p ? `${p}, ${when}` : when;
}

export function buildHeader(h: HeaderInput): DocHeader {
  return {
    parent: h.parent ? cleanText(h.parent) : null,
    issuer: h.issuerLines.map(cleanText).filter(Boolean),
    number: numberLine(h.number, cleanText(h.symbol)),
    placeDate: placeDateLine(h.place, h.date, h.date ? yearOf(h.date) : h.year),
    nationalTitle: doc.nationalTitle,
    motto: doc.motto,
  };
}

export function buildTitle(type: string, lines: readonly string[]): DocTitle {
  return { type: doc.typeNames[type] ?? type.toLocaleUpperCase('vi'), lines: lines.map(cleanText) };
}

export interface FooterInput {
  recipients?: { items: readonly string[]; archive: string } | undefined;
  signature?: { authority?: string; delegation?: string; title: string; name?: string | null } | undefined;
}

/** Nơi nhận items "- …;" and the last "- Lưu: VT."; the signature lines in order. */
export function buildFooter(f: FooterInput): DocFooter {
  const recipients = f.recipients
    ? [
        ...f.recipients.items
          .map((i) => cleanText(i).replace(/^[-–+]\s*/u, ''))
          .filter(Boolean)
          .map((i) => `- ${endWith(i, ';')}`),
        `- ${doc.archiveLabel} ${endWith(cleanText(f.recipients.archive).replace(/^Lưu:\s*/u, ''), '.')}`,
      ]
    : [];
  const s = f.signature;
  return {
    recipientsLabel: f.recipients ? doc.recipientsLabel : '',
    recipients,
    signature: s ? [s.authority, s.delegation, s.title].filter((x): x is string => !!x).map(cleanText) : [],
    signer: s?.name ? cleanText(s.name) : '',
  };
}
