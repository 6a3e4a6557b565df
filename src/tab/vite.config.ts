import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** The Teams tab: built into dist/tab and served by the Lantern server at /tab/. */
export default defineConfig({
  root: here('.'),
  base: '/tab/',
  plugins: [react()],
  build: {
    outDir: here('../../dist/tab'),
    emptyOutDir: true,
    target: 'es2022',
    // No inline data: assets and no module-preload polyfill: nothing that would need a looser CSP.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    sourcemap: false,
    reportCompressedSize: true,
  },
});
