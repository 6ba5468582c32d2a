// Build: generate what is derived from the schema and the templates, then bundle the CLI.
// Runs at `npm install` (prepare) so a fresh clone has a working `npx plan` with no extra step.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateTemplates } from './gen-templates.mjs';
import { generateTypes } from './gen-types.mjs';
import { generateValidators } from './gen-validators.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const gen = join(root, 'src/generated');
mkdirSync(gen, { recursive: true });

const writeIfChanged = (file, content) => {
  let old;
  try {
    old = readFileSync(file, 'utf8');
  } catch {}
  if (old !== content) writeFileSync(file, content);
};

const t0 = performance.now();
for (const [name, content] of Object.entries(generateValidators(root)))
  writeIfChanged(join(gen, name), content);
for (const [name, content] of Object.entries(await generateTypes(root)))
  writeIfChanged(join(gen, name), content);
for (const [name, content] of Object.entries(await generateTemplates(root)))
  writeIfChanged(join(gen, name), content);

const esbuild = await import('esbuild');
rmSync(join(root, 'dist'), { recursive: true, force: true });
await esbuild.build({
  entryPoints: { cli: join(root, 'src/cli/main.ts') },
  outdir: join(root, 'dist'),
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'none',
  minifySyntax: true,
  logLevel: 'warning',
  // CommonJS dependencies bundled into ESM need a real `require` for Node built-ins.
  banner: {
    js: "import { createRequire as __kehoachCreateRequire } from 'node:module'; const require = __kehoachCreateRequire(import.meta.url);",
  },
});
if (!process.env.npm_lifecycle_event?.startsWith('test')) {
  console.error(`kehoach: đã build dist/ trong ${Math.round(performance.now() - t0)} ms`);
}
