import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'test/reliability/**', 'node_modules/**'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // spdy (under restify) touches a deprecated Node binding; the warning is noise in test output.
    execArgv: ['--disable-warning=DEP0111'],
  },
});
