import { BrowserWindow, nativeTheme, screen } from 'electron';
import type { WebPreferences } from 'electron';
import { APP_START_URL } from './protocol.ts';
import { MIN_WINDOW_SIZE, loadWindowState, placeWindow, saveWindowState } from './windowState.ts';

/** Where the main window finds its preload and remembers its state. */
export interface MainWindowOptions {
  preloadPath: string;
  stateFile: string;
}

/** The main window's web preferences: isolated, sandboxed, no Node, web security on. */
export function mainWindowPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: true,
  };
}

function rememberState(window: BrowserWindow, stateFile: string): void {
  const save = (): void => {
    try {
      saveWindowState(stateFile, { bounds: window.getNormalBounds(), maximized: window.isMaximized() });
    } catch (error) {
      // Losing the window position is not worth bothering the user about.
      console.error('Could not remember the window position:', error);
    }
  };
  window.on('close', save);
}

/** The window's colour before the page paints, matching the app in the OS's light or dark theme (renderer base.css). */
export function windowBackground(dark: boolean): string {
  return dark ? '#0f131a' : '#ffffff';
}

// nativeTheme follows the OS by default (themeSource 'system'); the page's colours follow through prefers-color-scheme.
function followTheme(window: BrowserWindow): void {
  const update = (): void => {
    if (!window.isDestroyed()) window.setBackgroundColor(windowBackground(nativeTheme.shouldUseDarkColors));
  };
  nativeTheme.on('updated', update);
  window.on('closed', () => nativeTheme.removeListener('updated', update));
}

/** Opens the main window where it was last (if still visible), showing app://atlas/. */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const workAreas = [screen.getPrimaryDisplay(), ...screen.getAllDisplays()].map((display) => display.workArea);
  const placement = placeWindow(loadWindowState(options.stateFile), workAreas);
  const window = new BrowserWindow({
    ...(placement.x === undefined || placement.y === undefined ? {} : { x: placement.x, y: placement.y }),
    width: placement.width,
    height: placement.height,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: 'Account Atlas',
    show: false,
    backgroundColor: windowBackground(nativeTheme.shouldUseDarkColors),
    webPreferences: mainWindowPreferences(options.preloadPath),
  });
  window.once('ready-to-show', () => {
    if (placement.maximized) window.maximize();
    window.show();
  });
  rememberState(window, options.stateFile);
  followTheme(window);
  void window.loadURL(APP_START_URL);
  return window;
}
