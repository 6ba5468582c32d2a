/**
 * Markdown marks in text that came out of a web page ("**bold**", "*italic*", "\." escapes, entities):
 * removed, but remembered, because a bold line is a heading and an open mark means the line was wrapped.
 */
import { decodeHTML } from 'entities';

export interface MarkState {
  bold: boolean;
  italic: boolean;
}

export interface ScannedLine {
  text: string;
  /** The first word is bold. */
  startsBold: boolean;
  /** Every word is bold. */
  allBold: boolean;
  startsItalic: boolean;
  /** A bold or italic span is still open at the end of the line: the line was wrapped inside it. */
  endsOpen: boolean;
  /** The last word was bold and the bold span closed at the end of the line. */
  closesBold: boolean;
}

/** Whitespace and invisible characters a copy from Word or the web carries. */
export function normaliseSpaces(s: string): string {
  return s
    .normalize('NFC')
    .replace(/[\u200B-\u200D\uFEFF\u00AD]/gu, '')
    .replace(/[\u00A0\u2007\u202F\t]/gu, ' ');
}

/**
 * HTML entities left by a web copy, named (`&ocirc;`) or numeric; an impossible code point
 * (`&#99999999;`) becomes U+FFFD rather than an exception. No-break spaces become spaces; the control
 * characters an entity can smuggle in are dropped, as the text reader drops them.
 */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return decodeHTML(s)
    .replace(/\u00A0/gu, ' ')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/gu, '');
}

/** Word bookmarks exported as text: "[bookmark: muc_2]II. NHIỆM VỤ". */
export const stripBookmarks = (s: string): string => s.replace(/\[bookmark:[^\]]*\]/gu, '');

/** Remove the marks of one line, carrying bold/italic state from the line before. */
export function scanMarks(raw: string, state: MarkState): ScannedLine {
  let out = '';
  let first: { bold: boolean; italic: boolean } | undefined;
  let allBold = true;
  let lastBold = false;
  for (let i = 0; i < raw.length; ) {
    const ch = raw[i]!;
    if (ch === '\\' && i + 1 < raw.length && /[\\`*_{}[\]()#+\-.!|>]/u.test(raw[i + 1]!)) {
      out += raw[i + 1];
      note(raw[i + 1]!);
      i += 2;
      continue;
    }
    if (raw.startsWith('**', i) || raw.startsWith('__', i)) {
      state.bold = !state.bold;
      i += 2;
      continue;
    }
    if (ch === '*') {
      state.italic = !state.italic;
      i++;
      continue;
    }
    out += ch;
    note(ch);
    i++;
  }
  function note(ch: string) {
    if (/\s/u.test(ch)) return;
    if (!first) first = { bold: state.bold, italic: state.italic };
    if (!state.bold) allBold = false;
    lastBold = state.bold;
  }
  return {
    text: decodeEntities(out),
    startsBold: first?.bold ?? false,
    allBold: first !== undefined && allBold,
    startsItalic: first?.italic ?? false,
    endsOpen: state.bold || state.italic,
    closesBold: first !== undefined && lastBold && !state.bold,
  };
}

/** A markdown list item "* text" is a bullet, not the start of italics. */
export function markdownBullet(raw: string): string | undefined {
  const m = /^\s*[*]\s+(?=[^\s*])(.*)$/u.exec(raw);
  if (m && !m[1]!.includes('*')) return `- ${m[1]}`;
  return undefined;
}
