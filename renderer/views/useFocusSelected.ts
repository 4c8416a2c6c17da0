import { useEffect } from 'react';
import type { RefObject } from 'react';

/**
 * Keeps the selection in sight in a view. When one person is selected from inside this view (a key moved the
 * selection, a person was added) or their card moved (`where` changed), their card takes keyboard focus so the
 * next key acts on it. When the selection comes from elsewhere (the plan check, the inspector), the first
 * selected card is scrolled into view and focus stays where it is.
 */
export function useFocusSelected(view: RefObject<HTMLElement | null>, selectedId: string | null, selectedIds: ReadonlySet<string>, where = ''): void {
  useEffect(() => {
    const element = view.current;
    if (!element) return;
    const active = document.activeElement;
    const focusHere = active === null || active === document.body || element.contains(active);
    if (selectedId !== null && focusHere) {
      const card = element.querySelector<HTMLElement>(`[data-stakeholder-id="${CSS.escape(selectedId)}"]`);
      if (card && card !== active) card.focus();
      return;
    }
    const first = [...selectedIds][0];
    if (first === undefined) return;
    element.querySelector<HTMLElement>(`[data-stakeholder-id="${CSS.escape(first)}"]`)?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [view, selectedId, selectedIds, where]);
}
