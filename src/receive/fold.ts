import { asciiLower } from '../util/text.js';

/** Text folded for matching: no diacritics, đ → d, lower case, punctuation to spaces, spaces folded. */
export function fold(s: string): string {
  return asciiLower(s)
    .replace(/[^a-z0-9%]+/gu, ' ')
    .trim();
}

/** The syllables of folded text. */
export const syllables = (s: string): string[] => fold(s).split(' ').filter(Boolean);
