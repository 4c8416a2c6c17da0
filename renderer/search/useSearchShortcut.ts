import { useEffect } from 'react';
import { matchesShortcut } from '../commands/shortcuts.ts';
import type { Shortcut } from '../commands/command.ts';
import { isTypingTarget } from '../map/focus.ts';
import { usePlanStoreApi } from '../map/PlanContext.tsx';
import { focusMapAfterSearch } from './SearchPanel.tsx';
import { searchStore } from './searchStore.ts';

/** Ctrl/Cmd+F: the search box of the map. */
export const FIND_SHORTCUT: Shortcut = { key: 'f', mod: true };

/** Opens the map's search box on the open plan, showing the map first when another view is shown. */
export function openPlanSearch(store: ReturnType<typeof usePlanStoreApi>): void {
  if (store.getState().view !== 'map') store.getState().setPanels({ view: 'map' });
  searchStore.getState().openSearch(store.getState().plan.id);
}

/**
 * Ctrl/Cmd+F opens the search box from anywhere on the plan screen (instead of the browser's find, which cannot
 * see the cards React Flow leaves undrawn); Escape on the map closes an open search and restores the map.
 */
export function useSearchShortcut(): void {
  const store = usePlanStoreApi();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      if (matchesShortcut(event, FIND_SHORTCUT)) {
        event.preventDefault();
        openPlanSearch(store);
        return;
      }
      const target = event.target instanceof Element ? event.target : null;
      if (event.key !== 'Escape' || !searchStore.getState().open || isTypingTarget(target)) return;
      if (target?.closest('[role="dialog"], [role="menu"]') || store.getState().connection || store.getState().contextMenu) return;
      event.preventDefault();
      searchStore.getState().closeSearch();
      focusMapAfterSearch();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store]);
}
