/** The foot of the document: "Nơi nhận:" with its list and "Lưu:" line, and the signature block. */
import type { PlanFile } from '../../model/types.js';
import type { Para } from '../source/blocks.js';
import { isAllCaps } from './markers.js';

export const isRecipientsStart = (t: string): boolean => /^nơi nhận\s*:?/iu.test(t.trim());
export const isSignatureStart = (t: string): boolean =>
  /^(TM|KT|Q|TL|TUQ)\.\s*\p{Lu}/u.test(t.trim()) && isAllCaps(t);
export const isAppendixStart = (t: string): boolean => /^PHỤ LỤC\b/u.test(t.trim()) && isAllCaps(t);

export interface Footer {
  recipients?: NonNullable<PlanFile['recipients']>;
  signature?: NonNullable<PlanFile['signature']>;
  /** Paragraphs that are neither: kept for review. */
  other: Para[];
  noArchive: boolean;
}

export function parseFooter(paras: readonly Para[]): Footer {
  const out: Footer = { other: [], noArchive: false };
  const items: string[] = [];
  let archive: string | undefined;
  let inRecipients = false;
  const sig: string[] = [];
  for (const p of paras) {
    const t = p.text.trim();
    if (isRecipientsStart(t)) {
      inRecipients = true;
      const rest = t.replace(/^nơi nhận\s*:?\s*/iu, '');
      if (rest) addRecipient(rest);
      continue;
    }
    if (inRecipients && /^[-–+•]/u.test(t)) {
      addRecipient(t);
      continue;
    }
    inRecipients = false;
    if (isSignatureStart(t) || (sig.length > 0 && sig.length < 5)) {
      if (/^\(?(đã ký|đã ký và đóng dấu|ký tên, đóng dấu)\)?$|^\[.*\]$/iu.test(t)) continue;
      sig.push(t);
      continue;
    }
    if (sig.length === 0 && isAllCaps(t) && /CHỦ TỊCH|GIÁM ĐỐC|TRƯỞNG|BÍ THƯ/u.test(t)) {
      sig.push(t);
      continue;
    }
    out.other.push(p);
  }
  function addRecipient(line: string) {
    const t = line.replace(/^[-–+•]\s*/u, '').trim();
    const lưu = /^lưu\s*:?\s*(.*?)[.;]?$/iu.exec(t);
    if (lưu) {
      archive = lưu[1]!.trim() || 'VT';
      return;
    }
    const clean = t
      .replace(/\s*;\s*(\(.*\))\s*$/u, ' $1')
      .replace(/[;.,]+$/u, '')
      .trim();
    if (clean) items.push(clean);
  }
  if (items.length || archive) {
    out.recipients = { items, archive: archive ?? 'VT' };
    out.noArchive = archive === undefined;
  }
  if (sig.length) out.signature = signatureOf(sig);
  return out;
}

function signatureOf(lines: readonly string[]): NonNullable<PlanFile['signature']> {
  let authority: string | undefined;
  let delegation: string | undefined;
  let title: string | undefined;
  let name: string | null = null;
  for (const l of lines) {
    const t = l.replace(/\s+/gu, ' ').trim();
    if (/^TM\.\s*/u.test(t)) authority = t.replace(/^TM\.\s*/u, 'TM. ');
    else if (/^(KT|Q|TL|TUQ)\.\s*/u.test(t)) delegation = t.replace(/^(KT|Q|TL|TUQ)\.\s*/u, '$1. ');
    else if (!title && isAllCaps(t)) title = t;
    else if (name === null && !isAllCaps(t)) name = t;
  }
  return {
    ...(authority ? { authority } : {}),
    ...(delegation ? { delegation } : {}),
    title: title ?? (delegation ? 'PHÓ CHỦ TỊCH' : 'CHỦ TỊCH'),
    name,
  };
}
