import { API_METHODS } from '../../shared/api.ts';
import type { AtlasApi } from '../../shared/api.ts';
import { AtlasError, isAtlasErrorCode } from '../../shared/errors.ts';
import { createHttpClient } from './httpClient.ts';
import { readToken } from './token.ts';

/**
 * Wraps the preload's `window.atlas` so failures arrive as AtlasErrors: only an error's message crosses
 * Electron's context bridge, and that message is the sentence meant for the user.
 */
export function desktopClient(bridge: AtlasApi): AtlasApi {
  const client: Record<string, (input: unknown) => Promise<unknown>> = {};
  for (const method of API_METHODS) {
    const call = bridge[method] as (input: unknown) => Promise<unknown>;
    client[method] = (input) =>
      call(input).catch((error: unknown) => {
        if (error instanceof AtlasError) throw error;
        const code = (error as { code?: unknown } | null)?.code;
        const message = error instanceof Error ? error.message : String(error);
        throw new AtlasError(isAtlasErrorCode(code) ? code : 'refused', message);
      });
  }
  return client as unknown as AtlasApi;
}

/** The one API client of the renderer: the Electron preload's `window.atlas`, else HTTP to browser mode. */
export function createClient(): AtlasApi {
  if (window.atlas) return desktopClient(window.atlas);
  const token = readToken({ location: window.location, storage: window.sessionStorage, history: window.history });
  return createHttpClient({ fetch: window.fetch.bind(window), baseUrl: window.location.origin, token });
}
