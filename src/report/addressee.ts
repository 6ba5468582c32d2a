/**
 * Whom a unit's proposal asks: a level above the commune (tỉnh, a Sở, a Bộ, Trung ương, "cấp trên"),
 * which the commune's report may carry up as the unit's proposal, or the commune itself (UBND xã, the
 * xã, or no one named: the unit's report went to the commune), which the commune answers itself and
 * does not relay upward. Read from the words right after the verb of asking. Pure.
 */

export type Addressee = 'higher' | 'commune';

const NOT_LETTER_BEFORE = '(?<!\\p{L})';
const NOT_LETTER_AFTER = '(?!\\p{L})';
const ASK = new RegExp(
  `${NOT_LETTER_BEFORE}(đề nghị|kiến nghị|đề xuất|xin|mong muốn|mong)${NOT_LETTER_AFTER}`,
  'iu',
);
/** Levels above the commune. "Sở", "Bộ" only capitalised ("cán bộ" is no ministry). */
const HIGHER = [
  new RegExp(
    `${NOT_LETTER_BEFORE}(tỉnh|trung ương|cấp trên|chính phủ|quốc hội|thủ tướng|cấp có thẩm quyền|các cấp)${NOT_LETTER_AFTER}`,
    'iu',
  ),
  new RegExp(`${NOT_LETTER_BEFORE}(Sở|Bộ|TW)${NOT_LETTER_AFTER}`, 'u'),
];
/**
 * The commune and its own bodies ("UBND xã", "Đảng ủy xã", "xã"): the word "xã" itself, since "Ủy ban
 * nhân dân" alone could be the province's.
 */
const COMMUNE = new RegExp(`${NOT_LETTER_BEFORE}(xã|địa phương)${NOT_LETTER_AFTER}`, 'iu');

/** How many words after the verb of asking can name whom it asks ("Đề nghị Sở Giáo dục và Đào tạo tỉnh …"). */
const SPAN = 10;

export function proposalAddressee(text: string): Addressee {
  const ask = ASK.exec(text);
  const after = ask ? text.slice(ask.index + ask[0].length) : text;
  const span = after.trim().split(/\s+/u).slice(0, SPAN).join(' ');
  const first = (re: RegExp) => re.exec(span)?.index ?? Number.POSITIVE_INFINITY;
  const higher = Math.min(...HIGHER.map(first));
  const commune = first(COMMUNE);
  return higher < commune ? 'higher' : 'commune';
}
