// The one gate, in order: build, type check, lint + format, the test suite, then `plan validate` on
// the shipped plans. Stops at the first failure. Tools run through this Node (process.execPath) and
// their JS entry points, never `npx`: Node refuses to spawn npx.cmd without a shell on Windows.
import { spawnSync } from 'node:child_process';
import { binOf } from './bin.mjs';

const node = process.execPath;
const steps = [
  ['build', ['scripts/build.mjs']],
  ['typecheck', [binOf('typescript', 'tsc'), '--noEmit']],
  ['lint', [binOf('@biomejs/biome', 'biome'), 'check', '.']],
  ['tests', [binOf('vitest'), 'run', ...process.argv.slice(2)]],
  ['plan validate', ['bin/plan.js', 'validate']],
];
for (const [name, args] of steps) {
  const t0 = Date.now();
  const r = spawnSync(node, args, { stdio: 'inherit', env: { ...process.env, npm_lifecycle_event: 'test' } });
  if (r.status !== 0) {
    console.error(`\n✗ ${name} failed (exit ${r.status ?? r.signal ?? r.error?.message})`);
    process.exit(r.status || 1);
  }
  console.error(`✓ ${name} (${Date.now() - t0} ms)`);
}
