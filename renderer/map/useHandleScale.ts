import { useStoreApi as useFlowStoreApi } from '@xyflow/react';
import { useEffect } from 'react';
import type { RefObject } from 'react';

/**
 * How much larger than at 100 % the connection handles are drawn at a zoom, so they stay at least their full size
 * on screen however far the map is zoomed out. In half-octave steps, so the canvas restyles only a few times over
 * a whole zoom gesture rather than on every frame.
 */
export function handleScaleAt(zoom: number): number {
  if (zoom >= 1) return 1;
  return 2 ** (Math.ceil(Math.log2(1 / zoom) * 2) / 2);
}

/** Keeps `--atlas-handle-scale` on the canvas element in step with the zoom (no React render involved). */
export function useHandleScale(canvas: RefObject<HTMLElement | null>): void {
  const flowStore = useFlowStoreApi();
  useEffect(() => {
    let current = 0;
    const apply = (zoom: number) => {
      const scale = handleScaleAt(zoom);
      if (scale === current || !canvas.current) return;
      current = scale;
      canvas.current.style.setProperty('--atlas-handle-scale', String(scale));
    };
    apply(flowStore.getState().transform[2]);
    return flowStore.subscribe((state) => apply(state.transform[2]));
  }, [canvas, flowStore]);
}
