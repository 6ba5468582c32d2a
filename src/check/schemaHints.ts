import { isMap, isScalar } from 'yaml';
import { findPair, type Path } from '../load/path.js';
import type { YamlFile } from '../load/yamlFile.js';
import { slugify } from '../util/text.js';
import type { PatternKind, ShapeKind } from './diagnostic.js';
import type { SchemaSpot } from './schemaAt.js';

// What turns a schema error into advice: which shape or pattern was meant, and a value that would fit.
type Schema = Record<string, unknown>;

/** `{ unit: x, as: Các cơ quan, đơn vị }`: an unquoted comma inside braces cut a name in two. */
export function cutByComma(src: YamlFile, path: Path): { key: string; joined: string } | undefined {
  const found = findPair(src.doc, path);
  if (!found || !isMap(found.parent) || found.parent.flow !== true) return undefined;
  const { pair, parent } = found;
  if (pair.value !== null && !(isScalar(pair.value) && pair.value.value === null)) return undefined;
  const prev = parent.items[parent.items.indexOf(pair) - 1];
  if (!prev || !isScalar(prev.key) || !isScalar(prev.value) || typeof prev.value.value !== 'string')
    return undefined;
  return { key: String(prev.key.value), joined: `${prev.value.value}, ${path[path.length - 1]}` };
}

/** What a value with several allowed shapes is, for a message that names the choice. */
export function shapeOf(spot: SchemaSpot, path: Path, schema: Schema): ShapeKind | undefined {
  if (path.length === 0) return /progress/u.test(String(schema.$id)) ? 'progress' : 'plan';
  const node = spot.node;
  if (!node || !Array.isArray(node.oneOf)) return undefined;
  const last = spot.lastDefs.at(-1);
  if (last === 'unitRef' || last === 'paragraphs' || last === 'bullet') return last;
  const refs = JSON.stringify(node.oneOf);
  if (refs.includes('#/$defs/date') && refs.includes('"null"')) return 'dateOrNull';
  return undefined;
}

export function patternKind(spot: SchemaSpot): PatternKind {
  const last = spot.lastDefs.at(-1);
  if (last === 'id' || last === 'taskId' || last === 'date') return last;
  if (last === 'periodExpr') return 'period';
  if (spot.prop === 'authority' || spot.prop === 'delegation') return spot.prop;
  if (spot.prop === 'symbol') return 'symbol';
  if (spot.prop === 'number') return spot.def === 'citation' ? 'citation' : 'number';
  return 'other';
}

/** A value that would fit, when the mistake is a common one: a Vietnamese name for an id, 15/11/2025. */
export function suggestFor(
  what: PatternKind,
  found: string,
  pattern: string | undefined,
): string | undefined {
  const fits = (s: string) => {
    try {
      return pattern === undefined || new RegExp(pattern, 'u').test(s);
    } catch {
      return false;
    }
  };
  let s: string | undefined;
  if (what === 'id' || what === 'taskId') s = slugify(found).slice(0, 80);
  else if (what === 'date') {
    const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/u.exec(found.trim());
    const ymd = /^(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})$/u.exec(found.trim());
    if (dmy) s = `${dmy[3]}-${dmy[2]!.padStart(2, '0')}-${dmy[1]!.padStart(2, '0')}`;
    else if (ymd) s = `${ymd[1]}-${ymd[2]!.padStart(2, '0')}-${ymd[3]!.padStart(2, '0')}`;
  } else if (what === 'citation' || what === 'symbol' || what === 'number') s = found.replace(/\s+/gu, '');
  return s && s !== found && fits(s) ? s : undefined;
}
