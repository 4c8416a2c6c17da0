import { useCallback, useEffect } from 'react';
import type { RefObject } from 'react';
import type { Viewport } from '../../shared/plan.ts';
import { workshopStore } from '../live/workshopStore.ts';
import { usePlanStoreApi } from '../map/PlanContext.tsx';
import { STOPPED_FOLLOWING } from './presence.ts';
import { PROJECTOR_ZOOM, scaledViewport } from './projector.ts';

/** The part of React Flow's instance the workshop needs. */
export interface ViewportHandle {
  getViewport(): Viewport;
  setViewport(viewport: Viewport, options?: { duration?: number }): Promise<boolean> | void;
}

/**
 * The map canvas's part in a workshop and projector mode: projector mode zooms the map's viewport (the canvas
 * itself stays at zoom 1), and the participant's own panning or zooming stops following the host, with a notice.
 * Returns React Flow's onMove handler.
 */
export function useCanvasWorkshop(
  instance: RefObject<ViewportHandle | null>,
  pane: RefObject<{ width: number; height: number } | null>,
  limits: { min: number; max: number },
): (event: MouseEvent | TouchEvent | null, viewport: Viewport) => void {
  const store = usePlanStoreApi();
  const { min, max } = limits;

  useEffect(
    () =>
      workshopStore.subscribe((state, previous) => {
        const flow = instance.current;
        const box = pane.current;
        if (state.projector === previous.projector || !flow || !box) return;
        void flow.setViewport(scaledViewport(flow.getViewport(), state.projector ? PROJECTOR_ZOOM : 1 / PROJECTOR_ZOOM, box, { min, max }));
      }),
    [instance, pane, min, max],
  );

  // Only moves made by hand carry an event: following the host sets the viewport without one.
  return useCallback(
    (event: MouseEvent | TouchEvent | null) => {
      if (!event || !workshopStore.getState().followingHost) return;
      workshopStore.getState().setFollowingHost(false);
      store.getState().showNotice(STOPPED_FOLLOWING);
    },
    [store],
  );
}

/** The host's viewport when this window follows the host, else null (the map opens there). */
export function followedViewport(): Viewport | null {
  const state = workshopStore.getState();
  return state.followingHost ? state.host.viewport : null;
}
