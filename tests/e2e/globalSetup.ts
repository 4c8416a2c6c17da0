import { runBuild } from '../../electron/cli/build.ts';

/** Builds the app once (renderer with Vite, main and preload with esbuild) so every end-to-end test uses the real build. */
export async function setup(): Promise<void> {
  await runBuild();
}
