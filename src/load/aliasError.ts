import { type Document, isAlias, isCollection, isPair, type Node, visit } from 'yaml';
import type { Diagnostic } from '../check/diagnostic.js';

type At = (offset: number, path?: string) => Omit<Diagnostic, 'code' | 'args' | 'severity'>;

/** What went wrong when the data was built from the nodes: an alias with no anchor, or too many aliases. */
export function aliasError(doc: Document.Parsed, message: string, at: At, limit: number): Diagnostic {
  const first = firstAlias(doc);
  if (/unresolved alias/iu.test(message)) {
    const name = /:\s*(\S+)\s*$/u.exec(message)?.[1] ?? (isAlias(first) ? first.source : '');
    const bad = findAlias(doc, name) ?? first;
    return { ...at(bad?.range?.[0] ?? 0), severity: 'error', code: 'YAML_ALIAS_UNRESOLVED', args: { name } };
  }
  if (/alias count/iu.test(message))
    return {
      ...at((heaviestAlias(doc) ?? first)?.range?.[0] ?? 0),
      severity: 'error',
      code: 'YAML_ALIAS_LIMIT',
      args: { limit },
    };
  return { ...at(first?.range?.[0] ?? 0), severity: 'error', code: 'YAML_SYNTAX', args: { detail: message } };
}

/** An alias inside the very node its anchor names: the data would contain itself. */
export function aliasCycle(doc: Document.Parsed, at: At): Diagnostic {
  const anchors = new Map<string, Node>();
  let bad: Node | undefined;
  visit(doc, (_, node) => {
    if (!bad && isAlias(node)) {
      const target = anchors.get(node.source);
      const [start, end] = target?.range ?? [0, 0];
      if (node.range && node.range[0] >= start && node.range[0] < end) bad = node;
    } else if (isCollection(node) && node.anchor) anchors.set(node.anchor, node);
  });
  const found = bad ?? firstAlias(doc);
  return {
    ...at(found?.range?.[0] ?? 0),
    severity: 'error',
    code: 'YAML_ALIAS_CYCLE',
    args: { name: isAlias(found) ? found.source : '' },
  };
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
 * The alias that expands to the most: where an alias bomb goes off, rather than the first harmless
 * alias of a plan that also uses a few legitimately. Sizes are capped, so this stays cheap.
 */
function heaviestAlias(doc: Document.Parsed): Node | undefined {
  const anchors = new Map<string, Node>();
  const aliases: Node[] = [];
  visit(doc, {
    Node(_, node) {
      if (isAlias(node)) aliases.push(node);
      else if (node.anchor) anchors.set(node.anchor, node);
    },
  });
  const CAP = 1e9;
  const memo = new Map<Node, number>();
  const size = (node: unknown, depth: number): number => {
    if (depth > 200) return CAP;
    if (isAlias(node)) {
      const target = anchors.get(node.source);
      return target ? size(target, depth + 1) : 1;
    }
    if (isPair(node)) return Math.min(CAP, size(node.key, depth + 1) + size(node.value, depth + 1));
    if (!isCollection(node)) return 1;
    const known = memo.get(node);
    if (known !== undefined) return known;
    let n = 1;
    for (const item of node.items) n = Math.min(CAP, n + size(item, depth + 1));
    memo.set(node, n);
    return n;
  };
  let best: Node | undefined;
  let bestSize = 0;
  for (const a of aliases) {
    const n = size(a, 0);
    if (n > bestSize) {
      best = a;
      bestSize = n;
    }
  }
  return best;
}
