import type { LiveServerMessage } from './live.ts';
import type { LoggedChange } from './patch.ts';
import type { PresenceUpdate } from './workshop.ts';

/** Commands the native menu sends to the renderer; the renderer's command registry handles each id. */
export const MENU_COMMANDS = [
  'file.newAccount',
  'file.newPlan',
  'file.importContacts',
  'file.rollForward',
  'file.export',
  'file.trash',
  'file.backups',
  'edit.undo',
  'edit.redo',
  'edit.cut',
  'edit.copy',
  'edit.paste',
  'edit.delete',
  'edit.selectAll',
  'edit.find',
  'edit.moveUp',
  'edit.moveDown',
  'edit.promote',
  'edit.demote',
  'view.map',
  'view.orgChart',
  'view.powerMap',
  'view.coverage',
  'view.outline',
  'view.actions',
  'view.fit',
  'view.zoomIn',
  'view.zoomOut',
  'view.minimap',
  'view.moveMinimap',
  'view.inspector',
  'view.reviews',
  'view.projector',
  'workshop.start',
  'workshop.joinPanel',
  'workshop.end',
] as const;

/** A menu command id. */
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** Extra capabilities the desktop preload exposes as `window.atlasDesktop` (absent in browser mode). */
export interface DesktopBridge {
  /** Subscribes to native menu commands; returns an unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Shows a native save dialog and writes the file; resolves to the saved path, or null when cancelled. */
  saveFile(file: { fileName: string; base64: string }): Promise<string | null>;
  /** Opens an https: link in the user's browser. */
  openExternal(url: string): Promise<void>;
  /** Subscribes to the changes the backend accepts (from any window or program using this app's library). */
  onPlanChanges(listener: (planId: string, changes: LoggedChange[]) => void): () => void;
  /** Subscribes to a running workshop's presence messages ('presence' and 'you'); returns an unsubscribe function. */
  onWorkshopMessage(listener: (message: Extract<LiveServerMessage, { type: 'presence' | 'you' }>) => void): () => void;
  /** Tells the workshop the host's selection, the node it edits, view and viewport (validated in main). */
  sendPresence(update: PresenceUpdate): void;
  /** Shows the window full screen, or leaves full screen (projector mode). */
  setFullScreen(on: boolean): Promise<void>;
}
