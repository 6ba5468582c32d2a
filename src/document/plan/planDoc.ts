import type { Block } from '../blocks.js';
import type { DocFooter, DocHeader, DocTitle } from '../nd30.js';

/**
 * The plan as a document: everything a template needs, already worded, numbered and punctuated.
 * Markdown, .docx and `--format json` all render this one object; templates only format it.
 */
export interface PlanDoc {
  version: 1;
  kind: 'plan';
  /** The plan id (the default .docx file name). */
  id: string;
  header: DocHeader;
  title: DocTitle;
  /** The body in reading order, from the opening "Thực hiện …" paragraph to the line ending "./.". */
  body: Block[];
  footer: DocFooter;
  /** Task tables of sections laid out as a table (`layout: table`), each on its own pages after the signature. */
  appendices: Appendix[];
}

export interface Appendix {
  /** "Phụ lục", or "Phụ lục I", "Phụ lục II" when there are several. */
  label: string;
  /** The appendix title lines, in capitals. */
  title: string[];
  /** "(Kèm theo Kế hoạch số      /KH-UBND ngày      tháng      năm 2025 của UBND xã Minh Long)" */
  note: string;
  table: TaskTable;
}

export interface TaskTable {
  headers: { no: string; content: string; lead: string; support: string; time: string; output: string };
  /** Whether any task names an expected output (the "Sản phẩm dự kiến" column is shown only then). */
  hasOutput: boolean;
  rows: TaskRow[];
}

export interface TaskRow {
  /** A group row ("I", "KIỆN TOÀN …", bold) whose tasks follow it. */
  group: boolean;
  no: string;
  /** The task's title, then its paragraphs and "- " bullets: one entry per paragraph of the cell. */
  content: string[];
  lead: string;
  support: string;
  time: string;
  output: string;
}
