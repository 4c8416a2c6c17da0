import { parseArgs } from 'node:util';
import { isAtlasError } from '../../shared/errors.ts';
import { openLibrary } from '../backend/library.ts';
import { resolveLibraryPath } from '../backend/libraryPath.ts';
import { RENDERER_OUT_DIR, isRendererBuilt, runBuild } from './build.ts';
import { openInBrowser } from './server/openBrowser.ts';
import { startServer } from './server/startServer.ts';
import { waitForStopSignal } from './stopSignal.ts';

export { startServer } from './server/startServer.ts';
export type { RunningServer } from './server/httpServer.ts';

const USAGE = 'Usage: atlas serve [--port N] [--data PATH] [--open]';

interface ServeArguments {
  port: number;
  data: string | undefined;
  open: boolean;
}

function parseServeArguments(argv: string[]): ServeArguments | string {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { port: { type: 'string' }, data: { type: 'string' }, open: { type: 'boolean' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return `${error instanceof Error ? error.message : String(error)} (${USAGE})`;
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) return `--port must be a whole number from 0 to 65535 (${USAGE}).`;
  return { port, data: values.data, open: values.open === true };
}

/** `atlas serve`: serves the library and the renderer on 127.0.0.1 until Ctrl+C; resolves to the exit code. */
export async function runServe(argv: string[]): Promise<number> {
  const parsed = parseServeArguments(argv);
  if (typeof parsed === 'string') {
    console.error(`atlas: ${parsed}`);
    return 1;
  }
  try {
    const libraryPath = resolveLibraryPath(parsed.data);
    // Refuse a bad library before spending seconds on a build.
    openLibrary(libraryPath).close();
    // ATLAS_RENDERER_DIR serves another build of the app (tests serve a stub instead of building it).
    const rendererDir = process.env.ATLAS_RENDERER_DIR ?? RENDERER_OUT_DIR;
    if (rendererDir === RENDERER_OUT_DIR && !isRendererBuilt()) {
      console.error('Building the app first (out/renderer is missing)…');
      await runBuild();
    }
    const server = await startServer({ libraryPath, port: parsed.port, rendererDir });
    console.log(`Account Atlas is running at ${server.url}`);
    if (parsed.open) openInBrowser(server.url);
    await waitForStopSignal();
    await server.close();
    return 0;
  } catch (error) {
    if (isAtlasError(error)) {
      console.error(`atlas: ${error.message}`);
      return 1;
    }
    if (error instanceof Error && 'code' in error && error.code === 'EADDRINUSE') {
      console.error(`atlas: Port ${parsed.port} is already in use; choose another with --port, or 0 for any free port.`);
      return 1;
    }
    throw error;
  }
}
