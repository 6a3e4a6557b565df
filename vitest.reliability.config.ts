import { defineConfig } from 'vitest/config';

/** The reliability suite: load, crash, two instances, store faults, hostile input. Run by `npm run test:reliability` and CI. */
export default defineConfig({
  test: {
    include: ['test/reliability/**/*.test.ts'],
    /** Clears test-results/reliability.json at the start and prints the results table at the end. */
    globalSetup: ['test/reliability/support/global-setup.ts'],
    testTimeout: 300_000,
    hookTimeout: 180_000,
    pool: 'forks',
    fileParallelism: false,
    execArgv: ['--disable-warning=DEP0111'],
  },
});
