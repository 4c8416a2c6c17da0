import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { MENU_COMMANDS } from '../../shared/desktop.ts';
import type { MenuCommand } from '../../shared/desktop.ts';
import { FakeBrowserWindow, fakeElectron } from './fakeElectron.ts';

vi.mock('electron', async () => (await import('./fakeElectron.ts')).fakeElectron);

const { menuTemplate, setupMenu } = await import('../../electron/main/menu.ts');

type Item = MenuItemConstructorOptions;

function submenu(template: Item[], label: string): Item[] {
  const menu = template.find((item) => item.label?.replace('&', '') === label);
  if (!menu || !Array.isArray(menu.submenu)) throw new Error(`no ${label} menu`);
  return menu.submenu as Item[];
}

function labels(items: Item[]): string[] {
  return items.filter((item) => item.type !== 'separator').map((item) => item.label ?? `role:${item.role}`);
}

function clickAll(items: Item[]): void {
  for (const item of items) item.click?.(undefined as never, undefined as never, undefined as never);
}

describe('native menu', () => {
  it('has File, Edit, View, Workshop and Help with the listed items', () => {
    const template = menuTemplate({ isPackaged: true, isMac: false, send: () => {} });
    expect(template.map((item) => item.label)).toEqual(['&File', '&Edit', '&View', '&Workshop', '&Help']);
    expect(labels(submenu(template, 'File'))).toEqual(['New account…', 'New plan…', 'Import contacts…', 'New plan for the next period…', 'Export…', 'Trash…', 'Backups…', 'role:quit']);
    expect(labels(submenu(template, 'Edit'))).toEqual([
      'Undo',
      'Redo',
      'role:cut',
      'role:copy',
      'role:paste',
      'Delete',
      'Select all',
      'Find in plan…',
      'Move up',
      'Move down',
      'Promote',
      'Demote',
    ]);
    expect(labels(submenu(template, 'View'))).toEqual(['Map', 'Org chart', 'Power map', 'Coverage', 'Outline', 'Actions', 'Fit map', 'Zoom in', 'Zoom out', 'Minimap', 'Move minimap to the next corner', 'Inspector', 'Reviews', 'Projector mode']);
    expect(labels(submenu(template, 'Workshop'))).toEqual(['Start workshop…', 'Show join panel', 'End workshop']);
    expect(submenu(template, 'View').find((item) => item.id === 'view.projector')?.accelerator).toBe('F5');
    expect(submenu(template, 'Edit').find((item) => item.id === 'edit.find')?.accelerator).toBe('CmdOrCtrl+F');
    expect(submenu(template, 'Edit').find((item) => item.id === 'edit.demote')?.accelerator).toBe('Alt+Right');
    expect(labels(submenu(template, 'Help'))).toEqual(['About Account Atlas']);
  });

  it('sends the right command id for every command item', () => {
    const sent: MenuCommand[] = [];
    const template = menuTemplate({ isPackaged: true, isMac: false, send: (command) => sent.push(command) });
    for (const menu of ['File', 'Edit', 'View', 'Workshop', 'Help']) clickAll(submenu(template, menu));
    const native = new Set(['edit.cut', 'edit.copy', 'edit.paste']);
    expect(sent).toEqual(MENU_COMMANDS.filter((command) => !native.has(command)));
    for (const item of ['File', 'Edit', 'View', 'Workshop', 'Help'].flatMap((menu) => submenu(template, menu))) {
      if (!item.click) continue;
      sent.length = 0;
      clickAll([item]);
      expect(sent).toEqual([item.id]);
    }
  });

  it('shows command shortcuts without registering them, leaving the keys to the renderer', () => {
    const template = menuTemplate({ isPackaged: true, isMac: false, send: () => {} });
    const withShortcut = ['File', 'Edit', 'View'].flatMap((menu) => submenu(template, menu)).filter((item) => item.click && item.accelerator);
    expect(withShortcut.length).toBeGreaterThan(3);
    for (const item of withShortcut) expect(item.registerAccelerator).toBe(false);
  });

  it('offers developer tools only when not packaged', () => {
    const packaged = submenu(menuTemplate({ isPackaged: true, isMac: false, send: () => {} }), 'View');
    const development = submenu(menuTemplate({ isPackaged: false, isMac: false, send: () => {} }), 'View');
    expect(packaged.some((item) => item.role === 'toggleDevTools')).toBe(false);
    expect(development.some((item) => item.role === 'toggleDevTools')).toBe(true);
  });

  it('adds the app menu on macOS and moves Quit there', () => {
    const template = menuTemplate({ isPackaged: true, isMac: true, send: () => {} });
    expect(template[0]?.role).toBe('appMenu');
    expect(submenu(template, 'File').some((item) => item.role === 'quit')).toBe(false);
  });

  it('delivers menu commands to the window on the atlas:menu channel', () => {
    const window = new FakeBrowserWindow({});
    setupMenu(window as never, false);
    const installed = fakeElectron.Menu.setApplicationMenu.mock.calls.at(-1)?.[0] as { template: Item[] };
    const fit = submenu(installed.template, 'View').find((item) => item.id === 'view.fit');
    fit?.click?.(undefined as never, undefined as never, undefined as never);
    expect(window.webContents.sent).toEqual([['atlas:menu', 'view.fit']]);
    window.destroyed = true;
    fit?.click?.(undefined as never, undefined as never, undefined as never);
    expect(window.webContents.sent).toHaveLength(1);
  });
});
