/** Text helpers shared by the loader, the checks and the renderers. */

/** Collapse runs of whitespace (including line breaks) to one space and trim. */
export const foldSpace = (s: string): string => s.replace(/\s+/gu, ' ').trim();

/**
 * A key for comparing Vietnamese names: NFC, lower case, whitespace folded, and the two spellings of
 * "Ủy"/"Uỷ" (and "Thuỷ"/"Thủy", "Hoà"/"Hòa" style tone placement) made equal.
 *
 * toLowerCase, not toLocaleLowerCase('vi'): Unicode's language-specific lower-casing (SpecialCasing)
 * exists only for Lithuanian, Turkish and Azeri, so for Vietnamese both give the same letters, and the
 * locale form asks ICU on every call. One pass moves the tone mark of "oà"/"uỷ"-style pairs (ten
 * replacements did it in turn: none can make a match for another). Bulk validation makes this key for
 * every unit form of every plan (test/text.namekey.test.ts compares it with the earlier form).
 */
export function nameKey(s: string): string {
  let k = foldSpace(s.normalize('NFC').toLowerCase());
  if (TONE_PAIR.test(k)) k = k.replace(TONE_PAIRS, (pair) => TONE_MOVED[pair]!);
  return k.includes(',') || k.includes(';') ? k.replace(/\s*([,;])\s*/gu, '$1 ').trim() : k;
}

/** "oà" → "òa", "uỷ" → "ủy": the mark on the first vowel, as the older spelling has it. */
const TONE_MOVED: Record<string, string> = {
  oà: 'òa',
  oá: 'óa',
  oả: 'ỏa',
  oã: 'õa',
  oạ: 'ọa',
  uỷ: 'ủy',
  uý: 'úy',
  uỳ: 'ùy',
  uỹ: 'ũy',
  uỵ: 'ụy',
};
const TONE_PAIR = /o[àáảãạ]|u[ỷýỳỹỵ]/u;
const TONE_PAIRS = new RegExp(TONE_PAIR.source, 'gu');

/** Remove C0 control characters except tab, line feed and carriage return (Excel pastes carry them). */
export const stripControl = (s: string): string =>
  s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/gu, '');

/** Vietnamese letters to lower-case ASCII: "Công an Xã" → "cong an xa". */
export const asciiLower = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/gu, '')
    .replace(/[đĐ]/gu, 'd')
    .toLowerCase();

/** Vietnamese letters to ASCII, for ids: "Công an xã" → "cong-an-xa". */
export function slugify(s: string): string {
  return asciiLower(s)
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
}

/** Edit distance, for "did you mean" hints. Small inputs only. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const prev = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}

/** The closest candidate to `wanted`, if it is close enough to be a plausible typo. */
export function closest(wanted: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestScore = Number.POSITIVE_INFINITY;
  const w = wanted.toLowerCase();
  for (const c of candidates) {
    const cl = c.toLowerCase();
    let score = editDistance(w, cl);
    if (cl.startsWith(w) || w.startsWith(cl) || cl.includes(w)) score = Math.min(score, 1);
    if (score < bestScore) {
      bestScore = score;
      best = c;
    }
  }
  if (best === undefined) return undefined;
  return bestScore <= Math.max(2, Math.floor(wanted.length / 3)) ? best : undefined;
}

/** Upper-case the first letter only. */
export const capitalizeFirst = (s: string): string => (s ? s[0]!.toLocaleUpperCase('vi') + s.slice(1) : s);

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

/** Half of a surrogate pair (half an emoji) cannot be written as UTF-8: it becomes U+FFFD. */
export const wellFormed = (s: string): string => s.replace(LONE_SURROGATE, '\uFFFD');

/** A copy of a view model (plain data) with `f` applied to every string in it. */
export function mapStrings<T>(value: T, f: (s: string) => string): T {
  if (typeof value === 'string') return f(value) as T;
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, f)) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = mapStrings(v, f);
    return out as T;
  }
  return value;
}

/** `wellFormed` on every string of a view model, so no document gets bytes that are not UTF-8. */
export const wellFormedDeep = <T>(value: T): T => mapStrings(value, wellFormed);
