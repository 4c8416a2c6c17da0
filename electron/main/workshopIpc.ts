import { ipcMain } from 'electron';
import type { BrowserWindow } from 'electron';
import { AtlasError } from '../../shared/errors.ts';
import { presenceUpdateSchema } from '../../shared/workshop.ts';
import type { HostWindow, WorkshopHost } from '../cli/server/workshopHost.ts';
import { FULL_SCREEN_CHANNEL, PRESENCE_CHANNEL, WORKSHOP_CHANNEL } from '../preload/ipcProtocol.ts';
import { handleTrusted, isTrustedSender } from './ipc.ts';

/**
 * Binds the workshop extras of the DesktopBridge: the host window's presence goes to the workshop (validated, from
 * our main window only), the workshop's 'presence' and 'you' messages come to the window, and projector mode's full
 * screen. Returns the function to call with each main window opened.
 */
export function setupWorkshopIpc(workshop: Pick<WorkshopHost, 'connectWindow'>, getMainWindow: () => BrowserWindow | null): (window: BrowserWindow) => void {
  let connection: HostWindow | null = null;
  ipcMain.on(PRESENCE_CHANNEL, (event, input: unknown) => {
    if (!isTrustedSender(event, getMainWindow())) return;
    const parsed = presenceUpdateSchema.safeParse(input);
    if (parsed.success) connection?.update(parsed.data);
  });
  handleTrusted(FULL_SCREEN_CHANNEL, getMainWindow, async (input) => {
    const window = getMainWindow();
    if (window === null) throw new AtlasError('unavailable', 'The window is closed.');
    if (typeof input !== 'boolean') throw new AtlasError('invalid-input', 'Full screen is either on or off.');
    window.setFullScreen(input);
  });
  return (window) => {
    // Each page load is a new window for the workshop: it is told who it is again.
    window.webContents.on('did-finish-load', () => {
      connection?.close();
      connection = workshop.connectWindow((message) => {
        if (!window.isDestroyed()) window.webContents.send(WORKSHOP_CHANNEL, message);
      });
    });
    window.on('closed', () => {
      connection?.close();
      connection = null;
    });
  };
}
