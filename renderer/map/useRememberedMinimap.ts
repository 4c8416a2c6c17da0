import { useEffect } from 'react';
import { usePlanStoreApi } from './PlanContext.tsx';
import { saveMinimapPrefs } from './minimapPrefs.ts';

/** Remembers each showing, hiding or move of the minimap for the plans opened next (PlanScreen opens them so). */
export function useRememberedMinimap(): void {
  const store = usePlanStoreApi();
  useEffect(
    () =>
      store.subscribe((state, previous) => {
        if (state.showMinimap !== previous.showMinimap || state.minimapCorner !== previous.minimapCorner) {
          saveMinimapPrefs({ showMinimap: state.showMinimap, minimapCorner: state.minimapCorner });
        }
      }),
    [store],
  );
}
