import { cleanText } from '../document/cleanText.js';
import type { Plan } from '../model/plan.js';

/**
 * The short form of a unit for a công văn's ký hiệu and the "Lưu:" line: an abbreviation the plan
 * already spells in capitals ("Phòng VH-XH" → VHXH, "UBND xã" → UBND), else the initials of its name
 * without the type word and the trailing "xã" ("Phòng Văn hóa - Xã hội xã" → VHXH).
 */
export function unitAbbreviation(plan: Plan, id: string): string {
  const u = plan.units.get(id);
  if (!u) return id.toUpperCase();
  for (const form of [...u.aliases, u.short ?? '', u.name]) {
    const token = cleanText(form)
      .split(/\s+/u)
      .find((w) => /^[A-ZĐ]{2,}(-[A-ZĐ]+)*$/u.test(w));
    if (token) return token.replace(/-/gu, '');
  }
  const words = cleanText(u.name)
    .replace(/^(phòng|ban|văn phòng|trung tâm|trạm|hội|đoàn|các)\s+/iu, '')
    .replace(/\s+(xã|phường|thị trấn)$/iu, '')
    .split(/[\s-]+/u)
    .filter((w) => /^\p{L}/u.test(w));
  return words.map((w) => w[0]!.toLocaleUpperCase('vi')).join('');
}

/**
 * The công văn's ký hiệu (ND30: <issuing body>-<drafting unit>): the plan's remind.symbol, else the
 * issuer's part of the plan's own symbol (KH-UBND → UBND) and the drafting unit's abbreviation.
 */
export function letterSymbol(plan: Plan, drafter: string | undefined): string {
  const own = plan.file.remind?.symbol;
  if (own) return cleanText(own);
  const s = plan.file.document.symbol ?? '';
  const issuer = s.includes('-')
    ? s.slice(s.indexOf('-') + 1)
    : unitAbbreviation(plan, plan.file.issuer.unit);
  const unit = drafter && drafter !== plan.file.issuer.unit ? unitAbbreviation(plan, drafter) : '';
  return unit && unit !== issuer ? `${issuer}-${unit}` : issuer;
}
