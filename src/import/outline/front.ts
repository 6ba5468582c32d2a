/**
 * The front of a document, up to its first Roman section: the head (issuer, number, place and date),
 * the document type, the trích yếu, the legal basis and the opening paragraphs.
 */

import { type Block, isPara, type Para } from '../source/blocks.js';
import { isBasisParagraph } from './basis.js';
import { isAppendixStart, isRecipientsStart, isSignatureStart } from './footer.js';
import { type DocType, docTypeOf, type Header, parseHeader } from './header.js';
import { isAllCaps, parseMarker } from './markers.js';

export interface Front {
  header: Header;
  typePara: Para | undefined;
  type: DocType;
  titleParas: Para[];
  basisParas: Para[];
  introParas: Para[];
  /** Index of the first block of the body. */
  bodyStart: number;
}

export const isFooterStart = (t: string): boolean =>
  isRecipientsStart(t) || isSignatureStart(t) || isAppendixStart(t);

export function readFront(blocks: readonly Block[]): Front {
  // A web copy may carry a site's banner and metadata before the document: the head is then the few
  // capitalised lines (the issuer) before the Quốc hiệu, and the type is looked for from there.
  const national = blocks.findIndex(
    (b, i) => i < 400 && isPara(b) && /^cộng hoà|^cộng hòa/iu.test(b.text) && /chủ nghĩa/iu.test(b.text),
  );
  let from = 0;
  // A head has a handful of lines before the Quốc hiệu; many more are a site's chrome.
  if (national > 12) {
    from = national;
    while (from > 0 && national - from < 6) {
      const b = blocks[from - 1]!;
      if (!isPara(b) || !(isAllCaps(b.text) || /^số\b|^-+$/iu.test(b.text.trim()))) break;
      from--;
    }
  }
  const typeAt = blocks.findIndex(
    (b, i) => i >= from && i < from + 60 && isPara(b) && docTypeOf(b) !== undefined,
  );
  // A Quyết định that approves a programme or plan ("QUYẾT ĐỊNH / VỀ VIỆC PHÊ DUYỆT CHƯƠNG TRÌNH …"):
  // its heading stands for the type, which its trích yếu names.
  const decisionAt =
    typeAt !== -1
      ? -1
      : blocks.findIndex(
          (b, i) => i >= from && i < from + 60 && isPara(b) && /^QUYẾT ĐỊNH$/u.test(b.text.trim()),
        );
  const at = typeAt !== -1 ? typeAt : decisionAt;
  const head = at === -1 ? [] : (blocks.slice(from, at).filter(isPara) as Para[]);
  const typePara = at === -1 ? undefined : (blocks[at] as Para);
  let i = at + 1;
  const titleParas: Para[] = [];
  while (i < blocks.length) {
    const b = blocks[i]!;
    if (!isPara(b) || parseMarker(b.text)?.kind === 'roman' || isBasisParagraph(b.text)) break;
    // The trích yếu goes on in capitals, in bold like its first line, or with a lower-case word.
    // "THỦ TƯỚNG CHÍNH PHỦ" again under a Quyết định's trích yếu: the authority deciding, not the title.
    if (titleParas.length && head.some((h) => h.text.trim() === b.text.trim())) break;
    const first = titleParas[0];
    if (first && !isAllCaps(b.text) && !(first.bold && b.bold) && !/^\p{Ll}/u.test(b.text)) break;
    titleParas.push(b);
    i++;
  }
  const basisParas: Para[] = [];
  const introParas: Para[] = [];
  while (i < blocks.length) {
    const b = blocks[i]!;
    if (!isPara(b) || parseMarker(b.text)?.kind === 'roman' || isFooterStart(b.text)) break;
    (isBasisParagraph(b.text) && introParas.length === 0 ? basisParas : introParas).push(b);
    i++;
  }
  return {
    header: parseHeader(head),
    typePara,
    type: typePara ? (docTypeOf(typePara) ?? approvedType(titleParas)) : 'KH',
    titleParas,
    basisParas,
    introParas,
    bodyStart: i,
  };
}

/** What a Quyết định approves, from its trích yếu: "… PHÊ DUYỆT CHƯƠNG TRÌNH …" is a programme. */
function approvedType(title: readonly Para[]): DocType {
  const k = title.map((p) => p.text.toLocaleLowerCase('vi')).join(' ');
  if (/chương trình/u.test(k)) return 'CTr';
  if (/phương án/u.test(k)) return 'PA';
  if (/đề án/u.test(k)) return 'ĐA';
  return 'KH';
}
