import { kindOf } from '../../shared/kinds/index.ts';
import { NODE_HEIGHT, NODE_WIDTH } from '../../shared/layout.ts';
import type { NodeKind } from '../../shared/kinds/index.ts';
import type { MapFlowNode } from './flowModel.ts';
import type { MapBox, MinimapView } from './minimapView.ts';
import { shownColor } from '../ui/shownColor.ts';

/** The items the minimap draws: per CSS colour, the items' top-left corners as x, y pairs; and the box they fill. */
export interface MinimapItems {
  byColor: ReadonlyMap<string, readonly number[]>;
  bounds: MapBox | null;
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

/** The items the map shows, cards and shape-tier marks alike (none inside a collapsed branch), grouped by colour. */
export function minimapItems(nodes: readonly MapFlowNode[]): MinimapItems {
  // Flat numbers grouped as they are drawn: a dragged card rebuilds these on every frame.
  const byColor = new Map<string, number[]>();
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const node of nodes) {
    if (node.hidden && !node.data.shapeOnly) continue;
    const color = node.className?.includes('is-dimmed') ? DIMMED_COLOR : kindColor(node.data.node.kind);
    const { x, y } = node.position;
    const corners = byColor.get(color);
    if (corners) corners.push(x, y);
    else byColor.set(color, [x, y]);
    if (x < minX) minX = x;
    if (y < minY) minY = y;
    if (x > maxX) maxX = x;
    if (y > maxY) maxY = y;
  }
  const bounds = minX === Infinity ? null : { x: minX, y: minY, width: maxX - minX + NODE_WIDTH, height: maxY - minY + NODE_HEIGHT };
  return { byColor, bounds };
}

/**
 * Draws the items as rounded boxes in their colours, one path per colour, on a canvas of `size` CSS pixels at
 * `pixelRatio` device pixels each. `resolve` turns a CSS colour (with var() in it) into one a canvas reads.
 */
export function drawMinimap(
  canvas: HTMLCanvasElement,
  items: MinimapItems,
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
  // Corners under half a pixel would not show: plain boxes then, which draw faster.
  const radius = Math.min(CARD_RADIUS, boxWidth / 2, boxHeight / 2);
  const rounded = radius / view.unitsPerPx >= 0.5;
  for (const [color, corners] of items.byColor) {
    context.fillStyle = resolve(color);
    context.beginPath();
    for (let index = 0; index < corners.length; index += 2) {
      if (rounded) context.roundRect(corners[index]!, corners[index + 1]!, boxWidth, boxHeight, radius);
      else context.rect(corners[index]!, corners[index + 1]!, boxWidth, boxHeight);
    }
    context.fill();
  }
}
