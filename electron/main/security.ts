import { app, shell } from 'electron';
import type { Session, WebContents } from 'electron';
import { isAppUrl } from './protocol.ts';

/** True for links the app may hand to the user's browser: well-formed https: URLs with a host and no credentials. */
export function isSafeExternalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.protocol === 'https:' && parsed.hostname !== '' && parsed.username === '' && parsed.password === '';
}

/** Opens an external link in the user's browser if it is safe; returns whether it did. */
export async function openExternalSafely(url: string): Promise<boolean> {
  if (!isSafeExternalUrl(url)) return false;
  await shell.openExternal(url);
  return true;
}

/** Locks down one web contents: no new windows (https links go to the browser), no navigation away, no webviews. */
export function secureWebContents(contents: WebContents): void {
  contents.setWindowOpenHandler(({ url }) => {
    void openExternalSafely(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event, url) => {
    event.preventDefault();
    void openExternalSafely(url);
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Denies every permission (camera, notifications, clipboard-read, ...) and any request that leaves app://. */
export function secureSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAppUrl(details.url) || /^(data|blob|devtools|chrome-extension):/.test(details.url);
    callback({ cancel: !allowed });
  });
}

/** Applies the web-contents rules to every web contents the app creates. */
export function setupWebContentsSecurity(): void {
  app.on('web-contents-created', (_event, contents) => secureWebContents(contents));
}
