import { BLOCK_KINDS, type BlockKind, block, endDocument } from '../document/blocks.js';
import { stripControl } from '../util/text.js';
import type { IndicatorTable, ReportBlock } from './reportModel.js';

export type ReportBlockList = ReportBlock[];

/** A body paragraph of the report (text cleaned: NFC, no control characters, spaces folded). */
export const rb = (kind: BlockKind, text: string, head = ''): ReportBlock => ({
  ...block(kind, text, head),
  table: null,
});

/**
 * A paragraph whose text is already clean and keeps its runs of spaces: the blanks left for the văn
 * thư ("Kế hoạch số      /KH-UBND") would otherwise fold to one space.
 */
export const rawBlock = (kind: BlockKind, text: string): ReportBlock => ({
  ...block(kind, ''),
  text: stripControl(text.normalize('NFC'))
    .replace(/[\t\r\n]+/gu, ' ')
    .trim(),
  table: null,
});

/** The indicators table at its place in the body: every kind flag false, `table` holding it. */
export function tableBlock(table: IndicatorTable): ReportBlock {
  const flags = Object.fromEntries(BLOCK_KINDS.map((k) => [k, false])) as Record<BlockKind, boolean>;
  return { kind: 'table', ...flags, head: '', text: '', last: false, table };
}

/** "./." after the body's last words, and the last paragraph marked (the .docx keeps it with the signature). */
export function endReport(body: ReportBlockList): ReportBlockList {
  const last = body.at(-1);
  if (!last || last.kind === 'table') return body;
  return [...body.slice(0, -1), { ...last, text: endDocument(last.text), last: true }];
}
