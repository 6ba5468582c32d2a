import { foldSpace, mapStrings, stripControl } from '../util/text.js';

/**
 * Text of the plan as it goes into a document: NFC, no C0 control characters (text pasted from Excel
 * carries them, and they make a .docx that Word refuses to open), whitespace folded to single spaces.
 */
export const cleanText = (s: string): string => foldSpace(stripControl(s.normalize('NFC')));

/** A paragraphs field of the plan (one string or a list) as clean paragraphs, empty ones dropped. */
export function paragraphs(p: string | readonly string[] | undefined | null): string[] {
  if (p === undefined || p === null) return [];
  return (typeof p === 'string' ? [p] : p).map(cleanText).filter((s) => s !== '');
}

/**
 * Remove control characters from every string of a view model, keeping its spacing (the blanks
 * left for the văn thư are runs of spaces). The last line of defence before a template sees the data.
 */
export const stripControlDeep = <T>(value: T): T =>
  mapStrings(value, (s) => stripControl(s).replace(/[\t\r\n]+/gu, ' '));
