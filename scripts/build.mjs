// Build: generate what is derived from the schema and the templates, then bundle the CLI.
// Runs at `npm install` (prepare) so a fresh clone has a working `npx plan` with no extra step.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
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
// Build into a fresh folder, then move it into place: a CLI that is running while someone rebuilds
// keeps finding the chunks it was built with (chunk names carry a content hash, old ones are pruned later).
const out = join(root, 'dist');
const tmp = join(root, `.dist-${process.pid}`);
rmSync(tmp, { recursive: true, force: true });
await esbuild.build({
  entryPoints: {
    cli: join(root, 'src/cli/main.ts'),
    'validate-worker': join(root, 'src/cli/validateWorker.ts'),
    'rollup-worker': join(root, 'src/rollup/worker.ts'),
  },
  outdir: tmp,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'none',
  minify: true,
  logLevel: 'warning',
  // CommonJS dependencies bundled into ESM need a real `require` for Node built-ins.
  banner: {
    js: "import { createRequire as __kehoachCreateRequire } from 'node:module'; const require = __kehoachCreateRequire(import.meta.url);",
  },
});
mkdirSync(join(out, 'chunks'), { recursive: true });
const hour = Date.now() - 3600_000;
for (const name of readdirSync(join(out, 'chunks'))) {
  const f = join(out, 'chunks', name);
  if (statSync(f).mtimeMs < hour) rmSync(f, { force: true });
}
for (const name of readdirSync(join(tmp, 'chunks')))
  renameSync(join(tmp, 'chunks', name), join(out, 'chunks', name));
for (const name of readdirSync(tmp)) if (name !== 'chunks') renameSync(join(tmp, name), join(out, name));
rmSync(tmp, { recursive: true, force: true });
if (!process.env.npm_lifecycle_event?.startsWith('test')) {
  console.error(`kehoach: đã build dist/ trong ${Math.round(performance.now() - t0)} ms`);
}
