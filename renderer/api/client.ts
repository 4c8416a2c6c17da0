import type { AtlasApi } from '../../shared/api.ts';
import { createHttpClient } from './httpClient.ts';
import { readToken } from './token.ts';

/** The one API client of the renderer: the Electron preload's `window.atlas`, else HTTP to browser mode. */
export function createClient(): AtlasApi {
  if (window.atlas) return window.atlas;
  const token = readToken({ location: window.location, storage: window.sessionStorage, history: window.history });
  return createHttpClient({ fetch: window.fetch.bind(window), baseUrl: window.location.origin, token });
}
