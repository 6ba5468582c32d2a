import { cleanText } from './cleanText.js';

/**
 * The kinds of body paragraph an ND30 document is made of. Each kind has its own look in the
 * templates (a paragraph style in the .docx, a heading level or emphasis in markdown):
 * - section:    "I. MỤC ĐÍCH, YÊU CẦU" (mục, bold)
 * - heading:    "1. Mục đích", "1. Phòng Văn hóa - Xã hội xã:" (khoản with a title, bold)
 * - subheading: "3.1. …", "a) …" with content below (italic)
 * - para:       any other paragraph, with an optional bold inline heading (`head`) before the text
 */
export const BLOCK_KINDS = ['section', 'heading', 'subheading', 'para'] as const;
export type BlockKind = (typeof BLOCK_KINDS)[number];

/**
 * One body paragraph. Every block carries every kind flag (one true), so that templates without
 * expressions — docxtemplater's {#para}…{/para}, handlebars' {{#if para}} — can branch on the kind,
 * and a template asking for an unknown flag is an error rather than a silent blank.
 */
export type Block = {
  kind: BlockKind;
  head: string;
  text: string;
  /** The body's final paragraph (the one ending "./."): the .docx keeps it on the signature's page. */
  last: boolean;
} & Record<BlockKind, boolean>;

export function block(kind: BlockKind, text: string, head = ''): Block {
  const flags = Object.fromEntries(BLOCK_KINDS.map((k) => [k, k === kind])) as Record<BlockKind, boolean>;
  return { kind, ...flags, head: cleanText(head), text: cleanText(text), last: false };
}

/** "1." + "Mục đích" → "1. Mục đích"; an empty marker leaves the text alone. */
export const numbered = (marker: string, text: string): string => (marker ? `${marker} ${text}` : text);

/**
 * End a sentence with `end` (";" or "."), replacing whatever final punctuation it had, so a plan
 * written "…;" or "…" both come out right.
 */
export function endWith(text: string, end: '.' | ';' | ':'): string {
  const t = text.trimEnd();
  if (/\.\/\.$/u.test(t)) return t;
  return `${t.replace(/[\s.;,:]+$/u, '')}${end}`;
}

/** The body's last words carry "./." (ND30 Mẫu 1.4): "…theo quy định./.". */
export function endDocument(text: string): string {
  const t = text.trimEnd();
  if (t.endsWith('./.')) return t;
  if (t.endsWith('.')) return `${t}/.`;
  return `${t.replace(/[\s;,:]+$/u, '')}./.`;
}

/** Put "./." on the last block of a body, whatever its kind, and mark it as the last. */
export function endBody(body: Block[]): Block[] {
  const last = body.at(-1);
  if (!last) return body;
  return [...body.slice(0, -1), { ...last, text: endDocument(last.text), last: true }];
}
