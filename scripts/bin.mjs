// A dev tool's JS entry point, to run with `process.execPath`: spawning `npx` without a shell fails on
// Windows (npx is a .cmd there), and this way the tools run under the same Node as the caller.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** Path of the `name` executable that package `pkg` declares in its package.json "bin". */
export function binOf(pkg, name = pkg.split('/').pop()) {
  const manifest = require.resolve(`${pkg}/package.json`);
  const { bin } = require(manifest);
  const rel = typeof bin === 'string' ? bin : bin?.[name];
  if (!rel) throw new Error(`${pkg} declares no "${name}" executable`);
  return join(dirname(manifest), rel);
}
