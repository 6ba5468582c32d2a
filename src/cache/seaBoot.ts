/**
 * Start-up of the single executable (scripts/build-sea.mjs): the same bundles as dist/ — each command's
 * hot and full bundle, the whole CLI — are assets of the executable, and start here exactly as
 * bin/plan.js starts them from disk (src/cache/boot.ts), through the same code cache in the user's
 * cache folder. An asset is identified by the build, which is compiled into this file.
 */
import { dirname, join } from 'node:path';
import { getAsset } from 'node:sea';
import { sourceText, start } from './boot.js';

const names = new Set<string>(
  (JSON.parse(sourceText(Buffer.from(getAsset('bundles.json')))) as string[]).map(String),
);
const home = dirname(process.execPath);

start(process.argv.slice(2), {
  has: (rel) => names.has(rel),
  read: (rel) => ({
    source: sourceText(Buffer.from(getAsset(rel))),
    stamp: 'sea',
    filename: join(home, rel),
  }),
}).catch((e: unknown) => {
  process.stderr.write(`${(e as Error)?.stack ?? String(e)}\n`);
  process.exitCode = 70;
});
