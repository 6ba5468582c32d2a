import { cleanText } from '../document/cleanText.js';
import type { Plan } from '../model/plan.js';

/** "Triển khai thực hiện …" → "triển khai thực hiện …", but "UBND …" stays as it is. */
export function lowerFirst(s: string): string {
  const first = s.split(/\s/u)[0] ?? '';
  if (first.length > 1 && first[1] === first[1]!.toLocaleUpperCase('vi') && /\p{L}/u.test(first[1]!))
    return s;
  return s ? s[0]!.toLocaleLowerCase('vi') + s.slice(1) : s;
}

/**
 * The plan's title as a phrase inside a sentence ("… về triển khai thực hiện công tác trẻ em …"). A
 * title written in capitals is put in lower case, except document symbols ("1899/QĐ-TTG"), the place
 * and the names the unit registry spells with capitals, and a quotation's first letter.
 */
export function titlePhrase(plan: Plan): string {
  const t = cleanText(plan.title).replace(/[.;:,\s]+$/u, '');
  if (/\p{Ll}/u.test(t) || !/\p{Lu}/u.test(t)) return lowerFirst(t);
  let out = t
    .split(' ')
    .map((w) => (/[\d/]|\p{L}-\p{L}/u.test(w) ? w : w.toLocaleLowerCase('vi')))
    .join(' ')
    .replace(/([“"‘'(])(\p{Ll})/gu, (_, q: string, c: string) => q + c.toLocaleUpperCase('vi'));
  const names = [
    plan.file.document.place ?? '',
    ...[...plan.units.byId.keys()].flatMap((id) => plan.units.forms(id)),
  ]
    .map(cleanText)
    .filter((n) => n.length > 2 && /\p{Lu}/u.test(n))
    .sort((a, b) => b.length - a.length);
  for (const name of names) {
    const key = name.toLocaleLowerCase('vi');
    let at = out.indexOf(key);
    while (at >= 0) {
      out = out.slice(0, at) + name + out.slice(at + key.length);
      at = out.indexOf(key, at + name.length);
    }
  }
  return out;
}
