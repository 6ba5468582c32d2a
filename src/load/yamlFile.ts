import { Composer, type CST, type Document, LineCounter, Parser, parseDocument, YAMLParseError } from 'yaml';
import type { Diagnostic } from '../check/diagnostic.js';
import { aliasCycle, aliasError } from './aliasError.js';
import { CircularData, cleanData, INVISIBLE } from './clean.js';
import { cstFacts } from './cst.js';
import { keyProblems } from './keyProblems.js';
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

  if (d.errors.length > 0) {
    out.diagnostics.push(...yamlErrorsToDiagnostics(d.errors, { doc: d, text, lineCounter, facts, file }));
    // A repeated key leaves well-formed data (the last one wins), so checking can go on.
    if (d.errors.some((e) => e.code !== 'DUPLICATE_KEY')) return out;
  }
  for (const w of d.warnings) {
    if (w.code === 'TAG_RESOLVE_FAILED' || w.code === 'BAD_COLLECTION_TYPE')
      out.diagnostics.push({
        ...at(w.pos[0]),
        severity: 'warning',
        code: 'YAML_TAG',
        args: { tag: text.slice(w.pos[0], w.pos[1]).split(/\s/u)[0] ?? '' },
      });
  }
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
