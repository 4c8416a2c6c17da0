import type { BrowserWindow } from 'electron';
import type { ChangeFeed } from '../../shared/live.ts';
import { PLAN_CHANGES_CHANNEL } from '../preload/ipcProtocol.ts';

/**
 * Tells the window every change the service accepts, so every view of a plan stays current: the desktop app's
 * live channel (browser mode has the WebSocket at /api/live). Returns the function that stops it.
 */
export function setupPlanChanges(service: ChangeFeed, window: () => BrowserWindow | null): () => void {
  return service.subscribeChanges((planId, change) => {
    const target = window();
    if (target && !target.isDestroyed()) target.webContents.send(PLAN_CHANGES_CHANNEL, { planId, changes: [change] });
  });
}
