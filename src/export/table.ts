import type { IsoDate } from '../model/dates.js';

/**
 * A table to export: the one shape the .csv and .xlsx writers read, so `plan rollup`, `plan status`,
 * `plan units` and `plan deadlines` describe their sheets once and get both formats.
 */
export type CellValue = string | number | { date: IsoDate } | null;

export interface ExportColumn {
  header: string;
  /** How the cells are typed in a workbook: text, a number, or a real date. */
  type: 'text' | 'number' | 'date';
}

export interface ExportTable {
  /** The sheet's name in a workbook (cut to Excel's 31 characters). */
  name: string;
  columns: ExportColumn[];
  rows: CellValue[][];
}

export const dateCell = (d: IsoDate | undefined | null): CellValue => (d ? { date: d } : null);

export const isDateCell = (v: CellValue): v is { date: IsoDate } => typeof v === 'object' && v !== null;
