import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BuildOptions } from 'esbuild';

/** The repository root (where package.json is). */
export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Where the renderer build goes. */
export const RENDERER_OUT_DIR = join(PROJECT_ROOT, 'out', 'renderer');
/** The bundled Electron main process. */
export const MAIN_OUT_FILE = join(PROJECT_ROOT, 'out', 'main', 'main.js');
/** The bundled preload script. */
export const PRELOAD_OUT_FILE = join(PROJECT_ROOT, 'out', 'preload', 'preload.cjs');

/** True when the renderer has been built. */
export function isRendererBuilt(): boolean {
  return existsSync(join(RENDERER_OUT_DIR, 'index.html'));
}

async function productionDependencies(): Promise<string[]> {
  const manifest = JSON.parse(await readFile(join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
  };
  return Object.keys(manifest.dependencies ?? {});
}

/** Builds the renderer with Vite into out/renderer, always as a production build. */
export async function buildRenderer(): Promise<void> {
  const { build } = await import('vite');
  // Vite builds for whatever NODE_ENV says (vitest sets "test", which gives development React).
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: join(PROJECT_ROOT, 'renderer', 'vite.config.ts'), mode: 'production', logLevel: 'warn' });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}

/** esbuild options of the main-process bundle (ESM for Node; native and heavy dependencies stay in node_modules). */
export function mainBundleOptions(outfile: string, dependencies: string[]): BuildOptions {
  return {
    entryPoints: [join(PROJECT_ROOT, 'electron', 'main', 'main.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    external: ['electron', ...dependencies],
    // Bundled CommonJS code may still call require() for Node built-ins.
    banner: { js: "import { createRequire as __atlasCreateRequire } from 'node:module'; const require = __atlasCreateRequire(import.meta.url);" },
    logLevel: 'warning',
  };
}

/** esbuild options of the preload bundle: one CommonJS file whose only require is the electron module, as a sandbox demands. */
export function preloadBundleOptions(outfile: string): BuildOptions {
  return {
    entryPoints: [join(PROJECT_ROOT, 'electron', 'preload', 'preload.cts')],
    outfile,
    bundle: true,
    // A sandboxed preload has no Node: only the browser and the electron module.
    platform: 'browser',
    format: 'cjs',
    target: 'chrome130',
    external: ['electron'],
    logLevel: 'warning',
  };
}

/** Bundles the Electron main process and the sandboxed preload with esbuild. */
export async function buildElectron(): Promise<void> {
  const { build } = await import('esbuild');
  // Production dependencies ship in node_modules next to out/ (better-sqlite3 is native and cannot be bundled).
  const dependencies = await productionDependencies();
  await Promise.all([build(mainBundleOptions(MAIN_OUT_FILE, dependencies)), build(preloadBundleOptions(PRELOAD_OUT_FILE))]);
}

/** The production build: renderer, main and preload, into out/. */
export async function runBuild(): Promise<void> {
  await Promise.all([buildRenderer(), buildElectron()]);
}

if (import.meta.main) {
  const started = performance.now();
  try {
    await runBuild();
    console.log(`Built out/ in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
