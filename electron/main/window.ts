import { BrowserWindow, screen } from 'electron';
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
    backgroundColor: '#ffffff',
    webPreferences: mainWindowPreferences(options.preloadPath),
  });
  window.once('ready-to-show', () => {
    if (placement.maximized) window.maximize();
    window.show();
  });
  rememberState(window, options.stateFile);
  void window.loadURL(APP_START_URL);
  return window;
}
