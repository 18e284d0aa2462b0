import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** Builds the UI benchmark's baseline page on its own; the benchmark gives it a temporary outDir. */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  build: { target: 'es2022', chunkSizeWarningLimit: 800 },
  logLevel: 'warn',
});
