import { join } from 'node:path';
import { PROJECT_ROOT } from '../../electron/cli/build.ts';

/** Where the bench's own build of the renderer goes (out/renderer stays the app's, which other runs rebuild). */
export const BENCH_RENDERER_DIR = join(PROJECT_ROOT, 'out', 'bench', 'renderer');
/** Where the peer pages are built. */
export const PEERS_DIR = join(PROJECT_ROOT, 'out', 'bench', 'peers');

async function viteBuild(configFile: string, outDir?: string): Promise<void> {
  const { build } = await import('vite');
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile, mode: 'production', logLevel: 'warn', ...(outDir ? { build: { outDir, emptyOutDir: true } } : {}) });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}

/**
 * The production build of the renderer (the app's own Vite config and mode, only the output folder moved to
 * out/bench/renderer) and of the peer pages into out/bench/peers. Returns the build time in milliseconds.
 */
export async function buildForBench(): Promise<number> {
  const started = performance.now();
  await viteBuild(join(PROJECT_ROOT, 'renderer', 'vite.config.ts'), BENCH_RENDERER_DIR);
  await viteBuild(join(PROJECT_ROOT, 'tests', 'bench', 'peers', 'vite.config.ts'));
  return performance.now() - started;
}
