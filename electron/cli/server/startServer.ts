import { openLibrary } from '../../backend/library.ts';
import { closeSharedChromium } from '../../backend/export/sharedChromium.ts';
import { createPlanService } from '../../backend/service.ts';
import type { ApiCaller } from './apiRoute.ts';
import { serveService } from './httpServer.ts';
import type { RunningServer } from './httpServer.ts';
import { createWorkshopHost } from './workshopHost.ts';

/** What browser mode needs: the library file, the port (0 = any free one) and the built renderer folder. */
export interface StartServerOptions {
  libraryPath: string;
  port?: number;
  rendererDir: string;
  log?: (message: string) => void;
}

/** A running browser-mode server, with the host's own way into its service (`atlas workshop` starts one with it). */
export interface StartedServer extends RunningServer {
  /** Calls the service as the host's windows do. */
  call: ApiCaller['call'];
}

/**
 * Opens the library and serves it with the renderer on 127.0.0.1, with a workshop host whose room listener opens
 * only when the host starts a workshop; close() ends it, stops the server, closes the library and the Chromium that
 * PDF exports share.
 */
export async function startServer(options: StartServerOptions): Promise<StartedServer> {
  const library = openLibrary(options.libraryPath);
  try {
    // No printPdf: the service prints PDFs with Chromium through playwright-core, loaded only when needed.
    const service = createPlanService(library);
    const workshop = createWorkshopHost({ service, rendererDir: options.rendererDir, log: options.log });
    const call = workshop.hostCaller.call.bind(workshop.hostCaller);
    const running = await serveService({
      service: { call, subscribeChanges: service.subscribeChanges },
      rendererDir: options.rendererDir,
      port: options.port ?? 0,
      log: options.log,
      presence: workshop.hostPresence,
    }).catch(async (error: unknown) => {
      await workshop.close();
      throw error;
    });
    return {
      ...running,
      call,
      close: async () => {
        try {
          await workshop.close();
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
