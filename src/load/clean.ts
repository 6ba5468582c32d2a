/**
 * Characters a person cannot see and a plan never means: C0/C1 controls (tab, line feed and carriage
 * return excepted), DEL, zero-width space and a byte-order mark inside the text. Text pasted from
 * Excel or Word brings them along; they are reported once and dropped from the data.
 */
export const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B\uFEFF]/gu;

/** The form every string and key of a plan takes after loading: invisible characters dropped, NFC. */
export const cleanText = (s: string): string => s.replace(INVISIBLE, '').normalize('NFC');
