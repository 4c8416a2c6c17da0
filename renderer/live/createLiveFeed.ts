import type { AtlasApi } from '../../shared/api.ts';
import { readToken } from '../api/token.ts';
import { desktopFeed, webSocketFeed } from './liveFeed.ts';
import type { LiveFeed } from './liveFeed.ts';

/** The live feed of this window: IPC in the desktop app, the server's WebSocket in browser mode. */
export function createLiveFeed(api: AtlasApi): LiveFeed {
  if (window.atlas && window.atlasDesktop) return desktopFeed(window.atlasDesktop, api);
  const token = readToken({ location: window.location, storage: window.sessionStorage, history: window.history });
  return webSocketFeed({ baseUrl: window.location.origin, token });
}
