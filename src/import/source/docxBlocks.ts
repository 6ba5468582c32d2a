/**
 * A Word document into paragraphs and tables, read with mammoth (loaded only here). Mammoth's document
 * tree is walked directly: paragraphs keep their bold, line breaks and list numbering, and tables keep
 * their rows, so an appendix "Danh mục nhiệm vụ" arrives as a table.
 */
import { letter as letterOf, roman } from '../../model/plan.js';
import { isAllCaps, parseMarker, romanValue } from '../outline/markers.js';
import { rowsToBlocks } from '../tasks/tableRows.js';
import { type Block, type Para, para, type SourceDoc, type TableCell, type TableRow } from './blocks.js';
import { normaliseSpaces, stripBookmarks } from './marks.js';

interface Element {
  type: string;
  children?: Element[];
  value?: string;
  isBold?: boolean;
  isItalic?: boolean;
  breakType?: string;
  numbering?: { level?: string; isOrdered?: boolean } | null;
}

interface Run {
  text: string;
  bold: boolean;
  italic: boolean;
}

export async function docxToBlocks(bytes: Uint8Array): Promise<SourceDoc> {
  const mod = (await import('mammoth')) as unknown as { default?: Mammoth } & Mammoth;
  const mammoth = mod.default ?? mod;
  let root: Element | undefined;
  await mammoth.convertToHtml(
    { buffer: Buffer.from(bytes) },
    {
      transformDocument: (doc: Element) => {
        root = doc;
        return { ...doc, children: [] };
      },
      convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
    },
  );
  const walker = new Walker();
  for (const child of root?.children ?? []) walker.block(child, walker.blocks);
  return { blocks: walker.blocks, unit: 'paragraph' };
}

interface Mammoth {
  convertToHtml(
    input: { buffer: Buffer },
    options: { transformDocument: (doc: Element) => Element; convertImage: unknown },
  ): Promise<unknown>;
  images: { imgElement(f: () => Promise<{ src: string }>): unknown };
}

class Walker {
  readonly blocks: Block[] = [];
  private n = 0;
  private counters: number[] = [];
  private sections = 0;

  block(el: Element, out: Block[]): void {
    if (el.type === 'paragraph') {
      const p = this.paragraph(el);
      if (p) out.push(p);
    } else if (el.type === 'table') {
      const line = this.n + 1;
      const rows: TableRow[] = [];
      for (const row of el.children ?? []) {
        if (row.type !== 'tableRow') continue;
        const cells: TableCell[] = [];
        for (const cell of row.children ?? []) {
          if (cell.type !== 'tableCell') continue;
          const paras: Para[] = [];
          const inner: Block[] = [];
          for (const c of cell.children ?? []) this.block(c, inner);
          for (const b of inner) if (b.kind === 'para') paras.push(b);
          cells.push({
            text: paras.map((p) => p.text).join(' '),
            paras: paras.map((p) => p.text),
            line: paras[0]?.line ?? this.n,
            bold: paras.length > 0 && paras.every((p) => p.bold),
          });
        }
        if (cells.length) rows.push({ cells, line: cells[0]!.line });
      }
      out.push(...rowsToBlocks(rows, line));
    } else {
      for (const c of el.children ?? []) this.block(c, out);
    }
  }

  private paragraph(el: Element): Para | undefined {
    this.n++;
    const runs: Run[] = [];
    collect(el, runs, { bold: false, italic: false });
    const raw = runs.map((r) => r.text).join('');
    const lines = stripBookmarks(normaliseSpaces(raw))
      .split('\n')
      .map((l) => l.replace(/\s+/gu, ' ').trim())
      .filter(Boolean);
    if (lines.length === 0) return undefined;
    const visible = runs.filter((r) => r.text.trim());
    const bold = visible.length > 0 && visible.every((r) => r.bold);
    let text = lines.join(' ');
    const marker = this.numberingMarker(el, text);
    if (marker) {
      text = `${marker} ${text}`;
      lines[0] = `${marker} ${lines[0]}`;
    }
    return para(text, this.n, {
      lines,
      bold,
      startsBold: visible[0]?.bold ?? false,
      italic: visible[0]?.italic ?? false,
    });
  }

  /**
   * Word's automatic list numbering is not in the text. Bullets become "-" and "+"; numbered levels
   * become "1." then "a)", counted here (mammoth does not give the list format, only whether it is ordered).
   */
  private numberingMarker(el: Element, text: string): string | undefined {
    const num = el.numbering;
    if (!num) {
      const typed = parseMarker(text);
      if (typed?.kind === 'roman') {
        this.counters = [];
        this.sections = romanValue(typed.label);
      }
      return undefined;
    }
    if (parseMarker(text)) return undefined;
    const level = Number(num.level ?? 0) || 0;
    if (!num.isOrdered) return level === 0 ? '-' : '+';
    // A numbered heading in capitals is a section ("I. MỤC ĐÍCH, YÊU CẦU"), whatever list it is in.
    if (level === 0 && isAllCaps(text)) {
      this.sections++;
      this.counters = [];
      return `${roman(this.sections)}.`;
    }
    this.counters = this.counters.slice(0, level + 1);
    while (this.counters.length <= level) this.counters.push(0);
    this.counters[level]!++;
    const c = this.counters[level]!;
    return level === 0 ? `${c}.` : level === 1 ? `${letterOf(c)})` : `${c}.`;
  }
}

function collect(el: Element, out: Run[], style: { bold: boolean; italic: boolean }): void {
  for (const c of el.children ?? []) {
    switch (c.type) {
      case 'text':
        out.push({ text: c.value ?? '', ...style });
        break;
      case 'tab':
        out.push({ text: ' ', ...style });
        break;
      case 'break':
        out.push({ text: c.breakType === 'line' || !c.breakType ? '\n' : ' ', ...style });
        break;
      case 'noBreakHyphen':
        out.push({ text: '-', ...style });
        break;
      case 'run':
        collect(c, out, { bold: Boolean(c.isBold), italic: Boolean(c.isItalic) });
        break;
      case 'deletedRun':
      case 'footnoteReference':
      case 'endnoteReference':
      case 'commentReference':
        break;
      default:
        collect(c, out, style);
    }
  }
}
