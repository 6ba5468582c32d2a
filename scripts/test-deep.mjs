// The long hunt, opt-in (`npm run test:deep`): the property tests and the YAML suite with every
// fast-check run count multiplied by PROPERTY_RUNS_SCALE (10 unless set). Not part of the gate, which
// keeps small counts so it takes the same few minutes on any machine. Extra arguments go to vitest.
import { spawnSync } from 'node:child_process';
import { binOf } from './bin.mjs';

const files = process.argv.length > 2 ? process.argv.slice(2) : ['property', 'differential', 'yaml-suite'];
const r = spawnSync(process.execPath, [binOf('vitest'), 'run', ...files], {
  stdio: 'inherit',
  env: { ...process.env, PROPERTY_RUNS_SCALE: process.env.PROPERTY_RUNS_SCALE ?? '10' },
});
process.exit(r.status ?? 1);
