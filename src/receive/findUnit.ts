/**
 * Which unit of the plan's registry sent a report: its issuing body lines (the last, most specific,
 * first), then its signature, matched against every unit's name, short name and aliases with
 * diacritics and case folded, the commune's own place name and the usual organisation words
 * ("BCH", "TNCS Hồ Chí Minh") set aside.
 */
import type { Plan } from '../model/plan.js';
import { foldSpace } from '../util/text.js';
import { fold } from './fold.js';

export interface UnitMatch {
  id: string;
  /** The words of the report that named it. */
  found: string;
}

/** Organisation words that differ between a letterhead and a registry name. */
const SYNONYMS: [RegExp, string][] = [
  [/\b(ban chap hanh|bch)\b/gu, ''],
  [/\bdoan tncs ho chi minh\b/gu, 'doan thanh nien'],
  [/\bdoan thanh nien cong san ho chi minh\b/gu, 'doan thanh nien'],
  [/\bdoan xa\b/gu, 'doan thanh nien xa'],
  [/\buy ban nhan dan\b/gu, 'ubnd'],
  [/\buy ban mat tran to quoc viet nam\b/gu, 'ubmttqvn'],
  [/\bmat tran to quoc\b/gu, 'ubmttqvn'],
  [/\b(uy ban )?mttq( viet nam| vn)?\b/gu, 'ubmttqvn'],
  [/\bubmttqvn( viet nam| vn)\b/gu, 'ubmttqvn'],
  [/\b(tm|kt|tl|q|tuq)\b/gu, ''],
];

/** A signer's title before the unit's name ("TRƯỞNG CÔNG AN XÃ"), taken off before folding: folded, "Trưởng" and "Trường" are one word. */
const TITLE = /^(phó\s+)?(trưởng|bí thư|chủ tịch|giám đốc|hiệu trưởng|chỉ huy trưởng)\s+/u;

function key(s: string, place: string): string {
  let f = ` ${fold(s.normalize('NFC').toLocaleLowerCase('vi').replace(TITLE, ''))} `;
  for (const [re, to] of SYNONYMS) f = f.replace(re, to);
  if (place) f = f.replace(new RegExp(` ${place} `, 'gu'), ' ');
  return foldSpace(f);
}

/** Words that every unit name shares: not evidence of which unit is meant. */
const COMMON = new Set('cac xa tren dia ban cua va don vi co quan nganh to chuc'.split(' '));
const words = (s: string) => new Set(s.split(' ').filter((w) => w && !COMMON.has(w)));

/** The unit a report's own words name, or undefined. */
export function findUnit(plan: Plan, candidates: readonly string[]): UnitMatch | undefined {
  const place = fold(plan.file.document.place ?? '');
  const units = [...plan.units.byId.values()].filter((u) => u.id !== plan.file.issuer.unit);
  for (const c of candidates) {
    const k = key(c, place);
    if (!k) continue;
    let best: { id: string; len: number } | undefined;
    for (const u of units) {
      for (const form of plan.units.forms(u.id)) {
        const f = key(form, place);
        if (!f) continue;
        const hit = k === f || ` ${k} `.includes(` ${f} `);
        if (hit && (!best || f.length > best.len)) best = { id: u.id, len: f.length };
      }
    }
    if (best) return { id: best.id, found: c };
  }
  return undefined;
}

/** The units whose names share the most words with what the report says, for the error message. */
export function closestUnits(plan: Plan, found: string, n = 3): string[] {
  const place = fold(plan.file.document.place ?? '');
  const w = words(key(found, place));
  return [...plan.units.byId.values()]
    .filter((u) => u.id !== plan.file.issuer.unit && u.kind !== 'external')
    .map((u) => {
      const score = Math.max(
        ...plan.units.forms(u.id).map((f) => {
          const fw = words(key(f, place));
          const common = [...fw].filter((x) => w.has(x)).length;
          return common / Math.max(1, new Set([...fw, ...w]).size);
        }),
      );
      return { u, score };
    })
    .sort((a, b) => b.score - a.score || a.u.id.localeCompare(b.u.id))
    .slice(0, n)
    .map(({ u }) => u.id);
}
