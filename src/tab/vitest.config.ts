import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const repo = fileURLToPath(new URL('../..', import.meta.url));

/** Component and hook tests for the tab (jsdom): `vitest run --config src/tab/vitest.config.ts`. */
export default defineConfig({
  root: repo,
  plugins: [react()],
  test: {
    include: ['test/tab/**/*.test.tsx'],
    environment: 'jsdom',
    setupFiles: ['test/tab/setup.ts'],
    testTimeout: 20_000,
    restoreMocks: true,
  },
});
