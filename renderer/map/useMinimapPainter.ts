import { useStoreApi } from '@xyflow/react';
import { useEffect, useState } from 'react';
import type { RefObject } from 'react';
import { drawMinimap } from './minimapDraw.ts';
import type { MinimapItems } from './minimapDraw.ts';
import { MINIMAP_SIZE } from './minimapRoom.ts';
import { containsBox, coveredBox, fittedMinimapView, sameView, unionBox, viewportBox } from './minimapView.ts';
import type { MapBox, MinimapView } from './minimapView.ts';

/** What the minimap's gestures need from its painter. */
export interface MinimapPainter {
  /** The map point under a point of the minimap, given as fractions (0 to 1) of its width and height. */
  mapPointAt(fractionX: number, fractionY: number): { x: number; y: number } | null;
  /** Keeps the minimap's scale while the pointer drags in it (so the map does not slide under the pointer). */
  hold(held: boolean): void;
}

/** Room kept around the viewport, as a share of its size, when it leaves what the minimap covers. */
const VIEWPORT_SLACK = 0.25;

interface PainterState {
  items: MinimapItems;
  itemsBounds: MapBox | null;
  view: MinimapView | null;
  frame: number | null;
  held: boolean;
  colors: Map<string, string>;
  box: { x: number; y: number; width: number; height: number } | null;
}

/**
 * Draws the items on the canvas (at most once per animation frame, only when the items or the minimap's scale
 * change) and moves the viewport box over it as React Flow's viewport moves, straight on the element with a
 * transform: a pan or zoom repaints nothing but that box.
 */
export function useMinimapPainter(
  canvas: RefObject<HTMLCanvasElement | null>,
  viewportFrame: RefObject<HTMLDivElement | null>,
  items: MinimapItems,
  colorScheme: 'light' | 'dark',
): MinimapPainter {
  const flowStore = useStoreApi();
  const [state] = useState<PainterState>(() => ({ items: { byColor: new Map(), bounds: null }, itemsBounds: null, view: null, frame: null, held: false, colors: new Map(), box: null }));
  const [painter] = useState(() => {
    const resolve = (color: string): string => {
      const known = state.colors.get(color);
      if (known !== undefined) return known;
      const element = canvas.current;
      if (!element) return color;
      // A canvas reads no var(): the colour is worked out once by the style engine, on the canvas element itself.
      element.style.color = color;
      const resolved = getComputedStyle(element).color;
      state.colors.set(color, resolved);
      return resolved;
    };
    const draw = () => {
      state.frame = null;
      if (canvas.current && state.view) drawMinimap(canvas.current, state.items, state.view, MINIMAP_SIZE, window.devicePixelRatio || 1, resolve);
    };
    const scheduleDraw = () => {
      state.frame ??= requestAnimationFrame(draw);
    };
    const viewportNow = (): MapBox => {
      const flow = flowStore.getState();
      return viewportBox(flow.transform, { width: flow.width, height: flow.height });
    };
    const placeBox = (viewport: MapBox) => {
      const element = viewportFrame.current;
      const view = state.view;
      if (!element || !view) return;
      const next = {
        x: (viewport.x - view.x) / view.unitsPerPx,
        y: (viewport.y - view.y) / view.unitsPerPx,
        width: viewport.width / view.unitsPerPx,
        height: viewport.height / view.unitsPerPx,
      };
      const last = state.box;
      if (!last || last.width !== next.width || last.height !== next.height) {
        element.style.width = `${next.width}px`;
        element.style.height = `${next.height}px`;
      }
      if (!last || last.x !== next.x || last.y !== next.y) element.style.transform = `translate(${next.x}px, ${next.y}px)`;
      state.box = next;
    };
    const refit = (viewport: MapBox, slack = 0) => {
      const room = { x: viewport.x - viewport.width * slack, y: viewport.y - viewport.height * slack, width: viewport.width * (1 + 2 * slack), height: viewport.height * (1 + 2 * slack) };
      const next = fittedMinimapView(state.itemsBounds ? unionBox(state.itemsBounds, room) : room, MINIMAP_SIZE);
      if (sameView(state.view, next)) return;
      state.view = next;
      scheduleDraw();
    };
    const onViewport = () => {
      const viewport = viewportNow();
      if (!state.held) {
        const view = state.view;
        // The scale changes only when the viewport leaves what the minimap covers, or comes back within the items.
        // Refitted with room around the viewport, so the pan that left goes on without a redraw per frame.
        if (!view || !containsBox(coveredBox(view, MINIMAP_SIZE), viewport)) refit(viewport, VIEWPORT_SLACK);
        else if (state.itemsBounds && containsBox(state.itemsBounds, viewport)) refit(viewport);
      }
      placeBox(viewport);
    };
    return {
      onViewport,
      setItems(next: MinimapItems) {
        state.items = next;
        state.itemsBounds = next.bounds;
        const viewport = viewportNow();
        if (!state.held) refit(viewport);
        placeBox(viewport);
        scheduleDraw();
      },
      redraw() {
        state.colors.clear();
        scheduleDraw();
      },
      stop() {
        if (state.frame !== null) cancelAnimationFrame(state.frame);
        state.frame = null;
      },
      mapPointAt(fractionX: number, fractionY: number) {
        const view = state.view;
        if (!view) return null;
        return { x: view.x + fractionX * MINIMAP_SIZE.width * view.unitsPerPx, y: view.y + fractionY * MINIMAP_SIZE.height * view.unitsPerPx };
      },
      hold(held: boolean) {
        state.held = held;
        if (!held) onViewport();
      },
    };
  });

  useEffect(() => {
    painter.onViewport();
    const unsubscribe = flowStore.subscribe((next, previous) => {
      if (next.transform !== previous.transform || next.width !== previous.width || next.height !== previous.height) painter.onViewport();
    });
    return () => {
      unsubscribe();
      painter.stop();
    };
  }, [flowStore, painter]);

  useEffect(() => painter.setItems(items), [painter, items]);

  // A new theme recolours the items; a new pixel ratio (the window moved to another screen) sharpens them again.
  useEffect(() => {
    painter.redraw();
    const resolution = window.matchMedia(`(resolution: ${window.devicePixelRatio || 1}dppx)`);
    const onChange = () => painter.redraw();
    resolution.addEventListener('change', onChange);
    return () => resolution.removeEventListener('change', onChange);
  }, [painter, colorScheme]);

  return painter;
}
