import { useContext, useEffect } from 'react';
import { workshopStore } from '../live/workshopStore.ts';
import type { WorkshopState } from '../live/workshopStore.ts';
import { PlanContext } from '../map/PlanContext.tsx';
import { isViewId } from '../views/viewIds.ts';
import { isParticipant } from './presenceKey.ts';

/** While a participant follows the host, their view and the map's viewport follow the host's. */
export function useFollowHost(): void {
  const context = useContext(PlanContext)!;
  const { store, canvas } = context;
  useEffect(() => {
    const follow = (state: WorkshopState) => {
      if (!state.followingHost || !isParticipant(state.you)) return;
      const { view, viewport } = state.host;
      if (isViewId(view) && store.getState().view !== view) store.getState().setPanels({ view });
      if (viewport) canvas.current?.setViewport?.(viewport);
    };
    follow(workshopStore.getState());
    return workshopStore.subscribe((state, previous) => {
      if (state.host !== previous.host || state.followingHost !== previous.followingHost || state.you !== previous.you) follow(state);
    });
  }, [store, canvas]);
}
