/**
 * Characters a person cannot see and a plan never means: C0/C1 controls (tab, line feed and carriage
 * return excepted), DEL, zero-width space and a byte-order mark inside the text. Text pasted from
 * Excel or Word brings them along; they are reported once and dropped from the data.
 */
export const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B\uFEFF]/gu;

/**
 * Half of a character: a UTF-16 surrogate without its pair (with the u flag, a proper pair is one code
 * point and does not match). Only a `"\uD83D"` escape can bring one in; it cannot be written as UTF-8.
 */
export const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

/**
 * The form every string and key of a plan takes after loading: invisible characters dropped, NFC, and
 * a lone surrogate (reported as an error by the careful reader) made U+FFFD, so no output can be
 * invalid UTF-8.
 */
export const cleanText = (s: string): string =>
  (LONE_SURROGATE.test(s) ? s.replace(/[\uD800-\uDFFF]/gu, '\uFFFD') : s)
    .replace(INVISIBLE, '')
    .normalize('NFC');

/** Data that contains itself: a YAML alias inside the node its anchor names (`a: &x [1, *x]`). */
export class CircularData extends Error {}

/**
 * Clean every string and key of parsed data (see cleanText), rebuilding objects as plain data. A
 * `__proto__` key is dropped (it is reported by the careful reader), so it never reaches a prototype.
 * Two keys that become equal once cleaned: the later wins, or with `onCollision` the caller decides.
 * Data that contains itself throws CircularData instead of recursing forever.
 */
export function cleanData(v: unknown, onCollision?: () => never, ancestors = new Set<object>()): unknown {
  if (typeof v === 'string') return cleanText(v);
  if (v === null || typeof v !== 'object') return v;
  if (ancestors.has(v)) throw new CircularData();
  ancestors.add(v);
  let out: unknown;
  if (Array.isArray(v)) out = v.map((x) => cleanData(x, onCollision, ancestors));
  else {
    const o: Record<string, unknown> = {};
    for (const [k, val] of Object.entries(v)) {
      const key = cleanText(k);
      if (key === '__proto__') continue;
      if (onCollision && Object.hasOwn(o, key)) onCollision();
      o[key] = cleanData(val, onCollision, ancestors);
    }
    out = o;
  }
  ancestors.delete(v);
  return out;
}
