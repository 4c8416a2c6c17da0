import { openLibrary } from '../../backend/library.ts';
import { closeSharedChromium } from '../../backend/export/sharedChromium.ts';
import { createPlanService } from '../../backend/service.ts';
import { serveService } from './httpServer.ts';
import type { RunningServer } from './httpServer.ts';

/** What browser mode needs: the library file, the port (0 = any free one) and the built renderer folder. */
export interface StartServerOptions {
  libraryPath: string;
  port?: number;
  rendererDir: string;
  log?: (message: string) => void;
}

/**
 * Opens the library and serves it with the renderer on 127.0.0.1; close() stops the server, closes the library
 * and the Chromium that PDF exports share.
 */
export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const library = openLibrary(options.libraryPath);
  try {
    // No printPdf: the service prints PDFs with Chromium through playwright-core, loaded only when needed.
    const service = createPlanService(library);
    const running = await serveService({ service, rendererDir: options.rendererDir, port: options.port ?? 0, log: options.log });
    return {
      ...running,
      close: async () => {
        try {
          await running.close();
        } finally {
          library.close();
          await closeSharedChromium();
        }
      },
    };
  } catch (error) {
    library.close();
    throw error;
  }
}
