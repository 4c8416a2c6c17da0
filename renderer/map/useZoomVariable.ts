import { useStoreApi } from '@xyflow/react';
import { useEffect } from 'react';
import type { RefObject } from 'react';
import { OVERVIEW_LABEL_SCREEN_PX } from '../../shared/mapOverview.ts';

/**
 * Keeps the canvas's zoom in the CSS variable --map-zoom on the canvas element (and the overview's smallest label
 * size in --overview-label-px), so zoomed-out branch labels keep their size on screen. Written straight to the
 * element when the zoom changes, not through React: a pan changes nothing and re-renders nothing.
 */
export function useZoomVariable(element: RefObject<HTMLElement | null>): void {
  const flow = useStoreApi();
  useEffect(() => {
    let zoom = Number.NaN;
    const write = (next: number) => {
      if (next === zoom || !element.current) return;
      zoom = next;
      element.current.style.setProperty('--map-zoom', String(next));
    };
    element.current?.style.setProperty('--overview-label-px', `${OVERVIEW_LABEL_SCREEN_PX}px`);
    write(flow.getState().transform[2]);
    return flow.subscribe((state) => write(state.transform[2]));
  }, [flow, element]);
}
