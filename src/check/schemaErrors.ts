import type { ErrorObject } from 'ajv';
import { formatPath, locate, type Path, pointerToPath } from '../load/path.js';
import type { YamlFile } from '../load/yamlFile.js';
import { closest } from '../util/text.js';
import type { Diagnostic } from './diagnostic.js';
import { jsonType, propertiesOf, schemaAt } from './schemaAt.js';
import { cutByComma, patternKind, shapeOf, suggestFor } from './schemaHints.js';

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
    const d = toDiagnostic(e, src, schema, data);
    const key = `${d.path}|${d.code}|${JSON.stringify(d.args)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(d);
  }
  return out;
}

function toDiagnostic(e: ErrorObject, src: YamlFile, schema: Schema, data: unknown): Diagnostic {
  const path = pointerToPath(e.instancePath);
  const here = (p: Path, target: 'key' | 'value' = 'value') => ({
    file: src.file,
    ...locate(src.doc, src.lineCounter, p, target),
    path: formatPath(p),
    severity: 'error' as const,
  });
  const value = valueAt(data, path);
  const spot = schemaAt(schema, data, path);
  switch (e.keyword) {
    case 'required':
      return { ...here(path), code: 'SCHEMA_REQUIRED', args: { property: String(e.params.missingProperty) } };
    case 'additionalProperties': {
      const property = String(e.params.additionalProperty);
      const allowed = spot.node ? Object.keys(propertiesOf(schema, spot.node, value)) : [];
      const suggestion = closest(property, allowed);
      const flowComma = cutByComma(src, [...path, property]);
      return {
        ...here([...path, property], 'key'),
        code: 'SCHEMA_UNKNOWN_PROPERTY',
        args: {
          property,
          ...(suggestion ? { suggestion } : {}),
          ...(allowed.length > 0 && allowed.length <= 8 ? { allowed } : {}),
          ...(flowComma ? { flowComma } : {}),
        },
      };
    }
    case 'type': {
      const expected = String(e.params.type).replace(/,/gu, '|');
      const what = shapeOf(spot, path, schema);
      const shownValue =
        value !== null && value !== undefined && typeof value !== 'object' ? shown(value) : undefined;
      return {
        ...here(path),
        code: 'SCHEMA_TYPE',
        args: {
          expected,
          found: jsonType(value),
          ...(what ? { what } : {}),
          ...(shownValue !== undefined ? { value: clip(shownValue) } : {}),
        },
      };
    }
    case 'enum': {
      const allowed = (e.params.allowedValues as unknown[]).map(String);
      const found = shown(value);
      const suggestion = closest(found, allowed);
      return {
        ...here(path),
        code: 'SCHEMA_ENUM',
        args: suggestion ? { allowed, found: clip(found), suggestion } : { allowed, found: clip(found) },
      };
    }
    case 'const': {
      const expectedValue = e.params.allowedValue as unknown;
      // "1" where 1 is wanted must not read as "expected 1, found 1".
      const found =
        typeof value === 'string' && typeof expectedValue !== 'string' ? JSON.stringify(value) : shown(value);
      return {
        ...here(path),
        code: 'SCHEMA_CONST',
        args: { expected: shown(expectedValue), found: clip(found) },
      };
    }
    case 'pattern':
    case 'maxLength': {
      const what = patternKind(spot);
      const found = shown(value);
      const suggestion = suggestFor(
        what,
        found,
        e.keyword === 'pattern' ? String(e.params.pattern) : undefined,
      );
      return {
        ...here(path),
        code: 'SCHEMA_PATTERN',
        args: { what, found: clip(found), ...(suggestion ? { suggestion } : {}) },
      };
    }
    case 'minItems':
      return { ...here(path), code: 'SCHEMA_MIN_ITEMS', args: { min: Number(e.params.limit) } };
    case 'minLength':
      return { ...here(path), code: 'SCHEMA_EMPTY_TEXT', args: {} };
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
      if (spot.def === 'section')
        return { ...here([...path, 'tasks'], 'key'), code: 'SECTION_TASKS_KIND', args: {} };
      break;
  }
  return { ...here(path), code: 'SCHEMA_INVALID', args: { detail: `${e.keyword}: ${e.message ?? ''}` } };
}

const shown = (v: unknown) => (typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v)));
const clip = (s: string) => (s.length > 80 ? `${s.slice(0, 77)}…` : s);

function valueAt(data: unknown, path: Path): unknown {
  let v = data;
  for (const seg of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[seg];
  }
  return v;
}
