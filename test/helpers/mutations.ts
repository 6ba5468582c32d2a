import fc from 'fast-check';

export type Mutation = ((text: string) => string) & { [fc.toStringMethod]?: () => string };

/** A mutation that says what it does when fast-check prints a counterexample. */
const named = (name: string, f: (text: string) => string): Mutation =>
  Object.assign(f, { [fc.toStringMethod]: () => name });

/** Ways people and tools break a YAML file; each takes the text and returns a damaged copy. */
export function mutation(UNIT_IDS: readonly string[]): fc.Arbitrary<Mutation> {
  const lineAt = (text: string, k: number) => {
    const lines = text.split('\n');
    return { lines, i: k % lines.length };
  };
  const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);
  return fc.oneof(
    // Delete a line (a key, a list item, half a paragraph).
    fc.nat().map((k) =>
      named(`delete line #${k}`, (t) => {
        const { lines, i } = lineAt(t, k);
        lines.splice(i, 1);
        return lines.join('\n');
      }),
    ),
    // Duplicate a line: a repeated key or a repeated list item.
    fc.nat().map((k) =>
      named(`duplicate line #${k}`, (t) => {
        const { lines, i } = lineAt(t, k);
        lines.splice(i, 0, lines[i]!);
        return lines.join('\n');
      }),
    ),
    // Give a key a value of another type.
    fc
      .tuple(
        fc.nat(),
        pick(['42', '-1.5', 'true', 'null', '~', '[]', '{}', '""', '[1, [2]]', '{a: 1}', '.inf', '0x1F']),
      )
      .map(([k, v]) =>
        named(`value after line #${k} becomes ${v}`, (t) => {
          const { lines, i } = lineAt(t, k);
          for (let j = 0; j < lines.length; j++) {
            const n = (i + j) % lines.length;
            const m = /^(\s*(?:- )?[\w$]+:)\s+\S.*$/u.exec(lines[n]!);
            if (m) {
              lines[n] = `${m[1]} ${v}`;
              break;
            }
          }
          return lines.join('\n');
        }),
      ),
    // Swap a unit id for another, or for a near miss.
    fc
      .tuple(pick(UNIT_IDS), pick([...UNIT_IDS, 'cong-an', 'Công an xã', 'x', '']))
      .map(([from, to]) => named(`unit ${from} becomes ${JSON.stringify(to)}`, (t) => t.replace(from, to))),
    // Cut the file short.
    fc.nat().map((k) => named(`cut at #${k}`, (t) => t.slice(0, k % (t.length + 1)))),
    // Insert a character that means something to YAML, or that cannot be seen.
    fc
      .tuple(
        fc.nat(),
        pick([
          '\t',
          '\u0000',
          '\u0007',
          '\u001b',
          '\u00a0',
          '\ufeff',
          '\u200b',
          '\r',
          '\n',
          '"',
          "'",
          '[',
          ']',
          '{',
          '}',
          ':',
          ': ',
          '#',
          '- ',
          '|',
          '>',
          '%',
          '@',
          '`',
          '\\',
          '&a ',
          '*a',
          '!x ',
          '---\n',
          '? ',
          ',',
        ]),
      )
      .map(([k, c]) =>
        named(`insert ${JSON.stringify(c)} at #${k}`, (t) => {
          const i = k % (t.length + 1);
          return t.slice(0, i) + c + t.slice(i);
        }),
      ),
    // Shift a line's indentation.
    fc.tuple(fc.nat(), fc.integer({ min: -4, max: 4 })).map(([k, d]) =>
      named(`indent line #${k} by ${d}`, (t) => {
        const { lines, i } = lineAt(t, k);
        lines[i] = d >= 0 ? ' '.repeat(d) + lines[i] : lines[i]!.replace(new RegExp(`^ {0,${-d}}`, 'u'), '');
        return lines.join('\n');
      }),
    ),
    // Turn a value into an alias bomb.
    fc.nat().map((k) =>
      named(`alias bomb at line #${k}`, (t) => {
        const { lines, i } = lineAt(t, k);
        const bomb = `&a [x, x, x, x, x, x, x, x, x, x]\nb0: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nb1: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nb2: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]`;
        lines.splice(i, 0, `bomb: ${bomb}`);
        return lines.join('\n');
      }),
    ),
    // Overwrite a span with random text (any Unicode, including lone surrogates).
    fc.tuple(fc.nat(), fc.string({ unit: 'binary', maxLength: 40 })).map(([k, s]) =>
      named(`overwrite at #${k} with ${JSON.stringify(s)}`, (t) => {
        const i = k % (t.length + 1);
        return t.slice(0, i) + s + t.slice(i + s.length);
      }),
    ),
  );
}
