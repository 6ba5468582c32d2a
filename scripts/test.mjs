// The one gate, in order: build, type check, lint + format, the test suite, then `plan validate` on
// the shipped plans. Stops at the first failure.
import { spawnSync } from 'node:child_process';

const steps = [
  ['build', 'node', ['scripts/build.mjs']],
  ['typecheck', 'npx', ['tsc', '--noEmit']],
  ['lint', 'npx', ['biome', 'check', '.']],
  ['tests', 'npx', ['vitest', 'run', ...process.argv.slice(2)]],
  ['plan validate', 'node', ['bin/plan.js', 'validate']],
];
for (const [name, cmd, args] of steps) {
  const t0 = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, npm_lifecycle_event: 'test' } });
  if (r.status !== 0) {
    console.error(`\n✗ ${name} failed (exit ${r.status ?? r.signal})`);
    process.exit(r.status || 1);
  }
  console.error(`✓ ${name} (${Date.now() - t0} ms)`);
}
