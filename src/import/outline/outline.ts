/**
 * The body as a tree: Roman sections, then "1.", "1.1.", "a)", "-" and "+" nested by their markers.
 * Paragraphs without a marker belong to the nearest numbered node above them (a paragraph after a
 * bullet list belongs to the list's owner, not to the last bullet).
 */
import type { Block, Para, Table } from '../source/blocks.js';
import { type Marker, parseMarker } from './markers.js';

export interface Node {
  marker: Marker;
  para: Para;
  content: Content[];
}

export type Content = { t: 'para'; para: Para } | { t: 'node'; node: Node } | { t: 'table'; table: Table };

export interface OutlineSection {
  marker: Marker;
  para: Para;
  content: Content[];
}

export interface Outline {
  /** Paragraphs before the first section. */
  preface: Content[];
  sections: OutlineSection[];
}

const rank = (m: Marker): number => {
  switch (m.kind) {
    case 'roman':
      return 0;
    case 'number':
      return 1;
    case 'decimal':
      return m.label.split('.').length;
    case 'letter':
      return 6;
    case 'dash':
      return 10;
    case 'plus':
      return 11;
  }
};

const isBullet = (m: Marker) => m.kind === 'dash' || m.kind === 'plus';

export function outline(blocks: readonly Block[]): Outline {
  const out: Outline = { preface: [], sections: [] };
  let stack: { rank: number; content: Content[]; bullet: boolean }[] = [
    { rank: -1, content: out.preface, bullet: false },
  ];
  for (const b of blocks) {
    if (b.kind === 'table') {
      while (stack.length > 1 && stack.at(-1)!.bullet) stack.pop();
      stack.at(-1)!.content.push({ t: 'table', table: b });
      continue;
    }
    const marker = parseMarker(b.text);
    if (!marker) {
      while (stack.length > 1 && stack.at(-1)!.bullet) stack.pop();
      stack.at(-1)!.content.push({ t: 'para', para: b });
      continue;
    }
    if (marker.kind === 'roman') {
      const section: OutlineSection = { marker, para: b, content: [] };
      out.sections.push(section);
      stack = [{ rank: 0, content: section.content, bullet: false }];
      continue;
    }
    const r = rank(marker);
    while (stack.length > 1 && stack.at(-1)!.rank >= r) stack.pop();
    // A "+" with no "-" above it is still a bullet of the node it follows.
    const node: Node = { marker, para: b, content: [] };
    stack.at(-1)!.content.push({ t: 'node', node });
    stack.push({ rank: r, content: node.content, bullet: isBullet(marker) });
  }
  return out;
}

export const paraText = (c: Content): string | undefined => (c.t === 'para' ? c.para.text : undefined);
