import { kindOf } from '../../shared/kinds/index.ts';
import { NODE_HEIGHT, NODE_WIDTH } from '../../shared/layout.ts';
import type { NodeKind } from '../../shared/kinds/index.ts';
import type { MapFlowNode } from './flowModel.ts';
import type { MinimapView } from './minimapView.ts';
import { shownColor } from '../ui/shownColor.ts';

/** An item as the minimap draws it: its top-left corner on the map and its CSS colour. */
export interface MinimapItem {
  x: number;
  y: number;
  color: string;
}

/** The colour of an item the search leaves out, as on its card and in the map's shape. */
const DIMMED_COLOR = 'var(--dimmed-mark)';
/** The corner radius of a card on the map, in map units. */
const CARD_RADIUS = 6;

// Worked out once per kind: a dragged card rebuilds the items on every frame.
const kindColors = new Map<NodeKind, string>();
function kindColor(kind: NodeKind): string {
  let color = kindColors.get(kind);
  if (color === undefined) kindColors.set(kind, (color = shownColor(kindOf(kind).color)));
  return color;
}

/** The items the map shows, cards and shape-tier marks alike (none inside a collapsed branch). */
export function minimapItems(nodes: readonly MapFlowNode[]): MinimapItem[] {
  const items: MinimapItem[] = [];
  for (const node of nodes) {
    if (node.hidden && !node.data.shapeOnly) continue;
    const color = node.className?.includes('is-dimmed') ? DIMMED_COLOR : kindColor(node.data.node.kind);
    items.push({ x: node.position.x, y: node.position.y, color });
  }
  return items;
}

/**
 * Draws the items as rounded boxes in their colours, one path per colour, on a canvas of `size` CSS pixels at
 * `pixelRatio` device pixels each. `resolve` turns a CSS colour (with var() in it) into one a canvas reads.
 */
export function drawMinimap(
  canvas: HTMLCanvasElement,
  items: readonly MinimapItem[],
  view: MinimapView,
  size: { width: number; height: number },
  pixelRatio: number,
  resolve: (color: string) => string,
): void {
  const width = Math.round(size.width * pixelRatio);
  const height = Math.round(size.height * pixelRatio);
  if (canvas.width !== width) canvas.width = width;
  if (canvas.height !== height) canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) return;
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.clearRect(0, 0, width, height);
  const scale = pixelRatio / view.unitsPerPx;
  context.setTransform(scale, 0, 0, scale, -view.x * scale, -view.y * scale);
  // At least one device pixel each way, so a small item on a large map still shows.
  const minSize = view.unitsPerPx / pixelRatio;
  const boxWidth = Math.max(NODE_WIDTH, minSize);
  const boxHeight = Math.max(NODE_HEIGHT, minSize);
  const radius = Math.min(CARD_RADIUS, boxWidth / 2, boxHeight / 2);
  const byColor = new Map<string, MinimapItem[]>();
  for (const item of items) {
    const group = byColor.get(item.color);
    if (group) group.push(item);
    else byColor.set(item.color, [item]);
  }
  for (const [color, group] of byColor) {
    context.fillStyle = resolve(color);
    context.beginPath();
    for (const item of group) context.roundRect(item.x, item.y, boxWidth, boxHeight, radius);
    context.fill();
  }
}
