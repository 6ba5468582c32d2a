/**
 * Characters a person cannot see and a plan never means: C0/C1 controls (tab, line feed and carriage
 * return excepted), DEL, zero-width space and a byte-order mark inside the text. Text pasted from
 * Excel or Word brings them along; they are reported once and dropped from the data.
 */
export const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B\uFEFF]/gu;

/** The form every string and key of a plan takes after loading: invisible characters dropped, NFC. */
export const cleanText = (s: string): string => s.replace(INVISIBLE, '').normalize('NFC');

/**
 * Clean every string and key of parsed data (see cleanText), rebuilding objects as plain data. A
 * `__proto__` key is dropped (it is reported by the careful reader), so it never reaches a prototype.
 * Two keys that become equal once cleaned: the later wins, or with `onCollision` the caller decides.
 */
export function cleanData(v: unknown, onCollision?: () => never): unknown {
  if (typeof v === 'string') return cleanText(v);
  if (Array.isArray(v)) return v.map((x) => cleanData(x, onCollision));
  if (v !== null && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, val] of Object.entries(v)) {
      const key = cleanText(k);
      if (key === '__proto__') continue;
      if (onCollision && Object.hasOwn(out, key)) onCollision();
      out[key] = cleanData(val, onCollision);
    }
    return out;
  }
  return v;
}
