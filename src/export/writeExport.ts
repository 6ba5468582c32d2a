import { resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { msg } from '../i18n/index.js';
import { displayPath } from '../load/discover.js';
import { writeFileAtomic } from '../util/atomicWrite.js';
import { toCsv } from './csv.js';
import type { ExportTable } from './table.js';

export type ExportFormat = 'xlsx' | 'csv';

export interface ExportTarget {
  format: ExportFormat;
  output: string | undefined;
  force: boolean;
  cwd: string;
}

export interface Exported {
  /** CSV without -o: the text for stdout. */
  stdout?: string;
  /** With -o: the line for stderr saying what was written. */
  note?: string;
}

/**
 * Write tables as .xlsx (every table a sheet; needs a file) or .csv (the first table: a CSV holds one),
 * atomically to `output`, or CSV to stdout when there is no output file.
 */
export async function writeExport(tables: readonly ExportTable[], t: ExportTarget): Promise<Exported> {
  const m = msg().rollup;
  if (t.format === 'xlsx' && !t.output) throw new UsageError('usage', { detail: m.xlsxNeedsOutput });
  const shown = t.format === 'xlsx' ? tables : tables.slice(0, 1);
  let data: string | Uint8Array;
  if (t.format === 'xlsx') {
    const { toXlsx } = await import('./xlsx.js');
    data = await toXlsx(shown);
  } else {
    data = toCsv(shown[0]!);
    if (!t.output) return { stdout: data };
  }
  const abs = resolve(t.cwd, t.output!);
  const path = displayPath(abs, t.cwd);
  writeFileAtomic(abs, data, { force: t.force, display: path });
  const rows = shown.reduce((a, x) => a + x.rows.length, 0);
  return { note: `${m.written({ path, sheets: shown.length, rows })}\n` };
}
