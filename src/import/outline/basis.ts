/**
 * The legal basis: "Căn cứ Luật …;" lines, or one sentence "Thực hiện Kế hoạch số 65/KH-UBND ngày
 * 31/3/2025 của UBND tỉnh Quảng Ngãi về … . Để công tác …" whose tail is the opening paragraph.
 */
import type { Citation } from '../../model/types.js';
import type { DraftCitation, DraftPlan } from '../draft/draft.js';
import type { Remarks } from '../draft/review.js';
import type { Para } from '../source/blocks.js';
import { findDate } from '../tasks/vnDates.js';
import type { UnitBook } from '../units/unitBook.js';

export type Verb = 'Căn cứ' | 'Thực hiện';

export interface ParsedCitation {
  verb: Verb;
  citation: Omit<Citation, 'unit'>;
  /** The issuer as written, to be declared as a unit. */
  issuer?: string;
  /** The paragraph ended with ";": one citation per line. */
  lineEnd: boolean;
  /** Text after the citation in the same paragraph: the start of the opening paragraph. */
  tail?: string;
  /** The sentence had no full stop after the citation; it was cut at a comma. */
  cutAtComma: boolean;
}

const DOC_TYPES =
  'Hiến pháp|Bộ luật|Luật|Pháp lệnh|Nghị quyết liên tịch|Nghị quyết|Nghị định|Quyết định|Chỉ thị|Thông tư liên tịch|Thông tư|Kế hoạch|Công văn|Văn bản|Thông tri|Hướng dẫn|Chương trình|Kết luận|Thông báo|Đề án|Điều lệ|Quy chế|Quy định|Chiến lược';
const START = new RegExp(
  `^(Căn cứ|Thực hiện)\\s+(?:(?:ý kiến )?chỉ đạo của .{0,80}? tại\\s+)?(${DOC_TYPES})\\b`,
  'u',
);
const NUMBER = /^[0-9]+(\/[0-9]{4})?\/[A-ZĐ0-9][A-Za-zĐđ0-9&]*(-[A-ZĐ0-9][A-Za-zĐđ0-9&]*)*$/u;

export const isBasisParagraph = (text: string): boolean => START.test(text.trim());

export function parseCitation(paragraph: string): ParsedCitation | undefined {
  const p = paragraph.trim();
  const m = START.exec(p);
  if (!m) return undefined;
  const verb: Verb = m[1] === 'Căn cứ' ? 'Căn cứ' : 'Thực hiện';
  let body = p.slice(m[1]!.length).trim();
  const lineEnd = /;\s*$/u.test(body);
  let tail: string | undefined;
  let cutAtComma = false;
  const end = sentenceEnd(body);
  if (end !== -1 && end < body.length - 1) {
    tail = body.slice(end + 1).trim();
    body = body.slice(0, end + 1);
  } else if (!lineEnd && /:\s*$/u.test(body)) {
    // One sentence that runs on into "… ban hành Kế hoạch như sau:": cut after the cited title.
    const cut = /”\s*,\s+|,\s+(?=trên cơ sở|theo đề nghị|xét đề nghị)/u.exec(body);
    if (cut) {
      tail = body.slice(cut.index + cut[0].length).trim();
      tail = tail[0]!.toLocaleUpperCase('vi') + tail.slice(1);
      body = body.slice(0, cut.index + (cut[0].startsWith('”') ? 1 : 0));
      cutAtComma = true;
    }
  }
  const text = body.replace(/[.;,]\s*$/u, '').trim();
  const citation: Omit<Citation, 'unit'> = { type: m[2]!, text };
  const num = /\bsố\s+([0-9][^\s,;]*)/u.exec(text);
  if (num && NUMBER.test(num[1]!)) citation.number = num[1]!;
  const date = /\bngày\s+/u.exec(text);
  if (date) {
    const f = findDate(text.slice(date.index + date[0].length));
    if (f?.date && f.index === 0) citation.date = f.date;
  }
  const of =
    /\bcủa\s+(.+?)(?=\s+(?:về|v\/v|ban hành|phê duyệt|quy định|hướng dẫn|triển khai|thực hiện|sửa đổi|tại|và hướng dẫn)\s|[,;(“"]|$)/u.exec(
      text,
    );
  let issuer: string | undefined;
  if (of && of[1]!.split(' ').length <= 10) {
    issuer = of[1]!.trim();
    citation.issuer = issuer;
    const subject = text.slice(of.index + of[0].length).trim();
    if (subject) citation.subject = subject;
  }
  return { verb, citation, ...(issuer ? { issuer } : {}), lineEnd, ...(tail ? { tail } : {}), cutAtComma };
}

/** Index of the full stop that ends the first sentence, outside quotes and brackets; -1 if none. */
function sentenceEnd(s: string): number {
  let depth = 0;
  let quote = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === '“') quote = true;
    else if (c === '”') quote = false;
    else if (c === '.' && depth === 0 && !quote && /^\s+\p{Lu}/u.test(s.slice(i + 1))) return i;
  }
  return -1;
}

/**
 * The basis paragraphs as the plan's `basis`; their tails (and paragraphs that cite nothing) start the
 * opening, returned in `intro`. Each issuer is recorded as a cited unit.
 */
export function basisOf(
  paras: readonly Para[],
  book: UnitBook,
  remarks: Remarks,
): { basis: DraftPlan['basis']; intro: string[] } {
  const items: DraftCitation[] = [];
  const intro: string[] = [];
  let layout: 'sentence' | 'lines' = 'sentence';
  let verb: Verb | undefined;
  for (const p of paras) {
    const c = parseCitation(p.text);
    if (!c) {
      intro.push(p.text);
      continue;
    }
    verb ??= c.verb;
    if (c.lineEnd) layout = 'lines';
    const item: DraftCitation = { ...(c.verb !== verb ? { verb: c.verb } : {}), ...c.citation };
    if (c.issuer) item.pendingUnit = book.mention(c.issuer, { cited: true });
    items.push(item);
    if (c.tail) intro.push(c.tail);
    if (c.cutAtComma) remarks.add('basisSplit', p.line, ['basis'], {});
  }
  return { basis: items.length ? { verb: verb ?? 'Thực hiện', layout, items } : undefined, intro };
}
