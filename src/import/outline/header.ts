/**
 * The document's head: issuing body (and its parent), "Số: 7360/KH-UBND", "Lai Châu, ngày 19 tháng 11
 * năm 2025", the Quốc hiệu (skipped), then the document type ("KẾ HOẠCH") and the trích yếu.
 */
import type { IsoDate } from '../../model/dates.js';
import { nameKey } from '../../util/text.js';
import type { Para } from '../source/blocks.js';
import { lower } from '../source/fold.js';
import { findDate } from '../tasks/vnDates.js';
import { isAllCaps } from './markers.js';

export type DocType = 'KH' | 'CTr' | 'PA' | 'ĐA';

const TYPES: [RegExp, DocType][] = [
  [/^kế hoạch$/u, 'KH'],
  [/^chương trình(?: hành động| công tác)?$/u, 'CTr'],
  [/^phương án$/u, 'PA'],
  [/^đề án$/u, 'ĐA'],
];

export function docTypeOf(p: Para): DocType | undefined {
  if (!isAllCaps(p.text)) return undefined;
  const k = lower(p.text).replace(/[.:]$/u, '');
  return TYPES.find(([re]) => re.test(k))?.[1];
}

export interface Header {
  issuerLines: string[];
  parent?: string;
  /** undefined: no "Số:" line; null: the number is left blank for the văn thư. */
  number?: string | null;
  symbol?: string;
  place?: string;
  date?: IsoDate | null;
  year?: number;
  line: number;
  /** Lines of the head that are none of these ("DỰ THẢO", a stray note), for review. */
  other: Para[];
}

const LEVELS = ['THÀNH PHỐ', 'THỊ XÃ', 'THỊ TRẤN', 'ĐẶC KHU', 'TỈNH', 'HUYỆN', 'QUẬN', 'XÃ', 'PHƯỜNG'];
const LEVEL_RE = new RegExp(`^(${LEVELS.join('|')})\\s+(\\S.*)$`, 'u');
const BODY_RE = /^(ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND|HỘI ĐỒNG NHÂN DÂN|HĐND)\s+(\S.*)$/u;

