/**
 * The browser app. The numeric core (src/stats, src/analysis) and the plots (src/plot)
 * are imported from the repository and bundled: the analysis runs in the browser.
 * `npx vite build web` writes web/dist/, which the server serves as static files.
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const repo = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root,
  base: './',
  plugins: [react()],
  resolve: {
    alias: {
      // csv-parse's Node build (lib/) calls the global Buffer; its browser build carries a polyfill
      'csv-parse/sync': fileURLToPath(new URL('../node_modules/csv-parse/dist/esm/sync.js', import.meta.url)),
    },
  },
  server: { fs: { allow: [repo] } },
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1500 },
});
