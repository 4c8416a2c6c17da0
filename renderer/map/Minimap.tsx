import { Panel, useReactFlow, useStoreApi } from '@xyflow/react';
import { memo, useEffect, useMemo, useRef } from 'react';
import type { KeyboardEvent, PointerEvent } from 'react';
import type { MinimapCorner } from '../store/types.ts';
import { useColorScheme } from '../ui/useColorScheme.ts';
import { useThrottledValue } from '../ui/useThrottledValue.ts';
import type { MapFlowNode } from './flowModel.ts';
import { minimapItems } from './minimapDraw.ts';
import { MINIMAP_STYLES } from './minimapRoom.ts';
import { useMinimapPainter } from './useMinimapPainter.ts';

/** How far an arrow key pans the map, as a share of the pane. */
const KEY_PAN_SHARE = 0.1;
/** How much one wheel pixel zooms (a notch of 100 px halves or doubles the zoom in about three notches). */
const WHEEL_ZOOM_PER_PX = 0.003;
const DESCRIPTION_ID = 'atlas-minimap-description';

interface MinimapProps {
  nodes: readonly MapFlowNode[];
  corner: MinimapCorner;
}

/** How often the minimap follows items that keep changing (a drag), at most. */
const MINIMAP_FOLLOW_MS = 200;

/**
 * The minimap: every item the map shows as a small box in its colour on one canvas, and the part in view as a box
 * over it. Pointer down or drag centres the map there, the wheel zooms it, arrow keys pan and + / − zoom.
 */
export const Minimap = memo(function Minimap({ nodes, corner }: MinimapProps) {
  const flow = useReactFlow();
  const flowStore = useStoreApi();
  const root = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const viewportFrame = useRef<HTMLDivElement>(null);
  // A dragged card changes the nodes every frame; the minimap follows a few times a second, not every frame.
  const shownNodes = useThrottledValue(nodes, MINIMAP_FOLLOW_MS);
  const items = useMemo(() => minimapItems(shownNodes), [shownNodes]);
  const painter = useMinimapPainter(canvas, viewportFrame, items, useColorScheme());

  const centreAt = (event: PointerEvent<HTMLDivElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return;
    const point = painter.mapPointAt((event.clientX - box.left) / box.width, (event.clientY - box.top) / box.height);
    if (point) void flow.setCenter(point.x, point.y, { zoom: flowStore.getState().transform[2] });
  };

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    painter.hold(true);
    centreAt(event);
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (event.currentTarget.hasPointerCapture(event.pointerId)) centreAt(event);
  };
  const onPointerEnd = (event: PointerEvent<HTMLDivElement>) => {
    if (event.currentTarget.hasPointerCapture(event.pointerId)) event.currentTarget.releasePointerCapture(event.pointerId);
    painter.hold(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const { transform, width, height } = flowStore.getState();
    const [x, y, zoom] = transform;
    const pan = (dx: number, dy: number) => void flow.setViewport({ x: x - dx * width * KEY_PAN_SHARE, y: y - dy * height * KEY_PAN_SHARE, zoom });
    const actions: Record<string, () => void> = {
      ArrowLeft: () => pan(-1, 0),
      ArrowRight: () => pan(1, 0),
      ArrowUp: () => pan(0, -1),
      ArrowDown: () => pan(0, 1),
      '+': () => void flow.zoomIn(),
      '=': () => void flow.zoomIn(),
      '-': () => void flow.zoomOut(),
    };
    const action = event.altKey || event.ctrlKey || event.metaKey ? undefined : actions[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  };

  // Wheel zoom about the map's centre; a passive React listener could not keep the page from scrolling.
  useEffect(() => {
    const element = root.current;
    if (!element) return;
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      const { transform, width, height, minZoom, maxZoom } = flowStore.getState();
      const [x, y, zoom] = transform;
      const pixels = event.deltaMode === WheelEvent.DOM_DELTA_LINE ? event.deltaY * 33 : event.deltaY;
      const next = Math.min(maxZoom, Math.max(minZoom, zoom * Math.pow(2, -pixels * WHEEL_ZOOM_PER_PX)));
      const centreX = (width / 2 - x) / zoom;
      const centreY = (height / 2 - y) / zoom;
      void flow.setViewport({ x: width / 2 - centreX * next, y: height / 2 - centreY * next, zoom: next });
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  }, [flow, flowStore]);

  return (
    <Panel position={corner} className="react-flow__minimap atlas-minimap" style={MINIMAP_STYLES[corner]}>
      <div
        ref={root}
        className="atlas-minimap-surface"
        role="img"
        aria-label="Minimap of the account map"
        aria-describedby={DESCRIPTION_ID}
        tabIndex={0}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerEnd}
        onPointerCancel={onPointerEnd}
        onKeyDown={onKeyDown}
      >
        <canvas ref={canvas} className="atlas-minimap-canvas" aria-hidden="true" />
        <div ref={viewportFrame} className="atlas-minimap-viewport" aria-hidden="true" />
      </div>
      <span id={DESCRIPTION_ID} className="atlas-visually-hidden">
        Click or drag to centre the map there, scroll to zoom; when focused, arrow keys pan the map and plus or minus zoom.
      </span>
    </Panel>
  );
});
