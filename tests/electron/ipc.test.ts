import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { API_METHODS, ipcChannel } from '../../shared/api.ts';
import { openLibrary } from '../../electron/backend/library.ts';
import type { Library } from '../../electron/backend/library.ts';
import { createPlanService } from '../../electron/backend/service.ts';
import { tempFolder } from '../backend/tempLibrary.ts';
import { FakeBrowserWindow, FakeWebContents, fakeElectron, ipcHandlers } from './fakeElectron.ts';

vi.mock('electron', async () => (await import('./fakeElectron.ts')).fakeElectron);

const { setupApiIpc } = await import('../../electron/main/ipc.ts');
const { setupDesktopIpc } = await import('../../electron/main/desktopIpc.ts');

const folder = tempFolder();
let library: Library;
const mainWindow = new FakeBrowserWindow({});

function eventFrom(contents: FakeWebContents, frame: Partial<FakeWebContents['mainFrame']> = {}) {
  return { sender: contents, senderFrame: { ...contents.mainFrame, ...frame } };
}

function invoke(channel: string, event: unknown, input: unknown): Promise<unknown> {
  const handler = ipcHandlers.get(channel);
  if (!handler) throw new Error(`no handler on ${channel}`);
  return handler(event, input) as Promise<unknown>;
}

beforeAll(() => {
  library = openLibrary(folder.path('atlas.db'));
  setupApiIpc(createPlanService(library), () => mainWindow as never);
  setupDesktopIpc(() => mainWindow as never);
});

afterAll(() => {
  library.close();
  folder.cleanup();
});

describe('IPC binding of the contract', () => {
  it('registers every API method on its channel', () => {
    for (const method of API_METHODS) expect(ipcHandlers.has(ipcChannel(method))).toBe(true);
  });

  it('answers our main window through the real service', async () => {
    const created = await invoke(ipcChannel('createAccount'), eventFrom(mainWindow.webContents), { name: 'Northwind' });
    expect(created).toMatchObject({ ok: true, result: { name: 'Northwind' } });
    const listed = (await invoke(ipcChannel('listAccounts'), eventFrom(mainWindow.webContents), {})) as {
      ok: true;
      result: Array<{ name: string }>;
    };
    expect(listed.ok).toBe(true);
    expect(listed.result.map((account) => account.name)).toEqual(['Northwind']);
  });

  it('returns a refused input as an error envelope carrying the sentence and code', async () => {
    const outcome = await invoke(ipcChannel('createAccount'), eventFrom(mainWindow.webContents), { name: 42 });
    expect(outcome).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect((outcome as { error: { message: string } }).error.message).toMatch(/name/);
  });

  it('refuses a sender that is not our main window', async () => {
    const stranger = new FakeWebContents();
    const outcome = await invoke(ipcChannel('listAccounts'), eventFrom(stranger), {});
    expect(outcome).toMatchObject({ ok: false, error: { code: 'refused' } });
  });

  it('refuses a subframe of our window and a frame showing another origin', async () => {
    const subframe = await invoke(ipcChannel('listAccounts'), eventFrom(mainWindow.webContents, { routingId: 9 }), {});
    expect(subframe).toMatchObject({ ok: false, error: { code: 'refused' } });
    const foreign = await invoke(
      ipcChannel('listAccounts'),
      eventFrom(mainWindow.webContents, { url: 'https://example.com/' }),
      {},
    );
    expect(foreign).toMatchObject({ ok: false, error: { code: 'refused' } });
    const noFrame = await invoke(ipcChannel('listAccounts'), { sender: mainWindow.webContents, senderFrame: null }, {});
    expect(noFrame).toMatchObject({ ok: false, error: { code: 'refused' } });
  });

  it('refuses everyone once the main window is gone', async () => {
    mainWindow.destroyed = true;
    try {
      const outcome = await invoke(ipcChannel('listAccounts'), eventFrom(mainWindow.webContents), {});
      expect(outcome).toMatchObject({ ok: false, error: { code: 'refused' } });
    } finally {
      mainWindow.destroyed = false;
    }
  });
});

describe('desktop bridge IPC', () => {
  it('saves the decoded bytes where the user chose, with a filter for the extension', async () => {
    const target = folder.path('plan.md');
    fakeElectron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    const outcome = await invoke('atlas-desktop:saveFile', eventFrom(mainWindow.webContents), {
      fileName: '../../Northwind plan.md',
      base64: Buffer.from('# Plan\n').toString('base64'),
    });
    expect(outcome).toEqual({ ok: true, result: target });
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(target, 'utf8')).toBe('# Plan\n');
    const [, options] = fakeElectron.dialog.showSaveDialog.mock.calls.at(-1) as [unknown, { defaultPath: string; filters: unknown }];
    expect(options.defaultPath.endsWith('/Northwind plan.md')).toBe(true);
    expect(options.defaultPath).not.toContain('..');
    expect(options.filters).toEqual([{ name: 'MD file', extensions: ['md'] }]);
  });

  it('resolves to null when the user cancels the save dialog', async () => {
    fakeElectron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    const outcome = await invoke('atlas-desktop:saveFile', eventFrom(mainWindow.webContents), { fileName: 'a.pdf', base64: '' });
    expect(outcome).toEqual({ ok: true, result: null });
  });

  it('opens https links only', async () => {
    fakeElectron.shell.openExternal.mockClear();
    const good = await invoke('atlas-desktop:openExternal', eventFrom(mainWindow.webContents), 'https://example.com/help');
    expect(good).toEqual({ ok: true, result: undefined });
    for (const url of ['http://example.com/', 'file:///etc/passwd', 'javascript:alert(1)', 'https://user:pw@example.com/']) {
      const bad = await invoke('atlas-desktop:openExternal', eventFrom(mainWindow.webContents), url);
      expect(bad).toMatchObject({ ok: false, error: { code: 'refused' } });
    }
    expect(fakeElectron.shell.openExternal.mock.calls).toEqual([['https://example.com/help']]);
  });

  it('refuses the desktop extras to a foreign sender', async () => {
    const outcome = await invoke('atlas-desktop:openExternal', eventFrom(new FakeWebContents()), 'https://example.com/');
    expect(outcome).toMatchObject({ ok: false, error: { code: 'refused' } });
  });
});
