// `npm install` in a clone: build dist/ so `npx plan` works at once. Installed from a packed tarball
// (dist/ shipped, no sources) or with `npm ci --omit=dev` (no esbuild), there is nothing to build here.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
if (!existsSync(join(root, 'src/cli/main.ts'))) process.exit(0);
try {
  createRequire(join(root, 'package.json')).resolve('esbuild');
} catch {
  console.error(
    'kehoach: không có công cụ build (esbuild) vì đã cài với --omit=dev; dist/ không được build. ' +
      'Chạy `npm install` (đủ devDependencies) rồi `npm run build`.',
  );
  process.exit(0);
}
await import('./build.mjs');
