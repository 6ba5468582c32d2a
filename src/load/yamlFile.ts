import {
  Composer,
  type CST,
  type Document,
  isNode,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  Parser,
  parseDocument,
  visit,
  YAMLParseError,
} from 'yaml';
import type { Diagnostic } from '../check/diagnostic.js';
import { aliasCycle, aliasError } from './aliasError.js';
import { CircularData, cleanData, cleanText, INVISIBLE, LONE_SURROGATE } from './clean.js';
import { cstFacts } from './cst.js';
import { keyProblems } from './keyProblems.js';
import { formatPath, type Path } from './path.js';
import { yamlErrorsToDiagnostics } from './yamlErrors.js';

/**
 * YAML aliases are legal (a shared list of units, say); the cap stops "billion laughs" files. yaml counts
 * uses times nested aliases, so 1000 lets a plan reuse one anchor in hundreds of tasks while an alias
 * bomb is refused after expanding a few thousand nodes.
 */
export const MAX_ALIAS_COUNT = 1000;
/** A plan nests about ten levels; far deeper is an attack or a runaway paste, and would exhaust the stack. */
export const MAX_DEPTH = 64;
/** Invisible characters reported per file; past this the file is plainly pasted from elsewhere. */
const MAX_INVISIBLE_REPORTS = 20;

export interface YamlFile {
  file: string;
  /** The text as parsed: without a byte-order mark, lone CR line ends made LF (offsets unchanged). */
  text: string;
  doc: Document.Parsed;
  lineCounter: LineCounter;
  /** The data, cleaned and NFC-normalised, or undefined when the file could not be read as YAML. */
  value: unknown;
  diagnostics: Diagnostic[];
}

