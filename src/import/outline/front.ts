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
  const typeAt = blocks.findIndex((b, i) => i < 60 && isPara(b) && docTypeOf(b) !== undefined);
  const head = typeAt === -1 ? [] : (blocks.slice(0, typeAt).filter(isPara) as Para[]);
  const typePara = typeAt === -1 ? undefined : (blocks[typeAt] as Para);
  let i = typeAt + 1;
  const titleParas: Para[] = [];
  while (i < blocks.length) {
    const b = blocks[i]!;
    if (!isPara(b) || parseMarker(b.text)?.kind === 'roman' || isBasisParagraph(b.text)) break;
    // The trích yếu goes on in capitals, in bold like its first line, or with a lower-case word.
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
    type: typePara ? docTypeOf(typePara)! : 'KH',
    titleParas,
    basisParas,
    introParas,
    bodyStart: i,
  };
}
