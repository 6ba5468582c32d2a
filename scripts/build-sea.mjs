// A single executable (Node's single executable applications): `plan` without installing Node, the way
// an officer on Windows could get it. Linux here: `node scripts/build-sea.mjs` → dist-sea/plan.
//
// dist/ must be built first (npm run build). Injected into a copy of this node binary with postject
// (`npx -y postject@1.0.0-alpha.6`, the only release). Not part of `npm test`: it copies and patches a
// ~100 MB binary. For Windows: run the same on Windows with node.exe (postject takes
// `--sentinel-fuse` alike; `signtool remove /s` before, sign after). A blob made on another OS must come
// from the exact same Node version and without useCodeCache (the bytecode is platform-specific).
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist-sea');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const esbuild = await import('esbuild');
const { readFileSync } = await import('node:fs');
const { build } = JSON.parse(readFileSync(join(root, 'dist/build.json'), 'utf8'));
// The executable's main is the start-up loader alone (src/cache/seaBoot.ts); the bundles of dist/ —
// every command's hot and full bundle and the whole CLI — go in as assets, loaded as bin/plan.js loads
// them from disk, through the code cache in the user's cache folder (made at exit, so it holds what
// the run compiled; Node's own useCodeCache is made before running and holds only the top level).
await esbuild.build({
  entryPoints: [join(root, 'src/cache/seaBoot.ts')],
  outfile: join(out, 'plan-sea.cjs'),
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  define: { __KEHOACH_BUILD__: JSON.stringify(build) },
  legalComments: 'none',
  minify: true,
  logLevel: 'warning',
});
const dist = join(root, 'dist');
const bundles = [
  'cli.cjs',
  ...readdirSync(join(dist, 'cmd')).map((f) => `cmd/${f}`),
  ...(existsSync(join(dist, 'hot')) ? readdirSync(join(dist, 'hot')).map((f) => `hot/${f}`) : []),
].filter((f) => f.endsWith('.cjs'));
writeFileSync(join(out, 'bundles.json'), JSON.stringify(bundles));
writeFileSync(
  join(out, 'sea-config.json'),
  JSON.stringify({
    main: join(out, 'plan-sea.cjs'),
    output: join(out, 'sea-prep.blob'),
    disableExperimentalSEAWarning: true,
    useCodeCache: false,
    assets: {
      'bundles.json': join(out, 'bundles.json'),
      ...Object.fromEntries(bundles.map((f) => [f, join(dist, f)])),
    },
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
