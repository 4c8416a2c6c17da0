import { useStoreApi } from '@xyflow/react';
import { useEffect } from 'react';
import type { RefObject } from 'react';
import { overviewLabelMapPx } from '../../shared/mapOverview.ts';

/**
 * Keeps the zoomed-out branch label size (overviewLabelMapPx of the canvas's zoom) in the CSS variable
 * --overview-label-size on the canvas element. Written straight to the element when the size changes, not
 * through React: a pan changes nothing and re-renders nothing.
 */
export function useZoomVariable(element: RefObject<HTMLElement | null>): void {
  const flow = useStoreApi();
  useEffect(() => {
    let size = Number.NaN;
    const write = (zoom: number) => {
      const next = overviewLabelMapPx(zoom);
      if (next === size || !element.current) return;
      size = next;
      element.current.style.setProperty('--overview-label-size', `${next}px`);
    };
    write(flow.getState().transform[2]);
    return flow.subscribe((state) => write(state.transform[2]));
  }, [flow, element]);
}
