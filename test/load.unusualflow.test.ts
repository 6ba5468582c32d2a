/**
 * src/load/fastValue.ts unusualFlow decides which files the fast reader may take. It used to split the
 * text into lines and walk each; now it jumps to the lines that can matter and measures block scalars in
 * place. The earlier form, kept here as the reference, must give the same answer for every text: the
 * plans and fixtures, every case of the YAML test suite, and random texts built from the pieces the scan
 * looks at (block scalars, blank and odd-space lines, quotes, brackets, comments).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unusualFlow } from '../src/load/fastValue.js';
import { ROOT } from './helpers/cli.js';
import { runs } from './helpers/runs.js';
import { loadSuite } from './helpers/yamlSuite.js';

function reference(text: string): boolean {
  let blockIndent = -1; // inside a block scalar (">-", "|") started on a line with this indentation
  let leadingBlank = -1; // widest blank line before the block's first content line (-1: content seen)
  for (const line of text.split('\n')) {
    const indent = line.length - line.trimStart().length;
    if (blockIndent >= 0) {
      if (line.trim() === '') {
        if (leadingBlank >= 0) leadingBlank = Math.max(leadingBlank, line.length);
        continue;
      }
      // A blank line indented past the first content line is an error in YAML (js-yaml lets it pass).
      if (leadingBlank > indent) return true;
      leadingBlank = -1;
      if (indent > blockIndent) continue;
      blockIndent = -1;
    }
    if ((line.includes('>') || line.includes('|')) && BLOCK_SCALAR.test(line)) {
      // Its content is indented past the key ("      - text: >-" → past column 8); erring high only
      // means scanning content lines, which can send a file to the careful reader but never skip one.
      const prefix = /^[ -]*/u.exec(line)![0];
      // "          - >-": a list item that is itself the block: its content is past the dash.
      blockIndent = /^[>|]/u.test(line.slice(prefix.length)) ? prefix.trimEnd().length - 1 : prefix.length;
      leadingBlank = 0;
      continue;
    }
    // Without a quote or an opening bracket nothing below can open, close or be glued to anything: most
    // lines of a plan (prose, `key: value`) skip the walk over their characters (8 % of a bulk run).
    if (!FLOW_OR_QUOTE.test(line)) continue;
    // Character codes, not one-character strings: a Vietnamese letter as a string is an allocation.
    const open: number[] = []; // the flow collections open at this point: '[' or '{'
    let quote = 0; // the open quote's code, 0 outside quotes
    let prev = 0; // the last character that was not a space (0: none): decides whether a quote or bracket opens a value
    let closed = false; // just after a closing quote or bracket, where the careful reader is strict
    for (let i = 0; i < line.length; i++) {
      const c = line.charCodeAt(i);
      if (closed && !(c === SP || c === TAB || c === COMMA || c === RSQ || c === RCB || c === COLON))
        return true;
      closed = false;
      if (quote) {
        if (quote === DQ && c === BACKSLASH) i++;
        else if (c === quote && quote === SQ && line.charCodeAt(i + 1) === SQ) i++;
        else if (c === quote) {
          quote = 0;
          prev = c;
          closed = true;
        }
        continue;
      }
      if (c === SP || c === TAB) continue;
      if (c === HASH && (i === 0 || line.charCodeAt(i - 1) === SP || line.charCodeAt(i - 1) === TAB)) break;
      const inFlow = open.length > 0;
      if (inFlow && (c === COMMA || c === COLON) && (prev === COMMA || prev === LCB || prev === LSQ))
        return true;
      // A colon inside […] or {…} that is not "key: value" ("a::", "a:b") is read differently too.
      if (inFlow && c === COLON && (prev === COLON || !/^[\s,\]}]?$/u.test(line[i + 1] ?? ''))) return true;
      const opensValue =
        prev === 0 || prev === COLON || prev === DASH || prev === LSQ || prev === LCB || prev === COMMA;
      if (inFlow && c === QUESTION && opensValue) return true; // an explicit key inside […] or {…}
      if ((c === DQ || c === SQ) && opensValue) quote = c;
      else if ((c === LSQ || c === LCB) && (opensValue || inFlow)) {
        // In a mapping, a collection in key position ("{ a: 1, [b]: 2 }" or "{ a:, [b] }") is a complex key.
        if (open.at(-1) === LCB && (prev === COMMA || prev === LCB)) return true;
        if (open.push(c) > 32) return true;
      } else if ((c === RSQ || c === RCB) && inFlow) {
        open.pop();
        closed = true;
      }
      prev = c;
    }
    if (quote || open.length > 0) return true;
  }
  return false;
}

