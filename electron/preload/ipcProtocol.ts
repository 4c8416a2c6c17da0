import type { AtlasErrorCode } from '../../shared/errors.ts';

/** Channel on which the main process sends native menu commands to the renderer. */
export const MENU_CHANNEL = 'atlas:menu';
/** Channel on which the main process tells the window every change the service accepted: `{ planId, changes }`. */
export const PLAN_CHANGES_CHANNEL = 'atlas:planChanges';
/** Channel on which the main process tells the window a running workshop's 'presence' and 'you' messages. */
export const WORKSHOP_CHANNEL = 'atlas:workshop';
/** Channel of DesktopBridge.sendPresence (a one-way message; main validates it). */
export const PRESENCE_CHANNEL = 'atlas-desktop:presence';
/** Channel of DesktopBridge.setFullScreen. */
export const FULL_SCREEN_CHANNEL = 'atlas-desktop:setFullScreen';
/** Channel of DesktopBridge.saveFile. */
export const SAVE_FILE_CHANNEL = 'atlas-desktop:saveFile';
/** Channel of DesktopBridge.openExternal. */
export const OPEN_EXTERNAL_CHANNEL = 'atlas-desktop:openExternal';

/**
 * What every invoke handler returns. Electron keeps only the message of a thrown error,
 * so failures travel as data and the preload turns them back into a rejection.
 */
export type IpcResult = { ok: true; result: unknown } | { ok: false; error: { code: AtlasErrorCode; message: string } };
