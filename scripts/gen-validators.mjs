// Precompile the JSON Schemas into standalone ajv validators: ~8 ms to load instead of 120–170 ms to compile.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';

export function loadSchemas(root) {
  return {
    plan: JSON.parse(readFileSync(join(root, 'schema/plan.schema.json'), 'utf8')),
    progress: JSON.parse(readFileSync(join(root, 'schema/progress.schema.json'), 'utf8')),
  };
}

export function makeAjv(code) {
  return new Ajv2020.default({
    allErrors: true,
    strict: true,
    strictRequired: false,
    allowUnionTypes: true,
    code: code ? { source: true, esm: true, lines: false } : undefined,
  });
}

export function generateValidators(root) {
  const { plan, progress } = loadSchemas(root);
  const ajv = makeAjv(true);
  ajv.addSchema(plan);
  ajv.addSchema(progress);
  const code = standaloneCode.default(ajv, { validatePlan: plan.$id, validateProgress: progress.$id });
  return {
    'validators.js': `// Generated from schema/*.schema.json by scripts/gen-validators.mjs. Do not edit.\n${code}`,
    'validators.d.ts': `// Generated. Do not edit.
import type { ErrorObject } from 'ajv';
export interface Validator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}
export const validatePlan: Validator;
export const validateProgress: Validator;
`,
  };
}
