import type { Path } from '../load/path.js';

type Schema = Record<string, unknown>;

export interface SchemaSpot {
  /** The schema that applies at the path, `$ref`s followed, or undefined when the path leaves it. */
  node: Schema | undefined;
  /** The last `$defs` entry passed through on the way (e.g. `citation` for `basis.items[0].number`). */
  def: string | undefined;
  /** The `$defs` entries the last step went through, outermost first (e.g. `unitRef`, `id`). */
  lastDefs: string[];
  /** The last property name on the path. */
  prop: string | undefined;
}

const isSchema = (v: unknown): v is Schema => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * The part of the schema that governs a place in the data. ajv's own schemaPath is relative to whichever
 * compiled function reported the error, so it cannot say where in the schema we are; walking the schema
 * along the data can. Where the schema offers a choice (`oneOf`), the branch whose type fits the data is
 * taken; `if`/`then` branches are taken when their `const` conditions hold.
 */
export function schemaAt(root: Schema, data: unknown, path: Path): SchemaSpot {
  let value = data;
  let def: string | undefined;
  let prop: string | undefined;
  let step = resolve(root, root, value);
  def = step.defs.at(-1) ?? def;
  for (const seg of path) {
    const node = step.node;
    if (!node) return { node: undefined, def, lastDefs: [], prop };
    let next: unknown;
    if (typeof seg === 'number') next = node.items;
    else {
      prop = seg;
      next = propertiesOf(root, node, value)[seg];
      if (next === undefined && isSchema(node.additionalProperties)) next = node.additionalProperties;
    }
    value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[seg] : undefined;
    if (!isSchema(next)) return { node: undefined, def, lastDefs: [], prop };
    step = resolve(root, next, value);
    def = step.defs.at(-1) ?? def;
  }
  return { node: step.node, def, lastDefs: step.defs, prop };
}

/** Every property a schema node allows for this value, including those of `if`/`then` branches taken. */
export function propertiesOf(root: Schema, node: Schema, value: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = { ...(isSchema(node.properties) ? node.properties : {}) };
  if (Array.isArray(node.allOf)) {
    for (const part of node.allOf) {
      if (!isSchema(part)) continue;
      const branch = isSchema(part.if) ? (holds(part.if, value) ? part.then : part.else) : part;
      if (!isSchema(branch)) continue;
      const r = resolve(root, branch, value).node;
      if (r) Object.assign(out, propertiesOf(root, r, value));
    }
  }
  return out;
}

/** Follow `$ref`s, and pick the `oneOf` branch matching the value's type (none: stay on the choice). */
function resolve(root: Schema, start: Schema, value: unknown): { node: Schema | undefined; defs: string[] } {
  const defs: string[] = [];
  let node: Schema | undefined = start;
  for (let guard = 0; node && guard < 20; guard++) {
    const ref = node.$ref;
    if (typeof ref === 'string') {
      const name = /^#\/\$defs\/(.+)$/u.exec(ref)?.[1];
      const target: unknown = name ? (root.$defs as Schema | undefined)?.[name] : undefined;
      if (!name || !isSchema(target)) return { node: undefined, defs };
      defs.push(name);
      node = target;
      continue;
    }
    if (Array.isArray(node.oneOf)) {
      const branch: unknown = (node.oneOf as unknown[]).find((b) => isSchema(b) && fitsType(root, b, value));
      if (!isSchema(branch)) return { node, defs };
      node = branch;
      continue;
    }
    return { node, defs };
  }
  return { node, defs };
}

function fitsType(root: Schema, branch: Schema, value: unknown): boolean {
  const node = resolve(root, branch, value).node ?? branch;
  const t = node.type;
  const types = Array.isArray(t) ? t : typeof t === 'string' ? [t] : [];
  if (types.length === 0) return false;
  const actual = jsonType(value);
  return types.some((x) => x === actual || (x === 'number' && actual === 'integer'));
}

/** An `if` made of `properties: { k: { const } }` and `required`: the only kind our schemas use. */
function holds(cond: Schema, value: unknown): boolean {
  if (!isSchema(value)) return false;
  const required = Array.isArray(cond.required) ? cond.required : [];
  if (required.some((k) => !(String(k) in value))) return false;
  const props = isSchema(cond.properties) ? cond.properties : {};
  return Object.entries(props).every(
    ([k, s]) => !isSchema(s) || !('const' in s) || !(k in value) || value[k] === s.const,
  );
}

export function jsonType(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}
