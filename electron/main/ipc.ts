import { ipcMain } from 'electron';
import type { BrowserWindow, IpcMainInvokeEvent } from 'electron';
import { API_METHODS, ipcChannel } from '../../shared/api.ts';
import { isAtlasError } from '../../shared/errors.ts';
import type { IpcResult } from '../preload/ipcProtocol.ts';
import { isAppUrl } from './protocol.ts';

/** Anything that answers contract calls by name (the plan service). */
export interface ApiCaller {
  call(method: string, input: unknown): Promise<unknown>;
}

/** True only for the main frame of our main window showing an app:// page (fiddle-style sender check). */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>, mainWindow: BrowserWindow | null): boolean {
  if (mainWindow === null || mainWindow.isDestroyed()) return false;
  const frame = event.senderFrame;
  const mainFrame = mainWindow.webContents.mainFrame;
  return (
    frame !== null &&
    event.sender === mainWindow.webContents &&
    frame.processId === mainFrame.processId &&
    frame.routingId === mainFrame.routingId &&
    isAppUrl(frame.url)
  );
}

/** Runs a handler and packs its outcome; AtlasErrors keep their sentence, anything else is logged and hidden. */
export async function toIpcResult(run: () => Promise<unknown>): Promise<IpcResult> {
  try {
    return { ok: true, result: await run() };
  } catch (error) {
    if (isAtlasError(error)) return { ok: false, error: { code: error.code, message: error.message } };
    console.error(error);
    return { ok: false, error: { code: 'internal', message: 'Something went wrong; please try again.' } };
  }
}

/** Registers one invoke handler that refuses any sender other than our main window. */
export function handleTrusted(
  channel: string,
  getMainWindow: () => BrowserWindow | null,
  run: (input: unknown, event: IpcMainInvokeEvent) => Promise<unknown>,
): void {
  ipcMain.handle(channel, (event, input: unknown): Promise<IpcResult> => {
    if (!isTrustedSender(event, getMainWindow())) {
      return Promise.resolve({ ok: false, error: { code: 'refused', message: 'This window may not use the Account Atlas library.' } });
    }
    return toIpcResult(() => run(input, event));
  });
}

/** Binds every method of the contract to `ipcMain.handle` on its channel. */
export function setupApiIpc(service: ApiCaller, getMainWindow: () => BrowserWindow | null): void {
  for (const method of API_METHODS) {
    handleTrusted(ipcChannel(method), getMainWindow, (input) => service.call(method, input));
  }
}
