import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // e2e tests spawn bin/plan.js, which runs the bundle built by `npm run build` (done by `npm test`).
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
