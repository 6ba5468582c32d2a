// TypeScript types generated from the JSON Schemas, so the code cannot drift from the file format.
import { compile } from 'json-schema-to-typescript';
import { loadSchemas } from './gen-validators.mjs';

export async function generateTypes(root) {
  const { plan, progress } = loadSchemas(root);
  const opts = {
    bannerComment: '// Generated from schema/ by scripts/gen-types.mjs. Do not edit.',
    additionalProperties: false,
    unreachableDefinitions: true,
    strictIndexSignatures: true,
    format: false,
  };
  return {
    'plan-file.ts': await compile({ ...plan, title: undefined, $id: undefined }, 'PlanFile', opts),
    'progress-file.ts': await compile(
      { ...progress, title: undefined, $id: undefined },
      'ProgressFile',
      opts,
    ),
  };
}
