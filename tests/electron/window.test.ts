import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { tempFolder } from '../backend/tempLibrary.ts';
import { FakeBrowserWindow, FakeWebContents, fakeElectron, fakeSession } from './fakeElectron.ts';

vi.mock('electron', async () => (await import('./fakeElectron.ts')).fakeElectron);

const { createMainWindow } = await import('../../electron/main/window.ts');
const { isSafeExternalUrl, secureSession, secureWebContents } = await import('../../electron/main/security.ts');
const { createDesktopPdfPrinter, pdfWindowPreferences, printSettings } = await import('../../electron/main/pdf.ts');

const folder = tempFolder();
afterAll(() => folder.cleanup());

describe('main window', () => {
  it('is isolated, sandboxed, without Node, with web security, and opens app://atlas/', () => {
    const window = createMainWindow({ preloadPath: '/app/out/preload/preload.cjs', stateFile: folder.path('state.json') });
    const created = window as unknown as FakeBrowserWindow;
    expect(created.options.webPreferences).toMatchObject({
      preload: '/app/out/preload/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
    expect(created.loadURL).toHaveBeenCalledWith('app://atlas/index.html');
  });

  it('remembers its bounds and maximized state on close and reopens there', () => {
    const stateFile = folder.path('remembered.json');
    const first = createMainWindow({ preloadPath: 'p', stateFile }) as unknown as FakeBrowserWindow;
    first.bounds = { x: 200, y: 120, width: 1000, height: 700 };
    first.maximized = true;
    first.emit('close');
    expect(JSON.parse(readFileSync(stateFile, 'utf8'))).toEqual({ bounds: first.bounds, maximized: true });
    const second = createMainWindow({ preloadPath: 'p', stateFile }) as unknown as FakeBrowserWindow;
    expect(second.options).toMatchObject({ x: 200, y: 120, width: 1000, height: 700 });
    second.emit('ready-to-show');
    expect(second.maximized).toBe(true);
  });
});

describe('web contents security', () => {
  it('denies every window.open and hands only https links to the browser', () => {
    fakeElectron.shell.openExternal.mockClear();
    const contents = new FakeWebContents();
    secureWebContents(contents as never);
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/docs' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'http://example.com/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'app://atlas/index.html' })).toEqual({ action: 'deny' });
    expect(fakeElectron.shell.openExternal.mock.calls).toEqual([['https://example.com/docs']]);
  });

  it('prevents every navigation and webview, and redirects away from app://', () => {
    const contents = new FakeWebContents();
    secureWebContents(contents as never);
    expect(contents.emit('will-navigate', 'https://example.com/')).toBe(true);
    expect(contents.emit('will-navigate', 'app://atlas/other.html')).toBe(true);
    expect(contents.emit('will-attach-webview')).toBe(true);
    expect(contents.emit('will-redirect', 'https://example.com/')).toBe(true);
    expect(contents.emit('will-redirect', 'app://atlas/index.html')).toBe(false);
  });

  it('accepts only well-formed https links as external', () => {
    expect(isSafeExternalUrl('https://example.com/path?q=1')).toBe(true);
    for (const url of ['http://example.com', 'file:///etc/passwd', 'javascript:alert(1)', 'https://a:b@example.com', 'not a url', 'mailto:x@y.z']) {
      expect(isSafeExternalUrl(url)).toBe(false);
    }
  });

  it('denies permissions and cancels requests that leave app://', () => {
    const session = fakeSession();
    secureSession(session as never);
    const decisions: boolean[] = [];
    session.permissionRequest?.(null, 'media', (allowed: boolean) => decisions.push(allowed));
    expect(decisions).toEqual([false]);
    expect(session.permissionCheck?.()).toBe(false);
    const cancelled = (url: string) => {
      let result: boolean | undefined;
      session.beforeRequest?.({ url }, ({ cancel }: { cancel: boolean }) => (result = cancel));
      return result;
    };
    expect(cancelled('app://atlas/assets/index.js')).toBe(false);
    expect(cancelled('data:image/png;base64,AAAA')).toBe(false);
    expect(cancelled('https://example.com/tracker.js')).toBe(true);
    expect(cancelled('http://127.0.0.1:8080/api/listAccounts')).toBe(true);
    expect(cancelled('file:///etc/passwd')).toBe(true);
  });
});

describe('desktop PDF printer', () => {
  it('prints in a hidden window without JavaScript or preload', () => {
    const preferences = pdfWindowPreferences();
    expect(preferences).toMatchObject({ sandbox: true, javascript: false, contextIsolation: true, nodeIntegration: false });
    expect(preferences.preload).toBeUndefined();
  });

  it('maps paper sizes and header/footer templates to printToPDF options', () => {
    const options = printSettings({ paper: 'letter', headerTemplate: '<span class="title"></span>', footerTemplate: '<span class="pageNumber"></span>' });
    expect(options).toMatchObject({
      pageSize: 'Letter',
      displayHeaderFooter: true,
      printBackground: true,
      headerTemplate: '<span class="title"></span>',
      footerTemplate: '<span class="pageNumber"></span>',
    });
    expect(printSettings({ paper: 'a4', headerTemplate: '', footerTemplate: '' }).pageSize).toBe('A4');
    expect(options.margins?.top).toBeCloseTo(22 / 25.4);
    expect(options.margins?.left).toBeCloseTo(16 / 25.4);
  });

  it('loads the HTML from a temporary file, returns the PDF bytes and destroys the window', async () => {
    const printed = Buffer.from('%PDF-1.7 fake');
    let loadedHtml = '';
    let window: FakeBrowserWindow | undefined;
    FakeBrowserWindow.onCreate = (created) => {
      window = created;
      Object.assign(created.webContents, { printToPDF: vi.fn(async () => printed) });
      created.loadURL.mockImplementation(async (url: string) => {
        loadedHtml = readFileSync(new URL(url), 'utf8');
      });
    };
    const bytes = await createDesktopPdfPrinter()('<h1>Plan</h1>', { paper: 'a4', headerTemplate: '', footerTemplate: '' });
    FakeBrowserWindow.onCreate = null;
    if (window === undefined) throw new Error('no print window was created');
    expect(loadedHtml).toBe('<h1>Plan</h1>');
    expect(Buffer.from(bytes).toString()).toBe('%PDF-1.7 fake');
    expect(window.destroyed).toBe(true);
    expect(window.options.show).toBe(false);
  });
});
