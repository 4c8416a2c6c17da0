import type { ExportedDocument } from '../../shared/api.ts';
import type { DesktopBridge } from '../../shared/desktop.ts';

/** The last part of a file path, whichever separator the OS uses. */
export function baseName(path: string): string {
  return path.split(/[\\/]/).filter(Boolean).pop() ?? path;
}

/** The bytes of base64 text. */
export function bytesFromBase64(base64: string): Uint8Array<ArrayBuffer> {
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let at = 0; at < text.length; at += 1) bytes[at] = text.charCodeAt(at);
  return bytes;
}

/** Offers the file as a download (browser mode). */
function download(file: ExportedDocument): void {
  const url = URL.createObjectURL(new Blob([bytesFromBase64(file.base64)], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started reading the blob by now; a later revoke keeps slow starts safe.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/**
 * Saves an exported file: the native save dialog in the desktop app, a download in browser mode.
 * Resolves to the name it was saved under, or null when the person cancelled the save dialog.
 */
export async function saveExportedFile(file: ExportedDocument, desktop: DesktopBridge | undefined = window.atlasDesktop): Promise<string | null> {
  if (desktop) {
    const path = await desktop.saveFile({ fileName: file.fileName, base64: file.base64 });
    return path === null ? null : baseName(path);
  }
  download(file);
  return file.fileName;
}
