import {
  type Document,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  parseDocument,
  visit,
  type YAMLError,
} from 'yaml';
import type { Diagnostic } from '../check/diagnostic.js';
import { formatPath, type Path } from './path.js';

/** YAML aliases are legal, but a plan never needs many; the cap stops "billion laughs" files. */
export const MAX_ALIAS_COUNT = 100;

export interface YamlFile {
  file: string;
  text: string;
  doc: Document.Parsed;
  lineCounter: LineCounter;
  /** The data, NFC-normalised, or undefined when the file could not be read as YAML. */
  value: unknown;
  diagnostics: Diagnostic[];
}

/** Parse YAML text keeping positions; never throws on bad input. */
export function parseYamlFile(text: string, file: string): YamlFile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter,
    uniqueKeys: true,
    prettyErrors: false,
    keepSourceTokens: false,
  });
  const out: YamlFile = { file, text, doc, lineCounter, value: undefined, diagnostics: [] };
  const at = (offset: number, path = '') => {
    const { line, col } = lineCounter.linePos(Math.max(0, Math.min(offset, text.length)));
    return { file, line, column: col, path };
  };

  if (doc.errors.length > 0) {
    for (const e of doc.errors) out.diagnostics.push(yamlErrorToDiagnostic(e, doc, text, at));
    return out;
  }

  for (const { node, path } of reservedKeys(doc)) {
    out.diagnostics.push({
      ...at(node.range?.[0] ?? 0, formatPath(path)),
      severity: 'error',
      code: 'YAML_RESERVED_KEY',
      args: { key: '__proto__' },
    });
  }

  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    const message = (e as Error).message ?? '';
    const alias = firstAlias(doc);
    const pos = at(alias?.range?.[0] ?? 0);
    if (/alias count/i.test(message)) {
      out.diagnostics.push({
        ...pos,
        severity: 'error',
        code: 'YAML_ALIAS_LIMIT',
        args: { limit: MAX_ALIAS_COUNT },
      });
    } else if (/unresolved alias/i.test(message)) {
      const name = /:\s*(\S+)\s*$/u.exec(message)?.[1] ?? (isAlias(alias) ? alias.source : '');
      const bad = findAlias(doc, name) ?? alias;
      out.diagnostics.push({
        ...at(bad?.range?.[0] ?? 0),
        severity: 'error',
        code: 'YAML_ALIAS_UNRESOLVED',
        args: { name },
      });
    } else {
      out.diagnostics.push({ ...pos, severity: 'error', code: 'YAML_SYNTAX', args: { detail: message } });
    }
    return out;
  }

  if (value === null || value === undefined) {
    out.diagnostics.push({
      ...at(0),
      severity: 'error',
      code: 'FILE_EMPTY',
      args: { onlyComments: text.trim().length > 0 },
    });
    return out;
  }
  out.value = normalise(value);
  return out;
}

type At = (offset: number, path?: string) => Omit<Diagnostic, 'code' | 'args' | 'severity'>;

function yamlErrorToDiagnostic(e: YAMLError, doc: Document.Parsed, text: string, at: At): Diagnostic {
  const pos = at(e.pos[0]);
  switch (e.code) {
    case 'TAB_AS_INDENT':
      return { ...pos, severity: 'error', code: 'YAML_TAB', args: {} };
    case 'BAD_INDENT':
      return { ...pos, severity: 'error', code: 'YAML_INDENT', args: {} };
    case 'DUPLICATE_KEY': {
      const key = text.slice(e.pos[0], e.pos[1]).replace(/:$/u, '').trim() || keyAt(doc, e.pos[0]);
      return { ...pos, severity: 'error', code: 'YAML_DUPLICATE_KEY', args: { key: stripQuotes(key) } };
    }
    case 'MULTIPLE_DOCS':
      return { ...pos, severity: 'error', code: 'YAML_MULTIPLE_DOCUMENTS', args: {} };
    case 'MISSING_CHAR':
      if (/quote/iu.test(e.message)) {
        const quote = /single/iu.test(e.message) ? "'" : '"';
        const open = openingQuote(text, e.pos[0], quote);
        return {
          ...(open === undefined ? pos : at(open)),
          severity: 'error',
          code: 'YAML_UNCLOSED_QUOTE',
          args: { quote },
        };
      }
      break;
  }
  return {
    ...pos,
    severity: 'error',
    code: 'YAML_SYNTAX',
    args: { detail: `${e.code}: ${e.message.split('\n')[0]}` },
  };
}

/** The unclosed quote is where its line begins a value with that quote, searching back from the error. */
function openingQuote(text: string, errorAt: number, quote: string): number | undefined {
  const before = text.slice(0, errorAt);
  const re = quote === '"' ? /(?:^|[:\-[{,]\s*)(")/gmu : /(?:^|[:\-[{,]\s*)(')/gmu;
  let found: number | undefined;
  for (let m = re.exec(before); m !== null; m = re.exec(before)) {
    const start = m.index + m[0].length - 1;
    // A quote that closes on its own line is not the culprit.
    const lineEnd = before.indexOf('\n', start);
    const rest = before.slice(start + 1, lineEnd === -1 ? undefined : lineEnd);
    if (!closes(rest, quote)) found = start;
  }
  return found;
}

function closes(rest: string, quote: string): boolean {
  for (let i = 0; i < rest.length; i++) {
    if (quote === '"' && rest[i] === '\\') {
      i++;
      continue;
    }
    if (rest[i] === quote) {
      if (quote === "'" && rest[i + 1] === "'") {
        i++;
        continue;
      }
      return true;
    }
  }
  return false;
}

const stripQuotes = (s: string) => s.replace(/^["']|["']$/gu, '');

function keyAt(doc: Document.Parsed, offset: number): string {
  let key = '';
  visit(doc, {
    Pair(_, pair) {
      if (isScalar(pair.key) && pair.key.range?.[0] === offset) key = String(pair.key.value);
    },
  });
  return key;
}

function* reservedKeys(doc: Document.Parsed): Generator<{ node: Node; path: Path }> {
  const found: { node: Node; path: Path }[] = [];
  const walk = (node: unknown, path: Path) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const k = isScalar(pair.key) ? String(pair.key.value) : '';
        if (k === '__proto__' && isScalar(pair.key)) found.push({ node: pair.key, path: [...path, k] });
        walk(pair.value, [...path, k]);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => walk(item, [...path, i]));
    }
  };
  walk(doc.contents, []);
  yield* found;
}

function firstAlias(doc: Document.Parsed): Node | undefined {
  let found: Node | undefined;
  visit(doc, {
    Alias(_, node) {
      found = node;
      return visit.BREAK;
    },
  });
  return found;
}

function findAlias(doc: Document.Parsed, name: string): Node | undefined {
  let found: Node | undefined;
  visit(doc, {
    Alias(_, node) {
      if (isAlias(node) && node.source === name) {
        found = node;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

/**
 * NFC-normalise every string and key. Objects are rebuilt without a prototype chain surprise: a
 * `__proto__` key is reported above and dropped here, so it can never reach Object.prototype.
 */
function normalise(v: unknown): unknown {
  if (typeof v === 'string') return v.normalize('NFC');
  if (Array.isArray(v)) return v.map(normalise);
  if (v !== null && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, val] of Object.entries(v)) {
      if (k === '__proto__') continue;
      out[k.normalize('NFC')] = normalise(val);
    }
    return out;
  }
  return v;
}
