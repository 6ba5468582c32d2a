import { isDeepStrictEqual } from 'node:util';
import { isMap, isScalar, isSeq, LineCounter, type Pair, parseDocument, stringify } from 'yaml';

/** The file has a shape the editor will not touch (flow-style top level, syntax errors, a scalar root…). */
export class CannotEdit extends Error {}

export interface Edit {
  text: string;
  /** Where the new bytes went in the old text, and what they are: everything else is unchanged. */
  at: number;
  inserted: string;
}

/**
 * Append one item to the top-level block sequence `key` (creating the key at the end of the mapping
 * when it is absent). The yaml Document API finds where the sequence ends and how it is indented; the
 * new item is spliced in as text, so every other byte of the file (comments, blank lines, key order,
 * quoting, line endings, a BOM) stays exactly as it was. The result is parsed again and must equal the
 * old data plus the item, or nothing is returned.
 */
export function appendToSequence(text: string, key: string, item: unknown): Edit {
  const { body, bom, eol, root, pairOf, data } = open(text);
  const pair = pairOf(key);
  let at: number;
  let inserted: string;
  if (!pair) {
    at = endOfLine(body, root.range![1]);
    inserted = `${key}:\n${indent(stringify([item], OPTIONS), 2)}`;
  } else if (isSeq(pair.value) && !pair.value.flow && pair.value.items.length > 0) {
    const seq = pair.value;
    const last = seq.items.at(-1) as { range?: [number, number, number] };
    at = endOfLine(body, last.range![1]);
    inserted = indent(stringify([item], OPTIONS), column(body, seq.range![0]));
  } else {
    throw new CannotEdit(key);
  }
  const lead = at > 0 && body[at - 1] !== '\n' ? '\n' : '';
  const piece = (lead + inserted).replace(/\n/gu, eol);
  const out = body.slice(0, at) + piece + body.slice(at);
  const expected = { ...data, [key]: [...((data[key] as unknown[] | undefined) ?? []), item] };
  check(out, expected);
  return { text: bom + out, at: at + bom.length, inserted: piece };
}

/** Add `key: value` at the end of the top-level mapping, when the key is absent. */
export function addTopLevelKey(text: string, key: string, value: unknown): Edit {
  const { body, bom, eol, root, pairOf, data } = open(text);
  if (pairOf(key)) throw new CannotEdit(key);
  const at = endOfLine(body, root.range![1]);
  const lead = at > 0 && body[at - 1] !== '\n' ? '\n' : '';
  const piece = (lead + stringify({ [key]: value }, OPTIONS)).replace(/\n/gu, eol);
  const out = body.slice(0, at) + piece + body.slice(at);
  check(out, { ...data, [key]: value });
  return { text: bom + out, at: at + bom.length, inserted: piece };
}

const OPTIONS = { lineWidth: 100, minContentWidth: 40 } as const;

function open(text: string) {
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  const body = text.slice(bom.length);
  const eol = body.includes('\r\n') ? '\r\n' : '\n';
  const doc = parseDocument(body, { lineCounter: new LineCounter(), uniqueKeys: true });
  const root = doc.contents;
  if (doc.errors.length || !isMap(root) || root.flow || !root.range) throw new CannotEdit('root');
  const pairOf = (key: string) =>
    (root.items as Pair[]).find((p) => isScalar(p.key) && String(p.key.value) === key);
  const data = doc.toJS() as Record<string, unknown>;
  return { body, bom, eol, root, pairOf, data };
}

/** The offset just after the line holding the character before `offset` (a node's end). */
function endOfLine(text: string, offset: number): number {
  if (offset > 0 && text[offset - 1] === '\n') return offset;
  const nl = text.indexOf('\n', offset);
  return nl === -1 ? text.length : nl + 1;
}

function column(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

const indent = (block: string, n: number) =>
  block
    .split('\n')
    .map((l) => (l ? ' '.repeat(n) + l : l))
    .join('\n');

function check(out: string, expected: unknown) {
  const doc = parseDocument(out, { uniqueKeys: true });
  if (doc.errors.length || !isDeepStrictEqual(doc.toJS(), expected)) throw new CannotEdit('verify');
}
