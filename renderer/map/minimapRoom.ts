import type { Viewport } from '@xyflow/react';
import type { CSSProperties } from 'react';
import type { PlanNode } from '../../shared/model.ts';
import type { MinimapCorner } from '../store/types.ts';
import { fittedViewport } from './flowModel.ts';

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
 * above or below it (the pane less its height), whichever shows the map larger. Without a minimap, the plain fit.
 */
export function fittedClearOfMinimap(
  nodes: Readonly<Record<string, PlanNode>>,
  width: number,
  height: number,
  fit: { minZoom: number; maxZoom: number; padding: number },
  minimap: MinimapCorner | null,
): Viewport {
  if (minimap === null) return fittedViewport(nodes, width, height, fit);
  const { across, down } = reach(minimap);
  const left = minimap.endsWith('left');
  const top = minimap.startsWith('top');
  const beside = fittedViewport(nodes, width - across, height, fit);
  const below = fittedViewport(nodes, width, height - down, fit);
  if (width - across > 0 && (beside.zoom >= below.zoom || height - down <= 0)) return left ? { ...beside, x: beside.x + across } : beside;
  if (height - down > 0) return top ? { ...below, y: below.y + down } : below;
  return fittedViewport(nodes, width, height, fit);
}