/** Parse YAML text keeping positions; never throws on bad input. */
export function parseYamlFile(source: string, file: string): YamlFile {
  let text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  // Editors treat a lone CR as a line end; so must line numbers. Same length, so offsets still hold.
  if (text.includes('\r')) text = text.replace(/\r(?!\n)/gu, '\n');
  // Lines are counted from the text itself: the parser's own newline callback skips some line breaks
  // inside scalars it is unsure about, which would put positions past the end of a line.
  const lineCounter = new LineCounter();
  lineCounter.addNewLine(0);
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineCounter.addNewLine(i + 1);
  const at = (offset: number, path = '') => {
    const { line, col } = lineCounter.linePos(Math.max(0, Math.min(offset, text.length)));
    return { file, line, column: col, path };
  };
  const tokens: CST.Token[] = [...new Parser().parse(text)];
  const facts = cstFacts(tokens, MAX_DEPTH);
  const out: YamlFile = {
    file,
    text,
    doc: undefined as unknown as Document.Parsed,
    lineCounter,
    value: undefined,
    diagnostics: invisibleChars(text, at),
  };

  if (facts.depth > MAX_DEPTH) {
    out.doc = parseDocument('');
    out.diagnostics.push({
      ...at(facts.deepAt ?? 0),
      severity: 'error',
      code: 'YAML_TOO_DEEP',
      args: { limit: MAX_DEPTH },
    });
    return out;
  }

  // The YAML 1.2 core schema whatever the file says: a "%YAML 1.1" line would otherwise turn dates into
  // Date objects and "yes" into true.
  const composer = new Composer({ schema: 'core', uniqueKeys: true, stringKeys: true, logLevel: 'error' });
  let doc: Document.Parsed | undefined;
  for (const d of composer.compose(tokens, true, text.length)) {
    if (!doc) doc = d;
    else {
      doc.errors.push(new YAMLParseError([d.range[0], d.range[1]], 'MULTIPLE_DOCS', 'multiple documents'));
      break;
    }
  }
  out.doc = doc ?? parseDocument('');
  const d = out.doc;
  out.diagnostics.push(...repeatedDirectives(tokens, at));

  if (d.errors.length > 0) {
    out.diagnostics.push(...yamlErrorsToDiagnostics(d.errors, { doc: d, text, lineCounter, facts, file }));
    // A repeated key leaves well-formed data (the last one wins), so checking can go on.
    if (d.errors.some((e) => e.code !== 'DUPLICATE_KEY')) return out;
  }
  // A tag (`!!set`, `!!timestamp`, `!foo`) asks for a type a plan never has; the 1.1 ones would be read
  // as sets, dates or bytes and then reported as the wrong shape. Refused where it is written.
  const tags = explicitTags(d, text);
  if (tags.length > 0) {
    for (const t of tags.slice(0, MAX_INVISIBLE_REPORTS))
      out.diagnostics.push({ ...at(t.offset), severity: 'error', code: 'YAML_TAG', args: { tag: t.tag } });
    return out;
  }
  if (out.diagnostics.some((x) => x.code === 'YAML_DIRECTIVE_REPEATED')) return out;
  out.diagnostics.push(...keyProblems(d, at));

  let value: unknown;
  try {
    value = d.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    out.diagnostics.push(aliasError(d, (e as Error).message ?? '', at, MAX_ALIAS_COUNT));
    return out;
  }

  if (value === null || value === undefined) {
    out.diagnostics.push({
      ...at(0),
      severity: 'error',
      code: 'FILE_EMPTY',
      args: {
        // An empty progress file needs a record, not a new plan.
        ...(/(^|[\\/])progress[\\/][^\\/]+$/u.test(file) ? { progress: true } : {}),
        content:
          text.trim().length === 0
            ? 'nothing'
            : text.split('\n').every((l) => /^\s*(#.*|---\s*|\.\.\.\s*)?$/u.test(l))
              ? 'comments'
              : 'null',
      },
    });
    return out;
  }
  out.diagnostics.push(...loneSurrogates(d, text, at));
  try {
    out.value = cleanData(value);
  } catch (e) {
    if (!(e instanceof CircularData)) throw e;
    out.diagnostics.push(aliasCycle(d, at));
  }
  return out;
}

type At = (offset: number, path?: string) => Omit<Diagnostic, 'code' | 'args' | 'severity'>;

function invisibleChars(text: string, at: At): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const m of text.matchAll(INVISIBLE)) {
    if (out.length >= MAX_INVISIBLE_REPORTS) break;
    const char = `U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
    out.push({ ...at(m.index), severity: 'warning', code: 'TEXT_INVISIBLE_CHAR', args: { char } });
  }
  return out;
}

/** A second `%YAML` (or the same `%TAG` twice) before one document: the YAML spec forbids it. */
function repeatedDirectives(tokens: readonly CST.Token[], at: At): Diagnostic[] {
  const out: Diagnostic[] = [];
  let seen = new Map<string, number>();
  for (const t of tokens) {
    if (t.type === 'document') {
      seen = new Map();
      continue;
    }
    if (t.type !== 'directive') continue;
    const [name = '', handle = ''] = t.source.trim().split(/\s+/u);
    const key = name === '%TAG' ? `${name} ${handle}` : name;
    if (name !== '%YAML' && name !== '%TAG') continue;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, t.offset);
    else
      out.push({
        ...at(t.offset),
        severity: 'error',
        code: 'YAML_DIRECTIVE_REPEATED',
        args: { directive: key, firstLine: at(first).line },
      });
  }
  return out;
}

/** Every tag written in the file, as written, with the offset where it starts. */
function explicitTags(doc: Document.Parsed, text: string): { tag: string; offset: number }[] {
  const out: { tag: string; offset: number }[] = [];
  visit(doc, (_, node) => {
    if (!isNode(node) || !node.tag || !node.range) return;
    // The node's range starts at its content; the tag is the last `!…` word before it.
    let i = text.lastIndexOf('!', node.range[0]);
    if (i === -1) return;
    while (i > 0 && !/[\s,[{]/u.test(text[i - 1]!)) i--;
    out.push({ tag: /^\S+/u.exec(text.slice(i))?.[0] ?? node.tag, offset: i });
  });
  return out.sort((a, b) => a.offset - b.offset);
}

/**
 * Half of a character (a UTF-16 surrogate without its pair), which only a "\uD83D" escape in double
 * quotes can produce (the file itself is valid UTF-8): no document can hold it, Word refuses the file.
 */
function loneSurrogates(doc: Document.Parsed, text: string, at: At): Diagnostic[] {
  const out: Diagnostic[] = [];
  const check = (node: unknown, ancestors: readonly unknown[]) => {
    if (!isScalar(node) || typeof node.value !== 'string' || !node.range) return;
    if (!LONE_SURROGATE.test(node.value)) return;
    const [start, end] = node.range;
    const written = loneEscape(text.slice(start, end));
    out.push({
      ...at(start + (written?.index ?? 0), formatPath(pathOf(ancestors, node))),
      severity: 'error',
      code: 'TEXT_LONE_SURROGATE',
      args: { escape: written?.text ?? '' },
    });
  };
  visit(doc, {
    Pair(_, pair, ancestors) {
      check(pair.key, [...ancestors, pair]);
    },
    Scalar(_, node, ancestors) {
      check(node, ancestors);
    },
  });
  return out.filter((x, i) => i === out.findIndex((y) => y.line === x.line && y.column === x.column));
}

/** Where a node sits in the data (`sections[1].tasks[0].short`), from the nodes around it. */
function pathOf(ancestors: readonly unknown[], node: unknown): Path {
  const chain = [...ancestors, node];
  const out: (string | number)[] = [];
  for (let i = 0; i + 1 < chain.length; i++) {
    const a = chain[i];
    const next = chain[i + 1];
    if (isPair(a) && next === a.value) out.push(isScalar(a.key) ? cleanText(String(a.key.value)) : '?');
    else if (isSeq(a)) out.push(a.items.indexOf(next as never));
  }
  return out;
}

/** The first surrogate escape (`\uD83D`, `\U0000DE00`) in a double-quoted source not paired with the next. */
function loneEscape(source: string): { index: number; text: string } | undefined {
  const escapes = [...source.matchAll(/\\(?:u|U0000)([dD][89a-fA-F][0-9a-fA-F]{2})/gu)];
  for (let k = 0; k < escapes.length; k++) {
    const m = escapes[k]!;
    const code = Number.parseInt(m[1]!, 16);
    const next = escapes[k + 1];
    const adjacent = next && next.index === m.index + m[0].length;
    if (code < 0xdc00 && adjacent && Number.parseInt(next[1]!, 16) >= 0xdc00) {
      k++;
      continue;
    }
    return { index: m.index, text: m[0] };
  }
  return undefined;
}
