import { join } from 'node:path';
import { PROJECT_ROOT } from '../../electron/cli/build.ts';

/** Where the bench's own build of the renderer goes (out/renderer stays the app's, which other runs rebuild). */
export const BENCH_RENDERER_DIR = join(PROJECT_ROOT, 'out', 'bench', 'renderer');
/** Where the peer pages are built. */
export const PEERS_DIR = join(PROJECT_ROOT, 'out', 'bench', 'peers');

async function viteBuild(configFile: string, outDir?: string, readable = false): Promise<void> {
  const { build } = await import('vite');
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile, mode: 'production', logLevel: 'warn', build: { ...(outDir ? { outDir, emptyOutDir: true } : {}), ...(readable ? { minify: false } : {}) } });
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
  // ATLAS_BENCH_READABLE=1 keeps function names for profiling (tests/bench/profile.ts); never for the figures.
  await viteBuild(join(PROJECT_ROOT, 'renderer', 'vite.config.ts'), BENCH_RENDERER_DIR, process.env.ATLAS_BENCH_READABLE === '1');
  await viteBuild(join(PROJECT_ROOT, 'tests', 'bench', 'peers', 'vite.config.ts'), undefined, process.env.ATLAS_BENCH_READABLE === '1');
  return performance.now() - started;
}
