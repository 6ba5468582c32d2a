import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { validatePlan, validateProgress } from '../src/generated/validators.js';
import { parseYamlFile } from '../src/load/yamlFile.js';

/**
 * Drift guard: src/generated/validators.js is compiled from schema/ at build time. If someone edits the
 * schema and forgets to rebuild (or the generator changes how it compiles), the checker would follow a
 * stale format. Compile the schema here, now, and compare verdicts and errors on every fixture.
 */
const ROOT = join(import.meta.dirname, '..');
const schema = (name: string) => JSON.parse(readFileSync(join(ROOT, 'schema', name), 'utf8'));

function compile() {
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
  const plan = schema('plan.schema.json');
  const progress = schema('progress.schema.json');
  ajv.addSchema(plan);
  ajv.addSchema(progress);
  return { plan: ajv.getSchema(plan.$id)!, progress: ajv.getSchema(progress.$id)! };
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.ya?ml$/u.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** Files directly in a progress/ folder are progress records; everything else (plan.yaml too) a plan. */
const isProgress = (file: string) => basename(file) !== 'plan.yaml' && basename(dirname(file)) === 'progress';
const shape = (errors: unknown) =>
  (
    errors as
      | { instancePath: string; schemaPath: string; keyword: string; params: unknown }[]
      | null
      | undefined
  )
    ?.map((e) => ({
      instancePath: e.instancePath,
      schemaPath: e.schemaPath,
      keyword: e.keyword,
      params: e.params,
    }))
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))) ?? [];

describe('precompiled validators match the schema', () => {
  const fresh = compile();
  const files = [...yamlFiles(join(ROOT, 'test/fixtures')), ...yamlFiles(join(ROOT, 'plans'))];

  it('covers the fixtures', () => {
    expect(files.length).toBeGreaterThan(80);
  });

  it.each(files.map((f) => [relative(ROOT, f), f]))('%s', (_, file) => {
    const src = parseYamlFile(readFileSync(file, 'utf8'), file);
    // Files the YAML reader refuses have no data to validate.
    if (src.value === undefined) return;
    const [built, now] = isProgress(file) ? [validateProgress, fresh.progress] : [validatePlan, fresh.plan];
    const verdict = built(src.value);
    expect(now(src.value)).toBe(verdict);
    expect(shape(built.errors)).toEqual(shape(now.errors));
  });
});
