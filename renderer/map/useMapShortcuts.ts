import { useEffect } from 'react';
import type { RefObject } from 'react';
import { commandForKey, commandForMenu } from '../commands/registry.ts';
import type { MenuCommand } from '../../shared/desktop.ts';
import { isTypingTarget } from './focus.ts';
import { usePlanStoreApi, useRunCommand } from './PlanContext.tsx';
import { useClipboardActions, useMapClipboard } from './useMapClipboard.ts';

/**
 * Keyboard shortcuts of the map. Shortcuts with Ctrl/Cmd work anywhere on the plan screen outside text
 * fields; plain keys (Tab, Enter, Delete, arrows …) only while focus is on the map, so buttons keep their keys.
 * Ctrl/Cmd+C, X and V are left to the browser, whose clipboard events carry the data (see useMapClipboard).
 */
export function useMapShortcuts(canvas: RefObject<HTMLElement | null>): void {
  const store = usePlanStoreApi();
  const run = useRunCommand();
  useMapClipboard();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing || isTypingTarget(event.target)) return;
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest('[role="dialog"], [role="menu"]')) return;
      const command = commandForKey(event);
      if (!command) return;
      const plainKey = !command.shortcuts?.some((shortcut) => shortcut.mod);
      const onMap = target === null || target === document.body || (canvas.current?.contains(target) ?? false);
      // Plain keys edit the mind map; the other views handle their own keys on their own elements.
      if (plainKey && (!onMap || store.getState().view !== 'map')) return;
      // Enter and Space on a button inside a node (the collapse toggle) must press the button.
      if (plainKey && target?.closest('button, a')) return;
      if (store.getState().connection || store.getState().contextMenu) return;
      if (run(command, undefined)) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [canvas, run, store]);
}

const TEXT_FIELD_EDITS: Partial<Record<MenuCommand, string>> = {
  'edit.undo': 'undo',
  'edit.redo': 'redo',
  'edit.delete': 'delete',
  'edit.selectAll': 'selectAll',
};

/** Runs native menu commands (desktop app) through the same commands as keys and toolbar. */
export function useMenuCommands(extra: Partial<Record<MenuCommand, () => void>>): void {
  const run = useRunCommand();
  const clipboard = useClipboardActions();
  useEffect(() => {
    const bridge = window.atlasDesktop;
    if (!bridge) return;
    const clipboardMenus: Partial<Record<MenuCommand, () => void>> = {
      'edit.cut': clipboard.cut,
      'edit.copy': clipboard.copy,
      'edit.paste': () => void clipboard.paste(),
    };
    return bridge.onMenuCommand((menu) => {
      // In a text field, Edit menu items act on the text, as the keys do there.
      const textCommand = TEXT_FIELD_EDITS[menu];
      if (textCommand && isTypingTarget(document.activeElement)) {
        document.execCommand(textCommand);
        return;
      }
      const handler = extra[menu] ?? clipboardMenus[menu];
      if (handler) {
        handler();
        return;
      }
      const command = commandForMenu(menu);
      if (command) run(command, undefined);
    });
  }, [extra, run, clipboard]);
}
