// A sandboxed preload is CommonJS; esbuild bundles these requires into out/preload/preload.cjs.
import type { IpcRendererEvent } from 'electron';
import type { AtlasApi } from '../../shared/api.ts';
import type { DesktopBridge, MenuCommand } from '../../shared/desktop.ts';
import type { LiveServerMessage } from '../../shared/live.ts';
import type { LoggedChange } from '../../shared/patch.ts';
import type { IpcResult } from './ipcProtocol.ts';

const { contextBridge, ipcRenderer } = require('electron') as typeof import('electron');
const { PRELOAD_API_METHODS, preloadChannel } = require('./apiMethods.ts') as typeof import('./apiMethods.ts');
const { MENU_COMMANDS } = require('../../shared/desktop.ts') as typeof import('../../shared/desktop.ts');
const { FULL_SCREEN_CHANNEL, MENU_CHANNEL, OPEN_EXTERNAL_CHANNEL, PLAN_CHANGES_CHANNEL, PRESENCE_CHANNEL, SAVE_FILE_CHANNEL, WORKSHOP_CHANNEL } =
  require('./ipcProtocol.ts') as typeof import('./ipcProtocol.ts');

// Only the message of an Error survives the context bridge, so the message carries the user's sentence.
async function invoke(channel: string, input: unknown): Promise<unknown> {
  const outcome = (await ipcRenderer.invoke(channel, input)) as IpcResult;
  if (outcome.ok) return outcome.result;
  const error = new Error(outcome.error.message);
  error.name = 'AtlasError';
  throw Object.assign(error, { code: outcome.error.code });
}

const atlas = Object.fromEntries(
  PRELOAD_API_METHODS.map((method) => [method, (input: unknown) => invoke(preloadChannel(method), input)]),
) as unknown as AtlasApi;

const menuCommands = new Set<string>(MENU_COMMANDS);

const atlasDesktop: DesktopBridge = {
  onMenuCommand(listener) {
    const relay = (_event: IpcRendererEvent, command: unknown): void => {
      if (typeof command === 'string' && menuCommands.has(command)) listener(command as MenuCommand);
    };
    ipcRenderer.on(MENU_CHANNEL, relay);
    return () => {
      ipcRenderer.off(MENU_CHANNEL, relay);
    };
  },
  onPlanChanges(listener) {
    const relay = (_event: IpcRendererEvent, message: unknown): void => {
      const { planId, changes } = (message ?? {}) as { planId?: unknown; changes?: unknown };
      if (typeof planId === 'string' && Array.isArray(changes)) listener(planId, changes as LoggedChange[]);
    };
    ipcRenderer.on(PLAN_CHANGES_CHANNEL, relay);
    return () => {
      ipcRenderer.off(PLAN_CHANGES_CHANNEL, relay);
    };
  },
  onWorkshopMessage(listener) {
    const relay = (_event: IpcRendererEvent, message: unknown): void => {
      const { type, planId } = (message ?? {}) as { type?: unknown; planId?: unknown };
      if ((type === 'presence' || type === 'you') && typeof planId === 'string') listener(message as Extract<LiveServerMessage, { type: 'presence' | 'you' }>);
    };
    ipcRenderer.on(WORKSHOP_CHANNEL, relay);
    return () => {
      ipcRenderer.off(WORKSHOP_CHANNEL, relay);
    };
  },
  sendPresence(update) {
    ipcRenderer.send(PRESENCE_CHANNEL, update);
  },
  setFullScreen: async (on) => {
    await invoke(FULL_SCREEN_CHANNEL, on === true);
  },
  saveFile: (file) => invoke(SAVE_FILE_CHANNEL, { fileName: file.fileName, base64: file.base64 }) as Promise<string | null>,
  openExternal: async (url) => {
    await invoke(OPEN_EXTERNAL_CHANNEL, url);
  },
};

contextBridge.exposeInMainWorld('atlas', atlas);
contextBridge.exposeInMainWorld('atlasDesktop', atlasDesktop);
