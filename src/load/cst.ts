import type { CST } from 'yaml';

/**
 * Facts read from the YAML concrete syntax tree before it is composed into nodes. The walk is iterative:
 * composing a very deeply nested file exhausts the stack, and on Node 20 that can abort the process
 * instead of throwing, so depth must be measured without recursion and checked first.
 */
export interface CstFacts {
  /** Deepest collection nesting, counted up to `limit + 1`. */
  depth: number;
  /** Where nesting first went past the limit. */
  deepAt?: number;
  /** Quoted scalars without their closing quote: offset of the opening quote. */
  unclosedQuotes: { offset: number; quote: '"' | "'" }[];
  /** Flow collections (`[…]`, `{…}`) without their closing bracket: offset of the opening bracket. */
  unclosedBrackets: { offset: number; bracket: '[' | '{' }[];
}

type Token = CST.Token;

export function cstFacts(tokens: readonly Token[], limit: number): CstFacts {
  const facts: CstFacts = { depth: 0, unclosedQuotes: [], unclosedBrackets: [] };
  const stack: { token: Token; depth: number }[] = tokens.map((token) => ({ token, depth: 0 }));
  while (stack.length > 0) {
    const { token, depth } = stack.pop()!;
    const push = (t: Token | null | undefined, d: number) => {
      if (t) stack.push({ token: t, depth: d });
    };
    switch (token.type) {
      case 'document':
        push(token.value, depth);
        break;
      case 'block-map':
      case 'block-seq':
      case 'flow-collection': {
        const d = depth + 1;
        if (d > facts.depth) facts.depth = d;
        // Deeper than the limit is refused whole; no need to look further down.
        if (d > limit) {
          facts.deepAt = Math.min(facts.deepAt ?? token.offset, token.offset);
          break;
        }
        if (token.type === 'flow-collection') {
          const open = token.start.source;
          const close = open === '[' ? 'flow-seq-end' : 'flow-map-end';
          if (!token.end.some((t) => t.type === close))
            facts.unclosedBrackets.push({ offset: token.start.offset, bracket: open === '[' ? '[' : '{' });
        }
        for (const item of token.items) {
          if ('key' in item) push(item.key, d);
          push(item.value, d);
        }
        break;
      }
      case 'single-quoted-scalar':
      case 'double-quoted-scalar':
        if (!isClosed(token.source)) {
          facts.unclosedQuotes.push({
            offset: token.offset,
            quote: token.type === 'single-quoted-scalar' ? "'" : '"',
          });
        }
        break;
      case 'block-scalar':
        for (const p of token.props) push(p, depth);
        break;
    }
  }
  facts.unclosedQuotes.sort((a, b) => a.offset - b.offset);
  facts.unclosedBrackets.sort((a, b) => a.offset - b.offset);
  return facts;
}

/** Whether a quoted scalar's source ends with its own closing quote ('' and \" do not close). */
function isClosed(source: string): boolean {
  const q = source[0];
  for (let i = 1; i < source.length; i++) {
    const c = source[i];
    if (q === '"' && c === '\\') {
      i++;
      continue;
    }
    if (c === q) {
      if (q === "'" && source[i + 1] === "'") {
        i++;
        continue;
      }
      return true;
    }
  }
  return false;
}
