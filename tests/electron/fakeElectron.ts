import { vi } from 'vitest';

type Listener = (...args: any[]) => unknown;

/** A stand-in for Electron's WebContents that records what the code under test does with it. */
export class FakeWebContents {
  readonly mainFrame = { processId: 7, routingId: 1, url: 'app://atlas/index.html' };
  readonly sent: Array<[string, ...unknown[]]> = [];
  readonly listeners = new Map<string, Listener[]>();
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  send(channel: string, ...args: unknown[]): void {
    this.sent.push([channel, ...args]);
  }
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  /** Fires an event the way Electron would, with a preventable event object; returns whether it was prevented. */
  emit(event: string, ...args: unknown[]): boolean {
    let prevented = false;
    const eventObject = { preventDefault: () => (prevented = true) };
    for (const listener of this.listeners.get(event) ?? []) listener(eventObject, ...args);
    return prevented;
  }
}

/** A stand-in for BrowserWindow keeping its constructor options. */
export class FakeBrowserWindow {
  static created: FakeBrowserWindow[] = [];
  /** Lets a test prepare each new window (give it a printToPDF, a loadURL behaviour, ...). */
  static onCreate: ((window: FakeBrowserWindow) => void) | null = null;
  readonly webContents = new FakeWebContents();
  readonly listeners = new Map<string, Listener[]>();
  readonly loadURL = vi.fn(async (_url: string) => {});
  destroyed = false;
  maximized = false;
  fullScreen = false;
  bounds = { x: 0, y: 0, width: 0, height: 0 };
  readonly options: Record<string, any>;
  constructor(options: Record<string, any>) {
    this.options = options;
    this.bounds = { x: options.x ?? 10, y: options.y ?? 10, width: options.width, height: options.height };
    FakeBrowserWindow.created.push(this);
    FakeBrowserWindow.onCreate?.(this);
  }
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  once(event: string, listener: Listener): this {
    return this.on(event, listener);
  }
  emit(event: string): void {
    for (const listener of this.listeners.get(event) ?? []) listener({});
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  destroy(): void {
    this.destroyed = true;
  }
  getNormalBounds() {
    return this.bounds;
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  maximize(): void {
    this.maximized = true;
  }
  setFullScreen(on: boolean): void {
    this.fullScreen = on;
  }
  isFullScreen(): boolean {
    return this.fullScreen;
  }
  show(): void {}
}

/** Handlers registered with ipcMain.handle, by channel. */
export const ipcHandlers = new Map<string, Listener>();
/** Listeners registered with ipcMain.on (one-way messages), by channel. */
export const ipcListeners = new Map<string, Listener[]>();

/** A stand-in session recording its security handlers. */
export function fakeSession() {
  const fake = {
    permissionRequest: null as Listener | null,
    permissionCheck: null as Listener | null,
    beforeRequest: null as Listener | null,
    setPermissionRequestHandler: (handler: Listener) => (fake.permissionRequest = handler),
    setPermissionCheckHandler: (handler: Listener) => (fake.permissionCheck = handler),
    webRequest: { onBeforeRequest: (handler: Listener) => (fake.beforeRequest = handler) },
  };
  return fake;
}

/** The fake 'electron' module; tests install it with vi.mock('electron', ...). */
export const fakeElectron = {
  app: {
    on: vi.fn(),
    getPath: vi.fn((_name: string) => '/tmp'),
    isPackaged: false,
  },
  BrowserWindow: FakeBrowserWindow,
  ipcMain: {
    handle: vi.fn((channel: string, handler: Listener) => {
      if (ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      ipcHandlers.set(channel, handler);
    }),
    on: vi.fn((channel: string, listener: Listener) => {
      ipcListeners.set(channel, [...(ipcListeners.get(channel) ?? []), listener]);
    }),
  },
  Menu: {
    buildFromTemplate: vi.fn((template: unknown[]) => ({ template })),
    setApplicationMenu: vi.fn(),
  },
  shell: { openExternal: vi.fn(async (_url: string) => {}) },
  dialog: { showSaveDialog: vi.fn(), showErrorBox: vi.fn() },
  screen: {
    getPrimaryDisplay: () => ({ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }),
    getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }],
  },
  protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
  nativeTheme: { shouldUseDarkColors: false, on: vi.fn(), removeListener: vi.fn() },
  session: { defaultSession: fakeSession(), fromPartition: vi.fn(() => fakeSession()) },
};
