/**
 * What a source document becomes before its structure is recognised: a flat run of paragraphs and task
 * tables, whatever the file format. Positions are source lines (.txt, .md) or paragraph numbers (.docx).
 */

export interface Para {
  kind: 'para';
  /** Formatting marks removed, whitespace folded, NFC. */
  text: string;
  /** The source lines the paragraph was joined from (or its line breaks in Word): titles keep them. */
  lines: string[];
  /** 1-based source line, or paragraph number in a .docx. */
  line: number;
  /** Every word of the paragraph is bold. */
  bold: boolean;
  /** The paragraph starts in bold (a bold heading followed by plain text). */
  startsBold: boolean;
  italic: boolean;
  /** Inside a table cell of a header or footer table (not a task table). */
  cell: boolean;
  /** First paragraph of such a cell. */
  cellStart: boolean;
}

export interface TableCell {
  text: string;
  /** The cell's paragraphs, for a content cell with several. */
  paras: string[];
  line: number;
  bold: boolean;
}

export interface TableRow {
  cells: TableCell[];
  line: number;
}

/** A task table ("Danh mục nhiệm vụ"): a header row whose columns were recognised, then body rows. */
export interface Table {
  kind: 'table';
  line: number;
  columns: ColumnMap;
  /** The header cells as written ("Thời gian hoàn thành"). */
  headers: string[];
  rows: TableRow[];
  /** Text found between rows that is not a row (a broken source page, a stray note). */
  strays: { text: string; line: number }[];
  /** Where the reader stopped understanding the table while rows seemed to go on (row: 1-based). */
  stopped?: { line: number; row: number; text: string };
}

export type Column = 'number' | 'title' | 'lead' | 'support' | 'time' | 'output' | 'note';
export type ColumnMap = Partial<Record<Column, number>> & { count: number };

export type Block = Para | Table;

export interface SourceDoc {
  blocks: Block[];
  /** How positions are counted, for messages: "dòng 12" or "đoạn 12". */
  unit: 'line' | 'paragraph';
  /** Text converted from a web page: its line breaks are wrapping, not the document's own. */
  wrapped?: boolean;
  /** Leading lines that are not part of the document (a provenance header), skipped. */
  skipped?: { from: number; to: number };
}

export const isPara = (b: Block): b is Para => b.kind === 'para';

export function para(text: string, line: number, extra: Partial<Para> = {}): Para {
  return {
    kind: 'para',
    text,
    lines: [text],
    line,
    bold: false,
    startsBold: false,
    italic: false,
    cell: false,
    cellStart: false,
    ...extra,
  };
}
