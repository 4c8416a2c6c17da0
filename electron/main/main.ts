import { join } from 'node:path';
import { app, dialog, session } from 'electron';
import type { BrowserWindow } from 'electron';
import { isAtlasError } from '../../shared/errors.ts';
import { openLibrary } from '../backend/library.ts';
import type { Library } from '../backend/library.ts';
import { resolveLibraryPath } from '../backend/libraryPath.ts';
import { createPlanService } from '../backend/service.ts';
import { createWorkshopHost } from '../cli/server/workshopHost.ts';
import type { WorkshopHost } from '../cli/server/workshopHost.ts';
import { setupDesktopIpc } from './desktopIpc.ts';
import { setupApiIpc } from './ipc.ts';
import { setupMenu } from './menu.ts';
import { setupPlanChanges } from './planChanges.ts';
import { BUILT_PATHS, PRODUCT_NAME, dataFlag } from './paths.ts';
import { createDesktopPdfPrinter } from './pdf.ts';
import { registerAppScheme, setupAppProtocol } from './protocol.ts';
import { secureSession, setupWebContentsSecurity } from './security.ts';
import { createMainWindow } from './window.ts';
import { setupWorkshopIpc } from './workshopIpc.ts';

let mainWindow: BrowserWindow | null = null;
let library: Library | null = null;
let workshop: WorkshopHost | null = null;

function openMainWindow(watchWindow: (window: BrowserWindow) => void): void {
  mainWindow = createMainWindow({ preloadPath: BUILT_PATHS.preload, stateFile: join(app.getPath('userData'), 'window-state.json') });
  watchWindow(mainWindow);
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  setupMenu(mainWindow, app.isPackaged);
}

function openLibraryOrQuit(): Library | null {
  try {
    return openLibrary(resolveLibraryPath(dataFlag(process.argv)));
  } catch (error) {
    const message = isAtlasError(error) ? error.message : `The library could not be opened: ${String(error)}`;
    dialog.showErrorBox('Account Atlas cannot open its library', message);
    app.quit();
    return null;
  }
}

async function startApp(): Promise<void> {
  await app.whenReady();
  library = openLibraryOrQuit();
  if (library === null) return;
  secureSession(session.defaultSession);
  setupAppProtocol(BUILT_PATHS.renderer);
  const service = createPlanService(library, { printPdf: createDesktopPdfPrinter() });
  // Participants get the same app the window shows, served from the room listener while a workshop runs.
  workshop = createWorkshopHost({ service, rendererDir: BUILT_PATHS.renderer, log: (message) => console.error(message) });
  setupApiIpc(workshop.hostCaller, () => mainWindow);
  setupDesktopIpc(() => mainWindow);
  setupPlanChanges(service, () => mainWindow);
  const watchWindow = setupWorkshopIpc(workshop, () => mainWindow);
  openMainWindow(watchWindow);
  app.on('activate', () => {
    if (mainWindow === null) openMainWindow(watchWindow);
  });
}

// The name decides the user-data folder (and so the default library), so it must be set before anything asks for it.
app.setName(PRODUCT_NAME);
app.setAboutPanelOptions({
  applicationName: PRODUCT_NAME,
  applicationVersion: app.getVersion(),
  copyright: 'Strategic account plans as a visual map. Your data stays in one local file.',
});
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow === null) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => {
    // Revokes the participants' tokens and stops the room listener before the library goes.
    void workshop?.close();
    workshop = null;
    library?.close();
    library = null;
  });
  registerAppScheme();
  setupWebContentsSecurity();
  startApp().catch((error: unknown) => {
    dialog.showErrorBox('Account Atlas could not start', error instanceof Error ? error.message : String(error));
    app.exit(1);
  });
}
