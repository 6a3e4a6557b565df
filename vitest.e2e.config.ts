import { defineConfig } from 'vitest/config';

/** End-to-end suites: real browser (Debian chromium) and the Agents Playground. Run by `npm run test:e2e` and CI. */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 180_000,
    pool: 'forks',
    fileParallelism: false,
    execArgv: ['--disable-warning=DEP0111'],
  },
});
