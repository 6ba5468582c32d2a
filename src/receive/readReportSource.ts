/**
 * A unit's report file as paragraphs, through the importer's readers (.docx by mammoth, text and
 * markdown), with the importer's refusals reworded for receiving a report.
 */
import { UsageError } from '../errors.js';
import { isPara, type SourceDoc } from '../import/source/blocks.js';
import { decodeImport } from '../import/source/readSource.js';
import type { SourcePara } from './parseReport.js';

const RENAME: Record<string, string> = {
  importEmpty: 'receiveEmpty',
  importNotDocx: 'receiveNotDocx',
  importLegacyDoc: 'receiveLegacyDoc',
  importPdf: 'receivePdf',
  importNotText: 'receiveNotText',
  importTooLarge: 'receiveTooLarge',
};

export interface ReportSource {
  paras: SourcePara[];
  unit: SourceDoc['unit'];
  /** The file held a task table: a plan, not a report. */
  hasTaskTable: boolean;
}

export async function readReportSource(
  bytes: Uint8Array,
  display: string,
  ext: string,
): Promise<ReportSource> {
  let doc: SourceDoc;
  try {
    doc = await decodeImport(bytes, display, ext);
  } catch (e) {
    if (e instanceof UsageError && RENAME[e.key]) {
      throw new UsageError(RENAME[e.key] as 'receiveEmpty', { path: display, ...(e.args as object) });
    }
    throw e;
  }
  const isDocx = bytes[0] === 0x50 && bytes[1] === 0x4b;
  let paras = doc.blocks.filter(isPara).map((p) => ({ text: p.text, line: p.line }));
  if (!isDocx) paras = withTextHeader(bytes, paras);
  if (paras.length === 0) throw new UsageError(isDocx ? 'receiveScanned' : 'receiveEmpty', { path: display });
  return { paras, unit: doc.unit, hasTaskTable: doc.blocks.some((b) => b.kind === 'table') };
}

/**
 * In a text file the header is laid out in lines and columns ("CÔNG AN XÃ MINH LONG<tab>Độc lập …"),
 * which the importer's reader joins into one paragraph: up to the title ("BÁO CÁO") the raw lines are
 * kept as they are, one paragraph each (markdown marks removed); after it, the importer's paragraphs.
 */
function withTextHeader(bytes: Uint8Array, paras: SourcePara[]): SourcePara[] {
  let text: string;
  try {
    text = new TextDecoder(bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : 'utf-8').decode(bytes);
  } catch {
    return paras;
  }
  const lines = text.replace(/^\uFEFF/u, '').split(/\r\n|\r|\n/u);
  const clean = (l: string) =>
    l
      .replace(/\*\*|__/gu, '')
      .replace(/^\s*#+\s+/u, '')
      .replace(/^\*(.*)\*$/u, '$1');
  const title = lines.findIndex((l, i) => i < 40 && /^(BÁO CÁO|KẾ HOẠCH)$/u.test(clean(l).trim()));
  if (title < 0) return paras;
  const head = lines
    .slice(0, title + 1)
    .map((l, i) => ({ text: clean(l).normalize('NFC').trim(), line: i + 1 }))
    .filter((p) => p.text);
  // Keep the raw columns apart for the header reader: tabs and runs of spaces stay.
  return [...head, ...paras.filter((p) => p.line > title + 1)];
}
