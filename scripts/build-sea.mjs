// A single executable (Node's single executable applications): `plan` without installing Node, the way
// an officer on Windows could get it. Linux here: `node scripts/build-sea.mjs` → dist-sea/plan.
//
// The whole CLI in one CommonJS file (commander included: an executable has no second file to fall back
// to), Node's own code cache for it (useCodeCache), injected into a copy of this node binary with
// postject (`npx -y postject@1.0.0-alpha.6`, the only release). Not part of `npm test`: it copies and
// patches a ~100 MB binary. For Windows: run the same on Windows with node.exe (postject takes
// `--sentinel-fuse` alike; `signtool remove /s` before, sign after). A blob made on another OS must come
// from the exact same Node version and without useCodeCache (the bytecode is platform-specific).
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist-sea');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const esbuild = await import('esbuild');
const { readFileSync } = await import('node:fs');
const { build } = JSON.parse(readFileSync(join(root, 'dist/build.json'), 'utf8'));
await esbuild.build({
  stdin: {
    contents: `import { run } from ${JSON.stringify(join(root, 'src/cli/main.ts'))}; run({});`,
    resolveDir: root,
    loader: 'ts',
  },
  outfile: join(out, 'plan-sea.cjs'),
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  supported: { 'dynamic-import': false },
  define: {
    __KEHOACH_BUILD__: JSON.stringify(`${build}-sea`),
    'import.meta.url': '__kehoach_import_meta_url',
  },
  banner: { js: "var __kehoach_import_meta_url = require('node:url').pathToFileURL(__filename).href;" },
  legalComments: 'none',
  minify: true,
  logLevel: 'warning',
});
writeFileSync(
  join(out, 'sea-config.json'),
  JSON.stringify({
    main: join(out, 'plan-sea.cjs'),
    output: join(out, 'sea-prep.blob'),
    disableExperimentalSEAWarning: true,
    useCodeCache: true,
  }),
);
const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
run(process.execPath, ['--experimental-sea-config', join(out, 'sea-config.json')]);
const exe = join(out, process.platform === 'win32' ? 'plan.exe' : 'plan');
copyFileSync(process.execPath, exe);
chmodSync(exe, 0o755);
run('npx', [
  '-y',
  'postject@1.0.0-alpha.6',
  exe,
  'NODE_SEA_BLOB',
  join(out, 'sea-prep.blob'),
  '--sentinel-fuse',
  'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2',
]);
console.error(`kehoach: ${exe}`);
