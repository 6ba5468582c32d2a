/**
 * What the importer tells the user: places to review (the file gets a "# XEM LẠI (dòng N): …" comment
 * and stderr lists them) and notes that only explain (how the plan period was worked out).
 */
import type { Path } from '../../load/path.js';

export interface RemarkArgs {
  skipped: { from: number; to: number };
  unplaced: { text: string };
  /** A source paragraph the plan did not hold, kept as text (`end`: its last line). */
  lost: { text: string; end: number };
  headerSkipped: { text: string };
  noSections: Record<string, never>;
  unitSentence: { label: string; units: string };
  noUnits: { label: string; text: string };
  timeUnknown: { text: string };
  noLead: { number: string };
  noTime: { number: string };
  sectionNoLead: { count: number; where: string };
  sectionNoTime: { count: number; where: string };
  issuerGuessed: { name: string };
  issuerMissing: Record<string, never>;
  titleMissing: Record<string, never>;
  signatureMissing: Record<string, never>;
  recipientsMissing: Record<string, never>;
  archiveMissing: Record<string, never>;
  tableStray: { text: string };
  tableGap: { numbers: string; group: string };
  tableStopped: { row: number; text: string };
  reportAsPart: Record<string, never>;
  basisSplit: Record<string, never>;
  afterSubtasks: { text: string };
  separatorAnd: { text: string };
  periodFromTitle: { label: string };
  periodFromDates: { start: string; end: string };
  periodFallback: { year: number };
  periodWidened: { start: string; end: string };
  subjectGuessed: Record<string, never>;
  numberBlank: Record<string, never>;
  dateBlank: Record<string, never>;
}

export type RemarkCode = keyof RemarkArgs;

/** Codes that only explain; the others ask for a review. */
const NOTES: ReadonlySet<RemarkCode> = new Set([
  'periodFromTitle',
  'periodFromDates',
  'periodFallback',
  'periodWidened',
  'subjectGuessed',
  'numberBlank',
  'dateBlank',
  'skipped',
]);

export type Remark = {
  [C in RemarkCode]: {
    code: C;
    args: RemarkArgs[C];
    /** Source line (or paragraph number); 0 when the remark is about the whole document. */
    line: number;
    /** Where in the plan it is attached; undefined for stderr only. */
    path: Path | undefined;
  };
}[RemarkCode];

export const isReview = (r: Remark): boolean => !NOTES.has(r.code);

export class Remarks {
  readonly items: Remark[] = [];

  add<C extends RemarkCode>(code: C, line: number, path: Path | undefined, args: RemarkArgs[C]): void {
    this.items.push({ code, line, path, args } as Remark);
  }
}
