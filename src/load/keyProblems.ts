import { type Document, isMap, isPair, isScalar, isSeq, type Node } from 'yaml';
import type { Diagnostic } from '../check/diagnostic.js';
import { cleanText } from './clean.js';
import { formatPath, type Path } from './path.js';

type At = (offset: number, path?: string) => Omit<Diagnostic, 'code' | 'args' | 'severity'>;

/**
 * Keys the data cannot hold: `__proto__` (dropped, so it never reaches Object.prototype), and keys that
 * become the same once invisible characters are dropped and the text is NFC-normalised.
 */
export function keyProblems(doc: Document.Parsed, at: At): Diagnostic[] {
  const out: Diagnostic[] = [];
  const walk = (node: unknown, path: Path) => {
    if (isMap(node)) {
      const seen = new Map<string, { raw: string; offset: number }>();
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const raw = isScalar(pair.key) ? String(pair.key.value) : '';
        const k = cleanText(raw);
        const offset = (pair.key as Node | null)?.range?.[0] ?? 0;
        if (k === '__proto__') {
          out.push({
            ...at(offset, formatPath([...path, k])),
            severity: 'error',
            code: 'YAML_RESERVED_KEY',
            args: { key: k },
          });
        } else {
          const prev = seen.get(k);
          // Keys equal as written are the parser's duplicates, reported already.
          if (prev && prev.raw !== raw)
            out.push({
              ...at(offset, formatPath([...path, k])),
              severity: 'error',
              code: 'YAML_DUPLICATE_KEY',
              args: { key: k, firstLine: at(prev.offset).line },
            });
          else if (!prev) seen.set(k, { raw, offset });
        }
        walk(pair.value, [...path, k]);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => walk(item, [...path, i]));
    }
  };
  walk(doc.contents, []);
  return out;
}
