import type { Block, BlockKind } from '../document/blocks.js';
import type { DocFooter, DocHeader, DocTitle } from '../document/nd30.js';
import type { AssessmentKey } from '../i18n/vi/report.js';
import type { IsoDate } from '../model/dates.js';
import type { PeriodKind } from '../model/period.js';
import type { ObligationStatusCode, TaskStatusCode } from '../query/index.js';

/**
 * The period's result report (Báo cáo) as one object: the document already worded, numbered and
 * punctuated (`header` … `footer`, what templates print), and the same facts as data (`tasks`,
 * `obligations`, `indicators`, `missing`) for `--format json` and for templates that lay them out
 * their own way. Markdown, .docx and JSON all render this object; templates never compute.
 */
export interface ReportModel {
  version: 1;
  kind: 'report';
  /** The plan id. */
  id: string;
  period: { expr: string; kind: PeriodKind; label: string; start: IsoDate; end: IsoDate };
  /** The report's own date (--date). */
  date: IsoDate;
  /** Statuses are derived as of this day: the period's end, or the report date when earlier. */
  asOf: IsoDate;
  header: DocHeader;
  title: DocTitle;
  recipient: Recipient;
  /** The body in reading order, from "Thực hiện Kế hoạch số …" to the sentence ending "./.". */
  body: ReportBlock[];
  footer: DocFooter;
  /**
   * Annexes after the signature, each on its own pages numbered from 1 (--annex theo-doi: the internal
   * follow-up of the units' reports). Empty by default.
   */
  annexes: ReportAnnex[];
  /** The data's cut-off (--cut-off), printed "Số liệu tính từ ngày … đến ngày …", or null. */
  dataWindow: { start: IsoDate; end: IsoDate } | null;
  tasks: ReportTask[];
  obligations: ReportObligation[];
  /** The indicators table, or null when neither the plan nor the progress declares indicators. */
  indicators: IndicatorTable | null;
  /** The period of the assessment record used, or null when there is none. */
  assessment: string | null;
  missing: Missing;
}

/**
 * "Kính gửi:" (ND30 ô 9a). One recipient (`one`): "Kính gửi: Sở Y tế." on one line. Several (`many`):
 * "- …;" one a line, the first (`first`) on the label's line and the `rest` aligned under it, the last
 * ending ".". Neither: `label` is empty and there is no Kính gửi line at all.
 */
export interface Recipient {
  label: string;
  one: boolean;
  many: boolean;
  first: string;
  rest: string[];
}

/**
 * A body paragraph, or the indicators table at its place in the body (kind "table", its flag `table`
 * holding the rows; null for every other kind).
 */
export type ReportBlock = Omit<Block, 'kind'> & { kind: BlockKind | 'table'; table: IndicatorTable | null };

export interface ReportTask {
  id: string;
  /** The task's number in the plan ("3", "3.1", "II.2"). */
  number: string;
  /** Its marker in this report ("1.3.", "a)", "-"). */
  marker: string;
  depth: number;
  title: string;
  lead: string;
  support: string;
  time: string;
  status: TaskStatusCode;
  statusText: string;
  completedOn: IsoDate | null;
  due: IsoDate | null;
  results: ReportResult[];
}

export interface ReportResult {
  unit: string | null;
  unitName: string | null;
  kind: 'report' | 'note';
  date: IsoDate;
  reference: string | null;
  text: string[];
  figures: { label: string; value: number; unit: string | null; text: string }[];
  /** The line as printed: "Công an xã (Báo cáo số 12/BC-CA ngày 10/11/2025): …". */
  line: string;
}

export interface ReportObligation {
  subject: string | null;
  due: IsoDate | null;
  covers: string | null;
  to: string | null;
  via: string | null;
  units: {
    unit: string;
    name: string;
    status: ObligationStatusCode;
    received: IsoDate | null;
    reference: string | null;
    daysLate: number | null;
  }[];
}

export interface IndicatorTable {
  headers: {
    no: string;
    name: string;
    unit: string;
    target: string;
    result: string;
    rate: string;
    note: string;
  };
  rows: IndicatorRow[];
}

export interface IndicatorRow {
  id: string;
  no: string;
  name: string;
  unit: string;
  /** As printed: "97", "≤ 6,5", "—". */
  target: string;
  result: string;
  rate: string;
  note: string;
  /** The numbers behind the text, null when absent. */
  targetValue: number | null;
  resultValue: number | null;
  /** True / false when the target was met / missed, null when it cannot be told. */
  met: boolean | null;
}

export interface ReportAnnex {
  label: string;
  title: string[];
  note: string;
  body: ReportBlock[];
}

/** What a complete report still needs: the stderr checklist, and --strict. */
export interface Missing {
  /** The plan has no number or date yet: the opening cites it with blanks. */
  planNumber: boolean;
  /** The plan names no recipient for its report: there is no Kính gửi. */
  recipient: boolean;
  units: { unit: string; name: string; due: IsoDate | null; daysLate: number | null }[];
  tasks: { id: string; number: string; title: string }[];
  indicators: { id: string; name: string }[];
  assessment: AssessmentKey[];
  /**
   * Units' proposals addressed to the commune itself (UBND xã, or no one named): not relayed upward in
   * IV, but listed for the officer to act on.
   */
  toCommune: { unit: string; name: string; text: string; to: string }[];
}
