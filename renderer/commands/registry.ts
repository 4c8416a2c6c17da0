import type { MenuCommand } from '../../shared/desktop.ts';
import { addChild, addSibling } from './addNode.ts';
import { toggleCollapse } from './collapse.ts';
import type { Command } from './command.ts';
import { openConnectTo } from './connectTo.ts';
import { deleteSelection } from './deleteSelection.ts';
import { duplicate } from './duplicate.ts';
import { openContactImport } from './importContacts.ts';
import { redo, undo } from './history.ts';
import { branchMoveCommands } from './moveBranch.ts';
import { selectDown, selectLeft, selectRight, selectUp } from './navigate.ts';
import { startRename } from './renameNode.ts';
import { showViewCommands } from './showView.ts';
import type { KeyPress } from './shortcuts.ts';
import { matchesShortcut } from './shortcuts.ts';
import { tidyUp } from './tidyUp.ts';
import { toggleReviews } from '../review/commands.ts';
import { fitView, selectAll, toggleHealth, toggleInspector, moveMinimap, toggleLegend, toggleMinimap, togglePreview, zoomIn, zoomOut } from './view.ts';

/**
 * Commands without arguments: the ones shortcuts, menus and toolbar buttons run. Copy, Cut and Paste are not
 * here: their keys and menu items go through the DOM clipboard events (renderer/map/useMapClipboard.ts).
 */
export const keyboardCommands: readonly Command<void>[] = [
  undo,
  redo,
  addChild,
  addSibling,
  startRename,
  openConnectTo,
  deleteSelection,
  duplicate,
  toggleCollapse as Command<void>,
  tidyUp,
  fitView,
  zoomIn,
  zoomOut,
  toggleMinimap,
  moveMinimap,
  toggleInspector,
  toggleLegend,
  togglePreview,
  toggleHealth,
  selectAll,
  selectLeft,
  selectRight,
  selectUp,
  selectDown,
  ...showViewCommands,
  ...branchMoveCommands,
  openContactImport,
  toggleReviews,
];

/** The command a key press runs on the map, if any. */
export function commandForKey(press: KeyPress): Command<void> | undefined {
  return keyboardCommands.find((command) => command.shortcuts?.some((shortcut) => matchesShortcut(press, shortcut)));
}

/** The command a native menu item runs on the map, if any. */
export function commandForMenu(menu: MenuCommand): Command<void> | undefined {
  return keyboardCommands.find((command) => command.menu?.includes(menu));
}
