// Build: generate what is derived from the schema and the templates, then bundle the CLI.
// Runs at `npm install` in a clone (prepare, see scripts/prepare.mjs) and before `npm pack` (prepack),
// so a fresh clone has a working `npx plan` and the packed tarball ships a built dist/.
//
// dist/boot.cjs          start-up: picks a bundle, loads it through the V8 code cache (src/cache/boot.ts)
// dist/cmd/<name>.cjs    one command alone, parsed without commander (one per src/cli/spec/*.ts)
// dist/hot/<name>.cjs    the same without the checker, for an unchanged plan (specs with `hot: true`)
// dist/cli.cjs           the whole CLI with commander: help, mistakes, unusual command lines
// dist/validate-worker.cjs
//
// Each is one CommonJS file: measured, one file per command starts 9–15 % sooner than shared ES module
// chunks, and one file for the whole CLI is slower again (all of it parsed on every run).
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateDocxFast } from './gen-docx-fast.mjs';
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
const templates = await generateTemplates(root);
for (const [name, content] of Object.entries(templates)) writeIfChanged(join(gen, name), content);
for (const [name, content] of Object.entries(generateDocxFast(templates)))
  writeIfChanged(join(gen, name), content);

function files(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...files(p));
    else out.push(p);
  }
  return out;
}

// The build's identity: every input of the bundles. Caches (code cache, checked plans) are keyed by it.
const hash = createHash('sha256');
for (const f of [
  ...files(join(root, 'src')),
  ...files(join(root, 'templates')),
  ...files(join(root, 'schema')),
  ...files(join(root, 'scripts')),
  join(root, 'package-lock.json'),
]) {
  hash.update(relative(root, f));
  hash.update('\0');
  hash.update(readFileSync(f));
}
const esbuild = await import('esbuild');
hash.update(esbuild.version);
const build = hash.digest('hex').slice(0, 20);