export function parseHeader(paras: readonly Para[]): Header {
  const out: Header = { issuerLines: [], line: paras[0]?.line ?? 1, other: [] };
  const lines: string[] = [];
  for (let i = 0; i < paras.length; i++) {
    const p = paras[i]!;
    let t = p.text.trim();
    const k = lower(t);
    if (/^cộng hòa xã hội chủ nghĩa việt nam$|^độc lập\s*-\s*tự do\s*-\s*hạnh phúc$/u.test(k)) continue;
    if (/^cộng hòa xã hội/u.test(k) || /^độc lập/u.test(k)) continue;
    if (/^số\s*[:.]?/iu.test(t) && /\//u.test(t + (paras[i + 1]?.text ?? ''))) {
      // "Số:" and "7360/KH-UBND" may sit on two lines.
      if (!/\//u.test(t) && paras[i + 1]) t = `${t} ${paras[++i]!.text}`;
      const m = /^số\s*[:.]?\s*([0-9]*)\s*\/\s*([A-ZĐ][A-Za-zĐđ0-9&-]*)/iu.exec(t);
      if (m) {
        out.number = m[1] ? m[1] : null;
        out.symbol = m[2]!.replace(/-+$/u, '');
      }
      continue;
    }
    const dated = /^(.{2,60}?),\s*ngày\b(.*)$/u.exec(t);
    if (dated) {
      out.place = dated[1]!.trim();
      const f = findDate(dated[2]!.trim());
      out.date = f?.date && f.year ? f.date : null;
      const y = /năm\s+(\d{4})|\/(\d{4})/u.exec(dated[2]!);
      out.year = f?.year ?? (y ? Number(y[1] ?? y[2]) : undefined);
      continue;
    }
    if (isAllCaps(t)) lines.push(t);
    else out.other.push(p);
  }
  // "UBND HUYỆN SƠN TÂY" over "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO": the first is the parent body.
  let own = lines;
  if (lines.length >= 2 && isCompleteBody(lines[0]!) && !LEVEL_RE.test(lines[1]!)) {
    out.parent = lines[0]!;
    own = lines.slice(1);
  }
  // "ỦY BAN NHÂN DÂN TỈNH LAI CHÂU" joined on one line: two header lines.
  out.issuerLines = own.flatMap((l) => {
    const m = BODY_RE.exec(l);
    return m && LEVEL_RE.test(m[2]!) ? [m[1]!, m[2]!] : [l];
  });
  return out;
}

/** "UBND TỈNH HÀ TĨNH", "ỦY BAN NHÂN DÂN HUYỆN X": a body named in full, so a parent when a line follows. */
const isCompleteBody = (l: string) => {
  const m = BODY_RE.exec(l);
  return (m !== null && LEVEL_RE.test(m[2]!)) || /^(BỘ|TỈNH ỦY|THÀNH ỦY|HUYỆN ỦY)\s/u.test(l);
};

export interface IssuerName {
  name: string;
  short?: string;
  /** "xã", "tỉnh", "thành phố". */
  level?: string;
  place?: string;
  lines: string[];
  authority: boolean;
}

/** The issuer's official name from its header lines, in normal case: "Ủy ban nhân dân tỉnh Lai Châu". */
export function issuerName(lines: readonly string[], place: string | undefined, body: string): IssuerName {
  const joined = lines.join(' ').replace(/\s+/gu, ' ').trim();
  const m = BODY_RE.exec(joined);
  const lv = m ? LEVEL_RE.exec(m[2]!) : null;
  if (m && lv) {
    const kind = /^(HỘI ĐỒNG|HĐND)/u.test(m[1]!) ? 'Hội đồng nhân dân' : 'Ủy ban nhân dân';
    const abbr = kind === 'Ủy ban nhân dân' ? 'UBND' : 'HĐND';
    let level = lv[1]!.toLocaleLowerCase('vi');
    let where = place && nameKey(place) === nameKey(lv[2]!) ? place : titleCase(lv[2]!);
    // "Thành phố Hồ Chí Minh, ngày …": the place line writes the level as part of the name.
    if (place && nameKey(place) === nameKey(`${lv[1]} ${lv[2]}`)) {
      level = place.slice(0, lv[1]!.length);
      where = place.slice(lv[1]!.length).trim();
    }
    return {
      name: `${kind} ${level} ${where}`,
      short: `${abbr} ${level} ${where}`,
      level,
      place: where,
      lines: [...lines],
      authority: kind === 'Ủy ban nhân dân',
    };
  }
  return {
    name: naturalCase(joined, body),
    lines: [...lines],
    authority: false,
    ...(place ? { place } : {}),
  };
}

/** The issuer named in the body when the document has no header: "UBND xã Minh Long ban hành …". */
export function issuerFromText(text: string): IssuerName | undefined {
  const levels = 'xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh|đặc khu';
  const name = `(UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\\s+(${levels})\\s+((?:\\p{Lu}[\\p{Ll}\\p{M}]*\\s?){1,4})`;
  // The body that issues the plan says so ("UBND xã Minh Long ban hành Kế hoạch"); any other is a guess.
  const m = new RegExp(`${name}\\s*ban hành`, 'u').exec(text) ?? new RegExp(name, 'u').exec(text);
  if (!m) return undefined;
  const place = m[3]!.trim();
  const level = m[2]!;
  return {
    name: `Ủy ban nhân dân ${level} ${place}`,
    short: `UBND ${level} ${place}`,
    level,
    place,
    lines: ['ỦY BAN NHÂN DÂN', `${level} ${place}`.toLocaleUpperCase('vi')],
    authority: true,
  };
}

export const titleCase = (s: string): string =>
  s
    .toLocaleLowerCase('vi')
    .split(' ')
    .map((w) => (w ? w[0]!.toLocaleUpperCase('vi') + w.slice(1) : w))
    .join(' ');

/**
 * A capitalised phrase in the case the document uses elsewhere ("SỞ GIÁO DỤC VÀ ĐÀO TẠO" → "Sở Giáo dục
 * và Đào tạo" when the body says so), or in sentence case.
 */
export function naturalCase(caps: string, body: string): string {
  const lower = caps.toLocaleLowerCase('vi');
  const at = body.toLocaleLowerCase('vi').indexOf(lower);
  if (at !== -1 && body.slice(at, at + caps.length).toLocaleLowerCase('vi') === lower) {
    const found = body.slice(at, at + caps.length);
    return found[0]!.toLocaleUpperCase('vi') + found.slice(1);
  }
  const restored = restoreCase(caps, body);
  return restored[0]!.toLocaleUpperCase('vi') + restored.slice(1);
}

/**
 * Capitals back to the document's own case, word by word, from how the body writes each word
 * ("QUYẾT ĐỊNH SỐ 1899/QĐ-TTG" → "Quyết định số 1899/QĐ-TTg"); unknown words in lower case.
 */
export function restoreCase(caps: string, body: string): string {
  const seen = new Map<string, string>();
  for (const w of body.split(/[\s,;.:()“”"]+/u)) {
    const k = w.toLocaleLowerCase('vi');
    if (w && !seen.has(k)) seen.set(k, w);
  }
  return caps
    .split(/(\s+)/u)
    .map((w) => {
      if (/^\s+$/u.test(w)) return w;
      const core = /^([“"(]*)(.*?)([,;.:)”"]*)$/u.exec(w)!;
      const k = core[2]!.toLocaleLowerCase('vi');
      return `${core[1]}${seen.get(k) ?? k}${core[3]}`;
    })
    .join('');
}
