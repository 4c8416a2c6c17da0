import type { AtlasApi } from '../shared/api.ts';
import type { DesktopBridge } from '../shared/desktop.ts';

declare global {
  interface Window {
    /** The typed API client the Electron preload exposes (absent in browser mode). */
    atlas?: AtlasApi;
    /** Desktop-only capabilities: native menu, save dialog, external links. */
    atlasDesktop?: DesktopBridge;
  }
}
