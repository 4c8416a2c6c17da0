import { useEffect, useMemo } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import { CLIPBOARD_MIME_TYPE } from '../commands/clipboardFormat.ts';
import type { ClipboardSource } from '../commands/clipboardRead.ts';
import type { Command } from '../commands/command.ts';
import { copy } from '../commands/copy.ts';
import { cut } from '../commands/cut.ts';
import { paste } from '../commands/paste.ts';
import type { PlanStore } from '../store/types.ts';
import { isTypingTarget } from './focus.ts';
import { usePlanStoreApi, useRunCommand } from './PlanContext.tsx';


/** Copy, Cut and Paste for menus (context menu, desktop menu), which have no clipboard event of their own. */
export interface ClipboardActions {
  copy(): void;
  cut(): void;
  paste(): Promise<void>;
}

// Set while a menu asks the document to copy or cut, so the event it fires is the map's whatever has focus.
let forced: 'copy' | 'cut' | null = null;

/** What a paste event carries; undefined when the system clipboard gave nothing, so the in-memory copy is used. */
function sourceOf(data: DataTransfer | null): ClipboardSource | undefined {
  if (!data || data.types.length === 0) return undefined;
  return { json: data.getData(CLIPBOARD_MIME_TYPE), text: data.getData('text/plain') };
}

/** True when a clipboard event is for the map, not for a text field, a dialog, a menu or text the person selected. */
function isForMap(event: ClipboardEvent, store: StoreApi<PlanStore>): boolean {
  if (event.defaultPrevented || isTypingTarget(event.target) || isTypingTarget(document.activeElement)) return false;
  const target = event.target instanceof Element ? event.target : null;
  if (target?.closest('[role="dialog"], [role="menu"], [role="alertdialog"]')) return false;
  const state = store.getState();
  return state.connection === null && state.contextMenu === null && state.renamingNodeId === null;
}

/**
 * Cut, Copy and Paste of map items through the DOM clipboard events: Ctrl/Cmd+C/X/V, the browser's Edit menu and
 * the desktop app's native Edit roles all end up here, and `clipboardData` needs no permission prompt.
 * Text fields, dialogs and selected page text keep the browser's own behaviour.
 */
export function useMapClipboard(): void {
  const store = usePlanStoreApi();
  const run = useRunCommand();
  useEffect(() => {
    const onCopyOrCut = (event: ClipboardEvent) => {
      const kind = event.type === 'cut' ? 'cut' : 'copy';
      const asked = forced === kind;
      forced = null;
      if (!asked) {
        if (!isForMap(event, store)) return;
        // Text selected outside the map (the preview, a panel) is the person's to copy; a stale text selection is
        // not, once they have clicked on the map.
        const onMap = document.activeElement?.closest('.react-flow') != null;
        const selection = document.getSelection();
        if (!onMap && selection && !selection.isCollapsed) return;
      }
      const command = kind === 'cut' ? cut : copy;
      if (!command.enabledWhen(store.getState(), undefined)) return;
      event.preventDefault();
      run(command, { clipboard: event.clipboardData ?? undefined });
    };
    const onPaste = (event: ClipboardEvent) => {
      if (!isForMap(event, store)) return;
      event.preventDefault();
      run(paste, { clipboard: sourceOf(event.clipboardData) });
    };
    document.addEventListener('copy', onCopyOrCut);
    document.addEventListener('cut', onCopyOrCut);
    document.addEventListener('paste', onPaste);
    return () => {
      document.removeEventListener('copy', onCopyOrCut);
      document.removeEventListener('cut', onCopyOrCut);
      document.removeEventListener('paste', onPaste);
    };
  }, [store, run]);
}

/**
 * Copy, Cut and Paste for menu items: copy and cut ask the document to fire its clipboard event (so the system
 * clipboard gets the items), falling back to the in-memory copy; paste reads the system clipboard when the
 * browser allows it, else pastes the in-memory copy.
 */
export function useClipboardActions(): ClipboardActions {
  const store = usePlanStoreApi();
  const run = useRunCommand();
  return useMemo(() => {
    const viaDocument = (kind: 'copy' | 'cut', command: Command<void>) => {
      forced = kind;
      try {
        document.execCommand(kind);
      } catch {
        // Some browsers refuse execCommand outright; the in-memory copy below still works.
      }
      // The event never came: copy into memory only.
      if (forced === kind) {
        forced = null;
        run(command, undefined);
      }
    };
    return {
      copy: () => viaDocument('copy', copy as Command<void>),
      cut: () => viaDocument('cut', cut as Command<void>),
      async paste() {
        let text = '';
        try {
          text = (await navigator.clipboard?.readText()) ?? '';
        } catch {
          // No permission (the desktop app denies it, a browser may ask): paste the in-memory copy.
        }
        run(paste, { clipboard: text.trim() === '' ? undefined : { text } });
      },
    };
  }, [store, run]);
}
