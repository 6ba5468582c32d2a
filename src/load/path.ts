import {
  type Document,
  isMap,
  isPair,
  isScalar,
  isSeq,
  type LineCounter,
  type Node,
  type Pair,
  type YAMLMap,
} from 'yaml';
import type { Path } from '../model/path.js';
import { cleanText } from './clean.js';

export type { Path };

/** `sections[1].tasks[3].lead[0]` */
export function formatPath(path: Path): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out ? `.${seg}` : seg;
  }
  return out;
}

/** Parse a JSON pointer (ajv's instancePath) into a Path. */
export function pointerToPath(pointer: string): (string | number)[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/gu, '/').replace(/~0/gu, '~'))
    .map((s) => (/^(0|[1-9][0-9]*)$/u.test(s) ? Number(s) : s));
}

/**
 * Line and column of the node at `path`; `key` points at a mapping key rather than its value. When the
 * path does not exist (a missing field), the deepest existing node is used.
 */
export function locate(
  doc: Document,
  lineCounter: LineCounter,
  path: Path,
  target: 'value' | 'key' = 'value',
): { line: number; column: number } {
  let node: unknown = doc.contents;
  let last: Node | null | undefined = doc.contents as Node | null;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!;
    const isLast = i === path.length - 1;
    let next: unknown;
    if (isMap(node)) {
      const pair = node.items.find(
        (p) => isPair(p) && isScalar(p.key) && cleanText(String(p.key.value)) === String(seg),
      );
      if (!pair) break;
      next = isLast && target === 'key' ? pair.key : (pair.value ?? pair.key);
      if (pair.value === null || (isScalar(pair.value) && pair.value.range === undefined)) next = pair.key;
    } else if (isSeq(node) && typeof seg === 'number') {
      next = node.items[seg];
    } else break;
    if (next === undefined || next === null) break;
    node = next;
    last = next as Node;
  }
  const offset = last?.range?.[0] ?? 0;
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}

/** The mapping entry at `path` and the mapping holding it, when the path ends at a key that exists. */
export function findPair(doc: Document, path: Path): { pair: Pair; parent: YAMLMap } | undefined {
  let node: unknown = doc.contents;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!;
    if (isMap(node)) {
      const pair = node.items.find(
        (p) => isPair(p) && isScalar(p.key) && cleanText(String(p.key.value)) === String(seg),
      );
      if (!pair) return undefined;
      if (i === path.length - 1) return { pair, parent: node };
      node = pair.value;
    } else if (isSeq(node) && typeof seg === 'number') node = node.items[seg];
    else return undefined;
  }
  return undefined;
}
