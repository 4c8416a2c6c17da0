import { writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { app, dialog } from 'electron';
import type { BrowserWindow } from 'electron';
import { z } from 'zod';
import { safeFileName } from '../../shared/document/fileName.ts';
import { AtlasError } from '../../shared/errors.ts';
import { OPEN_EXTERNAL_CHANNEL, SAVE_FILE_CHANNEL } from '../preload/ipcProtocol.ts';
import { handleTrusted } from './ipc.ts';
import { openExternalSafely } from './security.ts';

const saveFileInput = z.strictObject({ fileName: z.string().min(1).max(255), base64: z.string() });

/** A file name safe to offer in a save dialog: no folders, no characters file systems refuse. */
export function saveDialogFileName(fileName: string): string {
  return safeFileName(basename(fileName.replaceAll('\\', '/')));
}

async function saveFile(window: BrowserWindow, input: unknown): Promise<string | null> {
  const parsed = saveFileInput.safeParse(input);
  if (!parsed.success) throw new AtlasError('invalid-input', 'The file to save needs a name and base64 content.');
  const fileName = saveDialogFileName(parsed.data.fileName);
  const extension = extname(fileName).slice(1).toLowerCase();
  const choice = await dialog.showSaveDialog(window, {
    defaultPath: join(app.getPath('documents'), fileName),
    filters: extension === '' ? [] : [{ name: `${extension.toUpperCase()} file`, extensions: [extension] }],
  });
  if (choice.canceled || !choice.filePath) return null;
  try {
    await writeFile(choice.filePath, Buffer.from(parsed.data.base64, 'base64'));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new AtlasError('unavailable', `The file could not be saved (${reason}); choose another folder.`);
  }
  return choice.filePath;
}

async function openExternal(input: unknown): Promise<void> {
  if (typeof input !== 'string' || !(await openExternalSafely(input))) {
    throw new AtlasError('refused', 'Only https:// links can be opened.');
  }
}

/** Binds the DesktopBridge extras (save dialog, external links) for the main window. */
export function setupDesktopIpc(getMainWindow: () => BrowserWindow | null): void {
  handleTrusted(SAVE_FILE_CHANNEL, getMainWindow, (input) => {
    const window = getMainWindow();
    if (window === null) throw new AtlasError('unavailable', 'The window is closed.');
    return saveFile(window, input);
  });
  handleTrusted(OPEN_EXTERNAL_CHANNEL, getMainWindow, (input) => openExternal(input));
}
