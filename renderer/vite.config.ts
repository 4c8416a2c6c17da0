import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const rendererRoot = fileURLToPath(new URL('.', import.meta.url));
const outDir = fileURLToPath(new URL('../out/renderer', import.meta.url));

/** Renderer build: relative asset paths (served from app://atlas/ and from browser mode alike), no inline scripts so the CSP holds. */
export default defineConfig({
  root: rendererRoot,
  base: './',
  plugins: [react()],
  logLevel: 'warn',
  build: {
    outDir,
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: false,
    // One local bundle (React, React Flow) loaded from disk: size warnings are noise here.
    chunkSizeWarningLimit: 2000,
    // Chromium supports modulepreload natively; the polyfill is not needed.
    modulePreload: { polyfill: false },
  },
});
