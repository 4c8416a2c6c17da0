import { Menu } from 'electron';
import type { BrowserWindow, MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/desktop.ts';
import { MENU_CHANNEL } from '../preload/ipcProtocol.ts';

/** What the menu needs to know and how it reaches the renderer. */
export interface MenuOptions {
  isPackaged: boolean;
  isMac: boolean;
  send: (command: MenuCommand) => void;
}

/**
 * The native menu. Items that the renderer's command registry handles send their command id; their shortcut
 * is shown but not registered, because the renderer already handles the key (as it does in browser mode).
 * Cut, Copy and Paste use native roles: they work in every text field, and outside text fields the renderer
 * gets the standard DOM cut/copy/paste events, the same ones it gets from the keyboard in browser mode.
 */
export function menuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const command = (id: MenuCommand, label: string, accelerator?: string): MenuItemConstructorOptions => ({
    id,
    label,
    click: () => options.send(id),
    ...(accelerator === undefined ? {} : { accelerator, registerAccelerator: false }),
  });
  const separator: MenuItemConstructorOptions = { type: 'separator' };
  const developerItems: MenuItemConstructorOptions[] = options.isPackaged
    ? []
    : [separator, { role: 'reload' }, { role: 'toggleDevTools' }];
  return [
    ...(options.isMac ? [{ role: 'appMenu' } satisfies MenuItemConstructorOptions] : []),
    {
      label: '&File',
      submenu: [
        command('file.newAccount', 'New account…'),
        command('file.newPlan', 'New plan…'),
        separator,
        command('file.importContacts', 'Import contacts…'),
        command('file.rollForward', 'New plan for the next period…'),
        command('file.export', 'Export…', 'CmdOrCtrl+E'),
        separator,
        command('file.trash', 'Trash…'),
        command('file.backups', 'Backups…'),
        ...(options.isMac ? [] : [separator, { role: 'quit' } satisfies MenuItemConstructorOptions]),
      ],
    },
    {
      label: '&Edit',
      submenu: [
        command('edit.undo', 'Undo', 'CmdOrCtrl+Z'),
        command('edit.redo', 'Redo', 'CmdOrCtrl+Shift+Z'),
        separator,
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        command('edit.delete', 'Delete', 'Delete'),
        separator,
        command('edit.selectAll', 'Select all', 'CmdOrCtrl+A'),
        command('edit.find', 'Find in plan…', 'CmdOrCtrl+F'),
        separator,
        command('edit.moveUp', 'Move up', 'Alt+Up'),
        command('edit.moveDown', 'Move down', 'Alt+Down'),
        command('edit.promote', 'Promote', 'Alt+Left'),
        command('edit.demote', 'Demote', 'Alt+Right'),
      ],
    },
    {
      label: '&View',
      submenu: [
        command('view.map', 'Map', 'CmdOrCtrl+1'),
        command('view.orgChart', 'Org chart', 'CmdOrCtrl+2'),
        command('view.powerMap', 'Power map', 'CmdOrCtrl+3'),
        command('view.coverage', 'Coverage', 'CmdOrCtrl+4'),
        command('view.outline', 'Outline', 'CmdOrCtrl+5'),
        command('view.actions', 'Actions', 'CmdOrCtrl+6'),
        separator,
        command('view.fit', 'Fit map', 'Shift+1'),
        command('view.zoomIn', 'Zoom in', 'CmdOrCtrl+='),
        command('view.zoomOut', 'Zoom out', 'CmdOrCtrl+-'),
        separator,
        command('view.minimap', 'Minimap'),
        command('view.moveMinimap', 'Move minimap to the next corner'),
        command('view.inspector', 'Inspector'),
        command('view.reviews', 'Reviews'),
        separator,
        command('view.projector', 'Projector mode', 'F5'),
        ...developerItems,
      ],
    },
    {
      label: '&Workshop',
      submenu: [
        command('workshop.start', 'Start workshop…'),
        command('workshop.joinPanel', 'Show join panel'),
        separator,
        command('workshop.end', 'End workshop'),
      ],
    },
    // The native about panel shows the name, version and copyright set in main.ts.
    { role: 'help', label: '&Help', submenu: [{ role: 'about', label: 'About Account Atlas' }] },
  ];
}

/** Installs the native menu; its commands go to `window` on the menu channel. */
export function setupMenu(window: BrowserWindow, isPackaged: boolean): void {
  const template = menuTemplate({
    isPackaged,
    isMac: process.platform === 'darwin',
    send: (command) => {
      if (!window.isDestroyed()) window.webContents.send(MENU_CHANNEL, command);
    },
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