// One bundle per command: every `export const x: CommandSpec = { name: '…'` in src/cli/spec/.
const specDir = join(root, 'src/cli/spec');
const commands = [];
for (const f of readdirSync(specDir).sort()) {
  const m = /export const (\w+): CommandSpec = \{\s*name: '([a-z][a-z-]*)',(\s*hot: true,)?/u.exec(
    readFileSync(join(specDir, f), 'utf8'),
  );
  if (m) commands.push({ name: m[2], binding: m[1], file: join(specDir, f), hot: Boolean(m[3]) });
}
const entryPlugin = {
  name: 'command-entries',
  setup(b) {
    b.onResolve({ filter: /^command-entry:/ }, (a) => ({ path: a.path, namespace: 'command-entry' }));
    b.onLoad({ filter: /.*/, namespace: 'command-entry' }, (a) => {
      const c = commands.find((x) => x.name === a.path.slice('command-entry:'.length));
      return {
        contents: `import { run as main } from ${JSON.stringify(join(root, 'src/cli/main.ts'))};
import { ${c.binding} as spec } from ${JSON.stringify(c.file)};
export const run = (boot) => main({ ...boot, spec });`,
        resolveDir: root,
        loader: 'ts',
      };
    });
  },
};

// chalk decides colour from the terminal through supports-color, which loads node:tty and with it the
// whole stream stack (~10 % of a warm `plan validate`). Every Chalk here is made with an explicit level
// (src/cli/main.ts), so the detection is never asked: it is replaced by "no colour" at build time.
const noColorDetection = {
  name: 'no-color-detection',
  setup(b) {
    b.onResolve({ filter: /^#supports-color$/ }, () => ({ path: 'supports-color', namespace: 'stub' }));
    b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({
      contents: 'export default { stdout: false, stderr: false };',
      loader: 'js',
    }));
  },
};

// Build into a fresh folder, then move each file into place: a CLI running during a rebuild keeps the
// single file it loaded.
const out = join(root, 'dist');
const tmp = join(root, `.dist-${process.pid}`);
rmSync(tmp, { recursive: true, force: true });
const options = {
  outdir: tmp,
  outExtension: { '.js': '.cjs' },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // `import()` becomes `require()` inside the bundle: the bundle runs from a vm.Script (code cache).
  supported: { 'dynamic-import': false },
  // import.meta.url, made only when asked (the worker's and the schema's paths): 2 % of a warm status.
  define: { __KEHOACH_BUILD__: JSON.stringify(build), 'import.meta.url': '__kehoach_import_meta.url' },
  banner: {
    js: "var __kehoach_import_meta = { get url() { return require('node:url').pathToFileURL(__filename).href; } };",
  },
  legalComments: 'none',
  // `--no-minify`: readable bundles for profiling (`node --cpu-prof bin/plan.js …`).
  minify: !process.argv.includes('--no-minify'),
  logLevel: 'warning',
  plugins: [entryPlugin, noColorDetection],
  // `--metafile=DIR`: esbuild's account of every bundle (what went in, from where), for size work.
  metafile: process.argv.some((a) => a.startsWith('--metafile=')),
};
const results = await Promise.all([
  esbuild.build({
    ...options,
    entryPoints: {
      boot: join(root, 'src/cache/boot.ts'),
      cli: join(root, 'src/cli/main.ts'),
      'validate-worker': join(root, 'src/cli/validateWorker.ts'),
      'rollup-worker': join(root, 'src/rollup/worker.ts'),
      'site-worker': join(root, 'src/site/worker.ts'),
    },
  }),
  esbuild.build({
    ...options,
    entryPoints: Object.fromEntries(commands.map((c) => [`cmd/${c.name}`, `command-entry:${c.name}`])),
    define: { ...options.define, __KEHOACH_COMMAND_BUNDLE__: 'true' },
  }),
  // A command that loads its plan first also gets a hot bundle without the checker (src/cache/hot.ts).
  esbuild.build({
    ...options,
    entryPoints: Object.fromEntries(
      commands.filter((c) => c.hot).map((c) => [`hot/${c.name}`, `command-entry:${c.name}`]),
    ),
    define: { ...options.define, __KEHOACH_COMMAND_BUNDLE__: 'true', __KEHOACH_HOT__: 'true' },
  }),
]);
// Every bundle pure ASCII: esbuild escapes strings but leaves non-ASCII letters in regular expressions
// (the Vietnamese ones), which made each bundle a two-byte string — read 3× slower, twice the memory —
// at every start (src/cache/boot.ts reads bundles as latin1). A \uXXXX escape means the same letter
// in a regular expression (with or without the u flag; a surrogate pair is one code point under u),
// a string, a template and an identifier; escaping the letter after a backslash would not, so that
// stops the build. (String.raw is used only to build regular expressions, where the escape is the same.)
for (const f of files(tmp).filter((x) => x.endsWith('.cjs'))) {
  const text = readFileSync(f, 'utf8');
  if (!/[^\x00-\x7f]/u.test(text)) continue;
  const ascii = text.replace(/[^\x00-\x7f]/gu, (ch, at) => {
    let slashes = 0;
    while (text[at - 1 - slashes] === '\\') slashes++;
    if (slashes % 2) throw new Error(`${relative(tmp, f)}: a non-ASCII letter after a backslash at ${at}`);
    // Code unit by code unit: an astral letter becomes its surrogate pair.
    let out = '';
    for (let i = 0; i < ch.length; i++)
      out += `\\u${ch.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0')}`;
    return out;
  });
  writeFileSync(f, ascii);
}
const metaDir = process.argv.find((a) => a.startsWith('--metafile='))?.slice('--metafile='.length);
if (metaDir) {
  mkdirSync(metaDir, { recursive: true });
  for (const [i, r] of results.entries())
    writeFileSync(join(metaDir, `meta-${i}.json`), JSON.stringify(r.metafile));
}
writeFileSync(
  join(tmp, 'build.json'),
  `${JSON.stringify({ build, commands: commands.map((c) => c.name), hot: commands.filter((c) => c.hot).map((c) => c.name) })}\n`,
);
const fresh = files(tmp).map((f) => relative(tmp, f));
for (const rel of fresh) {
  mkdirSync(dirname(join(out, rel)), { recursive: true });
  renameSync(join(tmp, rel), join(out, rel));
}
// What an earlier build left (ES module chunks, a command that is gone) is removed.
for (const f of files(out)) if (!fresh.includes(relative(out, f))) rmSync(f, { force: true });
for (const d of readdirSync(out))
  if (statSync(join(out, d)).isDirectory() && readdirSync(join(out, d)).length === 0)
    rmSync(join(out, d), { recursive: true });
rmSync(tmp, { recursive: true, force: true });
if (!process.env.npm_lifecycle_event?.startsWith('test')) {
  console.error(`kehoach: đã build dist/ trong ${Math.round(performance.now() - t0)} ms`);
}