const FLOW_OR_QUOTE = /["'[{]/;
// The characters unusualFlow looks at, as codes: ' ', tab, ',', ':', '-', '#', '?', '"', "'", '\\', '[', ']', '{', '}'.
const SP = 32;
const TAB = 9;
const COMMA = 44;
const COLON = 58;
const DASH = 45;
const HASH = 35;
const QUESTION = 63;
const DQ = 34;
const SQ = 39;
const BACKSLASH = 92;
const LSQ = 91;
const RSQ = 93;
const LCB = 123;
const RCB = 125;

/** A line whose value is a block scalar: its content lines follow, more indented. */
const BLOCK_SCALAR = /(?:^|[:-][ \t]+)[>|][+-]?[1-9]?[+-]?[ \t]*(?:#.*)?$/u;

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) return yamlFiles(p);
    return /\.ya?ml$/u.test(n) ? [p] : [];
  });
}

const piece = fc.constantFrom(
  'a: b',
  'key: >-',
  'key: |',
  '- >',
  '  - |+',
  'text: >2-',
  '    - text: >- # note',
  '  ',
  '      ',
  '',
  '\u00a0 x',
  '\u3000',
  '  \u00a0',
  '  content',
  '    deeper',
  '        deepest',
  '- "quoted"',
  "- 'it''s'",
  '- "open',
  'x: [a, b]',
  'x: [a, , b]',
  'x: { a: 1, b: 2 }',
  'x: { [a]: 1 }',
  'x: {a:b}',
  'x: "a"b',
  'x: [a]#c',
  'x: ab # "c',
  'x: a#"b',
  'x: [ ? a ]',
  'x: "a\\"b"',
  '  ]',
  '{',
  'x: > not a block',
  'x: a | b',
  'ý: "Xã"',
);
const text = fc.array(piece, { maxLength: 30 }).map((lines) => lines.join('\n'));

describe('unusualFlow', () => {
  it('answers as the line-by-line scan did for the plans and fixtures, with Windows line ends made LF', () => {
    const files = [...yamlFiles(join(ROOT, 'test/fixtures')), ...yamlFiles(join(ROOT, 'plans'))];
    expect(files.length).toBeGreaterThan(50);
    for (const f of files) {
      const t = readFileSync(f, 'utf8').replace(/\r\n/gu, '\n');
      expect([f, unusualFlow(t)]).toEqual([f, reference(t)]);
    }
  });

  it('answers as the line-by-line scan did for every case of the YAML test suite', () => {
    const cases = loadSuite();
    expect(cases.length).toBeGreaterThan(300);
    let unusual = 0;
    for (const c of cases) {
      expect([c.id, unusualFlow(c.yaml)]).toEqual([c.id, reference(c.yaml)]);
      if (reference(c.yaml)) unusual++;
    }
    // Both answers occur: the comparison is not between two constants.
    expect(unusual).toBeGreaterThan(20);
    expect(unusual).toBeLessThan(cases.length - 20);
  });

  it('answers as the line-by-line scan did for random texts', () => {
    let unusual = 0;
    fc.assert(
      fc.property(text, (t) => {
        const want = reference(t);
        if (want) unusual++;
        expect(unusualFlow(t)).toBe(want);
      }),
      { numRuns: runs(4000) },
    );
    expect(unusual).toBeGreaterThan(0);
  });
});
