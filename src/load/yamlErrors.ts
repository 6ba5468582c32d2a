import { type Document, isMap, isPair, isScalar, type LineCounter, visit, type YAMLError } from 'yaml';
import type { Diagnostic } from '../check/diagnostic.js';
import { cleanText } from './clean.js';
import type { CstFacts } from './cst.js';

interface Candidate {
  diagnostic: Diagnostic;
  /** Lower is more specific; in a cluster of errors only the most specific is kept. */
  rank: number;
  /** Where the parser noticed the problem, for clustering (the diagnostic may point elsewhere). */
  anchor: number;
  /** Independent of its neighbours: never merged into a cluster. */
  alone: boolean;
}

/**
 * Turn the parser's errors into diagnostics a person can act on. One slip (a tab, a missing bracket)
 * makes the parser report three or four errors on neighbouring lines; those are grouped, and the group
 * shows only its most specific error, placed on the token that caused it.
 */
export function yamlErrorsToDiagnostics(
  errors: readonly YAMLError[],
  ctx: { doc: Document.Parsed; text: string; lineCounter: LineCounter; facts: CstFacts; file: string },
): Diagnostic[] {
  const { text, lineCounter, facts, file } = ctx;
  const lineOf = (offset: number) => lineCounter.linePos(clamp(offset, text.length)).line;
  const make = (e: YAMLError, offset: number, rank: number, d: Pick<Diagnostic, 'code' | 'args'>) => {
    const { line, col } = lineCounter.linePos(clamp(offset, text.length));
    return {
      diagnostic: { ...d, severity: 'error', file, line, column: col, path: '' } as Diagnostic,
      rank,
      anchor: e.pos[0],
      alone: e.code === 'DUPLICATE_KEY' || e.code === 'MULTIPLE_DOCS',
    } satisfies Candidate;
  };
  const duplicates = errors.some((e) => e.code === 'DUPLICATE_KEY') ? duplicateKeys(ctx.doc) : new Map();

  const candidates = errors.map((e): Candidate => {
    const at = e.pos[0];
    const line = lineText(text, at);
    const nbsp = line.text.indexOf('\u00a0');
    if (nbsp !== -1 && e.code !== 'DUPLICATE_KEY' && e.code !== 'MULTIPLE_DOCS')
      return make(e, line.start + nbsp, 1, { code: 'YAML_NBSP', args: {} });
    const bracket = /end with an? ([\]}])/u.exec(e.message);
    if (bracket) {
      const open = bracket[1] === ']' ? '[' : '{';
      const found = lastBefore(facts.unclosedBrackets, at, (b) => b.bracket === open);
      return make(e, found?.offset ?? at, 1, { code: 'YAML_UNCLOSED_BRACKET', args: { bracket: open } });
    }
    // `--- title: x`: a mapping or list cannot start on the `---` line.
    if (/same line with directives-end marker/u.test(e.message))
      return make(e, line.start, 2, { code: 'YAML_AFTER_DOCUMENT_START', args: {} });
    // `text: >` then blank lines with more spaces than the first line of text.
    if (/more-indented leading empty lines/u.test(e.message))
      return make(e, at, 2, { code: 'YAML_BLOCK_BLANK_INDENT', args: {} });
    switch (e.code) {
      case 'TAB_AS_INDENT':
        return make(e, at, 0, { code: 'YAML_TAB', args: {} });
      case 'BAD_INDENT':
        return make(e, skipSpaces(text, at), 4, { code: 'YAML_INDENT', args: {} });
      case 'DUPLICATE_KEY': {
        const dup = duplicates.get(at);
        const key = dup?.key ?? keyText(text, at);
        return make(e, at, 0, {
          code: 'YAML_DUPLICATE_KEY',
          args: dup ? { key, firstLine: lineOf(dup.first) } : { key },
        });
      }
      case 'MULTIPLE_DOCS':
        return make(e, at, 0, { code: 'YAML_MULTIPLE_DOCUMENTS', args: {} });
      case 'MISSING_CHAR': {
        const quote = /closing (["'])quote/u.exec(e.message)?.[1] as '"' | "'" | undefined;
        if (quote) {
          const found =
            lastBefore(facts.unclosedQuotes, at, (q) => q.quote === quote) ??
            facts.unclosedQuotes.find((q) => q.quote === quote);
          return make(e, found?.offset ?? at, 1, { code: 'YAML_UNCLOSED_QUOTE', args: { quote } });
        }
        if (/map keys need to be followed by map values/u.test(e.message)) return missingColon(e, at);
        break;
      }
      case 'MULTILINE_IMPLICIT_KEY':
        return missingColon(e, at);
      case 'BLOCK_AS_IMPLICIT_KEY':
        if (/Nested mappings/u.test(e.message)) {
          const colon = line.text.slice(at - line.start).search(/:(\s|$)/u);
          return make(e, colon === -1 ? at : at + colon, 3, { code: 'YAML_COLON_IN_VALUE', args: {} });
        }
        return make(e, skipBlank(text, at), 3, { code: 'YAML_MISPLACED_ITEM', args: {} });
      case 'UNEXPECTED_TOKEN': {
        // "title: >50%" reads as a folded block header with junk after it.
        if (/Block scalar header/u.test(e.message)) {
          const header = line.text.slice(0, at - line.start).search(/[>|][^>|]*$/u);
          const offset = header === -1 ? at : line.start + header;
          return make(e, offset, 2, { code: 'YAML_RESERVED_START', args: { char: text[offset] ?? '' } });
        }
        const before = text.slice(0, at).replace(/[ \t]+$/u, '');
        const prev = before[before.length - 1];
        if (/at node end/u.test(e.message) && (prev === '"' || prev === "'"))
          return make(e, at, 2, { code: 'YAML_TEXT_AFTER_QUOTE', args: { quote: prev } });
        const ch = text[at];
        if (ch === ']' || ch === '}' || ch === ',')
          return make(e, at, 2, { code: 'YAML_UNEXPECTED_CHAR', args: { char: ch } });
        break;
      }
      case 'BAD_SCALAR_START':
        return make(e, at, 2, { code: 'YAML_RESERVED_START', args: { char: text[at] ?? '' } });
      case 'BAD_DQ_ESCAPE': {
        const seq = /escape sequence (\S+)/u.exec(e.message)?.[1] ?? text.slice(at, at + 2);
        return make(e, at, 2, { code: 'YAML_BAD_ESCAPE', args: { escape: seq } });
      }
      case 'NON_STRING_KEY':
        return make(e, at, 6, { code: 'YAML_COMPLEX_KEY', args: {} });
    }
    return make(e, at, 9, {
      code: 'YAML_SYNTAX',
      args: { detail: `${e.code}: ${e.message.split('\n')[0]}` },
    });

    function missingColon(err: YAMLError, offset: number): Candidate {
      const l = lineText(text, offset);
      const body = l.text.trim();
      if (/^-(\s|$)/u.test(body))
        return make(err, l.start + l.text.indexOf('-'), 3, { code: 'YAML_MISPLACED_ITEM', args: {} });
      const shown = body.length > 60 ? `${body.slice(0, 57)}…` : body;
      const noSpace = /^[^\s:#]+:[^\s:]/u.exec(body);
      if (noSpace)
        return make(err, l.start + l.text.indexOf(body) + noSpace[0].length - 2, 5, {
          code: 'YAML_COLON_NO_SPACE',
          args: { text: shown },
        });
      return make(err, skipSpaces(text, offset), 5, { code: 'YAML_MISSING_COLON', args: { text: shown } });
    }
  });

  // After its first real error the parser is guessing, and what it reports further down is mostly the
  // same slip seen again; so only the first cluster is shown (a repeated key before it is reliable).
  const rest = candidates.filter((c) => !c.alone).sort((a, b) => a.anchor - b.anchor);
  const cluster: Candidate[] = [];
  let lastLine = -Infinity;
  for (const c of rest) {
    const line = lineOf(c.anchor);
    if (cluster.length > 0 && line > lastLine + 2) break;
    cluster.push(c);
    lastLine = Math.max(lastLine, line);
  }
  const end = cluster.length > 0 ? cluster[cluster.length - 1]!.anchor : Infinity;
  const out: Diagnostic[] = candidates
    .filter((c) => c.alone && (c.anchor <= end || c.diagnostic.code === 'YAML_MULTIPLE_DOCUMENTS'))
    .map((c) => c.diagnostic);
  if (cluster.length > 0) out.push(cluster.reduce((best, c) => (c.rank < best.rank ? c : best)).diagnostic);
  const seen = new Set<string>();
  return out.filter((d) => {
    const k = `${d.code}:${d.line}:${d.column}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

const clamp = (offset: number, max: number) => Math.max(0, Math.min(offset, max));

function lineText(text: string, offset: number): { start: number; text: string } {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const end = text.indexOf('\n', offset);
  return { start, text: text.slice(start, end === -1 ? undefined : end).replace(/\r$/u, '') };
}

/** Past spaces on the same line: an indentation error belongs to the first character of the line. */
function skipSpaces(text: string, offset: number): number {
  let i = offset;
  while (text[i] === ' ') i++;
  return text[i] === '\n' || i >= text.length ? offset : i;
}

/** Past whitespace, blank lines and comment lines: to the token the parser stumbled on. */
function skipBlank(text: string, offset: number): number {
  let i = offset;
  for (;;) {
    while (i < text.length && /\s/u.test(text[i]!)) i++;
    if (text[i] !== '#') break;
    const nl = text.indexOf('\n', i);
    if (nl === -1) break;
    i = nl + 1;
  }
  return i < text.length ? i : offset;
}

function lastBefore<T extends { offset: number }>(
  list: readonly T[],
  offset: number,
  ok: (t: T) => boolean,
): T | undefined {
  let found: T | undefined;
  for (const t of list) if (t.offset <= offset && ok(t)) found = t;
  return found;
}

/** The key written at `offset`, when the document has no node for it. */
function keyText(text: string, offset: number): string {
  const m = /^\s*("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^:\n]*)/u.exec(text.slice(offset, offset + 200));
  return (m?.[1] ?? '').trim().replace(/^["']|["']$/gu, '');
}

/** For each repeated key (by its offset): the key and the offset of its first occurrence. */
function duplicateKeys(doc: Document.Parsed): Map<number, { key: string; first: number }> {
  const out = new Map<number, { key: string; first: number }>();
  visit(doc, {
    Map(_, map) {
      if (!isMap(map)) return;
      const first = new Map<string, number>();
      for (const pair of map.items) {
        if (!isPair(pair) || !isScalar(pair.key) || !pair.key.range) continue;
        const key = cleanText(String(pair.key.value));
        const at = pair.key.range[0];
        const prev = first.get(key);
        if (prev === undefined) first.set(key, at);
        else out.set(at, { key, first: prev });
      }
    },
  });
  return out;
}
