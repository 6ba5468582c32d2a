import { foldSpace } from '../../util/text.js';

/**
 * Lower case for matching words with patterns. Unlike `nameKey` it keeps tone marks where they are
 * ("hoạt động", "đoàn"), so patterns can be written as the words are; "Uỷ" still becomes "ủy".
 */
export const lower = (s: string): string =>
  foldSpace(s.normalize('NFC').toLocaleLowerCase('vi')).replace(/uỷ/gu, 'ủy');
