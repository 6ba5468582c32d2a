/** Text folded for matching: no diacritics, đ → d, lower case, punctuation to spaces, spaces folded. */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/gu, '')
    .replace(/đ/gu, 'd')
    .replace(/Đ/gu, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9%]+/gu, ' ')
    .trim();
}

/** The syllables of folded text. */
export const syllables = (s: string): string[] => fold(s).split(' ').filter(Boolean);
