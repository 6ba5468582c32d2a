import type { ErrorObject } from 'ajv';
import { formatPath, locate, type Path, pointerToPath } from '../load/path.js';
import type { YamlFile } from '../load/yamlFile.js';
import { closest } from '../util/text.js';
import type { Diagnostic, PatternKind } from './diagnostic.js';

type Schema = Record<string, unknown>;

/**
 * Turn ajv's raw errors into one diagnostic per real problem. ajv reports every branch of a `oneOf`
 * and every failed `if`; a person wants only the branch that matches the shape they wrote.
 */
export function schemaErrorsToDiagnostics(
  errors: readonly ErrorObject[],
  src: YamlFile,
  schema: Schema,
): Diagnostic[] {
  const data = src.value;
  const typeOf = (pointer: string) => jsonType(valueAt(data, pointerToPath(pointer)));

  // Branch type mismatches at a oneOf's own location are noise when another branch matches the type.
  const oneOfs = errors.filter((e) => e.keyword === 'oneOf');
  const drop = new Set<ErrorObject>();
  const extra: ErrorObject[] = [];
  for (const o of oneOfs) {
    drop.add(o);
    const here = errors.filter((e) => e !== o && e.instancePath === o.instancePath && e.keyword === 'type');
    const deeper = errors.filter(
      (e) =>
        e !== o &&
        !oneOfs.includes(e) &&
        (e.instancePath === o.instancePath
          ? e.keyword !== 'type'
          : e.instancePath.startsWith(`${o.instancePath}/`)),
    );
    for (const h of here) drop.add(h);
    if (deeper.length === 0 && here.length > 0) {
      const types = [...new Set(here.flatMap((h) => String(h.params.type).split(',')))];
      extra.push({ ...here[0]!, params: { type: types.join('|') } });
    }
  }

  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const e of [...errors.filter((e) => !drop.has(e)), ...extra]) {
    if (e.keyword === 'if' || e.keyword === 'allOf') continue;
    const d = toDiagnostic(e, src, schema, typeOf);
    if (!d) continue;
    const key = `${d.path}|${d.code}|${JSON.stringify(d.args)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(d);
  }
  return out;
}

function toDiagnostic(
  e: ErrorObject,
  src: YamlFile,
  schema: Schema,
  typeOf: (p: string) => string,
): Diagnostic | undefined {
  const path = pointerToPath(e.instancePath);
  const here = (p: Path, target: 'key' | 'value' = 'value') => ({
    file: src.file,
    ...locate(src.doc, src.lineCounter, p, target),
    path: formatPath(p),
    severity: 'error' as const,
  });
  const value = valueAt(src.value, path);
  const shown = (v: unknown) => (typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v)));
  switch (e.keyword) {
    case 'required':
      return { ...here(path), code: 'SCHEMA_REQUIRED', args: { property: String(e.params.missingProperty) } };
    case 'additionalProperties': {
      const property = String(e.params.additionalProperty);
      const allowed = allowedProperties(schema, e.schemaPath);
      const suggestion = closest(property, allowed);
      return {
        ...here([...path, property], 'key'),
        code: 'SCHEMA_UNKNOWN_PROPERTY',
        args: suggestion ? { property, suggestion } : { property },
      };
    }
    case 'type':
      return {
        ...here(path),
        code: 'SCHEMA_TYPE',
        args: { expected: String(e.params.type).replace(/,/gu, '|'), found: typeOf(e.instancePath) },
      };
    case 'enum': {
      const allowed = (e.params.allowedValues as unknown[]).map(String);
      const found = shown(value);
      const suggestion = closest(found, allowed);
      return {
        ...here(path),
        code: 'SCHEMA_ENUM',
        args: suggestion ? { allowed, found, suggestion } : { allowed, found },
      };
    }
    case 'const':
      return {
        ...here(path),
        code: 'SCHEMA_CONST',
        args: { expected: shown(e.params.allowedValue), found: shown(value) },
      };
    case 'pattern':
      return {
        ...here(path),
        code: 'SCHEMA_PATTERN',
        args: { what: patternKind(e.schemaPath), found: shown(value) },
      };
    case 'minItems':
      return { ...here(path), code: 'SCHEMA_MIN_ITEMS', args: { min: Number(e.params.limit) } };
    case 'minLength':
      return { ...here(path), code: 'SCHEMA_EMPTY_TEXT', args: {} };
    case 'maxLength':
      return {
        ...here(path),
        code: 'SCHEMA_PATTERN',
        args: { what: patternKind(e.schemaPath), found: shown(value) },
      };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return {
        ...here(path),
        code: 'SCHEMA_RANGE',
        args: { limit: Number(e.params.limit), comparison: String(e.params.comparison), found: shown(value) },
      };
    case 'not':
      if (e.schemaPath.includes('section'))
        return { ...here([...path, 'tasks'], 'key'), code: 'SECTION_TASKS_KIND', args: {} };
      break;
  }
  return { ...here(path), code: 'SCHEMA_INVALID', args: { detail: `${e.keyword}: ${e.message ?? ''}` } };
}

function patternKind(schemaPath: string): PatternKind {
  const m = /\$defs\/([A-Za-z]+)\//u.exec(schemaPath);
  const def = m?.[1];
  if (def === 'id' || def === 'taskId' || def === 'date') return def;
  if (def === 'periodExpr') return 'period';
  if (schemaPath.includes('/number/')) return schemaPath.includes('citation') ? 'citation' : 'number';
  if (schemaPath.includes('/symbol/')) return 'symbol';
  if (def === 'signature') return 'signature';
  return 'other';
}

/** The properties a schema location allows, for "did you mean". */
function allowedProperties(schema: Schema, schemaPath: string): string[] {
  const parts = schemaPath.replace(/^#\//u, '').split('/').slice(0, -1);
  let node: unknown = schema;
  for (const p of parts)
    node = (node as Schema | undefined)?.[decodeURIComponent(p.replace(/~1/gu, '/').replace(/~0/gu, '~'))];
  const props = (node as Schema | undefined)?.properties;
  return props && typeof props === 'object' ? Object.keys(props) : [];
}

export function valueAt(data: unknown, path: Path): unknown {
  let v = data;
  for (const seg of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[seg];
  }
  return v;
}

export function jsonType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  if (v === undefined) return 'null';
  return typeof v;
}
