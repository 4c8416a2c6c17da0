import { fileURLToPath } from 'node:url';
import { mergeConfig } from 'vite';
import rendererConfig from '../../../renderer/vite.config.ts';

/**
 * Production build of the two peer pages the canvas figures are compared with: the renderer's own build settings
 * (target, minifier, React plugin), so the comparison differs only in the pages.
 */
export default mergeConfig(rendererConfig, {
  root: fileURLToPath(new URL('.', import.meta.url)),
  build: {
    outDir: fileURLToPath(new URL('../../../out/bench/peers', import.meta.url)),
    rollupOptions: {
      input: {
        reactflow: fileURLToPath(new URL('reactflow.html', import.meta.url)),
        mindelixir: fileURLToPath(new URL('mindelixir.html', import.meta.url)),
      },
    },
  },
});
