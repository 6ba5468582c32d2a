import type { DocFooter, DocHeader } from '../document/nd30.js';
import type { IsoDate } from '../model/dates.js';
import type { Recipient } from '../report/reportModel.js';

/**
 * One công văn đôn đốc as one object: the letter already worded and punctuated (`header`, `subject`,
 * `recipient`, `body`, `footer`: what templates print), and the facts behind it (`duties`, `units`,
 * `messages`) for --format json, --format text and templates of one's own. Markdown, .docx and JSON
 * all render this object; templates never compute.
 */
export interface RemindModel {
  version: 1;
  kind: 'reminder';
  /** The plan id. */
  id: string;
  /** The day of the reminder: the letter's date, and the day lateness is counted to. */
  asOf: IsoDate;
  /** The new deadline the letter sets. */
  newDue: IsoDate;
  /** Working days from asOf to newDue when the default was used, null when --new-due gave it. */
  workingDays: number | null;
  /** Which reminder this is for the units (1 = the first; the highest among them). */
  round: number;
  /** The reference this letter will be cited by, when its number is known (--number). */
  reference: string | null;
  header: DocHeader;
  /** Trích yếu "V/v …", under Số in the header's left column, one entry per printed line. */
  subject: string[];
  recipient: Recipient;
  /** The body, one paragraph each, the last ending "./.". */
  body: { text: string; last: boolean }[];
  footer: DocFooter;
  duties: RemindDuty[];
  /** Every unit reminded, in the plan's unit order. */
  units: RemindUnit[];
  /** The short message for each unit (Zalo/SMS), in the same order. */
  messages: { unit: string; name: string; text: string }[];
}

export interface RemindDuty {
  subject: string;
  due: IsoDate;
  to: string | null;
  via: string | null;
  /** Where to send the report: "Ủy ban nhân dân xã Minh Long (qua Phòng Văn hóa - Xã hội xã)". */
  dest: string;
  units: string[];
}

export interface RemindUnit {
  unit: string;
  name: string;
  due: IsoDate;
  daysLate: number;
  /** 1 for the first reminder. */
  round: number;
  /** The reminders sent before this one. */
  earlier: { date: IsoDate; due: IsoDate; reference: string | null }[];
}
