import type { Viewport } from '@xyflow/react';
import type { CSSProperties } from 'react';
import type { PlanNode } from '../../shared/model.ts';
import type { MinimapCorner } from '../store/types.ts';
import { fittedViewport, visibleBounds } from './flowModel.ts';

/** The minimap's size on screen (React Flow's default). */
export const MINIMAP_SIZE = { width: 200, height: 150 } as const;
/** React Flow's margin around a panel. */
const PANEL_MARGIN = 15;
/** Space kept between the minimap and the nearest card after Fit. */
const GAP = 12;
// In the bottom corners the minimap sits above the zoom buttons (right) and the legend chip (left).
const BOTTOM_CLEARANCE: Readonly<Record<'left' | 'right', number>> = { right: 100, left: 44 };

/** The minimap's style in each corner: its size, lifted clear of what else sits in that corner. */
export const MINIMAP_STYLES: Readonly<Record<MinimapCorner, CSSProperties>> = {
  'top-right': { ...MINIMAP_SIZE },
  'top-left': { ...MINIMAP_SIZE },
  'bottom-right': { ...MINIMAP_SIZE, marginBottom: PANEL_MARGIN + BOTTOM_CLEARANCE.right },
  'bottom-left': { ...MINIMAP_SIZE, marginBottom: PANEL_MARGIN + BOTTOM_CLEARANCE.left },
};

/** How far the minimap reaches into the pane from its two sides, gap included. */
function reach(corner: MinimapCorner): { across: number; down: number } {
  const lift = corner === 'bottom-right' ? BOTTOM_CLEARANCE.right : corner === 'bottom-left' ? BOTTOM_CLEARANCE.left : 0;
  return { across: PANEL_MARGIN + MINIMAP_SIZE.width + GAP, down: PANEL_MARGIN + lift + MINIMAP_SIZE.height + GAP };
}

/**
 * The whole map fitted to the pane with no card under the minimap: fitted beside it (the pane less its width) or
 * above or below it (the pane less its height), whichever shows the map larger, then moved back towards the middle of
 * the pane as far as it stays clear (a narrow map stays centred, so zooming in still zooms into it). Without a
 * minimap, the plain fit.
 */
export function fittedClearOfMinimap(
  nodes: Readonly<Record<string, PlanNode>>,
  width: number,
  height: number,
  fit: { minZoom: number; maxZoom: number; padding: number },
  minimap: MinimapCorner | null,
): Viewport {
  const bounds = visibleBounds(nodes);
  if (minimap === null || bounds === null) return fittedViewport(nodes, width, height, fit);
  const { across, down } = reach(minimap);
  const beside = width - across > 0 ? fittedViewport(nodes, width - across, height, fit) : null;
  const below = height - down > 0 ? fittedViewport(nodes, width, height - down, fit) : null;
  // Moves a fit in the room left beside the minimap (room long, the minimap `taken` long, at the start or the end)
  // back towards the pane's middle by as much as the map's slack in that room allows.
  const placed = (offset: number, room: number, taken: number, extent: number, atStart: boolean): number => {
    const shift = Math.max(0, Math.min(taken / 2, (room - extent) / 2));
    return atStart ? offset + taken - shift : offset + shift;
  };
  if (beside && (!below || beside.zoom >= below.zoom)) {
    return { ...beside, x: placed(beside.x, width - across, across, bounds.width * beside.zoom, minimap.endsWith('left')) };
  }
  if (below) return { ...below, y: placed(below.y, height - down, down, bounds.height * below.zoom, minimap.startsWith('top')) };
  return fittedViewport(nodes, width, height, fit);
}
