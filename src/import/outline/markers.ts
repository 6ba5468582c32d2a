/** The numbering at the start of a paragraph: "II.", "3.", "3.1.", "a)", "-", "+". */

export type MarkerKind = 'roman' | 'number' | 'decimal' | 'letter' | 'dash' | 'plus';

export interface Marker {
  kind: MarkerKind;
  /** "II", "3", "3.1", "a"; "" for bullets. */
  label: string;
  /** The text after the marker. */
  rest: string;
}

const ROMAN = /^(XX|XIX|XVIII|XVII|XVI|XV|XIV|XIII|XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)$/u;

export function romanValue(s: string): number {
  const v: Record<string, number> = { I: 1, V: 5, X: 10 };
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const a = v[s[i]!] ?? 0;
    const b = v[s[i + 1]!] ?? 0;
    n += a < b ? -a : a;
  }
  return n;
}

export function parseMarker(text: string): Marker | undefined {
  const t = text.trimStart();
  let m = /^([IVX]{1,5})\s*([.)/:–-])\s*(.*)$/su.exec(t);
  // "V. TỔ CHỨC", "II/ NỘI DUNG"; with "-" or ":" only before a heading in capitals ("I - MỤC ĐÍCH").
  // Not "V/v tham gia …" (về việc), whose rest starts in lower case.
  // Nor "V/V HỖ TRỢ …" in capitals.
  const vv = m && m[1] === 'V' && m[2] === '/' && /^V\s/iu.test(m[3]!);
  if (
    m &&
    !vv &&
    ROMAN.test(m[1]!) &&
    (/[.)/]/u.test(m[2]!) || isAllCaps(m[3]!)) &&
    !/^\p{Ll}/u.test(m[3]!)
  ) {
    return { kind: 'roman', label: m[1]!, rest: m[3]!.trim() };
  }
  m = /^(\d{1,3}(?:\.\d{1,3})+)\.?(?:\s+|$)(.*)$/su.exec(t);
  // "12.173 tỷ đồng)." at the start of a wrapped line is a number with a thousands dot, not "12.173.".
  if (m && !(/\.\d{3}(?:\.|$)/u.test(m[1]!) && /^\p{Ll}/u.test(m[2]!)))
    return { kind: 'decimal', label: m[1]!, rest: m[2]!.trim() };
  // "1/ Tăng cường" but not "178/QĐ-TTg" at the start of a wrapped line.
  m = /^(\d{1,3})\s*(?:[.)](?!\d)|\/(?=\s))\s*(.*)$/su.exec(t);
  if (m && Number(m[1]) > 0) return { kind: 'number', label: String(Number(m[1])), rest: m[2]!.trim() };
  m = /^([a-zđ])\s*(?:\)|\.(?=\s))\s*(.*)$/su.exec(t);
  if (m) return { kind: 'letter', label: m[1]!, rest: m[2]!.trim() };
  m = /^[-–—•‐]\s*(.*)$/su.exec(t);
  if (m && !/^[-–—]/u.test(m[1]!)) return { kind: 'dash', label: '', rest: m[1]!.trim() };
  m = /^\+\s*(.*)$/su.exec(t);
  if (m && !/^\d+\s*$/u.test(m[1]!)) return { kind: 'plus', label: '', rest: m[1]!.trim() };
  return undefined;
}

/** A paragraph that is nothing but a marker ("6.", "**1.**"): its text is on the next line. */
export const isMarkerOnly = (text: string): boolean => {
  const m = parseMarker(text);
  return m !== undefined && m.rest === '' && m.kind !== 'dash' && m.kind !== 'plus';
};

/** Text ends a sentence or a clause: the next line starts a new paragraph in unwrapped text. */
export const endsTerminal = (s: string): boolean => /[.:;!?…]["”’')\]*]*\s*$/u.test(s);

const LETTER = /\p{L}/u;
/** Every letter is a capital (titles, headings, issuer names). */
export function isAllCaps(s: string): boolean {
  let letters = 0;
  for (const ch of s) {
    if (!LETTER.test(ch)) continue;
    if (ch !== ch.toLocaleUpperCase('vi')) return false;
    letters++;
  }
  return letters >= 2;
}
