/**
 * Fidelity: every sentence of the seed document (the plan as the commune wrote it) comes back in the
 * rendered markdown, in the text of the rendered .docx and, where LibreOffice is installed, in the
 * text of the PDF it makes of that .docx. All of them, not most.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from './helpers/cli.js';
import { docxParagraphs, pdfText, readBytes } from './helpers/docx.js';
import { SHIPPED } from './helpers/planEdits.js';

/** A byte-for-byte copy of the seed document (shared/seed/000_69ec94ab59db1c14.txt), so CI has it. */
const SEED = join(ROOT, 'test/fixtures/render/seed-minh-long.txt');

const fold = (s: string) => s.normalize('NFC').replace(/\s+/gu, ' ').trim();

/** The seed's lines, without the "[bookmark: …]" marks of the conversion, cut into sentences. */
function seedSentences(text: string): string[] {
  return text
    .replace(/\[bookmark: [^\]]*\]/gu, '')
    .split(/\r?\n/u)
    .map(fold)
    .filter((l) => l !== '')
    .flatMap((l) => l.split(/(?<=[.!?])\s+(?=\p{Lu})/u))
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** Markdown as a reader sees it: no emphasis marks, heading hashes, table pipes or <br>. */
const markdownText = (md: string) =>
  fold(
    md
      .replace(/<br>/gu, ' ')
      .replace(/\*+/gu, '')
      .replace(/^#+ /gmu, '')
      .replace(/^\|(?:\s*:?-+:?\s*\|)+$/gmu, ' ')
      .replace(/\|/gu, ' '),
  );

/** PDF text without the page numbers LibreOffice prints at the top of pages 2, 3, … */
const pdfBody = (text: string) =>
  fold(
    text
      .split('\f')
      .map((page, i) => (i === 0 ? page : page.replace(/^\s*\d+\s*\n/u, '')))
      .join('\n')
      .normalize('NFKC'),
  );

const missing = (sentences: string[], text: string) => sentences.filter((s) => !text.includes(s));

let sentences: string[];
let docx: Uint8Array;

beforeAll(() => {
  sentences = seedSentences(readFileSync(SEED, 'utf8'));
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-render-'));
  const r = runCli(['render', SHIPPED, '--format', 'docx', '-o', join(dir, 'ke-hoach.docx')]);
  expect(r.code).toBe(0);
  docx = readBytes(join(dir, 'ke-hoach.docx'));
});

describe('every sentence of the seed is in the rendered plan', () => {
  it('the seed splits into the sentences we expect to check', () => {
    expect(sentences.length).toBeGreaterThan(120);
    expect(sentences).toContain('KẾ HOẠCH');
    expect(sentences).toContain('- Cơ quan chủ trì: Phòng Văn hóa - Xã hội xã.');
    expect(sentences).toContain('- Lưu: VT.');
    expect(sentences.at(-1)).toBe('- Lưu: VT.');
  });

  it('in the markdown', () => {
    const r = runCli(['render', SHIPPED]);
    expect(r.code).toBe(0);
    expect(missing(sentences, markdownText(r.stdout))).toEqual([]);
  });

  it('in the text of the .docx', () => {
    const text = fold(docxParagraphs(docx).join('\n'));
    expect(missing(sentences, text)).toEqual([]);
  });

  // LibreOffice's first start in a fresh profile can take a while on a busy machine.
  it('in the PDF LibreOffice makes of the .docx (skipped without soffice)', { timeout: 120_000 }, (ctx) => {
    const pdf = pdfText(docx);
    if (!pdf) return ctx.skip();
    const text = pdfBody(pdf.text);
    expect(
      missing(
        sentences.map((s) => s.normalize('NFKC')),
        text,
      ),
    ).toEqual([]);
    // The Quốc hiệu fits on one line of the header; page 1 has no number, page 2 is numbered "2".
    expect(pdf.text.split('\n').map((l) => l.trim())).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    const pages = pdf.text.split('\f');
    expect(pages[0]!.trim().startsWith('ỦY BAN NHÂN DÂN')).toBe(true);
    expect(pages[1]!.trim().split('\n')[0]).toBe('2');
    // The signature block shares its page with the end of the body.
    const last = pages.filter((p) => p.trim() !== '').at(-1)!;
    expect(last).toContain('./.');
    expect(last).toContain('TM. ỦY BAN NHÂN DÂN');
  });
});
