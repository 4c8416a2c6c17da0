import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const outDir = fileURLToPath(new URL('../../../out/bench/peers', import.meta.url));

/** Production build of the two peer pages the canvas figures are compared with. */
export default defineConfig({
  root,
  base: './',
  plugins: [react()],
  logLevel: 'warn',
  build: {
    outDir,
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: false,
    chunkSizeWarningLimit: 4000,
    modulePreload: { polyfill: false },
    rollupOptions: {
      input: {
        reactflow: fileURLToPath(new URL('reactflow.html', import.meta.url)),
        mindelixir: fileURLToPath(new URL('mindelixir.html', import.meta.url)),
      },
    },
  },
});
