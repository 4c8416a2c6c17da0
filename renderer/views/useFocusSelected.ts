import { useEffect } from 'react';
import type { RefObject } from 'react';

/**
 * Moves keyboard focus to the selected stakeholder's card when the selection changes inside this view (a key
 * moved it, or a new person was added) or the card moves (`where` changes), so the next key acts on it. Focus in the inspector or elsewhere stays.
 */
export function useFocusSelected(view: RefObject<HTMLElement | null>, selectedId: string | null, where = ''): void {
  useEffect(() => {
    const element = view.current;
    if (!element || selectedId === null) return;
    const active = document.activeElement;
    const focusHere = active === null || active === document.body || element.contains(active);
    if (!focusHere) return;
    const card = element.querySelector<HTMLElement>(`[data-stakeholder-id="${CSS.escape(selectedId)}"]`);
    if (card && card !== active) card.focus();
  }, [view, selectedId, where]);
}
