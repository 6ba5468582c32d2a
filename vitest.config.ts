import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // e2e tests spawn bin/plan.js, which runs the bundle built by `npm run build` (done by `npm test`).
    // Generous on purpose: a slow or loaded machine must never fail the gate. Property tests are bounded
    // by run count (test/helpers/runs.ts), so these only stop a real hang.
    testTimeout: 600_000,
    hookTimeout: 600_000,
    pool: 'forks',
    // One temporary folder per run, removed at its end (test/helpers/tmpRoot.ts).
    globalSetup: ['test/helpers/tmpRoot.ts'],
  },
});
